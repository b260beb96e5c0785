#include "ui/import/importactions.h"

#include "core/archive/import/documentimporter.h"
#include "core/services/session.h"
#include "core/workflow/permissions.h"
#include "ui/document/documentview.h"
#include "ui/import/importdialog.h"
#include "ui/mainwindow.h"
#include "ui/register/registerview.h"
#include "ui/workflow/modal.h"

#include <QAction>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QStatusBar>
#include <QTabWidget>
#include <QUrl>

namespace dc {

namespace {

constexpr int kStatusMessageMs = 8000;

// The local files among the dragged URLs; `others` counts what is not a local file.
QStringList localFiles(const QMimeData *mime, int *others = nullptr)
{
    QStringList files;
    int rest = 0;
    if (mime && mime->hasUrls()) {
        for (const QUrl &url : mime->urls()) {
            if (url.isLocalFile())
                files.append(url.toLocalFile());
            else
                ++rest;
        }
    }
    if (others)
        *others = rest;
    return files;
}

} // namespace

ImportActions::ImportActions(MainWindow &window, QMenu *menu) : QObject(&window), m_window(window)
{
    m_action = menu->addAction(tr("&Import…"));
    m_action->setObjectName(QStringLiteral("actionImport"));
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    Status allowed;
    if (window.session().isReadOnly())
        allowed = Error{ErrorCode::ReadOnlyStore, tr("The store is open read-only.")};
    else if (Permissions::seesEffectiveOnly(window.user()))
        allowed = Error{ErrorCode::PermissionDenied, tr("Readers may not import documents.")};
    m_action->setEnabled(allowed.ok());
    m_action->setStatusTip(allowed ? tr("Bring a .docx, .odt, .md, .html or .pdf file in as a new document or the next draft of the selected one; "
                                        "you may also drop the file on the window")
                                   : allowed.message());
    connect(m_action, &QAction::triggered, this, [this]() { openDialog(); });
    window.setAcceptDrops(allowed.ok());
    window.installEventFilter(this);
}

bool ImportActions::isImportable(const QString &path)
{
    return DocumentImporter::formatOf(path) != DocumentImporter::Format::Unknown;
}

void ImportActions::openDialog(const QString &path)
{
    const User &user = m_window.user();
    const QString selected = m_window.documentView()->number();
    if (const Status allowed = m_action->isEnabled() ? ImportDialog::mayImport(m_window.session(), user, selected)
                                                     : Status(Error{ErrorCode::PermissionDenied, m_action->statusTip()});
        !allowed) {
        m_window.statusBar()->showMessage(allowed.message(), kStatusMessageMs);
        return;
    }
    ImportDialog dialog(m_window.session(), user, selected, &m_window);
    if (!path.isEmpty())
        dialog.setFilePath(path);
    if (Modal::exec(dialog) != QDialog::Accepted || dialog.importedNumber().isEmpty())
        return;
    const QString number = dialog.importedNumber();
    m_window.showRegister();
    m_window.registerView()->refresh();
    m_window.registerView()->selectNumber(number); // when the filter shows it; the document is shown either way
    Q_EMIT imported(number, tr("Imported %1 as %2 revision %3.").arg(QFileInfo(dialog.filePath()).fileName(), number, dialog.importedLabel()));
    m_window.documentView()->tabs()->setCurrentIndex(DocumentView::ContentTab);
}

void ImportActions::refuseDrop(const QString &message)
{
    QMessageBox box(QMessageBox::Information, tr("Import"), message, QMessageBox::Ok, &m_window);
    box.setObjectName(QStringLiteral("importDropRefused"));
    Modal::exec(box);
}

bool ImportActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != &m_window || !m_action->isEnabled())
        return QObject::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (!localFiles(drag->mimeData()).isEmpty()) {
            drag->acceptProposedAction(); // refused files get a message on the drop
            return true;
        }
        return false;
    }
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        int others = 0;
        const QStringList files = localFiles(drop->mimeData(), &others);
        if (files.isEmpty())
            return false;
        drop->acceptProposedAction();
        if (files.size() + others > 1)
            refuseDrop(tr("%n files were dropped: import one file at a time.", nullptr, int(files.size() + others)));
        else if (!isImportable(files.constFirst()))
            refuseDrop(tr("\"%1\" cannot be imported: DocControl imports .docx, .odt, .md and .html files, and attaches .pdf files.")
                           .arg(QFileInfo(files.constFirst()).fileName()));
        else
            openDialog(files.constFirst());
        return true;
    }
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace dc
