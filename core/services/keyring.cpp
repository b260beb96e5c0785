#include "core/services/keyring.h"

#include "core/security/passwordhash.h"
#include "core/security/signingkey.h"
#include "core/store/auditlog.h"
#include "core/store/database.h"
#include "core/store/userstore.h"
#include "core/store/workflowstore.h"

#include <QJsonObject>

namespace dc {

UnlockedKey::~UnlockedKey()
{
    SigningKey::wipe(m_secret);
}

UnlockedKey::UnlockedKey(UnlockedKey &&other) noexcept : m_userId(other.m_userId), m_keyId(other.m_keyId), m_secret(std::move(other.m_secret))
{
    other.m_secret.clear();
}

QByteArray UnlockedKey::sign(const QByteArray &message) const
{
    return SigningKey::sign(m_secret, message);
}

Status Keyring::create(const User &user, const QString &password, const QString &actorName)
{
    auto pair = SigningKey::generate(password);
    if (!pair)
        return pair.error();
    return m_db.write([&]() -> Status {
        WorkflowStore store(m_db);
        if (auto old = store.currentKey(user.id); old) {
            if (const Status retired = store.retireKey(old->id, m_clock.nowUtc()); !retired)
                return retired;
        }
        auto keyId = store.insertKey(user.id, pair->publicKey, pair->sealedSecret, m_clock.nowUtc());
        if (!keyId)
            return keyId.error();
        const QJsonObject details{{QStringLiteral("key_id"), keyId.value()},
                                  {QStringLiteral("public_key"), QString::fromLatin1(pair->publicKey.toBase64())}};
        return Status::from(AuditLog(m_db, m_clock).append(actorName, QStringLiteral("key.registered"), QStringLiteral("user ") + user.name, details));
    });
}

Result<UnlockedKey> Keyring::unlock(const User &user, const QString &password)
{
    const Error wrong{ErrorCode::AuthenticationFailed, tr("The password of %1 is wrong; nothing was signed.").arg(user.name)};
    auto hash = UserStore(m_db).passwordHash(user.name);
    if (!hash)
        return hash.error();
    if (!PasswordHash::verify(password, hash.value()))
        return wrong;
    auto current = UserStore(m_db).find(user.name);
    if (!current)
        return current.error();
    if (!current->active)
        return Error{ErrorCode::AuthenticationFailed, tr("The account \"%1\" is disabled.").arg(user.name)};

    WorkflowStore store(m_db);
    auto key = store.currentKey(user.id);
    if (!key && key.code() == ErrorCode::NotFound) {
        if (const Status created = create(user, password, user.name); !created)
            return created.error();
        key = store.currentKey(user.id);
    }
    if (!key)
        return key.error();
    auto secret = SigningKey::unseal(key->sealedSecret, password);
    if (!secret)
        return secret.code() == ErrorCode::AuthenticationFailed ? wrong : secret.error();
    return UnlockedKey(user.id, key->id, secret.value());
}

Status Keyring::reseal(const User &user, const QString &oldPassword, const QString &newPassword)
{
    WorkflowStore store(m_db);
    auto key = store.currentKey(user.id);
    if (!key)
        return key.code() == ErrorCode::NotFound ? create(user, newPassword, user.name) : Status(key.error());
    auto secret = SigningKey::unseal(key->sealedSecret, oldPassword);
    if (!secret)
        return secret.error();
    auto sealed = SigningKey::seal(secret.value(), newPassword);
    SigningKey::wipe(secret.value());
    if (!sealed)
        return sealed.error();
    return store.resealKey(key->id, sealed.value());
}

} // namespace dc
