#pragma once

#include "core/model/user.h"
#include "core/model/result.h"

#include <QByteArray>
#include <QList>

namespace dc {

class Database;

// Reads and writes the users table. Rules (who may add users) live in UserService.
class UserStore final {
public:
    explicit UserStore(Database &db) : m_db(db) {}

    // Inserts `user` with an already-hashed password; fails with Duplicate on a taken name.
    Result<User> insert(const User &user, const QByteArray &passwordHash);
    Result<User> find(const QString &name) const;            // NotFound when absent
    Result<QByteArray> passwordHash(const QString &name) const;
    Result<QList<User>> all() const;
    Result<int> count() const;
    Status setPasswordHash(qint64 userId, const QByteArray &passwordHash);
    Status setActive(qint64 userId, bool active);
    Status setRoles(qint64 userId, Roles roles);
    Status setClearance(qint64 userId, Classification clearance);

private:
    Database &m_db;
};

} // namespace dc
