#include "ui/soa/soatablemodel.h"

#include "ui/soa/soarowcommand.h"

#include <QRegularExpression>
#include <QUndoStack>

namespace dc {

namespace {

QStringList reasonKeys(const QList<SoaReason> &reasons)
{
    QStringList keys;
    for (const SoaReason reason : reasons)
        keys << toKey(reason);
    return keys;
}

// The reasons a value names: a list of keys or words, or one text with them separated by ";".
std::optional<QList<SoaReason>> reasonsOf(const QVariant &value)
{
    QStringList parts = value.toStringList();
    if (value.typeId() == QMetaType::QString)
        parts = value.toString().split(QRegularExpression(QStringLiteral("[;,；，、]")), Qt::SkipEmptyParts);
    QList<SoaReason> reasons;
    for (const QString &part : parts) {
        if (part.trimmed().isEmpty())
            continue;
        const auto reason = soaReasonFromText(part);
        if (!reason)
            return std::nullopt;
        if (!reasons.contains(*reason))
            reasons << *reason;
    }
    return reasons;
}

} // namespace

SoaTableModel::SoaTableModel(QObject *parent) : QAbstractTableModel(parent), m_undo(new QUndoStack(this))
{
}

SoaTableModel::~SoaTableModel()
{
    m_undo->disconnect();
}

void SoaTableModel::setTable(const SoaTable &table)
{
    beginResetModel();
    m_table = table;
    endResetModel();
    m_undo->clear();
}

int SoaTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int SoaTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SoaTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SoaRow &row = m_table.rows.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (Column(index.column())) {
        case Control: return row.control;
        case Title: return row.title;
        case Applicable: return row.applicable ? cellText(*row.applicable) : QString();
        case Reason: return cellText(row.reasons);
        case Justification: return row.justification;
        case Status: return row.status ? cellText(*row.status) : QString();
        case Owner: return row.owner;
        case Documents: return row.documents.join(QLatin1String(", "));
        case ColumnCount: break;
        }
    } else if (role == Qt::EditRole) {
        switch (Column(index.column())) {
        case Applicable: return row.applicable ? (*row.applicable ? QStringLiteral("yes") : QStringLiteral("no")) : QString();
        case Reason: return reasonKeys(row.reasons);
        case Status: return row.status ? toKey(*row.status) : QString();
        default: return data(index, Qt::DisplayRole);
        }
    }
    return {};
}

QVariant SoaTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return Soa::headers().value(section);
    return section + 1;
}

Qt::ItemFlags SoaTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    switch (Column(index.column())) {
    case Applicable:
    case Reason:
    case Justification:
    case Status:
    case Owner:
        f |= Qt::ItemIsEditable;
        break;
    default:
        break;
    }
    return f;
}

bool SoaTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const SoaRow &before = m_table.rows.at(index.row());
    SoaRow after = before;
    const QString text = value.toString().trimmed();
    switch (Column(index.column())) {
    case Applicable:
        if (text.isEmpty()) {
            after.applicable.reset();
        } else {
            after.applicable = soaApplicableFromText(text);
            if (!after.applicable)
                return false;
            if (!*after.applicable)
                after.status.reset(); // an excluded control has no implementation status
        }
        break;
    case Reason: {
        const auto reasons = reasonsOf(value);
        if (!reasons)
            return false;
        after.reasons = *reasons;
        break;
    }
    case Justification: after.justification = text; break;
    case Status:
        if (text.isEmpty()) {
            after.status.reset();
        } else {
            after.status = soaStatusFromText(text);
            if (!after.status)
                return false;
        }
        break;
    case Owner: after.owner = text; break;
    default: return false;
    }
    if (after == before)
        return true;
    const QString what = tr("%1 %2").arg(before.control, Soa::headers().value(index.column()));
    m_undo->push(new SoaRowCommand(this, {{index.row(), before, after}}, what));
    return true;
}

QStringList SoaTableModel::setImplementingDocuments(const QHash<QString, QStringList> &mapped)
{
    SoaTable refreshed = m_table;
    const QStringList changed = Soa::setImplementingDocuments(refreshed, mapped);
    if (changed.isEmpty())
        return changed;
    QList<SoaRowCommand::Change> changes;
    for (int row = 0; row < m_table.rows.size(); ++row) {
        if (m_table.rows.at(row) != refreshed.rows.at(row))
            changes.append({row, m_table.rows.at(row), refreshed.rows.at(row)});
    }
    m_undo->push(new SoaRowCommand(this, changes, tr("Refresh implementing documents")));
    return changed;
}

void SoaTableModel::replaceRow(int row, const SoaRow &value)
{
    m_table.rows[row] = value;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace dc
