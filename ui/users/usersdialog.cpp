#include "ui/users/usersdialog.h"

#include "core/services/session.h"

#include "core/services/userservice.h"
#include "ui/users/userdialogs.h"
#include "ui/users/usermodel.h"
#include "ui/workflow/modal.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace dc {

UsersDialog::UsersDialog(Session &session, const User &admin, QWidget *parent) : QDialog(parent), m_session(session), m_admin(admin)
{
    setObjectName(QStringLiteral("usersDialog"));
    setWindowTitle(tr("Users"));
    auto *layout = new QVBoxLayout(this);

    m_model = new UserModel(m_session, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(UserModel::RolesColumn, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("usersMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);

    auto *row = new QHBoxLayout;
    m_add = new QPushButton(tr("&Add User…"), this);
    m_add->setObjectName(QStringLiteral("addUserButton"));
    m_roles = new QPushButton(tr("Change &Roles…"), this);
    m_roles->setObjectName(QStringLiteral("rolesButton"));
    m_clearance = new QPushButton(tr("C&learance…"), this);
    m_clearance->setObjectName(QStringLiteral("clearanceButton"));
    m_active = new QPushButton(tr("&Disable"), this);
    m_active->setObjectName(QStringLiteral("toggleActiveButton"));
    m_reset = new QPushButton(tr("Reset &Password…"), this);
    m_reset->setObjectName(QStringLiteral("resetPasswordButton"));
    for (QPushButton *button : {m_add, m_roles, m_clearance, m_active, m_reset}) {
        button->setAutoDefault(false);
        row->addWidget(button);
    }
    row->addStretch(1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    row->addWidget(close);
    layout->addLayout(row);

    connect(m_add, &QPushButton::clicked, this, &UsersDialog::addUser);
    connect(m_roles, &QPushButton::clicked, this, &UsersDialog::changeRoles);
    connect(m_clearance, &QPushButton::clicked, this, &UsersDialog::changeClearance);
    connect(m_active, &QPushButton::clicked, this, &UsersDialog::toggleActive);
    connect(m_reset, &QPushButton::clicked, this, &UsersDialog::resetPassword);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &UsersDialog::updateButtons);
    connect(m_table, &QAbstractItemView::activated, this, &UsersDialog::changeRoles);
    if (!m_model->lastError().isEmpty())
        report(m_model->lastError(), true);
    if (m_session.isReadOnly()) {
        m_add->setEnabled(false);
        report(tr("The store is open read-only; users cannot be changed."));
    }
    updateButtons();
    resize(760, 460);
}

const User *UsersDialog::selected() const
{
    return m_model->userAt(m_table->currentIndex().row());
}

bool UsersDialog::selectUser(const QString &name)
{
    const int row = m_model->rowOfName(name);
    if (row < 0)
        return false;
    m_table->setCurrentIndex(m_model->index(row, UserModel::NameColumn));
    return true;
}

QString UsersDialog::messageText() const
{
    return m_message->text();
}

void UsersDialog::updateButtons()
{
    const User *user = selected();
    const bool writable = !m_session.isReadOnly();
    m_roles->setEnabled(writable && user);
    m_clearance->setEnabled(writable && user);
    m_reset->setEnabled(writable && user);
    m_active->setEnabled(writable && user && user->name != m_admin.name);
    m_active->setText(user && !user->active ? tr("&Enable") : tr("&Disable"));
    m_active->setToolTip(user && user->name == m_admin.name ? tr("You cannot disable your own account.") : QString());
}

void UsersDialog::report(const QString &message, bool failure)
{
    m_message->setStyleSheet(failure ? QStringLiteral("color: #b00020;") : QString());
    m_message->setText(message);
}

void UsersDialog::addUser()
{
    AddUserDialog dialog(this);
    dialog.setCommit([&]() -> Status { return Status::from(m_session.users().addUser(m_admin, dialog.user(), dialog.password())); });
    if (Modal::exec(dialog) != QDialog::Accepted)
        return;
    m_model->refresh();
    selectUser(dialog.user().name);
    report(tr("Added %1 with the roles: %2.").arg(dialog.user().name, roleDisplayNames(dialog.user().roles)));
}

void UsersDialog::changeRoles()
{
    const User *user = selected();
    if (!user || m_session.isReadOnly())
        return;
    const User target = *user;
    RolesDialog dialog(target, this);
    dialog.setCommit([&]() -> Status { return m_session.users().setRoles(m_admin, target.name, dialog.roles()); });
    if (Modal::exec(dialog) != QDialog::Accepted)
        return;
    m_model->refresh();
    selectUser(target.name);
    report(tr("%1 now has the roles: %2.").arg(target.name, roleDisplayNames(dialog.roles())));
}

void UsersDialog::changeClearance()
{
    const User *user = selected();
    if (!user || m_session.isReadOnly())
        return;
    const User target = *user;
    ClearanceDialog dialog(target, this);
    dialog.setCommit([&]() -> Status { return m_session.users().setClearance(m_admin, target.name, dialog.clearance()); });
    if (Modal::exec(dialog) != QDialog::Accepted)
        return;
    m_model->refresh();
    selectUser(target.name);
    report(tr("%1 may now read documents up to %2.").arg(target.name, displayName(dialog.clearance())));
}

void UsersDialog::toggleActive()
{
    const User *user = selected();
    if (!user)
        return;
    const User target = *user;
    if (const Status done = m_session.users().setActive(m_admin, target.name, !target.active); !done) {
        report(done.message(), true);
        return;
    }
    m_model->refresh();
    selectUser(target.name);
    report(target.active ? tr("Disabled the account of %1; their signatures stay valid.").arg(target.name)
                         : tr("Enabled the account of %1.").arg(target.name));
}

void UsersDialog::resetPassword()
{
    const User *user = selected();
    if (!user)
        return;
    const QString name = user->name;
    PasswordDialog dialog(PasswordDialog::Mode::ResetOther, name, this);
    dialog.setCommit([&]() -> Status { return m_session.users().resetPassword(m_admin, name, dialog.newPassword()); });
    if (Modal::exec(dialog) != QDialog::Accepted)
        return;
    report(tr("Set a new password for %1.").arg(name));
}

} // namespace dc
