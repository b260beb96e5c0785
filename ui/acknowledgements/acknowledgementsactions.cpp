#include "ui/acknowledgements/acknowledgementsactions.h"

#include "ui/acknowledgements/acknowledgementsview.h"
#include "ui/reportwindow.h"

#include <QAction>
#include <QCoreApplication>
#include <QMenu>

namespace dc {

void addAcknowledgementsAction(QMenu *menu, Session &session, const User &user, QWidget *parent,
                               std::function<void(const QString &number)> openDocument)
{
    QAction *action = menu->addAction(QCoreApplication::translate("dc::AcknowledgementsActions", "&Acknowledgements…"));
    action->setObjectName(QStringLiteral("actionAcknowledgements"));
    action->setStatusTip(QCoreApplication::translate("dc::AcknowledgementsActions",
                                                     "Who has not yet read and acknowledged a released document (已阅知悉), per document and department; export as CSV or PDF"));
    openOneAtATime<AcknowledgementsView>(
        action, parent, [&session, &user, parent] { return new AcknowledgementsView(session, user, parent); }, std::move(openDocument));
}

} // namespace dc
