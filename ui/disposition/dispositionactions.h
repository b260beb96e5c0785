#pragma once

class QMenu;
class QWidget;

namespace dc {

class Session;
struct User;

// Adds "Disposition…" to `menu` for document controllers and administrators (hidden for
// others): opens the DispositionDialog over `parent` on `session` as `user`, who must outlive
// the action.
void addDispositionAction(QMenu *menu, Session &session, const User &user, QWidget *parent);

} // namespace dc
