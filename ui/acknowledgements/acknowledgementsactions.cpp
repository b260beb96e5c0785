#include "ui/acknowledgements/acknowledgementsactions.h"

#include "ui/acknowledgements/acknowledgementsview.h"

#include <QAction>
#include <QCoreApplication>
#include <QMenu>
#include <QPointer>

namespace dc {

void addAcknowledgementsAction(QMenu *menu, Session &session, const User &user, QWidget *parent,
                               std::function<void(const QString &number)> openDocument)
{
    QAction *action = menu->addAction(QCoreApplication::translate("dc::AcknowledgementsActions", "&Acknowledgements…"));
    action->setObjectName(QStringLiteral("actionAcknowledgements"));
    action->setStatusTip(QCoreApplication::translate("dc::AcknowledgementsActions",
                                                     "Who has not yet read and acknowledged a released document (已阅知悉), per document and department; export as CSV or PDF"));
    // One view at a time, owned by the parent window and deleted when closed.
    auto view = std::make_shared<QPointer<AcknowledgementsView>>();
    QObject::connect(action, &QAction::triggered, parent, [&session, &user, parent, openDocument, view] {
        if (!*view) {
            *view = new AcknowledgementsView(session, user, parent);
            (*view)->setAttribute(Qt::WA_DeleteOnClose);
            QObject::connect(*view, &AcknowledgementsView::documentActivated, parent, [parent, openDocument](const QString &number) {
                openDocument(number);
                parent->activateWindow();
                parent->raise();
            });
        }
        (*view)->show();
        (*view)->raise();
        (*view)->activateWindow();
    });
}

} // namespace dc
