#include "ui/document/revisionsmodel.h"

#include <QFont>
#include <QLocale>

#include <algorithm>

namespace dc {

RevisionsModel::RevisionsModel(QObject *parent) : QAbstractTableModel(parent) {}

void RevisionsModel::setRevisions(const QList<Revision> &revisions, const QHash<QString, QString> &displayNames,
                                  const QList<EarlierRevision> &earlier)
{
    beginResetModel();
    m_rows = revisions;
    std::reverse(m_rows.begin(), m_rows.end());
    m_earlier = earlier;
    std::reverse(m_earlier.begin(), m_earlier.end());
    m_names = displayNames;
    endResetModel();
}

int RevisionsModel::rowOfLabel(const QString &label) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).label == label)
            return row;
    }
    return -1;
}

int RevisionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size() + m_earlier.size());
}

int RevisionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RevisionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (index.row() >= m_rows.size())
        return earlierData(m_earlier.at(index.row() - m_rows.size()), index.column(), role);
    const Revision &r = m_rows.at(index.row());
    if (role == LabelRole)
        return r.label;
    if (role == Qt::FontRole && r.status == RevisionStatus::Effective) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ToolTipRole && index.column() == SummaryColumn)
        return r.changeSummary;
    if (role != Qt::DisplayRole)
        return {};
    const auto date = [](const QDate &d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); };
    switch (Column(index.column())) {
    case LabelColumn: return r.label;
    case StatusColumn: return displayName(r.status);
    case EffectiveColumn: return date(r.effectiveDate);
    case NextReviewColumn: return r.status == RevisionStatus::Effective ? date(r.nextReviewDate) : QString();
    case AuthorColumn: {
        const QString display = m_names.value(r.author);
        return display.isEmpty() ? r.author : display;
    }
    case SummaryColumn: return r.changeSummary;
    case UpdatedColumn: return r.updatedAt.isValid() ? QLocale().toString(r.updatedAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
    case ColumnCount: break;
    }
    return {};
}

QVariant RevisionsModel::earlierData(const EarlierRevision &e, int column, int role) const
{
    if (role == Qt::FontRole) {
        QFont italic;
        italic.setItalic(true);
        return italic;
    }
    if (role == Qt::ToolTipRole)
        return tr("Released on paper before this store kept the document; recorded by %1, not signed here.").arg(e.recordedBy);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(column)) {
    case LabelColumn: return e.label;
    case StatusColumn: return tr("Recorded earlier");
    case EffectiveColumn: return e.releasedOn.toString(Qt::ISODate);
    case AuthorColumn: return tr("approved by %1").arg(e.approvedBy);
    case SummaryColumn: return e.summary;
    case UpdatedColumn: return e.recordedAt.isValid() ? QLocale().toString(e.recordedAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
    case NextReviewColumn:
    case ColumnCount: break;
    }
    return {};
}

QVariant RevisionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case LabelColumn: return tr("Revision");
    case StatusColumn: return tr("Status");
    case EffectiveColumn: return tr("Effective");
    case NextReviewColumn: return tr("Next review");
    case AuthorColumn: return tr("Author");
    case SummaryColumn: return tr("Change summary");
    case UpdatedColumn: return tr("Last changed");
    case ColumnCount: break;
    }
    return {};
}

} // namespace dc
