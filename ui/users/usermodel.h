#pragma once

#include "core/model/user.h"

#include <QAbstractTableModel>

namespace dc {

class Session;

// The users of a store as a table: login name, display name, department, roles, active.
// Disabled accounts are greyed. Failures of the store are kept in lastError() and leave the
// model empty.
class UserModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, DisplayColumn, DepartmentColumn, RolesColumn, ClearanceColumn, ActiveColumn, ColumnCount };
    static constexpr int NameRole = Qt::UserRole + 1; // the login name of the row

    explicit UserModel(Session &session, QObject *parent = nullptr);

    // Reads the users again.
    void refresh();
    const User *userAt(int row) const;
    int rowOfName(const QString &name) const;
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Session &m_session;
    QList<User> m_users;
    QString m_lastError;
};

} // namespace dc
