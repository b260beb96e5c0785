#include "ui/coverage/transitiondialog.h"

#include "core/model/clausecatalog.h"
#include "core/services/documentservice.h"
#include "core/services/session.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dc {

namespace {

// "A.12.6.1 技术脆弱性管理"
QString described(const ClauseRef &ref)
{
    const ClauseCatalog *catalog = ClauseCatalog::builtin(ref.standard);
    const auto entry = catalog ? catalog->find(ref.clause) : std::nullopt;
    return entry ? ref.clause + QLatin1Char(' ') + entry->title() : ref.clause;
}

} // namespace

TransitionDialog::TransitionDialog(Session &session, const User &actor, const QString &number, const TransitionProposal &proposal, QWidget *parent)
    : ActionDialog(parent)
{
    setObjectName(QStringLiteral("transitionDialog"));
    setWindowTitle(tr("Move %1 to %2").arg(number, proposal.to));
    auto *intro = new QLabel(tr("The clauses of %1 that %2 is mapped to are replaced by the clauses of %3 that take them up. "
                                "Clauses of other standards stay as they are.")
                                 .arg(proposal.from, number, proposal.to),
                             this);
    intro->setWordWrap(true);
    body()->addWidget(intro);
    m_steps = new QTableWidget(int(proposal.steps.size()), 2, this);
    m_steps->setObjectName(QStringLiteral("transitionSteps"));
    m_steps->setHorizontalHeaderLabels({proposal.from, proposal.to});
    m_steps->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_steps->verticalHeader()->hide();
    m_steps->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    for (int row = 0; row < proposal.steps.size(); ++row) {
        const auto &step = proposal.steps.at(row);
        QStringList successors;
        for (const ClauseRef &ref : step.second)
            successors << described(ref);
        m_steps->setItem(row, 0, new QTableWidgetItem(described(step.first)));
        m_steps->setItem(row, 1, new QTableWidgetItem(successors.isEmpty() ? tr("(no successor; kept)") : successors.join(QLatin1Char('\n'))));
    }
    m_steps->resizeRowsToContents();
    body()->addWidget(m_steps);
    auto *form = new QFormLayout;
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("transitionReason"));
    m_reason->setText(tr("Transition to %1").arg(proposal.to));
    form->addRow(tr("&Reason:"), m_reason);
    body()->addLayout(form);
    connect(m_reason, &QLineEdit::textChanged, this, &TransitionDialog::updateOk);
    const QString to = proposal.to;
    setCommit([&session, actor, number, to, this]() -> Status {
        return Status::from(session.documents().moveClauses(actor, number, to, m_reason->text().trimmed()));
    });
    resize(720, 420);
    updateOk();
}

void TransitionDialog::setReason(const QString &reason)
{
    m_reason->setText(reason);
}

QString TransitionDialog::validate() const
{
    return m_reason->text().trimmed().isEmpty() ? tr("Say why the mapping changes.") : QString();
}

} // namespace dc
