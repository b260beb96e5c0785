#include "ui/copies/recalldialog.h"

#include "core/services/exportservice.h"
#include "core/services/session.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace dc {

RecallDialog::RecallDialog(Session &session, const User &actor, const QString &heading, const QList<ControlledCopy> &copies, QWidget *parent)
    : ActionDialog(parent), m_session(session), m_actor(actor), m_copies(copies)
{
    setObjectName(QStringLiteral("recallDialog"));
    setWindowTitle(tr("Recall Controlled Copies"));
    auto *intro = new QLabel(heading, this);
    intro->setObjectName(QStringLiteral("recallHeading"));
    intro->setWordWrap(true);
    body()->addWidget(intro);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("recallList"));
    for (const ControlledCopy &c : copies) {
        auto *item = new QListWidgetItem(tr("%1 %2 — copy No. %3 — %4").arg(c.number, c.label).arg(c.copyNumber, 3, 10, QLatin1Char('0')).arg(c.holder), m_list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    connect(m_list, &QListWidget::itemChanged, this, &RecallDialog::updateOk);
    body()->addWidget(m_list, 1);
    auto *note = new QLabel(tr("Recall the checked copies now, once they are back; unchecked ones stay in the register as issued "
                               "and can be recalled later from File ▸ Controlled Copies."),
                            this);
    note->setWordWrap(true);
    body()->addWidget(note);
    okButton()->setText(tr("Recall"));
    setCommit([this]() -> Status {
        auto done = m_session.exports().recallAll(m_actor, checked());
        if (!done)
            return done.error();
        m_recalled = int(done->size());
        return {};
    });
    updateOk();
    setMinimumWidth(480);
}

QList<ControlledCopy> RecallDialog::checked() const
{
    QList<ControlledCopy> out;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            out << m_copies.at(i);
    }
    return out;
}

QString RecallDialog::validate() const
{
    return checked().isEmpty() ? tr("Check the copies to recall.") : QString();
}

} // namespace dc
