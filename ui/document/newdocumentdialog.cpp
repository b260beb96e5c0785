#include "ui/document/newdocumentdialog.h"

#include "core/model/clausecatalog.h"

#include "core/services/documentservice.h"
#include "core/services/session.h"
#include "core/services/settingsservice.h"
#include "core/services/templates.h"
#include "core/services/userservice.h"
#include "core/workflow/permissions.h"
#include "ui/document/metadataform.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QVBoxLayout>

namespace dc {

NewDocumentDialog::NewDocumentDialog(Session &session, const User &actor, QWidget *parent)
    : ActionDialog(parent), m_session(session), m_actor(actor)
{
    setObjectName(QStringLiteral("newDocumentDialog"));
    setWindowTitle(tr("New Document"));

    auto users = m_session.users().users();
    m_metadata = new MetadataForm(users ? users.value() : QList<User>{}, this);
    m_metadata->setOwner(m_actor.name);

    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("newDocType"));
    for (const QString &key : documentTypeKeys())
        m_type->addItem(displayName(*documentTypeFromKey(key)), key);
    m_type->setCurrentIndex(m_type->findData(toKey(DocumentType::Procedure)));

    m_number = new QLineEdit(this);
    m_number->setObjectName(QStringLiteral("newDocNumber"));
    const Status mayChoose = Permissions::mayChooseNumber(m_actor);
    m_number->setReadOnly(!mayChoose);
    m_numberHint = new QLabel(this);
    m_numberHint->setObjectName(QStringLiteral("newDocNumberHint"));
    m_numberHint->setWordWrap(true);
    m_numberHint->setTextFormat(Qt::PlainText);
    m_numberHint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    if (!mayChoose)
        m_number->setToolTip(mayChoose.message());

    // The type and number above the metadata, in the same form so the labels line up.
    QFormLayout *form = m_metadata->form();
    form->insertRow(0, tr("T&ype:"), m_type);
    form->insertRow(1, tr("&Number:"), m_number);
    form->insertRow(2, QString(), m_numberHint);
    // A Statement of Applicability's table lists the Annex A controls of this standard.
    m_soaStandard = new QComboBox(this);
    m_soaStandard->setObjectName(QStringLiteral("newDocSoaStandard"));
    for (const QString &id : {QStringLiteral("27001:2022"), QStringLiteral("27001:2013")})
        m_soaStandard->addItem(ClauseCatalog::builtin(id) ? ClauseCatalog::builtin(id)->standard() : id, id);
    form->insertRow(3, tr("&Annex A of:"), m_soaStandard);

    m_template = new QPlainTextEdit(this);
    m_template->setObjectName(QStringLiteral("newDocTemplate"));
    m_template->setReadOnly(true);
    m_template->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_template->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *preview = new QVBoxLayout;
    auto *previewLabel = new QLabel(tr("The first draft starts from this template:"), this);
    previewLabel->setBuddy(m_template);
    preview->addWidget(previewLabel);
    preview->addWidget(m_template, 1);

    auto *fields = new QVBoxLayout;
    fields->addWidget(m_metadata);
    fields->addStretch(1); // a taller dialog gives the room to the template
    auto *columns = new QHBoxLayout;
    columns->addLayout(fields, 3);
    columns->addLayout(preview, 2);
    body()->addLayout(columns);
    okButton()->setText(tr("Register"));

    connect(m_type, &QComboBox::currentIndexChanged, this, &NewDocumentDialog::typeChanged);
    connect(m_number, &QLineEdit::textEdited, this, [this]() {
        // An emptied field takes the next number again.
        m_numberTyped = !m_number->text().trimmed().isEmpty() && m_number->text().trimmed() != m_nextNumber;
        updatePreview();
        updateOk();
    });
    connect(m_metadata, &MetadataForm::changed, this, [this]() {
        updatePreview();
        updateOk();
    });
    setCommit([this]() -> Status {
        auto made = m_session.documents().create(m_actor, newDocument());
        if (!made)
            return made.error();
        m_created = made.value();
        return {};
    });
    typeChanged();
    resize(std::max(sizeHint().width(), 860), std::max(sizeHint().height(), 560));
}

DocumentType NewDocumentDialog::type() const
{
    return documentTypeFromKey(m_type->currentData().toString()).value_or(DocumentType::Procedure);
}

void NewDocumentDialog::typeChanged()
{
    const DocumentType chosen = type();
    auto next = m_session.documents().nextNumber(chosen);
    m_nextNumber = next ? next.value() : QString();
    if (!m_numberTyped)
        m_number->setText(m_nextNumber);
    m_number->setPlaceholderText(m_nextNumber);
    const QString pattern = m_session.settings().numberPattern(chosen).text();
    m_numberHint->setText(!next ? next.message()
                          : m_number->isReadOnly() ? tr("The next number of the pattern %1.").arg(pattern)
                                                    : tr("The next number of the pattern %1; type another to choose it.").arg(pattern));
    m_metadata->setReviewMonths(SettingsService::defaultReviewIntervalMonths(chosen));
    m_metadata->form()->setRowVisible(m_soaStandard, chosen == DocumentType::Soa);
    updatePreview();
    updateOk();
}

NewDocument NewDocumentDialog::newDocument() const
{
    const Document fields = m_metadata->document();
    NewDocument d;
    d.number = m_numberTyped ? m_number->text().trimmed() : QString();
    d.type = type();
    d.title = fields.title;
    d.titleEn = fields.titleEn;
    d.owner = fields.owner;
    d.department = fields.department;
    d.classification = fields.classification;
    d.reviewIntervalMonths = fields.reviewIntervalMonths;
    d.retentionYears = fields.retentionYears;
    d.clauses = fields.clauses;
    d.fromTemplate = true;
    if (d.type == DocumentType::Soa)
        d.soaStandard = m_soaStandard->currentData().toString();
    return d;
}

void NewDocumentDialog::updatePreview()
{
    Document shown = m_metadata->document();
    shown.type = type();
    shown.number = m_numberTyped ? m_number->text().trimmed() : m_nextNumber;
    const QString text = m_session.settings().documentTemplate(shown.type);
    const int scroll = m_template->verticalScrollBar()->value();
    m_template->setPlainText(DocumentTemplates::fill(text, shown, m_session.settings().organisation()));
    m_template->verticalScrollBar()->setValue(scroll);
}

QString NewDocumentDialog::validate() const
{
    return m_metadata->problem();
}

} // namespace dc
