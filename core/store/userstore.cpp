#include "core/store/userstore.h"

#include "core/store/database.h"
#include "core/store/sql.h"

#include <QCoreApplication>

namespace dc {

namespace {

const QString kColumns = QStringLiteral("id, name, display_name, department, roles, active, created_at, clearance");

User userFrom(const QSqlQuery &q)
{
    User user;
    user.id = q.value(0).toLongLong();
    user.name = q.value(1).toString();
    user.displayName = q.value(2).toString();
    user.department = q.value(3).toString();
    auto roles = parseRoles(q.value(4).toString());
    user.roles = roles ? roles.value() : Roles();
    user.active = q.value(5).toBool();
    user.createdAt = Sql::dateTimeFrom(q.value(6));
    user.clearance = classificationFromKey(q.value(7).toString()).value_or(Classification::Public); // the schema allows only known keys
    return user;
}

Error noSuchUser(const QString &name)
{
    return Error{ErrorCode::NotFound, QCoreApplication::translate("dc::UserStore", "There is no user \"%1\".").arg(name)};
}
} // namespace

Result<User> UserStore::insert(const User &user, const QByteArray &passwordHash)
{
    return m_db.write([&]() -> Result<User> {
        if (find(user.name))
            return Error{ErrorCode::Duplicate, QCoreApplication::translate("dc::UserStore", "A user named \"%1\" already exists.").arg(user.name)};
        auto inserted = Sql::exec(m_db,
                                  QStringLiteral("INSERT INTO users(name, display_name, department, roles, password_hash, active, created_at, clearance)"
                                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                                  {user.name, user.displayName, user.department, rolesToKeys(user.roles),
                                   QString::fromLatin1(passwordHash), user.active, Sql::toText(user.createdAt), toKey(user.clearance)},
                                  QCoreApplication::translate("dc::UserStore", "add the user"));
        if (!inserted)
            return inserted.error();
        return find(user.name);
    });
}

Result<User> UserStore::find(const QString &name) const
{
    auto q = Sql::exec(m_db, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM users WHERE name = ?"), {name},
                       QCoreApplication::translate("dc::UserStore", "look up the user"));
    if (!q)
        return q.error();
    if (!q.value().next())
        return noSuchUser(name);
    return userFrom(q.value());
}

Result<QByteArray> UserStore::passwordHash(const QString &name) const
{
    auto q = Sql::exec(m_db, QStringLiteral("SELECT password_hash FROM users WHERE name = ?"), {name}, QCoreApplication::translate("dc::UserStore", "look up the user"));
    if (!q)
        return q.error();
    if (!q.value().next())
        return noSuchUser(name);
    return q.value().value(0).toString().toLatin1();
}

Result<QList<User>> UserStore::all() const
{
    auto q = Sql::exec(m_db, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM users ORDER BY name"), {}, QCoreApplication::translate("dc::UserStore", "list the users"));
    if (!q)
        return q.error();
    QList<User> users;
    while (q.value().next())
        users.append(userFrom(q.value()));
    return users;
}

Result<int> UserStore::count() const
{
    auto q = Sql::exec(m_db, QStringLiteral("SELECT count(*) FROM users"), {}, QCoreApplication::translate("dc::UserStore", "count the users"));
    if (!q)
        return q.error();
    q.value().next();
    return q.value().value(0).toInt();
}

Status UserStore::setPasswordHash(qint64 userId, const QByteArray &passwordHash)
{
    return Status::from(Sql::exec(m_db, QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"),
                                  {QString::fromLatin1(passwordHash), userId}, QCoreApplication::translate("dc::UserStore", "change the password")));
}

Status UserStore::setActive(qint64 userId, bool active)
{
    return Status::from(Sql::exec(m_db, QStringLiteral("UPDATE users SET active = ? WHERE id = ?"), {active ? 1 : 0, userId},
                                  QCoreApplication::translate("dc::UserStore", "change the account's state")));
}

Status UserStore::setRoles(qint64 userId, Roles roles)
{
    return Status::from(Sql::exec(m_db, QStringLiteral("UPDATE users SET roles = ? WHERE id = ?"), {rolesToKeys(roles), userId},
                                  QCoreApplication::translate("dc::UserStore", "change the roles")));
}

Status UserStore::setClearance(qint64 userId, Classification clearance)
{
    return Status::from(Sql::exec(m_db, QStringLiteral("UPDATE users SET clearance = ? WHERE id = ?"), {toKey(clearance), userId},
                                  QCoreApplication::translate("dc::UserStore", "change the clearance")));
}

} // namespace dc
