#include "ui/document/detailspage.h"

#include "core/model/documentlink.h"
#include "core/services/documentstate.h"
#include "ui/workflow/signaturetext.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace dc {

DetailsPage::DetailsPage(QWidget *parent) : QScrollArea(parent)
{
    setObjectName(QStringLiteral("detailsPage"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(this);
    m_form = new QFormLayout(content);
    m_form->setContentsMargins(16, 16, 16, 16);
    m_form->setVerticalSpacing(8);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    setWidget(content);

    m_number = addField(tr("Number:"), "detailNumber");
    m_title = addField(tr("Title:"), "detailTitle");
    m_titleEn = addField(tr("English title:"), "detailTitleEn");
    m_type = addField(tr("Type:"), "detailType");
    m_owner = addField(tr("Owner:"), "detailOwner");
    m_department = addField(tr("Department:"), "detailDepartment");
    m_classification = addField(tr("Classification:"), "detailClassification");
    m_interval = addField(tr("Review interval:"), "detailReviewInterval");
    m_retention = addField(tr("Retention:"), "detailRetention");
    m_clauses = addField(tr("Clauses:"), "detailClauses");
    m_cites = addField(tr("Cites:"), "detailCites");
    m_citedBy = addField(tr("Cited by:"), "detailCitedBy");
    m_distribution = addField(tr("Distribution:"), "detailDistribution");
    m_distributionButton = new QPushButton(tr("Dis&tribution…"), widget());
    m_distributionButton->setObjectName(QStringLiteral("distributionButton"));
    m_distributionButton->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_distributionButton->setEnabled(false);
    connect(m_distributionButton, &QPushButton::clicked, this, &DetailsPage::distributionRequested);
    m_form->addRow(QString(), m_distributionButton); // beside its list: the buttons' row is full
    m_acknowledgement = addField(tr("Acknowledgement:"), "detailAcknowledgement");
    for (QLabel *linked : {m_cites, m_citedBy}) {
        linked->setTextFormat(Qt::RichText);
        linked->setTextInteractionFlags(Qt::TextBrowserInteraction);
        connect(linked, &QLabel::linkActivated, this, [this](const QString &link) {
            if (const auto number = documentLinkTarget(link))
                Q_EMIT documentRequested(*number);
        });
    }
    m_externalFields = {addField(tr("Issuer:"), "detailIssuer"), addField(tr("Their reference:"), "detailReference"),
                        addField(tr("Edition:"), "detailEdition"), addField(tr("Original kept at:"), "detailLocation"),
                        addField(tr("Last checked:"), "detailLastChecked"), addField(tr("Next check:"), "detailNextCheck")};
    m_registered = addField(tr("Registered:"), "detailRegistered");
    m_revision = addField(tr("Current revision:"), "detailRevision");
    m_hash = addField(tr("Content SHA-256:"), "detailHash");
    m_hash->setFont(SignatureText::digestFont());
    m_hash->setWordWrap(false);

    m_edit = new QPushButton(tr("&Edit Details…"), widget());
    m_edit->setObjectName(QStringLiteral("editDetailsButton"));
    m_edit->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed); // its own width, not the column's
    m_edit->setEnabled(false);
    connect(m_edit, &QPushButton::clicked, this, &DetailsPage::editRequested);
    m_history = new QPushButton(tr("Record &Earlier Revision…"), widget());
    m_history->setObjectName(QStringLiteral("recordEarlierButton"));
    m_history->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_history->setEnabled(false);
    connect(m_history, &QPushButton::clicked, this, &DetailsPage::historyRequested);
    m_clausesButton = new QPushButton(tr("C&lauses…"), widget());
    m_clausesButton->setObjectName(QStringLiteral("clausesButton"));
    m_clausesButton->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_clausesButton->setEnabled(false);
    connect(m_clausesButton, &QPushButton::clicked, this, &DetailsPage::clausesRequested);
    m_linksButton = new QPushButton(tr("Lin&ks…"), widget());
    m_linksButton->setObjectName(QStringLiteral("linksButton"));
    m_linksButton->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_linksButton->setEnabled(false);
    connect(m_linksButton, &QPushButton::clicked, this, &DetailsPage::linksRequested);
    m_externalButton = new QPushButton(tr("Register E&ntry…"), widget());
    m_externalButton->setObjectName(QStringLiteral("externalButton"));
    m_externalButton->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_externalButton->setEnabled(false);
    connect(m_externalButton, &QPushButton::clicked, this, &DetailsPage::externalRequested);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_edit);
    buttons->addWidget(m_clausesButton);
    buttons->addWidget(m_linksButton);
    buttons->addWidget(m_externalButton);
    buttons->addWidget(m_history);
    buttons->addStretch(1);
    m_form->addRow(QString(), buttons);
    showExternalRows(false);
}

void DetailsPage::showExternalRows(bool shown)
{
    for (QLabel *field : m_externalFields)
        m_form->setRowVisible(field, shown);
    m_externalButton->setVisible(shown);
}

