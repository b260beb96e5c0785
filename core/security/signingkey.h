#pragma once

#include "core/model/result.h"

#include <QByteArray>
#include <QString>

namespace dc::SigningKey {

// A user's Ed25519 key pair (libsodium). The public half is stored in the clear; the secret
// half only sealed: encrypted (XSalsa20-Poly1305) with a key derived from the user's password
// by Argon2id (at KeyDerivation::current(), recorded with it), so the database alone is not
// enough to sign.
struct Pair {
    QByteArray publicKey;  // 32 bytes
    QByteArray sealedSecret; // "DCK\x02" ‖ cost ‖ salt ‖ nonce ‖ MAC ‖ ciphertext, as stored
};

// A new key pair, its secret half sealed with `password`. Fails only when libsodium cannot
// allocate its working memory.
Result<Pair> generate(const QString &password);

// The secret key inside `sealed`, opened with `password`. Fails with AuthenticationFailed
// when the password is wrong, CorruptStore when `sealed` is damaged or records a cost outside
// KeyDerivation::isAcceptable. Keys sealed before the cost was recorded open too.
Result<QByteArray> unseal(const QByteArray &sealed, const QString &password);

// `secretKey` sealed again with another password (a password change keeps the key pair).
Result<QByteArray> seal(const QByteArray &secretKey, const QString &password);

// The Ed25519 signature of `message` (64 bytes).
QByteArray sign(const QByteArray &secretKey, const QByteArray &message);

// True when `signature` is `publicKey`'s signature of `message`.
bool verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature);

// A short, human-readable fingerprint of a signature or key: the first 8 bytes of its
// SHA-256 as "3f2a-91c0-…".
QString fingerprint(const QByteArray &bytes);

// Overwrites a secret in memory.
void wipe(QByteArray &secret);

} // namespace dc::SigningKey
