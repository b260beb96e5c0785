#include "ui/document/externaldialog.h"

#include "core/services/externalregister.h"
#include "core/services/session.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

namespace dc {

namespace {

QDate dateOf(const QLineEdit *field) { return QDate::fromString(field->text().trimmed(), Qt::ISODate); }

bool validDate(const QLineEdit *field) { return field->text().trimmed().isEmpty() || dateOf(field).isValid(); }

} // namespace

ExternalDialog::ExternalDialog(Session &session, const User &actor, const QString &number, const ExternalOrigin &origin, QWidget *parent)
    : ActionDialog(parent), m_session(session), m_actor(actor), m_number(number)
{
    setObjectName(QStringLiteral("externalDialog"));
    setWindowTitle(tr("Register entry of %1").arg(number));
    auto *form = new QFormLayout;
    m_issuer = addField("externalIssuer", origin.issuer);
    form->addRow(tr("&Issuer:"), m_issuer);
    m_reference = addField("externalReference", origin.reference);
    m_reference->setPlaceholderText(tr("e.g. GB/T 22080-2025"));
    form->addRow(tr("Their &reference:"), m_reference);
    m_edition = addField("externalEdition", origin.edition);
    form->addRow(tr("&Edition:"), m_edition);
    m_location = addField("externalLocation", origin.location);
    m_location->setPlaceholderText(tr("Where the original is kept"));
    form->addRow(tr("Original &kept at:"), m_location);
    m_checked = addField("externalChecked", origin.lastChecked.toString(Qt::ISODate));
    m_checked->setPlaceholderText(tr("YYYY-MM-DD"));
    form->addRow(tr("&Last checked:"), m_checked);
    m_nextCheck = addField("externalNextCheck", origin.nextCheck.toString(Qt::ISODate));
    m_nextCheck->setPlaceholderText(tr("YYYY-MM-DD; shown in the review-due list from then"));
    form->addRow(tr("&Next check:"), m_nextCheck);
    body()->addLayout(form);
    okButton()->setText(tr("Save Entry"));
    setCommit([this]() -> Status { return Status::from(m_session.externals().setOrigin(m_actor, m_number, change())); });
    updateOk();
    setMinimumWidth(480);
}

QLineEdit *ExternalDialog::addField(const char *objectName, const QString &text)
{
    auto *field = new QLineEdit(text, this);
    field->setObjectName(QLatin1String(objectName));
    connect(field, &QLineEdit::textChanged, this, &ExternalDialog::updateOk);
    return field;
}

ExternalOriginChange ExternalDialog::change() const
{
    ExternalOriginChange c;
    c.issuer = m_issuer->text();
    c.reference = m_reference->text();
    c.edition = m_edition->text();
    c.location = m_location->text();
    c.lastChecked = dateOf(m_checked);
    c.nextCheck = dateOf(m_nextCheck);
    return c;
}

QString ExternalDialog::validate() const
{
    if (!validDate(m_checked))
        return tr("Write the day of the last check as YYYY-MM-DD, or leave it empty.");
    if (!validDate(m_nextCheck))
        return tr("Write the day of the next check as YYYY-MM-DD, or leave it empty.");
    return {};
}

} // namespace dc
