#include "core/model/user.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace dc {

namespace {
constexpr std::array<std::pair<Role, const char *>, 6> roleTable{{
    {Role::Admin, "admin"},
    {Role::Controller, "controller"},
    {Role::Author, "author"},
    {Role::Reviewer, "reviewer"},
    {Role::Approver, "approver"},
    {Role::Reader, "reader"},
}};

QString roleDisplayName(Role role)
{
    switch (role) {
    case Role::Admin: return QCoreApplication::translate("dc::User", "Administrator");
    case Role::Controller: return QCoreApplication::translate("dc::User", "Document controller");
    case Role::Author: return QCoreApplication::translate("dc::User", "Author");
    case Role::Reviewer: return QCoreApplication::translate("dc::User", "Reviewer");
    case Role::Approver: return QCoreApplication::translate("dc::User", "Approver");
    case Role::Reader: return QCoreApplication::translate("dc::User", "Reader");
    }
    return {};
}
} // namespace

QStringList roleKeys()
{
    QStringList keys;
    for (const auto &[role, key] : roleTable)
        keys << QString::fromLatin1(key);
    return keys;
}

Result<Roles> parseRoles(const QString &text)
{
    Roles roles;
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &raw : parts) {
        const QString part = raw.trimmed().toLower();
        bool found = false;
        for (const auto &[role, key] : roleTable) {
            if (part == QLatin1String(key)) {
                roles |= role;
                found = true;
            }
        }
        if (!found) {
            return Error{ErrorCode::InvalidInput,
                         QCoreApplication::translate("dc::User", "Unknown role \"%1\"; roles are %2.")
                             .arg(raw.trimmed(), roleKeys().join(QStringLiteral(", ")))};
        }
    }
    if (!roles) {
        return Error{ErrorCode::InvalidInput, QCoreApplication::translate("dc::User", "A user needs at least one role.")};
    }
    return roles;
}

QString rolesToKeys(Roles roles)
{
    QStringList keys;
    for (const auto &[role, key] : roleTable) {
        if (roles.testFlag(role))
            keys << QString::fromLatin1(key);
    }
    return keys.join(QLatin1Char(','));
}

QString roleDisplayNames(Roles roles)
{
    QStringList names;
    for (const auto &entry : roleTable) {
        if (roles.testFlag(entry.first))
            names << roleDisplayName(entry.first);
    }
    // Chinese lists use the enumeration comma (、), so the separator is translated too.
    return names.join(QCoreApplication::translate("dc::User", ", ", "separator between role names"));
}

} // namespace dc
