#include "ui/document/earlierrevisiondialog.h"

#include "core/services/documentservice.h"
#include "core/services/earlierhistory.h"
#include "core/services/session.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include <algorithm>

namespace dc {

EarlierRevisionDialog::EarlierRevisionDialog(Session &session, const User &actor, const QString &number, QWidget *parent)
    : ActionDialog(parent), m_session(session), m_actor(actor), m_number(number)
{
    setObjectName(QStringLiteral("earlierRevisionDialog"));
    setWindowTitle(tr("Record Earlier Revision of %1").arg(number));

    auto *intro = new QLabel(tr("A revision released on paper before this store existed, as the paper revision history (修订记录) lists it. "
                                "It is printed first in the revision history of exports, marked 「%1」.")
                                 .arg(EarlierHistory::note()),
                             this);
    intro->setWordWrap(true);
    m_label = new QLineEdit(this);
    m_label->setObjectName(QStringLiteral("earlierLabel"));
    m_label->setPlaceholderText(tr("e.g. A/0"));
    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("earlierDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    const QDate today = m_session.clock().nowUtc().toLocalTime().date();
    m_date->setMaximumDate(today);
    m_date->setDate(today.addYears(-1));
    m_summary = new QLineEdit(this);
    m_summary->setObjectName(QStringLiteral("earlierSummary"));
    m_approver = new QLineEdit(this);
    m_approver->setObjectName(QStringLiteral("earlierApprover"));
    m_approver->setPlaceholderText(tr("The name as written on paper"));

    auto *form = new QFormLayout;
    form->addRow(intro);
    form->addRow(tr("&Label:"), m_label);
    form->addRow(tr("&Released on:"), m_date);
    form->addRow(tr("Change &summary (修订说明):"), m_summary);
    form->addRow(tr("&Approved by:"), m_approver);
    body()->addLayout(form);
    okButton()->setText(tr("&Record"));

    for (QLineEdit *field : {m_label, m_summary, m_approver})
        connect(field, &QLineEdit::textChanged, this, &EarlierRevisionDialog::updateOk);
    connect(m_date, &QDateEdit::dateChanged, this, &EarlierRevisionDialog::updateOk);
    setCommit([this]() -> Status {
        EarlierRevision entry;
        entry.label = m_label->text();
        entry.releasedOn = m_date->date();
        entry.summary = m_summary->text();
        entry.approvedBy = m_approver->text();
        return Status::from(m_session.documents().recordEarlierRevision(m_actor, m_number, entry));
    });
    updateOk();
    resize(std::max(sizeHint().width(), 520), sizeHint().height());
}

QString EarlierRevisionDialog::validate() const
{
    if (m_label->text().trimmed().isEmpty())
        return tr("Type the earlier revision's label, e.g. A/0.");
    if (m_summary->text().trimmed().isEmpty())
        return tr("Type its change summary (修订说明).");
    if (m_approver->text().trimmed().isEmpty())
        return tr("Type the name of who approved it on paper.");
    return {};
}

} // namespace dc
