#pragma once

class QMenu;
class QWidget;

namespace dc {

class Session;
struct User;

// Adds Tools ▸ Audit Log… (Ctrl+Shift+T: Ctrl+Shift+L is Release; everyone but readers) and Tools ▸ Verify Store…
// (administrators) to `tools`; the dialogs open over `parent` on `session` as `user`, who must
// outlive the actions (the main window's own).
void addAuditActions(QMenu *tools, Session &session, const User &user, QWidget *parent);

} // namespace dc
