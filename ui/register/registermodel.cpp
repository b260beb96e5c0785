#include "ui/register/registermodel.h"

#include "core/services/session.h"

#include "core/services/documentservice.h"

#include <QLocale>

namespace dc {

RegisterModel::RegisterModel(Session &session, User actor, QObject *parent)
    : QAbstractTableModel(parent), m_session(session), m_actor(std::move(actor))
{
    m_query.limit = kPageSize;
    reload();
}

int RegisterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RegisterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RegisterModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.parent().isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const Document &d = m_rows.at(index.row());
    if (role == NumberRole)
        return d.number;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NumberColumn: return d.number;
        case TitleColumn: return d.title;
        case TypeColumn: return displayName(d.type);
        case RevisionColumn: return d.currentLabel;
        case StatusColumn: return displayName(d.currentStatus);
        case OwnerColumn: return d.ownerDisplayName;
        case DepartmentColumn: return d.department;
        case ClassificationColumn: return displayName(d.classification);
        case UpdatedColumn: return d.updatedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case TitleColumn: return d.titleEn.isEmpty() ? d.title : d.titleEn;
        case OwnerColumn: return d.owner;
        case UpdatedColumn: return QLocale().toString(d.updatedAt.toLocalTime(), QLocale::LongFormat);
        default: return {};
        }
    }
    if (role == SortKeyRole) {
        switch (index.column()) {
        case TypeColumn: return toKey(d.type);
        case StatusColumn: return toKey(d.currentStatus);
        case ClassificationColumn: return toKey(d.classification);
        case OwnerColumn: return d.owner;
        case UpdatedColumn: return d.updatedAt;
        default: return data(index, Qt::DisplayRole);
        }
    }
    return {};
}

QVariant RegisterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn: return tr("Number");
    case TitleColumn: return tr("Title");
    case TypeColumn: return tr("Type");
    case RevisionColumn: return tr("Revision");
    case StatusColumn: return tr("Status");
    case OwnerColumn: return tr("Owner");
    case DepartmentColumn: return tr("Department");
    case ClassificationColumn: return tr("Classification");
    case UpdatedColumn: return tr("Updated");
    }
    return {};
}

bool RegisterModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_announcing && m_rows.size() < m_total;
}

void RegisterModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    RegisterQuery query = m_query;
    query.offset = int(m_rows.size());
    auto page = m_session.documents().list(m_actor, query);
    if (!page) {
        m_total = int(m_rows.size()); // stop asking until the next reload
        fail(page.message());
        return;
    }
    const QList<Document> &rows = page->rows;
    if (!rows.isEmpty()) {
        m_announcing = true;
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size()) - 1);
        m_rows.append(rows);
        endInsertRows();
        m_announcing = false;
    }
    // The register may have changed since the first page; never promise rows that are gone.
    setTotal(rows.isEmpty() ? int(m_rows.size()) : std::max(page->total, int(m_rows.size())));
    m_lastError.clear();
}

void RegisterModel::sort(int column, Qt::SortOrder order)
{
    const auto by = registerColumn(column);
    if (!by)
        return;
    if (*by == m_query.sortBy && order == m_query.order && column == m_sortColumn)
        return;
    m_query.sortBy = *by;
    m_query.order = order;
    m_sortColumn = column;
    reload();
}

void RegisterModel::setFilter(const RegisterFilter &filter)
{
    m_query.filter = filter;
    reload();
}

void RegisterModel::refresh()
{
    reload();
}

void RegisterModel::reload()
{
    RegisterQuery query = m_query;
    query.offset = 0;
    auto page = m_session.documents().list(m_actor, query);
    // Rows may not be inserted while a change is being announced; whoever asks for more from a
    // handler of the model's signals (the model tester does) gets them on the next ask.
    m_announcing = true;
    beginResetModel();
    if (page) {
        m_rows = page->rows;
        m_total = std::max(page->total, int(m_rows.size()));
    } else {
        m_rows.clear();
        m_total = 0;
    }
    m_lastError = page.message();
    endResetModel();
    m_announcing = false;
    Q_EMIT totalChanged(m_total);
    if (!page)
        Q_EMIT errorOccurred(m_lastError);
}

void RegisterModel::setTotal(int total)
{
    if (total == m_total)
        return;
    m_total = total;
    Q_EMIT totalChanged(m_total);
}

void RegisterModel::fail(const QString &message)
{
    m_lastError = message;
    Q_EMIT errorOccurred(message);
}

QString RegisterModel::numberAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).number : QString();
}

int RegisterModel::rowOfNumber(const QString &number) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).number == number)
            return int(row);
    }
    return -1;
}

const Document *RegisterModel::documentAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

std::optional<RegisterColumn> RegisterModel::registerColumn(int column)
{
    switch (column) {
    case NumberColumn: return RegisterColumn::Number;
    case TitleColumn: return RegisterColumn::Title;
    case TypeColumn: return RegisterColumn::Type;
    case StatusColumn: return RegisterColumn::Status;
    case OwnerColumn: return RegisterColumn::Owner;
    case DepartmentColumn: return RegisterColumn::Department;
    case ClassificationColumn: return RegisterColumn::Classification;
    case UpdatedColumn: return RegisterColumn::Updated;
    default: return std::nullopt;
    }
}

} // namespace dc
