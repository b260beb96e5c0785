#include "ui/document/editdetailsdialog.h"

#include "core/services/documentservice.h"
#include "core/services/session.h"
#include "core/services/userservice.h"
#include "ui/document/metadataform.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace dc {

EditDetailsDialog::EditDetailsDialog(Session &session, const User &actor, const Document &document, QWidget *parent)
    : ActionDialog(parent), m_session(session), m_actor(actor), m_document(document)
{
    setObjectName(QStringLiteral("editDetailsDialog"));
    setWindowTitle(tr("Edit Details of %1").arg(document.number));

    auto users = m_session.users().users();
    m_metadata = new MetadataForm(users ? users.value() : QList<User>{}, this);
    m_metadata->setDocument(document);
    auto *number = new QLabel(document.number, this);
    number->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_metadata->form()->insertRow(0, tr("Number:"), number);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("editDetailsReason"));
    m_reason->setPlaceholderText(tr("Why the details change; recorded in the audit trail"));
    m_metadata->form()->addRow(tr("&Reason:"), m_reason);
    body()->addWidget(m_metadata);
    okButton()->setText(tr("Save Details"));

    connect(m_metadata, &MetadataForm::changed, this, &EditDetailsDialog::updateOk);
    connect(m_reason, &QLineEdit::textChanged, this, &EditDetailsDialog::updateOk);
    setCommit([this]() -> Status {
        return Status::from(m_session.documents().setMetadata(m_actor, m_document.number, change(), m_reason->text()));
    });
    updateOk();
    setMinimumWidth(560);
}

MetadataChange EditDetailsDialog::change() const
{
    return m_metadata->changeFrom(m_document);
}

QString EditDetailsDialog::validate() const
{
    if (const QString problem = m_metadata->problem(); !problem.isEmpty())
        return problem;
    if (change().isEmpty())
        return tr("Nothing has changed yet.");
    if (m_reason->text().trimmed().isEmpty())
        return tr("Give the reason for the change.");
    return {};
}

} // namespace dc
