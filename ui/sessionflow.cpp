#include "ui/sessionflow.h"

#include "core/services/session.h"

#include "ui/backup/damagedstore.h"
#include "core/services/appsettings.h"
#include "ui/signindialog.h"
#include "ui/uilog.h"
#include "ui/workflow/modal.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>

namespace dc::SessionFlow {

namespace {
// Gives the strings of this file their translation context.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(dc::SessionFlow)
};
} // namespace

QString chooseStoreFile(QWidget *parent, const QString &near)
{
    const QString from = near.isEmpty() ? AppSettings::get(AppSettings::lastStore) : near;
    const QString folder = from.isEmpty() ? QDir::homePath() : QFileInfo(from).absolutePath();
    return QFileDialog::getOpenFileName(parent, Text::tr("Open Document Store"), folder,
                                        Text::tr("DocControl stores (*.dcstore);;All files (*)"));
}

QString chooseDatabaseStore(QWidget *parent)
{
    QString offered;
    for (const QString &recent : recentStores()) {
        if (Session::isDatabaseLocation(recent)) {
            offered = recent;
            break;
        }
    }
    QInputDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("sharedStoreDialog"));
    dialog.setWindowTitle(Text::tr("Open Shared Store"));
    dialog.setLabelText(Text::tr("The shared store's PostgreSQL location, e.g. postgresql://wangfang@db.example.cn:5432/doccontrol\n"
                                 "(without a password: it is asked for when the server wants one)."));
    dialog.setTextValue(offered.isEmpty() ? QStringLiteral("postgresql://") : offered);
    dialog.resize(560, dialog.sizeHint().height());
    if (Modal::exec(dialog) != QDialog::Accepted)
        return {};
    return dialog.textValue().trimmed();
}

QStringList recentStores()
{
    return AppSettings::get(AppSettings::recentStores);
}

// Asks for the database password of `location`; false when the user cancels.
bool askDatabasePassword(QWidget *parent, const QString &location, const QString &why)
{
    QInputDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("databasePasswordDialog"));
    dialog.setWindowTitle(Text::tr("Database Password"));
    dialog.setLabelText(Text::tr("%1\n\nThe database password for %2 (kept only while DocControl runs):").arg(why, location));
    dialog.setTextEchoMode(QLineEdit::Password);
    if (Modal::exec(dialog) != QDialog::Accepted)
        return false;
    Session::setDatabasePassword(location, dialog.textValue());
    return true;
}

std::unique_ptr<Session> openStore(QWidget *parent, const QString &path, Session::Access access)
{
    auto opened = Session::open(path, access);
    // The database server wants a password that neither PGPASSWORD nor ~/.pgpass holds.
    for (int attempt = 0; attempt < 3 && !opened && opened.code() == ErrorCode::AuthenticationFailed && Session::isDatabaseLocation(path); ++attempt) {
        if (!askDatabasePassword(parent, path, opened.message()))
            return nullptr;
        opened = Session::open(path, access);
    }
    if (!opened && opened.code() == ErrorCode::CorruptStore)
        return DamagedStore::recover(parent, path, opened.message());
    if (!opened) {
        QMessageBox::critical(parent, Text::tr("Cannot Open Store"), opened.message()); // core names the file
        return nullptr;
    }
    // Every desk is a witness: a store whose chain lost a head this desk saw opens read-only.
    if (const Status witnessed = opened.value()->checkWitness(); !witnessed) {
        if (opened.value()->isReadOnly())
            return std::move(opened).value();
        qCWarning(lcUi).noquote() << "audit trail alarm for" << path << "- opening it read-only:" << witnessed.message();
        QMessageBox::critical(parent, Text::tr("Audit Trail Alarm"), witnessed.message());
        opened.value().reset();
        auto readOnly = Session::open(path, Session::Access::ReadOnly);
        if (!readOnly) {
            QMessageBox::critical(parent, Text::tr("Cannot Open Store"), readOnly.message());
            return nullptr;
        }
        return std::move(readOnly).value();
    }
    if (!opened.value()->isReadOnly())
        (void)opened.value()->rememberWitness();
    qCInfo(lcUi).noquote() << "store opened:" << path << (opened.value()->isReadOnly() ? "read-only" : "read-write");
    return std::move(opened).value();
}

std::optional<User> signIn(QWidget *parent, Session &session, const QString &userName, const QString &password)
{
    QString failure;
    if (!userName.isEmpty() && !password.isEmpty()) {
        auto user = session.signIn(userName, password);
        if (user)
            return user.value();
        failure = user.message();
        qCInfo(lcUi).noquote() << "sign-in as" << userName << "without the dialog failed:" << failure;
    }
    SignInDialog dialog(session, userName, parent);
    dialog.setErrorText(failure);
    if (Modal::exec(dialog) != QDialog::Accepted)
        return std::nullopt;
    return dialog.user();
}

void remember(const Session &session, const User &user)
{
    const QString location = Session::rememberedLocation(session.storePath());
    AppSettings::set(AppSettings::lastStore, location);
    QStringList recent = recentStores();
    recent.removeAll(location);
    recent.prepend(location);
    AppSettings::set(AppSettings::recentStores, recent.mid(0, 8));
    AppSettings::set(AppSettings::lastUser, user.name);
}

} // namespace dc::SessionFlow
