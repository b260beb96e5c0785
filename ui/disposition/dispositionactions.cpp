#include "ui/disposition/dispositionactions.h"

#include "ui/disposition/dispositiondialog.h"
#include "ui/workflow/modal.h"

#include <QAction>
#include <QCoreApplication>
#include <QMenu>

namespace dc {

void addDispositionAction(QMenu *menu, Session &session, const User &user, QWidget *parent)
{
    QAction *action = menu->addAction(QCoreApplication::translate("dc::DispositionActions", "&Disposition…"));
    action->setObjectName(QStringLiteral("actionDisposition"));
    action->setStatusTip(QCoreApplication::translate("dc::DispositionActions",
                                                     "Records and obsolete documents past their retention: destroy with a signature or keep longer"));
    action->setVisible(user.isController());
    QObject::connect(action, &QAction::triggered, parent, [&session, &user, parent] {
        DispositionDialog dialog(session, user, parent);
        Modal::exec(dialog);
    });
}

} // namespace dc
