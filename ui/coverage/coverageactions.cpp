#include "ui/coverage/coverageactions.h"

#include "ui/coverage/coverageview.h"

#include <QAction>
#include <QCoreApplication>
#include <QMenu>
#include <QPointer>

namespace dc {

void addCoverageAction(QMenu *menu, Session &session, const User &user, QWidget *parent, std::function<void(const QString &number)> openDocument)
{
    QAction *coverage = menu->addAction(QCoreApplication::translate("dc::CoverageActions", "Clause &Coverage…"));
    coverage->setObjectName(QStringLiteral("actionCoverage"));
    coverage->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    coverage->setStatusTip(QCoreApplication::translate("dc::CoverageActions",
                                                       "Which effective documents answer each clause and control of a standard, and the gaps; export as PDF"));
    // One view at a time, owned by the parent window and deleted when closed.
    auto view = std::make_shared<QPointer<CoverageView>>();
    QObject::connect(coverage, &QAction::triggered, parent, [&session, &user, parent, openDocument, view] {
        if (!*view) {
            *view = new CoverageView(session, user, parent);
            (*view)->setAttribute(Qt::WA_DeleteOnClose);
            QObject::connect(*view, &CoverageView::documentActivated, parent, [parent, openDocument](const QString &number) {
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
