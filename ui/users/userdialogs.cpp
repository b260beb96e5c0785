#include "ui/users/userdialogs.h"

#include "core/services/userservice.h"

#include <QPushButton>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace dc {

namespace {

QLineEdit *passwordField(const char *name, QWidget *parent)
{
    auto *field = new QLineEdit(parent);
    field->setObjectName(QLatin1String(name));
    field->setEchoMode(QLineEdit::Password);
    return field;
}

QString passwordsProblem(const QLineEdit *first, const QLineEdit *second)
{
    if (first->text().isEmpty())
        return AddUserDialog::tr("Enter the new password.");
    if (first->text() != second->text())
        return AddUserDialog::tr("The two passwords differ.");
    return {};
}

} // namespace

RoleChecks::RoleChecks(Roles roles, QWidget *parent) : QWidget(parent)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    const QList<std::pair<Role, const char *>> all{{Role::Admin, "roleAdmin"},       {Role::Controller, "roleController"},
                                                   {Role::Author, "roleAuthor"},     {Role::Reviewer, "roleReviewer"},
                                                   {Role::Approver, "roleApprover"}, {Role::Reader, "roleReader"}};
    int i = 0;
    for (const auto &[role, name] : all) {
        auto *box = new QCheckBox(roleDisplayNames(Roles(role)), this);
        box->setObjectName(QLatin1String(name));
        connect(box, &QCheckBox::toggled, this, &RoleChecks::changed);
        grid->addWidget(box, i / 2, i % 2);
        m_boxes.insert(role, box);
        ++i;
    }
    setRoles(roles);
}

Roles RoleChecks::roles() const
{
    Roles roles;
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it) {
        if (it.value()->isChecked())
            roles |= it.key();
    }
    return roles;
}

void RoleChecks::setRoles(Roles roles)
{
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it)
        it.value()->setChecked(roles.testFlag(it.key()));
}

AddUserDialog::AddUserDialog(QWidget *parent) : ActionDialog(parent)
{
    setObjectName(QStringLiteral("addUserDialog"));
    setWindowTitle(tr("Add User"));
    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("newUserName"));
    m_name->setPlaceholderText(tr("lower-case letters, digits, . _ -"));
    m_display = new QLineEdit(this);
    m_display->setObjectName(QStringLiteral("newDisplayName"));
    m_department = new QLineEdit(this);
    m_department->setObjectName(QStringLiteral("newDepartment"));
    m_clearance = clearanceBox(Classification::Internal, this);
    m_clearance->setObjectName(QStringLiteral("newClearance"));
    m_roles = new RoleChecks(Roles(Role::Reader), this);
    m_password = passwordField("newPassword", this);
    m_repeat = passwordField("repeatPassword", this);
    form->addRow(tr("&User name:"), m_name);
    form->addRow(tr("&Name:"), m_display);
    form->addRow(tr("&Department:"), m_department);
    form->addRow(tr("Roles:"), m_roles);
    form->addRow(tr("&Clearance:"), m_clearance);
    form->addRow(tr("Initial &password:"), m_password);
    form->addRow(tr("&Repeat password:"), m_repeat);
    body()->addLayout(form);
    okButton()->setText(tr("Add User"));
    for (QLineEdit *field : {m_name, m_password, m_repeat})
        connect(field, &QLineEdit::textChanged, this, &AddUserDialog::updateOk);
    connect(m_roles, &RoleChecks::changed, this, &AddUserDialog::updateOk);
    updateOk();
    setMinimumWidth(440);
}

NewUser AddUserDialog::user() const
{
    return NewUser{m_name->text().trimmed(), m_display->text().trimmed(), m_department->text().trimmed(), m_roles->roles(),
                   classificationFromKey(m_clearance->currentData().toString()).value_or(Classification::Internal)};
}

QString AddUserDialog::password() const
{
    return m_password->text();
}

QString AddUserDialog::validate() const
{
    if (m_name->text().trimmed().isEmpty())
        return tr("Enter the user name.");
    if (const Status valid = UserService::validateName(m_name->text().trimmed()); !valid)
        return valid.message();
    if (!m_roles->roles())
        return tr("Check at least one role.");
    return passwordsProblem(m_password, m_repeat);
}

