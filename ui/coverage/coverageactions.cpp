#include "ui/coverage/coverageactions.h"

#include "ui/coverage/coverageview.h"
#include "ui/reportwindow.h"

#include <QAction>
#include <QCoreApplication>
#include <QMenu>

namespace dc {

void addCoverageAction(QMenu *menu, Session &session, const User &user, QWidget *parent, std::function<void(const QString &number)> openDocument)
{
    QAction *action = menu->addAction(QCoreApplication::translate("dc::CoverageActions", "Clause &Coverage…"));
    action->setObjectName(QStringLiteral("actionCoverage"));
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    action->setStatusTip(QCoreApplication::translate("dc::CoverageActions",
                                                     "Which effective documents answer each clause and control of a standard, and the gaps; export as PDF"));
    openOneAtATime<CoverageView>(
        action, parent, [&session, &user, parent] { return new CoverageView(session, user, parent); }, std::move(openDocument));
}

} // namespace dc
