#pragma once

#include <functional>

class QMenu;
class QString;
class QWidget;

namespace dc {

class Session;
struct User;

// Adds "Clause Coverage…" (Ctrl+Shift+G) to `menu`: opens the coverage view over `parent` (one at
// a time; triggering again brings it forward) on `session` as `user`, who must outlive the action.
// A document double-clicked in the view is handed to `openDocument`, as the register does.
void addCoverageAction(QMenu *menu, Session &session, const User &user, QWidget *parent, std::function<void(const QString &number)> openDocument);

} // namespace dc
