#pragma once

#include <QString>

#include <functional>

class QMenu;

namespace dc {

class MainWindow;

// The administration actions of the Tools menu, as the command line has them:
// Administration… (numbering patterns, default routes), Back Up…, Restore…, Export Bundle…,
// Verify Bundle…. Each is enabled for those the core lets use it and says why not otherwise;
// the core checks again. `openStore` opens a store in place of `window` (a restored one).
void addAdministrationActions(QMenu *tools, MainWindow *window, std::function<void(const QString &)> openStore);

namespace AdminActions {

// Tools ▸ Administration….
void openAdministration(MainWindow *window);
// Tools ▸ Back Up…: the dialog, then the file and the audit trail head it recorded.
void backUp(MainWindow *window);
// Tools ▸ Restore…: the dialog, then the outcome and the offer to open the restored store.
void restore(MainWindow *window, const std::function<void(const QString &)> &openStore);
// Tools ▸ Export Bundle….
void exportBundle(MainWindow *window);
// Tools ▸ Verify Bundle…: the dialog, then the report.
void verifyBundle(MainWindow *window);

} // namespace AdminActions
} // namespace dc
