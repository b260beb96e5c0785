#pragma once

#include "core/model/user.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace dc {

class Session;
class UserModel;

// User administration for administrators (Tools ▸ Users…): the store's users, and buttons to
// add a user, change a user's roles, disable or re-enable an account and reset a password.
// Each opens its own dialog through Modal::exec; what was done, or why not, is shown in a
// line under the table.
class UsersDialog final : public QDialog {
    Q_OBJECT
public:
    UsersDialog(Session &session, const User &admin, QWidget *parent = nullptr);

    UserModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // Selects the row of `name`; returns whether there is one.
    bool selectUser(const QString &name);
    QString messageText() const;

    void addUser();
    void changeRoles();
    void changeClearance();
    void toggleActive();
    void resetPassword();

private:
    const User *selected() const;
    void updateButtons();
    void report(const QString &message, bool failure = false);

    Session &m_session;
    User m_admin;
    UserModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_roles = nullptr;
    QPushButton *m_clearance = nullptr;
    QPushButton *m_active = nullptr;
    QPushButton *m_reset = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace dc
