#include "core/services/userservice.h"

#include "core/security/passwordhash.h"
#include "core/services/keyring.h"
#include "core/store/auditlog.h"
#include "core/store/database.h"
#include "core/store/storesettings.h"
#include "core/store/userstore.h"
#include "core/workflow/permissions.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QRegularExpression>

namespace dc {

namespace {
// What the trail records of a stored password hash: its SHA-256, so that verify can tell a
// password hash swapped by SQL (never the hash itself).
QString passwordDigest(Database &db, const QString &name)
{
    auto hash = UserStore(db).passwordHash(name);
    return hash ? QString::fromLatin1(QCryptographicHash::hash(hash.value(), QCryptographicHash::Sha256).toHex()) : QString();
}
} // namespace

Status UserService::validateName(const QString &name)
{
    // \z, not $: "$" also matches before a trailing newline, which would let "name\n" through.
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{1,31}\\z"));
    if (name.isEmpty())
        return Error{ErrorCode::InvalidInput, tr("The user name is empty.")};
    if (!pattern.match(name).hasMatch()) {
        return Error{ErrorCode::InvalidInput,
                     tr("User name \"%1\" must be 2 to 32 lower-case letters, digits, dots, dashes or underscores.").arg(name)};
    }
    return {};
}

Result<std::unique_ptr<Database>> UserService::initStore(const QString &path, const NewStore &init, const Clock &clock)
{
    if (init.organisation.trimmed().isEmpty())
        return Error{ErrorCode::InvalidInput, tr("The organisation name is empty.")};
    if (const Status name = validateName(init.admin); !name)
        return name.error();
    if (const Status acceptable = PasswordHash::checkAcceptable(init.password); !acceptable)
        return acceptable.error();
    if (const Status prefix = StoreSettings::validatePrefix(init.numberPrefix); !prefix)
        return prefix.error();

    auto created = Database::create(path);
    if (!created)
        return created.error();
    Database &db = *created.value();
    const Status ready = db.write([&]() -> Status {
        StoreSettings settings(db);
        Status configured = settings.setOrganisation(init.organisation, init.organisationEn);
        if (configured)
            configured = settings.setLabelScheme(init.scheme);
        if (configured)
            configured = settings.setNumberPrefix(init.numberPrefix);
        if (!configured)
            return configured;
        auto created = AuditLog(db, clock).append(init.admin, QStringLiteral("store.created"), QStringLiteral("store"),
                                                  QJsonObject{{QStringLiteral("organisation"), init.organisation}});
        if (!created)
            return created.error();
        UserService users(db, clock);
        auto admin = users.insert(NewUser{init.admin, tr("Administrator"), QString(), Roles(Role::Admin), Classification::Secret}, init.password);
        if (!admin)
            return admin.error();
        const QJsonObject details{{QStringLiteral("roles"), rolesToKeys(admin->roles)}, {QStringLiteral("display_name"), admin->displayName},
                                  {QStringLiteral("password_sha256"), passwordDigest(db, admin->name)},
                                  {QStringLiteral("clearance"), toKey(admin->clearance)}};
        return Status::from(AuditLog(db, clock).append(init.admin, QStringLiteral("user.added"), QStringLiteral("user ") + admin->name, details));
    });
    if (!ready) {
        Database::discard(std::move(created).value()); // closes the store, then removes it
        return ready.error();
    }
    return created;
}

Result<User> UserService::authenticate(const QString &name, const QString &password) const
{
    const Error failed{ErrorCode::AuthenticationFailed, tr("The user name or password is wrong.")};
    UserStore store(m_db);
    auto user = store.find(name);
    if (!user) {
        // Spend as long on an unknown name as on a wrong password, so that timing does not
        // tell which user names exist.
        static const Result<QByteArray> decoy = PasswordHash::hash(QStringLiteral("decoy-password"));
        if (decoy)
            PasswordHash::verify(password, decoy.value());
        return user.code() == ErrorCode::NotFound ? failed : user.error();
    }
    auto hash = store.passwordHash(name);
    if (!hash)
        return hash.error();
    if (!PasswordHash::verify(password, hash.value()))
        return failed;
    if (!user->active)
        return Error{ErrorCode::AuthenticationFailed, tr("The account \"%1\" is disabled.").arg(name)};
    return user;
}

Result<User> UserService::addUser(const User &actor, const NewUser &user, const QString &password)
{
    if (const Status allowed = Permissions::mayManageUsers(actor); !allowed)
        return allowed.error();
    return m_db.write([&]() -> Result<User> {
        auto added = insert(user, password);
        if (added) {
            const QJsonObject details{{QStringLiteral("roles"), rolesToKeys(added->roles)}, {QStringLiteral("display_name"), added->displayName},
                                      {QStringLiteral("password_sha256"), passwordDigest(m_db, added->name)},
                                      {QStringLiteral("clearance"), toKey(added->clearance)}};
            if (auto logged = AuditLog(m_db, m_clock).append(actor.name, QStringLiteral("user.added"), QStringLiteral("user ") + added->name, details); !logged)
                return logged.error();
        }
        return added;
    });
}

Result<User> UserService::insert(const NewUser &newUser, const QString &password)
{
    if (const Status name = validateName(newUser.name); !name)
        return name.error();
    if (!newUser.roles)
        return Error{ErrorCode::InvalidInput, tr("User \"%1\" needs at least one role.").arg(newUser.name)};
    auto hash = PasswordHash::hash(password);
    if (!hash)
        return hash.error();
    User user;
    user.name = newUser.name;
    user.displayName = newUser.displayName.trimmed().isEmpty() ? newUser.name : newUser.displayName.trimmed();
    user.department = newUser.department.trimmed();
    user.roles = newUser.roles;
    user.clearance = newUser.clearance;
    user.createdAt = m_clock.nowUtc();
    return m_db.write([&]() -> Result<User> {
        auto inserted = UserStore(m_db).insert(user, hash.value());
        if (!inserted)
            return inserted;
        if (const Status keyed = Keyring(m_db, m_clock).create(inserted.value(), password, inserted->name); !keyed)
            return keyed.error();
        return inserted;
    });
}

Status UserService::changePassword(const User &actor, const QString &oldPassword, const QString &newPassword)
{
    if (const Status acceptable = PasswordHash::checkAcceptable(newPassword); !acceptable)
        return acceptable;
    auto current = UserStore(m_db).passwordHash(actor.name);
    if (!current)
        return current.error();
    if (!PasswordHash::verify(oldPassword, current.value()))
        return Error{ErrorCode::AuthenticationFailed, tr("The current password of %1 is wrong; the password was not changed.").arg(actor.name)};
    auto hash = PasswordHash::hash(newPassword);
    if (!hash)
        return hash.error();
    return m_db.write([&]() -> Status {
        if (const Status saved = UserStore(m_db).setPasswordHash(actor.id, hash.value()); !saved)
            return saved;
        if (const Status resealed = Keyring(m_db, m_clock).reseal(actor, oldPassword, newPassword); !resealed)
            return resealed;
        return Status::from(AuditLog(m_db, m_clock).append(actor.name, QStringLiteral("user.password_changed"), QStringLiteral("user ") + actor.name,
                                                           QJsonObject{{QStringLiteral("password_sha256"), passwordDigest(m_db, actor.name)}}));
    });
}

Status UserService::resetPassword(const User &actor, const QString &name, const QString &newPassword)
{
    if (const Status allowed = Permissions::mayManageUsers(actor); !allowed)
        return allowed;
    if (const Status acceptable = PasswordHash::checkAcceptable(newPassword); !acceptable)
        return acceptable;
    auto user = UserStore(m_db).find(name);
    if (!user)
        return user.error();
    auto hash = PasswordHash::hash(newPassword);
    if (!hash)
        return hash.error();
    return m_db.write([&]() -> Status {
        if (const Status saved = UserStore(m_db).setPasswordHash(user->id, hash.value()); !saved)
            return saved;
        if (const Status keyed = Keyring(m_db, m_clock).create(user.value(), newPassword, actor.name); !keyed)
            return keyed;
        return Status::from(AuditLog(m_db, m_clock).append(actor.name, QStringLiteral("user.password_reset"), QStringLiteral("user ") + name,
                                                           QJsonObject{{QStringLiteral("password_sha256"), passwordDigest(m_db, name)}}));
    });
}

Status UserService::setActive(const User &actor, const QString &name, bool active)
{
    if (const Status allowed = Permissions::mayManageUsers(actor); !allowed)
        return allowed;
    if (!active && name == actor.name)
        return Error{ErrorCode::InvalidInput, tr("You cannot disable your own account.")};
    auto user = UserStore(m_db).find(name);
    if (!user)
        return user.error();
    if (user->active == active)
        return {};
    return m_db.write([&]() -> Status {
        if (const Status saved = UserStore(m_db).setActive(user->id, active); !saved)
            return saved;
        return Status::from(AuditLog(m_db, m_clock).append(actor.name, active ? QStringLiteral("user.enabled") : QStringLiteral("user.disabled"),
                                                           QStringLiteral("user ") + name));
    });
}

Status UserService::setRoles(const User &actor, const QString &name, Roles roles)
{
    if (const Status allowed = Permissions::mayManageUsers(actor); !allowed)
        return allowed;
    if (!roles)
        return Error{ErrorCode::InvalidInput, tr("User \"%1\" needs at least one role.").arg(name)};
    if (name == actor.name && !roles.testFlag(Role::Admin))
        return Error{ErrorCode::InvalidInput, tr("You cannot remove your own administrator role.")};
    auto user = UserStore(m_db).find(name);
    if (!user)
        return user.error();
    return m_db.write([&]() -> Status {
        if (const Status saved = UserStore(m_db).setRoles(user->id, roles); !saved)
            return saved;
        return Status::from(AuditLog(m_db, m_clock).append(actor.name, QStringLiteral("user.roles_changed"), QStringLiteral("user ") + name,
                                                           QJsonObject{{QStringLiteral("roles"), rolesToKeys(roles)}}));
    });
}

Status UserService::setClearance(const User &actor, const QString &name, Classification clearance)
{
    if (const Status allowed = Permissions::mayManageUsers(actor); !allowed)
        return allowed;
    auto user = UserStore(m_db).find(name);
    if (!user)
        return user.error();
    if (user->clearance == clearance)
        return {};
    return m_db.write([&]() -> Status {
        if (const Status saved = UserStore(m_db).setClearance(user->id, clearance); !saved)
            return saved;
        return Status::from(AuditLog(m_db, m_clock).append(actor.name, QStringLiteral("user.clearance_changed"), QStringLiteral("user ") + name,
                                                           QJsonObject{{QStringLiteral("clearance"), toKey(clearance)},
                                                                       {QStringLiteral("before"), toKey(user->clearance)}}));
    });
}

Result<QList<User>> UserService::users() const
{
    return UserStore(m_db).all();
}

} // namespace dc
