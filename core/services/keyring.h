#pragma once

#include "core/model/clock.h"
#include "core/model/user.h"
#include "core/model/result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace dc {

class Database;

// A signing key opened with its owner's password, for the length of one signing action.
// The secret is wiped when this goes out of scope.
class UnlockedKey final {
public:
    UnlockedKey(qint64 userId, qint64 keyId, QByteArray secret) : m_userId(userId), m_keyId(keyId), m_secret(std::move(secret)) {}
    ~UnlockedKey();
    UnlockedKey(UnlockedKey &&other) noexcept;
    UnlockedKey &operator=(UnlockedKey &&) = delete;
    Q_DISABLE_COPY(UnlockedKey)

    qint64 userId() const { return m_userId; }
    qint64 keyId() const { return m_keyId; }
    QByteArray sign(const QByteArray &message) const;

private:
    qint64 m_userId;
    qint64 m_keyId;
    QByteArray m_secret;
};

// Users' Ed25519 signing keys: made when a user is added, re-sealed when the password changes,
// replaced when an administrator resets it. Each new public key is recorded in the audit trail.
class Keyring final {
    Q_DECLARE_TR_FUNCTIONS(dc::Keyring)
public:
    explicit Keyring(Database &db, const Clock &clock = Clock::system()) : m_db(db), m_clock(clock) {}

    // Makes a key pair for `user`, sealed with `password`, retiring any earlier one. Runs in the
    // caller's transaction.
    Status create(const User &user, const QString &password, const QString &actorName);

    // Re-authenticates `user` with `password` and opens the user's key: what every signature
    // requires. A user from before signatures existed gets a key now. Fails with
    // AuthenticationFailed on a wrong password or a disabled account.
    Result<UnlockedKey> unlock(const User &user, const QString &password);

    // Seals the user's current key with a new password (the key pair stays, so every earlier
    // signature still verifies). Fails when `oldPassword` is wrong.
    Status reseal(const User &user, const QString &oldPassword, const QString &newPassword);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace dc
