#include "ui/document/clausepickerdialog.h"

#include "core/model/clausecatalog.h"
#include "core/services/documentservice.h"
#include "core/services/session.h"

#include <QComboBox>

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

#include <algorithm>

namespace dc {

namespace {

bool sameRef(const ClauseRef &a, const ClauseRef &b)
{
    return a.standard == b.standard && a.clause.compare(b.clause, Qt::CaseInsensitive) == 0;
}

bool containsRef(const ClauseRefs &refs, const ClauseRef &ref)
{
    return std::any_of(refs.begin(), refs.end(), [&](const ClauseRef &r) { return sameRef(r, ref); });
}

// refs minus others, in order.
ClauseRefs without(const ClauseRefs &refs, const ClauseRefs &others)
{
    ClauseRefs left;
    for (const ClauseRef &ref : refs) {
        if (!containsRef(others, ref))
            left.append(ref);
    }
    return left;
}

} // namespace

ClausePickerDialog::ClausePickerDialog(Session &session, const User &actor, const Document &document, QWidget *parent)
    : ActionDialog(parent), m_session(session), m_actor(actor), m_document(document), m_checked(document.clauses)
{
    setObjectName(QStringLiteral("clausePickerDialog"));
    setWindowTitle(tr("Clauses of %1").arg(document.number));

    auto *form = new QFormLayout;
    m_standard = new QComboBox(this);
    m_standard->setObjectName(QStringLiteral("clausePickerStandard"));
    for (const QString &id : ClauseCatalog::ids()) {
        const ClauseCatalog *catalog = ClauseCatalog::builtin(id);
        m_standard->addItem(catalog ? catalog->standard() : id, id);
    }
    const QString preferred = document.clauses.isEmpty() ? QStringLiteral("27001:2022") : document.clauses.first().standard;
    m_standard->setCurrentIndex(qMax(0, m_standard->findData(preferred)));
    form->addRow(tr("&Standard:"), m_standard);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("clausePickerSearch"));
    m_search->setPlaceholderText(tr("Number or words of the title, e.g. A.5.1, 访问控制, access control"));
    m_search->setClearButtonEnabled(true);
    form->addRow(tr("S&earch:"), m_search);
    body()->addLayout(form);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("clausePickerList"));
    m_list->setUniformItemSizes(true);
    m_list->setMinimumHeight(m_list->fontMetrics().lineSpacing() * 14);
    body()->addWidget(m_list, 1);

    auto *bottom = new QFormLayout;
    m_mapped = new QLabel(this);
    m_mapped->setObjectName(QStringLiteral("clausePickerMapped"));
    m_mapped->setWordWrap(true);
    m_mapped->setTextFormat(Qt::PlainText);
    bottom->addRow(tr("Mapped:"), m_mapped);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("clausePickerReason"));
    m_reason->setPlaceholderText(tr("Why the mapping changes; recorded in the audit trail"));
    bottom->addRow(tr("&Reason:"), m_reason);
    body()->addLayout(bottom);
    okButton()->setText(tr("Save Mapping"));

    connect(m_standard, &QComboBox::currentIndexChanged, this, &ClausePickerDialog::fillList);
    connect(m_search, &QLineEdit::textChanged, this, &ClausePickerDialog::fillList);
    connect(m_list, &QListWidget::itemChanged, this, &ClausePickerDialog::itemChanged);
    connect(m_reason, &QLineEdit::textChanged, this, &ClausePickerDialog::updateOk);
    setCommit([this]() -> Status {
        return Status::from(m_session.documents().mapClauses(m_actor, m_document.number, added(), removed(), m_reason->text()));
    });
    fillList();
    showMapped();
    setMinimumSize(620, 520);
}

void ClausePickerDialog::fillList()
{
    m_filling = true;
    m_list->clear();
    const QString standard = m_standard->currentData().toString();
    const ClauseCatalog *catalog = ClauseCatalog::builtin(standard);
    if (catalog) {
        const QString text = m_search->text().trimmed();
        const QList<CatalogEntry> entries = text.isEmpty() ? catalog->entries() : catalog->search(text);
        for (const CatalogEntry &entry : entries) {
            auto *item = new QListWidgetItem(entry.number + QStringLiteral("  ") + entry.title(), m_list);
            item->setData(Qt::UserRole, entry.number);
            item->setToolTip(entry.titleZh + QLatin1Char('\n') + entry.titleEn);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(containsRef(m_checked, ClauseRef{standard, entry.number}) ? Qt::Checked : Qt::Unchecked);
        }
    }
    m_filling = false;
}

void ClausePickerDialog::itemChanged(QListWidgetItem *item)
{
    if (m_filling)
        return;
    const ClauseRef ref{m_standard->currentData().toString(), item->data(Qt::UserRole).toString()};
    if (item->checkState() == Qt::Checked) {
        if (!containsRef(m_checked, ref))
            m_checked.append(ref);
    } else {
        m_checked = without(m_checked, {ref});
    }
    showMapped();
}

void ClausePickerDialog::showMapped()
{
    const QStringList keys = checkedKeys();
    m_mapped->setText(keys.isEmpty() ? tr("No clause") : keys.join(QStringLiteral(", ")));
    updateOk();
}

QStringList ClausePickerDialog::checkedKeys() const
{
    return clauseKeys(m_checked);
}

ClauseRefs ClausePickerDialog::added() const
{
    return without(m_checked, m_document.clauses);
}

ClauseRefs ClausePickerDialog::removed() const
{
    return without(m_document.clauses, m_checked);
}

QString ClausePickerDialog::validate() const
{
    if (added().isEmpty() && removed().isEmpty())
        return tr("Nothing has changed yet.");
    if (m_reason->text().trimmed().isEmpty())
        return tr("Give the reason for the change.");
    return {};
}

} // namespace dc
