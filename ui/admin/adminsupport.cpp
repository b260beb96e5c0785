#include "ui/admin/adminsupport.h"

#include "core/services/appsettings.h"
#include "core/services/session.h"
#include "core/workflow/permissions.h"
#include "ui/workflow/modal.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QBoxLayout>
#include <QProgressDialog>
#include <QStandardPaths>

namespace dc::AdminSupport {

QString lastFolder()
{
    const QString folder = AppSettings::get(AppSettings::adminFolder);
    if (!folder.isEmpty() && QFileInfo(folder).isDir())
        return folder;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void rememberFolder(const QString &file)
{
    if (!file.isEmpty())
        AppSettings::set(AppSettings::adminFolder, QFileInfo(file).absolutePath());
}

Status mayChangeSettings(const Session &session, const User &actor, const QString &denied)
{
    if (const Status allowed = Permissions::mayRegisterDocument(actor); !allowed)
        return Error{ErrorCode::PermissionDenied, denied};
    if (session.isReadOnly())
        return Error{ErrorCode::ReadOnlyStore, QCoreApplication::translate("dc::AdminSupport", "The store is open read-only.")};
    return {};
}

void explainReadOnly(QWidget *tab, QBoxLayout *layout, const Status &allowed, const char *objectName, std::initializer_list<QWidget *> controls)
{
    if (allowed)
        return;
    auto *why = new QLabel(allowed.message(), tab);
    why->setObjectName(QString::fromLatin1(objectName));
    why->setWordWrap(true);
    layout->insertWidget(0, why);
    for (QWidget *control : controls) {
        control->setEnabled(false);
        control->setToolTip(allowed.message());
    }
}

QMessageBox::StandardButton tell(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
                                 const char *objectName, QMessageBox::StandardButtons buttons)
{
    QMessageBox box(icon, title, text, buttons, parent);
    box.setObjectName(QLatin1String(objectName));
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    Modal::exec(box);
    return box.standardButton(box.clickedButton());
}

BusyIndicator::BusyIndicator(QWidget *parent, const QString &label)
{
    auto *dialog = new QProgressDialog(label, QString(), 0, 0, parent);
    dialog->setObjectName(QStringLiteral("adminBusy"));
    dialog->setWindowTitle(QCoreApplication::translate("dc::AdminSupport", "Please Wait"));
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(0);
    dialog->setCancelButton(nullptr);
    dialog->setMinimumWidth(360);
    dialog->show();
    m_dialog = dialog;
}

BusyIndicator::~BusyIndicator()
{
    delete m_dialog;
}

} // namespace dc::AdminSupport
