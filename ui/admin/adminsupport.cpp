#include "ui/admin/adminsupport.h"

#include "core/services/appsettings.h"
#include "ui/workflow/modal.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
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
