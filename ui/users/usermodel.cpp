#include "ui/users/usermodel.h"

#include "core/services/session.h"

#include "core/services/userservice.h"

#include <QBrush>
#include <QColor>

namespace dc {

UserModel::UserModel(Session &session, QObject *parent) : QAbstractTableModel(parent), m_session(session)
{
    refresh();
}

void UserModel::refresh()
{
    auto users = m_session.users().users();
    beginResetModel();
    m_users = users ? users.value() : QList<User>();
    m_lastError = users.message();
    endResetModel();
}

const User *UserModel::userAt(int row) const
{
    return row >= 0 && row < m_users.size() ? &m_users.at(row) : nullptr;
}

int UserModel::rowOfName(const QString &name) const
{
    for (int row = 0; row < m_users.size(); ++row) {
        if (m_users.at(row).name == name)
            return row;
    }
    return -1;
}

int UserModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int UserModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const User &u = m_users.at(index.row());
    if (role == NameRole)
        return u.name;
    if (role == Qt::ForegroundRole && !u.active)
        return QBrush(QColor(0x88, 0x88, 0x88));
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case NameColumn: return u.name;
    case DisplayColumn: return u.displayName;
    case DepartmentColumn: return u.department;
    case RolesColumn: return roleDisplayNames(u.roles);
    case ClearanceColumn: return displayName(u.clearance);
    case ActiveColumn: return u.active ? tr("Active") : tr("Disabled");
    case ColumnCount: break;
    }
    return {};
}

QVariant UserModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NameColumn: return tr("User name");
    case DisplayColumn: return tr("Name");
    case DepartmentColumn: return tr("Department");
    case RolesColumn: return tr("Roles");
    case ClearanceColumn: return tr("Clearance");
    case ActiveColumn: return tr("Account");
    case ColumnCount: break;
    }
    return {};
}

} // namespace dc
