#include "ui/signindialog.h"

#include "core/services/session.h"

#include "core/services/userservice.h"
#include "core/services/settingsservice.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dc {

SignInDialog::SignInDialog(Session &session, const QString &userName, QWidget *parent) : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("Sign in — DocControl"));
    setObjectName(QStringLiteral("signInDialog"));

    auto *layout = new QVBoxLayout(this);
    const SettingsService &settings = m_session.settings();
    QString store = QFileInfo(m_session.storePath()).fileName().toHtmlEscaped();
    if (const QString organisation = settings.organisation(); !organisation.isEmpty())
        store = QStringLiteral("<b>%1</b><br/>%2").arg(organisation.toHtmlEscaped(), store);
    m_heading = new QLabel(store, this);
    m_heading->setObjectName(QStringLiteral("signInHeading"));
    m_heading->setTextFormat(Qt::RichText);
    m_heading->setWordWrap(true);
    m_heading->setToolTip(m_session.storePath());
    layout->addWidget(m_heading);

    auto *form = new QFormLayout;
    m_name = new QLineEdit(userName, this);
    m_name->setObjectName(QStringLiteral("userName"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&User name:"), m_name);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("signInError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("signInButtons"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    layout->addWidget(buttons);

    (userName.isEmpty() ? m_name : m_password)->setFocus();
    setMinimumWidth(360);
}

void SignInDialog::lockTo(const User &user)
{
    m_lockedTo = user.name;
    setWindowTitle(tr("Unlock — DocControl"));
    const QString who = user.displayName.isEmpty() ? user.name : tr("%1 (%2)").arg(user.displayName, user.name);
    m_heading->setText(tr("<b>DocControl is locked.</b><br/>%1 was signed in. Enter the password to continue, "
                          "or sign out so that someone else can sign in.")
                           .arg(who.toHtmlEscaped()));
    m_name->setText(user.name);
    m_name->setReadOnly(true);
    m_name->setFocusPolicy(Qt::NoFocus);
    auto *buttons = findChild<QDialogButtonBox *>(QStringLiteral("signInButtons"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Unlock"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Stay Locked"));
    QPushButton *signOut = buttons->addButton(tr("Sign Out"), QDialogButtonBox::DestructiveRole);
    signOut->setObjectName(QStringLiteral("signOutButton"));
    connect(signOut, &QPushButton::clicked, this, [this] { done(SignOut); });
    setMinimumWidth(440);
    m_password->setFocus();
}

bool SignInDialog::tryAccept()
{
    const QString name = isLockMode() ? m_lockedTo : m_name->text().trimmed();
    if (name.isEmpty()) {
        setErrorText(tr("Enter your user name."));
        m_name->setFocus();
        return false;
    }
    auto user = m_session.signIn(name, m_password->text());
    if (!user) {
        setErrorText(user.message());
        m_password->selectAll();
        m_password->setFocus();
        return false;
    }
    m_user = user.value();
    m_error->hide();
    QDialog::accept();
    return true;
}

void SignInDialog::accept()
{
    tryAccept();
}

void SignInDialog::setErrorText(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString SignInDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

} // namespace dc