QComboBox *clearanceBox(Classification current, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    for (const QString &key : classificationKeys()) {
        const Classification level = *classificationFromKey(key);
        box->addItem(displayName(level), key);
        if (level == current)
            box->setCurrentIndex(box->count() - 1);
    }
    box->setToolTip(QCoreApplication::translate("dc::ClearanceDialog", "Documents classified above it are hidden from the user unless they are on the document's route or distribution list; administrators and document controllers see all."));
    return box;
}

ClearanceDialog::ClearanceDialog(const User &user, QWidget *parent) : ActionDialog(parent)
{
    setObjectName(QStringLiteral("clearanceDialog"));
    setWindowTitle(tr("Clearance of %1").arg(user.name));
    auto *label = new QLabel(tr("The highest classification %1 may read.").arg(user.displayName.isEmpty() ? user.name : user.displayName), this);
    label->setWordWrap(true);
    body()->addWidget(label);
    m_clearance = clearanceBox(user.clearance, this);
    m_clearance->setObjectName(QStringLiteral("clearanceBox"));
    body()->addWidget(m_clearance);
    okButton()->setText(tr("Change Clearance"));
}

Classification ClearanceDialog::clearance() const
{
    return classificationFromKey(m_clearance->currentData().toString()).value_or(Classification::Internal);
}

RolesDialog::RolesDialog(const User &user, QWidget *parent) : ActionDialog(parent)
{
    setObjectName(QStringLiteral("rolesDialog"));
    setWindowTitle(tr("Roles of %1").arg(user.name));
    auto *label = new QLabel(tr("What %1 may do. Segregation of duties still applies to every revision.")
                                 .arg(user.displayName.isEmpty() ? user.name : user.displayName),
                             this);
    label->setWordWrap(true);
    body()->addWidget(label);
    m_roles = new RoleChecks(user.roles, this);
    body()->addWidget(m_roles);
    okButton()->setText(tr("Change Roles"));
    connect(m_roles, &RoleChecks::changed, this, &RolesDialog::updateOk);
    updateOk();
}

QString RolesDialog::validate() const
{
    return m_roles->roles() ? QString() : tr("Check at least one role.");
}

PasswordDialog::PasswordDialog(Mode mode, const QString &userName, QWidget *parent) : ActionDialog(parent)
{
    setObjectName(mode == Mode::ChangeOwn ? QStringLiteral("changePasswordDialog") : QStringLiteral("resetPasswordDialog"));
    setWindowTitle(mode == Mode::ChangeOwn ? tr("Change Password") : tr("Reset Password of %1").arg(userName));
    if (mode == Mode::ResetOther) {
        auto *note = new QLabel(tr("%1 gets a new signing key; signatures made with the old one stay valid.").arg(userName), this);
        note->setWordWrap(true);
        body()->addWidget(note);
    }
    auto *form = new QFormLayout;
    if (mode == Mode::ChangeOwn) {
        m_old = passwordField("oldPassword", this);
        form->addRow(tr("&Current password:"), m_old);
        connect(m_old, &QLineEdit::textChanged, this, &PasswordDialog::updateOk);
    }
    m_new = passwordField("newPassword", this);
    m_repeat = passwordField("repeatPassword", this);
    form->addRow(tr("&New password:"), m_new);
    form->addRow(tr("&Repeat new password:"), m_repeat);
    body()->addLayout(form);
    okButton()->setText(mode == Mode::ChangeOwn ? tr("Change Password") : tr("Reset Password"));
    connect(m_new, &QLineEdit::textChanged, this, &PasswordDialog::updateOk);
    connect(m_repeat, &QLineEdit::textChanged, this, &PasswordDialog::updateOk);
    updateOk();
    setMinimumWidth(400);
}

QString PasswordDialog::oldPassword() const
{
    return m_old ? m_old->text() : QString();
}

QString PasswordDialog::newPassword() const
{
    return m_new->text();
}

QString PasswordDialog::validate() const
{
    if (m_old && m_old->text().isEmpty())
        return tr("Enter your current password.");
    return passwordsProblem(m_new, m_repeat);
}

void PasswordDialog::commitFailed(const Error &error)
{
    if (error.code == ErrorCode::AuthenticationFailed && m_old) {
        m_old->selectAll();
        m_old->setFocus();
    }
}

} // namespace dc
