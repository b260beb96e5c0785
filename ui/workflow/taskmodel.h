#pragma once

#include "core/model/user.h"
#include "core/services/tasks.h"

#include <QAbstractTableModel>
#include <QHash>

namespace dc {

class Session;

// The "My tasks" list of one user as a table: what to do, the document, the revision, since
// when it waits (or when it is due), the due date, from whom. Overdue rows are drawn in bold
// red, and their due date says "overdue" beside a warning icon. Failures of the
// store are reported through errorOccurred() and leave the model empty.
class TaskModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { KindColumn, NumberColumn, TitleColumn, RevisionColumn, WhenColumn, DueColumn, FromColumn, ColumnCount };
    enum Roles {
        NumberRole = Qt::UserRole + 1, // the document number of the row, whatever the column
        KindRole,                      // the TaskKind as int
        OverdueRole,                   // bool
    };

    // Loads the tasks at once.
    TaskModel(Session &session, User actor, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Looks for tasks again, e.g. after the store changed.
    void refresh();
    // Replaces the tasks shown (what refresh() does with the scan's result).
    void setTasks(const QList<Task> &tasks);

    const Task *taskAt(int row) const;
    int rowOfNumber(const QString &number) const;
    int overdueCount() const;
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void countChanged(int count);
    void errorOccurred(const QString &message);

private:
    Session &m_session;
    User m_actor;
    QList<Task> m_tasks;
    QHash<QString, QString> m_displayNames;
    QString m_lastError;
};

} // namespace dc
