#pragma once

#include "core/model/enums.h"
#include "core/model/result.h"

#include <QDateTime>
#include <QFlags>
#include <QString>
#include <QStringList>

namespace dc {

enum class Role {
    Admin = 0x01,
    Controller = 0x02,
    Author = 0x04,
    Reviewer = 0x08,
    Approver = 0x10,
    Reader = 0x20,
};
Q_DECLARE_FLAGS(Roles, Role)
Q_DECLARE_OPERATORS_FOR_FLAGS(Roles)

// "controller,author" <-> Roles. Parsing fails naming the unknown role.
Result<Roles> parseRoles(const QString &text);
QString rolesToKeys(Roles roles);
QString roleDisplayNames(Roles roles);
QStringList roleKeys();

struct User {
    qint64 id = 0;
    QString name;        // login, unique
    QString displayName; // "王芳"
    QString department;
    Roles roles;
    // The highest classification the user may read (migration 8 gave existing users Internal).
    // Administrators and controllers see every document whatever their clearance.
    Classification clearance = Classification::Internal;
    bool active = true;
    QDateTime createdAt;

    bool has(Role role) const { return roles.testFlag(role); }
    // Admin may do everything a controller may.
    bool isController() const { return has(Role::Controller) || has(Role::Admin); }
    // Whether the classification of a document never hides it from this user.
    bool seesEveryClassification() const { return isController(); }
};

} // namespace dc
