#include "core/security/signingkey.h"

#include "core/security/keyderivation.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <sodium.h>

namespace dc::SigningKey {

namespace {

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

Error noMemory()
{
    return Error{ErrorCode::Io, QCoreApplication::translate("dc::SigningKey", "Not enough memory to protect the signing key.")};
}

// The symmetric key that seals a secret key: Argon2id of the password with the given salt.
bool deriveKey(const QString &password, const unsigned char *salt, KeyDerivation::Cost cost, unsigned char *key)
{
    QByteArray utf8 = password.toUtf8();
    const int rc = crypto_pwhash(key, crypto_secretbox_KEYBYTES, utf8.constData(), static_cast<unsigned long long>(utf8.size()), salt,
                                 cost.passes, size_t{cost.kibibytes} * 1024, crypto_pwhash_ALG_ARGON2ID13);
    sodium_memzero(utf8.data(), static_cast<size_t>(utf8.size()));
    return rc == 0;
}

// A sealed key starts with "DCK", a version byte and the cost of its derivation (passes and
// KiB, 32-bit little-endian). Keys sealed before the cost was recorded have no header and were
// all derived at the interactive cost.
constexpr char kMagic[] = {'D', 'C', 'K', '\x02'};
constexpr qsizetype kHeaderBytes = 12;
constexpr qsizetype kBodyBytes = crypto_pwhash_SALTBYTES + crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES
    + crypto_sign_SECRETKEYBYTES;

QByteArray header(KeyDerivation::Cost cost)
{
    QByteArray out(kMagic, sizeof kMagic);
    for (const std::uint32_t value : {cost.passes, cost.kibibytes}) {
        for (int shift = 0; shift < 32; shift += 8)
            out.append(static_cast<char>((value >> shift) & 0xff));
    }
    return out;
}

std::uint32_t readUint32(const QByteArray &bytes, qsizetype at)
{
    std::uint32_t value = 0;
    for (int i = 3; i >= 0; --i)
        value = (value << 8) | static_cast<uchar>(bytes.at(at + i));
    return value;
}

const uchar *bytes(const QByteArray &b) { return reinterpret_cast<const uchar *>(b.constData()); }
uchar *bytes(QByteArray &b) { return reinterpret_cast<uchar *>(b.data()); }

} // namespace

Result<QByteArray> seal(const QByteArray &secretKey, const QString &password)
{
    if (!sodiumReady())
        return noMemory();
    const KeyDerivation::Cost cost = KeyDerivation::current();
    QByteArray sealed = header(cost);
    sealed.append(QByteArray(crypto_pwhash_SALTBYTES + crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + secretKey.size(), '\0'));
    uchar *salt = bytes(sealed) + kHeaderBytes;
    uchar *nonce = salt + crypto_pwhash_SALTBYTES;
    uchar *cipher = nonce + crypto_secretbox_NONCEBYTES;
    randombytes_buf(salt, crypto_pwhash_SALTBYTES);
    randombytes_buf(nonce, crypto_secretbox_NONCEBYTES);
    unsigned char key[crypto_secretbox_KEYBYTES];
    if (!deriveKey(password, salt, cost, key))
        return noMemory();
    crypto_secretbox_easy(cipher, bytes(secretKey), static_cast<unsigned long long>(secretKey.size()), nonce, key);
    sodium_memzero(key, sizeof key);
    return sealed;
}

Result<Pair> generate(const QString &password)
{
    if (!sodiumReady())
        return noMemory();
    Pair pair;
    pair.publicKey.resize(crypto_sign_PUBLICKEYBYTES);
    QByteArray secret(crypto_sign_SECRETKEYBYTES, '\0');
    crypto_sign_keypair(bytes(pair.publicKey), bytes(secret));
    auto sealed = seal(secret, password);
    wipe(secret);
    if (!sealed)
        return sealed.error();
    pair.sealedSecret = sealed.value();
    return pair;
}

Result<QByteArray> unseal(const QByteArray &sealed, const QString &password)
{
    if (!sodiumReady())
        return noMemory();
    const Error damaged{ErrorCode::CorruptStore, QCoreApplication::translate("dc::SigningKey", "The stored signing key is damaged.")};
    qsizetype bodyAt = 0;
    KeyDerivation::Cost cost = KeyDerivation::interactive();
    if (sealed.size() == kHeaderBytes + kBodyBytes && sealed.startsWith(QByteArrayView(kMagic, sizeof kMagic))) {
        bodyAt = kHeaderBytes;
        cost = {readUint32(sealed, 4), readUint32(sealed, 8)};
        if (!KeyDerivation::isAcceptable(cost))
            return damaged;
    } else if (sealed.size() != kBodyBytes) {
        return damaged;
    }
    const uchar *salt = bytes(sealed) + bodyAt;
    const uchar *nonce = salt + crypto_pwhash_SALTBYTES;
    const uchar *cipher = nonce + crypto_secretbox_NONCEBYTES;
    unsigned char key[crypto_secretbox_KEYBYTES];
    if (!deriveKey(password, salt, cost, key))
        return noMemory();
    QByteArray secret(crypto_sign_SECRETKEYBYTES, '\0');
    const int rc = crypto_secretbox_open_easy(bytes(secret), cipher, crypto_secretbox_MACBYTES + crypto_sign_SECRETKEYBYTES, nonce, key);
    sodium_memzero(key, sizeof key);
    if (rc != 0)
        return Error{ErrorCode::AuthenticationFailed, QCoreApplication::translate("dc::SigningKey", "The password is wrong.")};
    return secret;
}

QByteArray sign(const QByteArray &secretKey, const QByteArray &message)
{
    if (!sodiumReady() || secretKey.size() != crypto_sign_SECRETKEYBYTES)
        return {};
    QByteArray signature(crypto_sign_BYTES, '\0');
    crypto_sign_detached(bytes(signature), nullptr, bytes(message), static_cast<unsigned long long>(message.size()), bytes(secretKey));
    return signature;
}

bool verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature)
{
    if (!sodiumReady() || publicKey.size() != crypto_sign_PUBLICKEYBYTES || signature.size() != crypto_sign_BYTES)
        return false;
    return crypto_sign_verify_detached(bytes(signature), bytes(message), static_cast<unsigned long long>(message.size()), bytes(publicKey)) == 0;
}

QString fingerprint(const QByteArray &data)
{
    const QByteArray digest = QCryptographicHash::hash(data, QCryptographicHash::Sha256).left(8).toHex();
    QStringList groups;
    for (int i = 0; i < digest.size(); i += 4)
        groups << QString::fromLatin1(digest.mid(i, 4));
    return groups.join(QLatin1Char('-'));
}

void wipe(QByteArray &secret)
{
    if (!secret.isEmpty())
        sodium_memzero(secret.data(), static_cast<size_t>(secret.size()));
    secret.clear();
}

} // namespace dc::SigningKey
