#pragma once

#include <functional>

class QMenu;
class QString;
class QWidget;

namespace dc {

class Session;
struct User;

// Adds "Acknowledgements…" to `menu`: opens the acknowledgements report over `parent` (one at a
// time; triggering again brings it forward) on `session` as `user`, who must outlive the action.
// A document double-clicked in the report is handed to `openDocument`, as the register does.
void addAcknowledgementsAction(QMenu *menu, Session &session, const User &user, QWidget *parent,
                               std::function<void(const QString &number)> openDocument);

} // namespace dc
