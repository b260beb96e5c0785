#include "userservice.h"

#include "security/passwordhash.h"
#include "store/database.h"
#include "store/storesettings.h"
#include "store/userstore.h"
#include "workflow/permissions.h"

#include <QRegularExpression>

namespace dc {

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
        UserService users(db, clock);
        return Status::from(users.insert(NewUser{init.admin, tr("Administrator"), QString(), Roles(Role::Admin)}, init.password));
    });
    if (!ready) {
        created = ready.error(); // closes the store before its file is removed
        Database::removeFiles(path);
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
    return insert(user, password);
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
    user.createdAt = m_clock.nowUtc();
    return UserStore(m_db).insert(user, hash.value());
}

} // namespace dc
