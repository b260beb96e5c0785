#include "ui/audit/auditactions.h"

#include "core/model/user.h"
#include "core/workflow/permissions.h"
#include "ui/audit/auditlogdialog.h"
#include "ui/audit/verifydialog.h"
#include "ui/workflow/modal.h"

#include <QAction>
#include <QCoreApplication>
#include <QMenu>
#include <QTimer>

namespace dc {

void addAuditActions(QMenu *tools, Session &session, const User &user, QWidget *parent)
{
    const bool mayRead = Permissions::mayReadAuditTrail(user).ok();
    QAction *log = tools->addAction(QCoreApplication::translate("dc::AuditActions", "Audit &Log…"));
    log->setObjectName(QStringLiteral("actionAuditLog"));
    log->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    log->setEnabled(mayRead);
    log->setStatusTip(mayRead ? QCoreApplication::translate("dc::AuditActions", "Read the audit trail, filtered by document, user, event and day; export it as CSV")
                              : QCoreApplication::translate("dc::AuditActions", "Readers do not see the audit trail."));
    QObject::connect(log, &QAction::triggered, parent, [&session, &user, parent] {
        AuditLogDialog dialog(session, user, parent);
        Modal::exec(dialog);
    });

    const bool mayVerify = Permissions::mayVerify(user).ok();
    QAction *verify = tools->addAction(QCoreApplication::translate("dc::AuditActions", "&Verify Store…"));
    verify->setObjectName(QStringLiteral("actionVerifyStore"));
    verify->setEnabled(mayVerify);
    verify->setStatusTip(mayVerify ? QCoreApplication::translate("dc::AuditActions", "Check the audit trail, signatures and content hashes, and replay the trail against the tables")
                                   : QCoreApplication::translate("dc::AuditActions", "Only administrators verify the store."));
    QObject::connect(verify, &QAction::triggered, parent, [&session, &user, parent] {
        VerifyDialog dialog(session, user, parent);
        QTimer::singleShot(0, &dialog, &VerifyDialog::run); // once it shows
        Modal::exec(dialog);
    });
}

} // namespace dc
