#pragma once

#include "core/model/clock.h"
#include "core/model/revisionlabel.h"
#include "core/model/user.h"
#include "core/model/result.h"

#include <QCoreApplication>
#include <memory>

namespace dc {

class Database;

// What a new store starts with.
struct NewStore {
    QString organisation;
    QString organisationEn;
    QString admin;          // the first administrator's user name
    QString password;       // and password
    LabelScheme scheme = LabelScheme::EditionRevision;
    QString numberPrefix = QStringLiteral("ISMS");
};

struct NewUser {
    NewUser() = default;
    NewUser(QString name_, QString displayName_, QString department_, Roles roles_, Classification clearance_ = Classification::Internal)
        : name(std::move(name_)), displayName(std::move(displayName_)), department(std::move(department_)), roles(roles_), clearance(clearance_)
    {
    }

    QString name;        // login: lower-case letters, digits, . _ -
    QString displayName;
    QString department;
    Roles roles;
    Classification clearance = Classification::Internal; // the highest classification they may read
};

// Users: creating a store with its first administrator, adding users, signing in.
class UserService final {
    Q_DECLARE_TR_FUNCTIONS(dc::UserService)
public:
    explicit UserService(Database &db, const Clock &clock = Clock::system()) : m_db(db), m_clock(clock) {}

    // Creates a new store at `path` with its first administrator. Everything is checked before
    // the file is created; on failure no file is left.
    static Result<std::unique_ptr<Database>> initStore(const QString &path, const NewStore &store,
                                                       const Clock &clock = Clock::system());

    // The user, when the name and password match an active user. The message does not say
    // which of the two was wrong.
    Result<User> authenticate(const QString &name, const QString &password) const;

    // Adds a user; `actor` must be an administrator.
    Result<User> addUser(const User &actor, const NewUser &user, const QString &password);

    // Changes the actor's own password after checking the old one; the signing key is
    // re-sealed, so earlier signatures stay valid.
    Status changePassword(const User &actor, const QString &oldPassword, const QString &newPassword);

    // An administrator sets a new password for `name`. The old signing key cannot be opened
    // without the old password, so the user gets a new key pair; signatures made with the old
    // one still verify against its (kept) public key.
    Status resetPassword(const User &actor, const QString &name, const QString &newPassword);

    // Disables or re-enables an account. Past signatures stay valid and keep the signer's
    // name. An administrator cannot disable their own account.
    Status setActive(const User &actor, const QString &name, bool active);

    // Replaces a user's roles (administrators only; at least one role; an administrator
    // cannot remove their own admin role).
    Status setRoles(const User &actor, const QString &name, Roles roles);

    // Sets the highest classification `name` may read (administrators only); audited as
    // user.clearance_changed. Setting the clearance a user already has changes nothing.
    Status setClearance(const User &actor, const QString &name, Classification clearance);

    Result<QList<User>> users() const;

    static Status validateName(const QString &name);

private:
    Result<User> insert(const NewUser &user, const QString &password);
    Database &m_db;
    const Clock &m_clock;
};

} // namespace dc
