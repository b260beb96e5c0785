#include "ui/document/metadataform.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace dc {

namespace {

// User name of the owner entries.
constexpr int kNameRole = Qt::UserRole;
constexpr int kDepartmentRole = Qt::UserRole + 1;

template <typename T>
T *named(T *widget, const char *objectName)
{
    widget->setObjectName(QLatin1String(objectName));
    return widget;
}

} // namespace

MetadataForm::MetadataForm(const QList<User> &users, QWidget *parent) : QWidget(parent)
{
    m_form = new QFormLayout(this);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_title = named(new QLineEdit(this), "metaTitle");
    m_title->setMaxLength(200);
    m_title->setPlaceholderText(tr("e.g. 信息安全风险评估程序"));
    m_titleEn = named(new QLineEdit(this), "metaTitleEn");
    m_titleEn->setMaxLength(200);
    m_titleEn->setPlaceholderText(tr("e.g. Information Security Risk Assessment Procedure"));
    m_owner = named(new QComboBox(this), "metaOwner");
    for (const User &u : users) {
        if (!u.active)
            continue;
        m_owner->addItem(u.displayName.isEmpty() ? u.name : tr("%1 (%2)").arg(u.displayName, u.name), u.name);
        m_owner->setItemData(m_owner->count() - 1, u.department, kDepartmentRole);
    }
    m_department = named(new QLineEdit(this), "metaDepartment");
    m_classification = named(new QComboBox(this), "metaClassification");
    for (const QString &key : classificationKeys())
        m_classification->addItem(displayName(*classificationFromKey(key)), key);
    m_classification->setCurrentIndex(m_classification->findData(toKey(Classification::Internal)));
    m_reviewMonths = named(new QSpinBox(this), "metaReviewMonths");
    m_reviewMonths->setRange(1, 120);
    m_reviewMonths->setSuffix(tr(" months"));
    m_retention = named(new QSpinBox(this), "metaRetention");
    m_retention->setRange(0, 100);
    m_retention->setSuffix(tr(" years"));
    m_retention->setSpecialValueText(tr("Not a retained record"));
    m_clauses = named(new QPlainTextEdit(this), "metaClauses");
    m_clauses->setPlaceholderText(tr("One per line, e.g.\n27001:2013 7.5\n20000-1:2018 8.5.1"));
    m_clauses->setTabChangesFocus(true);
    m_clauses->setFixedHeight(m_clauses->fontMetrics().lineSpacing() * 5 + 12);

    m_form->addRow(tr("&Title:"), m_title);
    m_form->addRow(tr("&English title:"), m_titleEn);
    m_form->addRow(tr("O&wner:"), m_owner);
    m_form->addRow(tr("&Department:"), m_department);
    m_form->addRow(tr("&Classification:"), m_classification);
    m_form->addRow(tr("Re&view interval:"), m_reviewMonths);
    m_form->addRow(tr("Re&tention:"), m_retention);
    m_form->addRow(tr("Cla&uses:"), m_clauses);

    connect(m_owner, &QComboBox::currentIndexChanged, this, [this]() {
        if (!m_departmentTyped)
            m_department->setText(m_owner->currentData(kDepartmentRole).toString());
    });
    connect(m_department, &QLineEdit::textEdited, this, [this]() { m_departmentTyped = true; });
    for (QLineEdit *field : {m_title, m_titleEn, m_department})
        connect(field, &QLineEdit::textChanged, this, &MetadataForm::changed);
    for (QComboBox *box : {m_owner, m_classification})
        connect(box, &QComboBox::currentIndexChanged, this, &MetadataForm::changed);
    for (QSpinBox *box : {m_reviewMonths, m_retention})
        connect(box, &QSpinBox::valueChanged, this, &MetadataForm::changed);
    connect(m_clauses, &QPlainTextEdit::textChanged, this, &MetadataForm::changed);
    m_department->setText(m_owner->currentData(kDepartmentRole).toString());
}

void MetadataForm::setDocument(const Document &d)
{
    m_title->setText(d.title);
    m_titleEn->setText(d.titleEn);
    int owner = m_owner->findData(d.owner, kNameRole);
    if (owner < 0) { // a disabled owner stays the owner until someone else is chosen
        m_owner->addItem(d.ownerDisplayName.isEmpty() ? d.owner : tr("%1 (%2)").arg(d.ownerDisplayName, d.owner), d.owner);
        owner = m_owner->count() - 1;
    }
    m_departmentTyped = true; // the document's department is kept whoever owns it
    m_owner->setCurrentIndex(owner);
    m_department->setText(d.department);
    m_classification->setCurrentIndex(m_classification->findData(toKey(d.classification)));
    m_reviewMonths->setValue(d.reviewIntervalMonths);
    m_retention->setValue(d.retentionYears);
    m_clauses->setPlainText(clauseKeys(d.clauses).join(QLatin1Char('\n')));
}

void MetadataForm::setReviewMonths(int months)
{
    m_reviewMonths->setValue(months);
}

void MetadataForm::setOwner(const QString &name)
{
    if (const int row = m_owner->findData(name, kNameRole); row >= 0)
        m_owner->setCurrentIndex(row);
}

ClauseRefs MetadataForm::clauses(QStringList *wrong) const
{
    ClauseRefs refs;
    for (const QString &line : m_clauses->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (line.trimmed().isEmpty())
            continue;
        auto ref = ClauseRef::parse(line.trimmed());
        if (ref)
            refs.append(ref.value());
        else if (wrong)
            wrong->append(ref.message());
    }
    return refs;
}

Document MetadataForm::document(Document base) const
{
    base.title = m_title->text().trimmed();
    base.titleEn = m_titleEn->text().trimmed();
    base.owner = m_owner->currentData(kNameRole).toString();
    base.department = m_department->text().trimmed();
    base.classification = classificationFromKey(m_classification->currentData().toString()).value_or(Classification::Internal);
    base.reviewIntervalMonths = m_reviewMonths->value();
    base.retentionYears = m_retention->value();
    base.clauses = clauses();
    return base;
}

MetadataChange MetadataForm::changeFrom(const Document &base) const
{
    const Document now = document(base);
    MetadataChange change;
    if (now.title != base.title)
        change.title = now.title;
    if (now.titleEn != base.titleEn)
        change.titleEn = now.titleEn;
    if (now.owner != base.owner)
        change.owner = now.owner;
    if (now.department != base.department)
        change.department = now.department;
    if (now.classification != base.classification)
        change.classification = now.classification;
    if (now.reviewIntervalMonths != base.reviewIntervalMonths)
        change.reviewIntervalMonths = now.reviewIntervalMonths;
    if (now.retentionYears != base.retentionYears)
        change.retentionYears = now.retentionYears;
    if (clauseKeys(now.clauses) != clauseKeys(base.clauses))
        change.clauses = now.clauses;
    return change;
}

QString MetadataForm::problem() const
{
    if (m_title->text().trimmed().isEmpty())
        return tr("Enter the title.");
    if (m_owner->currentIndex() < 0)
        return tr("Choose the owner.");
    QStringList wrong;
    clauses(&wrong);
    if (!wrong.isEmpty())
        return wrong.first();
    return {};
}

} // namespace dc
