#include "ui/print/printactions.h"

#include "core/services/session.h"

#include "ui/print/printflow.h"
#include "core/services/printsubject.h"

#include <QAction>
#include <QIcon>
#include <QKeySequence>
#include <QWidget>

namespace dc {

PrintActions::PrintActions(Session &session, const User &actor, QWidget *dialogParent)
    : QObject(dialogParent), m_session(session), m_actor(actor), m_parent(dialogParent)
{
    m_print = new QAction(QIcon::fromTheme(QStringLiteral("document-print")), tr("&Print…"), this);
    m_print->setObjectName(QStringLiteral("printAction"));
    m_print->setIconText(tr("Print"));
    m_print->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_export = new QAction(QIcon::fromTheme(QStringLiteral("document-export")), tr("&Export PDF…"), this);
    m_export->setObjectName(QStringLiteral("exportAction"));
    m_export->setIconText(tr("Export PDF"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)); // Ctrl+E is Edit
    connect(m_print, &QAction::triggered, this, &PrintActions::print);
    connect(m_export, &QAction::triggered, this, &PrintActions::exportPdf);
    setRevision({});
}

void PrintActions::setRevision(const QString &number, const QString &label)
{
    m_number = number;
    m_label = label;
    QString why;
    if (number.isEmpty()) {
        why = tr("No document selected.");
    } else if (m_session.isReadOnly()) {
        why = tr("The store is open read-only, and every print and export is recorded in it.");
    } else if (auto subject = m_session.printSubject(m_actor, number, label); !subject) {
        why = subject.message();
    }
    const QList<std::pair<QAction *, QString>> actions{{m_print, tr("Print a stamped copy of the revision shown")},
                                                       {m_export, tr("Export the revision shown as a stamped PDF")}};
    for (const auto &[action, tip] : actions) {
        action->setEnabled(why.isEmpty());
        const QString text = why.isEmpty() ? tip : why;
        action->setToolTip(QStringLiteral("%1 (%2)").arg(text, action->shortcut().toString(QKeySequence::NativeText)));
    }
}

void PrintActions::print()
{
    if (!m_number.isEmpty())
        announce(m_number, PrintFlow::print(m_session, m_actor, m_number, m_label, m_parent));
}

void PrintActions::exportPdf()
{
    if (m_number.isEmpty())
        return;
    QString path;
    const QString number = m_number; // announcing may show another document
    announce(number, PrintFlow::exportPdf(m_session, m_actor, number, m_label, m_parent, &path));
    if (!path.isEmpty())
        Q_EMIT exported(path);
}

void PrintActions::announce(const QString &number, const Result<QString> &outcome)
{
    if (!outcome)
        Q_EMIT failed(outcome.message());
    else if (!outcome->isEmpty())
        Q_EMIT documentChanged(number, outcome.value());
}

} // namespace dc
