#include "ui/workflow/taskmodel.h"

#include "core/services/session.h"

#include "core/services/userservice.h"
#include "core/services/workflowservice.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>
#include <QStyle>

namespace dc {

TaskModel::TaskModel(Session &session, User actor, QObject *parent) : QAbstractTableModel(parent), m_session(session), m_actor(std::move(actor))
{
    refresh();
}

int TaskModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tasks.size());
}

int TaskModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TaskModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Task &t = m_tasks.at(index.row());
    switch (role) {
    case NumberRole: return t.number;
    case KindRole: return int(t.kind);
    case OverdueRole: return t.overdue;
    case Qt::ForegroundRole:
        if (t.overdue)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        return {};
    case Qt::DecorationRole:
        if (t.overdue && index.column() == DueColumn)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::FontRole:
        if (index.column() == KindColumn || t.overdue) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn)
            return t.title;
        if (t.overdue && t.kind == TaskKind::ExternalCheck)
            return tr("The check for a newer edition was due on %1.").arg(t.due.toString(Qt::ISODate));
        if (t.overdue && t.kind == TaskKind::PeriodicReview)
            return tr("The periodic review was due on %1.").arg(t.due.toString(Qt::ISODate));
        if (t.overdue)
            return tr("This task was due on %1.").arg(t.due.toString(Qt::ISODate));
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case KindColumn: return displayName(t.kind);
    case NumberColumn: return t.number;
    case TitleColumn: return t.title;
    case RevisionColumn: return t.label;
    case WhenColumn:
        if (t.kind == TaskKind::PeriodicReview || t.kind == TaskKind::ExternalCheck)
            return t.overdue ? tr("overdue since %1").arg(t.due.toString(Qt::ISODate)) : tr("due %1").arg(t.due.toString(Qt::ISODate));
        return t.since.isValid() ? QLocale().toString(t.since.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
    case DueColumn:
        if (!t.due.isValid())
            return QString();
        return t.overdue ? tr("%1 (overdue)").arg(t.due.toString(Qt::ISODate)) : t.due.toString(Qt::ISODate);
    case FromColumn: {
        const QString display = m_displayNames.value(t.from);
        return display.isEmpty() ? t.from : display;
    }
    case ColumnCount: break;
    }
    return {};
}

QVariant TaskModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case KindColumn: return tr("Task");
    case NumberColumn: return tr("Number");
    case TitleColumn: return tr("Title");
    case RevisionColumn: return tr("Revision");
    case WhenColumn: return tr("Waiting since / due");
    case DueColumn: return tr("Due");
    case FromColumn: return tr("From");
    case ColumnCount: break;
    }
    return {};
}

void TaskModel::refresh()
{
    if (auto users = m_session.users().users()) {
        m_displayNames.clear();
        for (const User &u : users.value())
            m_displayNames.insert(u.name, u.displayName);
    }
    auto found = m_session.tasks(m_actor, m_session.workflow().today());
    if (!found) {
        m_lastError = found.message();
        setTasks({});
        Q_EMIT errorOccurred(m_lastError);
        return;
    }
    m_lastError.clear();
    setTasks(found.value());
}

void TaskModel::setTasks(const QList<Task> &tasks)
{
    beginResetModel();
    m_tasks = tasks;
    endResetModel();
    Q_EMIT countChanged(int(m_tasks.size()));
}

const Task *TaskModel::taskAt(int row) const
{
    return row >= 0 && row < m_tasks.size() ? &m_tasks.at(row) : nullptr;
}

int TaskModel::rowOfNumber(const QString &number) const
{
    for (int row = 0; row < m_tasks.size(); ++row) {
        if (m_tasks.at(row).number == number)
            return row;
    }
    return -1;
}

int TaskModel::overdueCount() const
{
    return int(std::count_if(m_tasks.cbegin(), m_tasks.cend(), [](const Task &t) { return t.overdue; }));
}

} // namespace dc
