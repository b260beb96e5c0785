#pragma once

#include "core/model/user.h"
#include "core/services/userservice.h"
#include "ui/workflow/actiondialog.h"

#include <QMap>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace dc {

// A check box per role ("roleAdmin", "roleController", … by object name).
class RoleChecks final : public QWidget {
    Q_OBJECT
public:
    explicit RoleChecks(Roles roles = {}, QWidget *parent = nullptr);
    Roles roles() const;
    void setRoles(Roles roles);
    QCheckBox *box(Role role) const { return m_boxes.value(role); }

Q_SIGNALS:
    void changed();

private:
    QMap<Role, QCheckBox *> m_boxes;
};

// Adds a user: login name, display name, department, roles and the initial password, typed
// twice. The caller's commit adds the user (UserService::addUser).
class AddUserDialog final : public ActionDialog {
    Q_OBJECT
public:
    explicit AddUserDialog(QWidget *parent = nullptr);

    NewUser user() const;
    QString password() const;

protected:
    QString validate() const override;

private:
    QLineEdit *m_name = nullptr;
    QLineEdit *m_display = nullptr;
    QLineEdit *m_department = nullptr;
    QComboBox *m_clearance = nullptr;
    RoleChecks *m_roles = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
};

// A choice of clearance: the highest classification a user may read.
QComboBox *clearanceBox(Classification current, QWidget *parent);

// Changes the clearance of one user.
class ClearanceDialog final : public ActionDialog {
    Q_OBJECT
public:
    ClearanceDialog(const User &user, QWidget *parent = nullptr);
    Classification clearance() const;

private:
    QComboBox *m_clearance = nullptr;
};

// Changes the roles of one user.
class RolesDialog final : public ActionDialog {
    Q_OBJECT
public:
    RolesDialog(const User &user, QWidget *parent = nullptr);
    Roles roles() const { return m_roles->roles(); }
    RoleChecks *checks() const { return m_roles; }

protected:
    QString validate() const override;

private:
    RoleChecks *m_roles = nullptr;
};

// Sets a password, typed twice: an administrator resetting someone's (ResetOther), or a user
// changing their own, which also asks for the current one (ChangeOwn).
class PasswordDialog final : public ActionDialog {
    Q_OBJECT
public:
    enum class Mode { ResetOther, ChangeOwn };
    PasswordDialog(Mode mode, const QString &userName, QWidget *parent = nullptr);

    QString oldPassword() const;
    QString newPassword() const;

protected:
    QString validate() const override;
    void commitFailed(const Error &error) override;

private:
    QLineEdit *m_old = nullptr;
    QLineEdit *m_new = nullptr;
    QLineEdit *m_repeat = nullptr;
};

} // namespace dc
