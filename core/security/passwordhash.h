#pragma once

#include "core/model/result.h"

#include <QByteArray>
#include <QString>

namespace dc::PasswordHash {

// Hashes `password` with Argon2id (libsodium's crypto_pwhash_str at KeyDerivation::current(),
// the interactive limits). The result is the self-describing "$argon2id$v=19$m=65536,t=2,p=1$…"
// string, which records that cost; the password itself is never kept.
// Fails on an empty password or when libsodium cannot allocate its working memory.
Result<QByteArray> hash(const QString &password);

// True when `password` matches `encoded`. Constant-time in the comparison.
bool verify(const QString &password, const QByteArray &encoded);

// A password users may set: at least 4 characters, not only white space.
Status checkAcceptable(const QString &password);

} // namespace dc::PasswordHash
