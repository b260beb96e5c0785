#include "ui/register/registerview.h"

#include "core/services/session.h"

#include "ui/register/registermodel.h"
#include "core/services/appsettings.h"

#include <QComboBox>
#include <QHash>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace dc {

namespace {

constexpr int kTextPauseMs = 250;
constexpr int kMaxInitialColumnWidth = 320;

// A combo whose first entry, "All …", means no filter; the others carry an enum key.
template <typename Enum>
void fillCombo(QComboBox *combo, const QString &all, const QStringList &keys,
               std::optional<Enum> (*fromKey)(const QString &))
{
    combo->addItem(all);
    for (const QString &key : keys) {
        if (const auto value = fromKey(key))
            combo->addItem(displayName(*value), key);
    }
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
}

template <typename Enum>
std::optional<Enum> comboValue(const QComboBox *combo, std::optional<Enum> (*fromKey)(const QString &))
{
    const QString key = combo->currentData().toString();
    return key.isEmpty() ? std::nullopt : fromKey(key);
}

} // namespace

RegisterView::RegisterView(Session &session, const User &actor, QWidget *parent)
    : QWidget(parent), m_model(new RegisterModel(session, actor, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    auto *bar = new QWidget(this);
    buildFilterBar(bar);
    layout->addWidget(bar);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("registerError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    layout->addWidget(m_error);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("registerTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSortIndicator(RegisterModel::NumberColumn, Qt::AscendingOrder);
    restoreColumns();
    m_table->setSortingEnabled(true); // sorts by the (restored) indicator
    layout->addWidget(m_table, 1);

    // The revision column cannot be sorted in SQL: put the indicator back where the model is.
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this, header](int section, Qt::SortOrder) {
        if (!RegisterModel::registerColumn(section))
            header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    });
    connect(m_model, &RegisterModel::errorOccurred, this, &RegisterView::showError);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_selectedBeforeReset = currentNumber(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->lastError().isEmpty())
            m_error->hide();
        if (!m_selectedBeforeReset.isEmpty() && !selectNumber(m_selectedBeforeReset))
            Q_EMIT currentDocumentChanged({});
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { Q_EMIT currentDocumentChanged(m_model->numberAt(current.row())); });
    connect(m_table, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { Q_EMIT documentActivated(m_model->numberAt(index.row())); });
    if (!m_model->lastError().isEmpty())
        showError(m_model->lastError());
}

void RegisterView::buildFilterBar(QWidget *bar)
{
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);

    m_type = new QComboBox(bar);
    m_type->setObjectName(QStringLiteral("typeFilter"));
    m_type->setToolTip(tr("Document type"));
    fillCombo<DocumentType>(m_type, tr("All types"), documentTypeKeys(), &documentTypeFromKey);
    // "Statement of Applicability" would widen the bar past a small screen; the list itself
    // still opens wide enough for every name.
    m_type->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_type->setMinimumContentsLength(14);

    m_status = new QComboBox(bar);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->setToolTip(tr("Status of the current revision"));
    fillCombo<RevisionStatus>(m_status, tr("All statuses"), revisionStatusKeys(), &revisionStatusFromKey);

    m_classification = new QComboBox(bar);
    m_classification->setObjectName(QStringLiteral("classificationFilter"));
    m_classification->setToolTip(tr("Classification"));
    fillCombo<Classification>(m_classification, tr("All classifications"), classificationKeys(), &classificationFromKey);

    m_text = new QLineEdit(bar);
    m_text->setObjectName(QStringLiteral("textFilter"));
    m_text->setPlaceholderText(tr("Filter by number or title"));
    m_text->setClearButtonEnabled(true);
    m_text->setMinimumWidth(140);

    row->addWidget(m_type);
    row->addWidget(m_status);
    row->addWidget(m_classification);
    row->addWidget(m_text, 1);
    m_clause = new QLineEdit(bar);
    m_clause->setObjectName(QStringLiteral("clauseFilter"));
    m_clause->setPlaceholderText(tr("Clause"));
    m_clause->setToolTip(tr("Only documents mapped to this clause or its subclauses, e.g. A.5.1; \"27001:2022 A.5.1\" for one standard"));
    m_clause->setClearButtonEnabled(true);
    m_clause->setMinimumWidth(110);
    row->addWidget(m_clause);

    m_textPause = new QTimer(this);
    m_textPause->setSingleShot(true);
    m_textPause->setInterval(kTextPauseMs);
    connect(m_textPause, &QTimer::timeout, this, &RegisterView::applyFilter);
    connect(m_text, &QLineEdit::textChanged, m_textPause, qOverload<>(&QTimer::start));
    connect(m_text, &QLineEdit::returnPressed, this, &RegisterView::applyFilter);
    connect(m_clause, &QLineEdit::textChanged, m_textPause, qOverload<>(&QTimer::start));
    connect(m_clause, &QLineEdit::returnPressed, this, &RegisterView::applyFilter);
    for (QComboBox *combo : {m_type, m_status, m_classification})
        connect(combo, &QComboBox::currentIndexChanged, this, &RegisterView::applyFilter);
}

RegisterFilter RegisterView::filterFromBar() const
{
    RegisterFilter filter = m_model->filter();
    filter.type = comboValue<DocumentType>(m_type, &documentTypeFromKey);
    filter.status = comboValue<RevisionStatus>(m_status, &revisionStatusFromKey);
    filter.classification = comboValue<Classification>(m_classification, &classificationFromKey);
    filter.text = m_text->text().trimmed();
    filter.clause = m_clause->text().trimmed();
    return filter;
}

void RegisterView::applyFilter()
{
    m_textPause->stop();
    m_model->setFilter(filterFromBar());
}

void RegisterView::refresh()
{
    m_model->refresh();
}

QString RegisterView::currentNumber() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() && m_table->selectionModel()->isRowSelected(current.row()) ? m_model->numberAt(current.row()) : QString();
}

bool RegisterView::selectNumber(const QString &number)
{
    const int row = m_model->rowOfNumber(number);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, RegisterModel::NumberColumn);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

void RegisterView::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void RegisterView::restoreColumns()
{
    QHeaderView *header = m_table->horizontalHeader();
    const QByteArray state = AppSettings::get(AppSettings::registerColumns);
    if (!state.isEmpty() && header->restoreState(state) && header->count() == RegisterModel::ColumnCount)
        return;
    // Wide enough for the first page, or for typical values when the register is empty.
    const QFontMetrics metrics = m_table->fontMetrics();
    auto typical = [&metrics](const QString &sample) { return metrics.horizontalAdvance(sample); };
    const QHash<int, int> minimum{
        {RegisterModel::NumberColumn, typical(QStringLiteral("ISMS-0001-2022"))},
        {RegisterModel::TitleColumn, typical(QStringLiteral("信息安全与服务管理手册"))},
        {RegisterModel::UpdatedColumn, typical(QStringLiteral("2000-01-01 00:00"))},
    };
    m_table->resizeColumnsToContents();
    for (int column = 0; column < RegisterModel::ColumnCount; ++column) {
        const int width = std::max({header->sectionSize(column), header->sectionSizeHint(column), minimum.value(column)}) + 12;
        header->resizeSection(column, std::min(width, kMaxInitialColumnWidth));
    }
}

void RegisterView::saveSettings() const
{
    AppSettings::set(AppSettings::registerColumns, m_table->horizontalHeader()->saveState());
}

} // namespace dc
