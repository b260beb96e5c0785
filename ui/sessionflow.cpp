#include "ui/sessionflow.h"

#include "ui/backup/damagedstore.h"
#include "core/services/appsettings.h"
#include "core/services/witness.h"
#include "core/services/userservice.h"
#include "ui/signindialog.h"
#include "ui/uilog.h"
#include "core/store/database.h"
#include "ui/workflow/modal.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
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

std::unique_ptr<Database> openStore(QWidget *parent, const QString &path, Database::Access access)
{
    auto opened = Database::open(path, access);
    if (!opened && opened.code() == ErrorCode::CorruptStore)
        return DamagedStore::recover(parent, path, opened.message());
    if (!opened) {
        QMessageBox::critical(parent, Text::tr("Cannot Open Store"), opened.message()); // core names the file
        return nullptr;
    }
    // Every desk is a witness: a store whose chain lost a head this desk saw opens read-only.
    if (const Status witnessed = Witness::check(*opened.value()); !witnessed) {
        if (opened.value()->isReadOnly())
            return std::move(opened).value();
        qCWarning(lcUi).noquote() << "audit trail alarm for" << path << "- opening it read-only:" << witnessed.message();
        QMessageBox::critical(parent, Text::tr("Audit Trail Alarm"), witnessed.message());
        opened.value().reset();
        auto readOnly = Database::open(path, Database::Access::ReadOnly);
        if (!readOnly) {
            QMessageBox::critical(parent, Text::tr("Cannot Open Store"), readOnly.message());
            return nullptr;
        }
        return std::move(readOnly).value();
    }
    if (!opened.value()->isReadOnly())
        (void)Witness::remember(*opened.value());
    qCInfo(lcUi).noquote() << "store opened:" << path << (opened.value()->isReadOnly() ? "read-only" : "read-write");
    return std::move(opened).value();
}

std::optional<User> signIn(QWidget *parent, Database &db, const QString &userName, const QString &password)
{
    QString failure;
    if (!userName.isEmpty() && !password.isEmpty()) {
        auto user = UserService(db).authenticate(userName, password);
        if (user)
            return user.value();
        failure = user.message();
        qCInfo(lcUi).noquote() << "sign-in as" << userName << "without the dialog failed:" << failure;
    }
    SignInDialog dialog(db, userName, parent);
    dialog.setErrorText(failure);
    if (Modal::exec(dialog) != QDialog::Accepted)
        return std::nullopt;
    return dialog.user();
}

void remember(const Database &db, const User &user)
{
    AppSettings::set(AppSettings::lastStore, QFileInfo(db.path()).absoluteFilePath());
    AppSettings::set(AppSettings::lastUser, user.name);
}

} // namespace dc::SessionFlow
