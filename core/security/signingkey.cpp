#include "core/security/signingkey.h"

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
bool deriveKey(const QString &password, const unsigned char *salt, unsigned char *key)
{
    QByteArray utf8 = password.toUtf8();
    const int rc = crypto_pwhash(key, crypto_secretbox_KEYBYTES, utf8.constData(), static_cast<unsigned long long>(utf8.size()), salt,
                                 crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13);
    sodium_memzero(utf8.data(), static_cast<size_t>(utf8.size()));
    return rc == 0;
}

const uchar *bytes(const QByteArray &b) { return reinterpret_cast<const uchar *>(b.constData()); }
uchar *bytes(QByteArray &b) { return reinterpret_cast<uchar *>(b.data()); }

} // namespace

Result<QByteArray> seal(const QByteArray &secretKey, const QString &password)
{
    if (!sodiumReady())
        return noMemory();
    QByteArray sealed(crypto_pwhash_SALTBYTES + crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + secretKey.size(), '\0');
    uchar *salt = bytes(sealed);
    uchar *nonce = salt + crypto_pwhash_SALTBYTES;
    uchar *cipher = nonce + crypto_secretbox_NONCEBYTES;
    randombytes_buf(salt, crypto_pwhash_SALTBYTES);
    randombytes_buf(nonce, crypto_secretbox_NONCEBYTES);
    unsigned char key[crypto_secretbox_KEYBYTES];
    if (!deriveKey(password, salt, key))
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
    const qsizetype overhead = crypto_pwhash_SALTBYTES + crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES;
    if (sealed.size() != overhead + static_cast<qsizetype>(crypto_sign_SECRETKEYBYTES))
        return Error{ErrorCode::CorruptStore, QCoreApplication::translate("dc::SigningKey", "The stored signing key is damaged.")};
    const uchar *salt = bytes(sealed);
    const uchar *nonce = salt + crypto_pwhash_SALTBYTES;
    const uchar *cipher = nonce + crypto_secretbox_NONCEBYTES;
    unsigned char key[crypto_secretbox_KEYBYTES];
    if (!deriveKey(password, salt, key))
        return noMemory();
    QByteArray secret(crypto_sign_SECRETKEYBYTES, '\0');
    const int rc = crypto_secretbox_open_easy(bytes(secret), cipher,
                                              static_cast<unsigned long long>(sealed.size() - crypto_pwhash_SALTBYTES - crypto_secretbox_NONCEBYTES),
                                              nonce, key);
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