void DetailsPage::setLinksEditable(bool editable, const QString &why)
{
    m_linksButton->setEnabled(editable);
    m_linksButton->setToolTip(editable ? tr("Pick the documents this one cites; those named in its text are linked as it is saved") : why);
    m_externalButton->setEnabled(m_edit->isEnabled());
    m_externalButton->setToolTip(m_edit->isEnabled() ? tr("Record the issuer, reference, edition, where the original is kept and the checks for a newer edition")
                                                     : m_edit->toolTip());
}

void DetailsPage::setDistribution(const QString &members, const QString &acknowledgement)
{
    m_distribution->setText(members);
    m_acknowledgement->setText(acknowledgement);
}

void DetailsPage::setDistributionShown(bool shown)
{
    m_form->setRowVisible(m_distributionButton, shown);
}

void DetailsPage::setEditable(bool editable, const QString &why)
{
    m_edit->setEnabled(editable);
    m_distributionButton->setEnabled(editable);
    m_distributionButton->setToolTip(editable ? tr("Name the users and departments that must receive this document; the change is recorded") : why);
    m_history->setEnabled(editable);
    m_clausesButton->setEnabled(editable);
    m_clausesButton->setToolTip(editable ? tr("Map the document to clauses and controls of the standards, picked from their catalogues; the reason is recorded") : why);
    m_history->setToolTip(editable ? tr("Record a revision released on paper before this store existed (recorded, not signed here)") : why);
    m_edit->setToolTip(editable ? tr("Change the titles, owner, department, classification, review interval, retention or clauses; the reason is recorded")
                                : why);
}

QLabel *DetailsPage::addField(const QString &label, const char *objectName)
{
    auto *field = new QLabel(widget());
    field->setObjectName(QLatin1String(objectName));
    field->setWordWrap(true);
    field->setTextFormat(Qt::PlainText);
    field->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_form->addRow(label, field);
    return field;
}

QString DetailsPage::fieldText(const QString &objectName) const
{
    const auto *field = widget()->findChild<QLabel *>(objectName);
    return field ? field->text() : QString();
}

void DetailsPage::setState(const DocumentState &s)
{
    const Document &d = s.document;
    const QString none = QStringLiteral("—");
    m_number->setText(d.number);
    m_title->setText(d.title);
    m_titleEn->setText(d.titleEn.isEmpty() ? none : d.titleEn);
    m_type->setText(displayName(d.type));
    m_owner->setText(s.who(d.owner));
    m_department->setText(d.department.isEmpty() ? none : d.department);
    m_classification->setText(displayName(d.classification));
    m_interval->setText(tr("%n month(s)", nullptr, d.reviewIntervalMonths));
    m_retention->setText(d.retentionYears > 0 ? tr("%n year(s)", nullptr, d.retentionYears) : tr("Not a retained record"));
    QStringList clauses;
    for (const ClauseRef &c : d.clauses)
        clauses << c.toString();
    m_clauses->setText(clauses.isEmpty() ? none : clauses.join(QLatin1Char('\n')));
    const auto linked = [none](const QList<LinkedDocument> &documents) {
        QStringList items;
        for (const LinkedDocument &l : documents) {
            QString item = QStringLiteral("<a href=\"%1\">%2</a> %3").arg(documentLinkUrl(l.number).toHtmlEscaped(), l.number.toHtmlEscaped(), l.title.toHtmlEscaped());
            if (l.withdrawn)
                item += QStringLiteral(" (") + tr("withdrawn").toHtmlEscaped() + QLatin1Char(')');
            items << item;
        }
        return items.isEmpty() ? none : items.join(QStringLiteral("<br>"));
    };
    m_cites->setText(linked(s.links.cites));
    m_citedBy->setText(linked(s.links.citedBy));
    showExternalRows(s.external.has_value());
    if (s.external) {
        const ExternalOrigin &e = *s.external;
        const QStringList values{e.issuer, e.reference, e.edition, e.location, e.lastChecked.toString(Qt::ISODate), e.nextCheck.toString(Qt::ISODate)};
        for (qsizetype i = 0; i < m_externalFields.size(); ++i)
            m_externalFields.at(i)->setText(values.at(i).isEmpty() ? none : values.at(i));
    }
    m_registered->setText(d.createdAt.isValid() ? QLocale().toString(d.createdAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm")) : none);
    m_revision->setText(tr("%1 — %2, by %3").arg(s.current.label, displayName(s.current.status), s.who(s.current.author)));
    m_hash->setText(SignatureText::groupedHex(s.current.contentHash, 8));
}

void DetailsPage::clear()
{
    setEditable(false);
    setLinksEditable(false);
    for (QLabel *field : widget()->findChildren<QLabel *>()) {
        if (!field->objectName().isEmpty())
            field->clear();
    }
}

} // namespace dc
