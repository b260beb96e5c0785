#include "ui/audit/auditlogmodel.h"

#include "core/services/documentstate.h"
#include "ui/document/timelinemodel.h"

#include <QFont>
#include <QLocale>

namespace dc {

AuditLogModel::AuditLogModel(QObject *parent) : QAbstractTableModel(parent) {}

Status AuditLogModel::reset(Loader loader)
{
    beginResetModel();
    m_loader = std::move(loader);
    m_events.clear();
    m_words.clear();
    m_more = false;
    endResetModel();
    return loadMore();
}

Status AuditLogModel::loadMore()
{
    if (!m_loader)
        return {};
    const qint64 before = m_events.isEmpty() ? 0 : m_events.constLast().seq;
    if (!m_events.isEmpty() && !m_more)
        return {};
    auto page = m_loader(before, m_pageSize);
    if (!page) {
        m_more = false;
        return page.error();
    }
    m_more = page->more;
    if (page->events.isEmpty())
        return {};
    const DocumentState names{}; // user names as they are: the trail is about many documents
    beginInsertRows({}, int(m_events.size()), int(m_events.size() + page->events.size() - 1));
    for (const Event &e : page->events) {
        m_events << e;
        m_words << TimelineModel::describeEvent(e, names);
    }
    endInsertRows();
    return {};
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Event &e = m_events.at(index.row());
    const auto &[what, detail] = m_words.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case SeqColumn: return e.seq;
        case TimeColumn: return QLocale().toString(e.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case UserColumn: return e.user;
        case EventColumn: return what;
        case ObjectColumn: return e.object;
        case DetailColumn: return detail;
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case TimeColumn: return QLocale().toString(e.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss t"));
        case EventColumn: return e.action;
        case DetailColumn: return detail;
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == SeqColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeqColumn: return tr("No.");
    case TimeColumn: return tr("Time");
    case UserColumn: return tr("User");
    case EventColumn: return tr("Event");
    case ObjectColumn: return tr("Object");
    case DetailColumn: return tr("Details");
    default: return {};
    }
}

bool AuditLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more;
}

void AuditLogModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid())
        return;
    if (const Status loaded = loadMore(); !loaded)
        Q_EMIT failed(loaded.error().message);
}

} // namespace dc
