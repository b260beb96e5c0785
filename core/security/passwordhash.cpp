#include "core/security/passwordhash.h"

#include "core/security/keyderivation.h"

#include <QCoreApplication>

#include <sodium.h>

namespace dc::PasswordHash {

namespace {
bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

// Wipes the UTF-8 copy of a password when it goes out of scope.
class SecretBytes final {
public:
    explicit SecretBytes(const QString &text) : m_bytes(text.toUtf8()) {}
    ~SecretBytes() { sodium_memzero(m_bytes.data(), static_cast<size_t>(m_bytes.size())); }
    Q_DISABLE_COPY_MOVE(SecretBytes)
    const char *data() const { return m_bytes.constData(); }
    unsigned long long size() const { return static_cast<unsigned long long>(m_bytes.size()); }

private:
    QByteArray m_bytes;
};
} // namespace

Status checkAcceptable(const QString &password)
{
    if (password.trimmed().isEmpty())
        return Error{ErrorCode::InvalidInput, QCoreApplication::translate("dc::PasswordHash", "The password is empty.")};
    if (password.size() < 4)
        return Error{ErrorCode::InvalidInput, QCoreApplication::translate("dc::PasswordHash", "The password must be at least 4 characters long.")};
    return {};
}

Result<QByteArray> hash(const QString &password)
{
    if (const Status acceptable = checkAcceptable(password); !acceptable)
        return acceptable.error();
    if (!sodiumReady())
        return Error{ErrorCode::Io, QCoreApplication::translate("dc::PasswordHash", "The cryptography library could not be initialised.")};
    const SecretBytes secret(password);
    char out[crypto_pwhash_STRBYTES];
    const KeyDerivation::Cost cost = KeyDerivation::current();
    if (crypto_pwhash_str_alg(out, secret.data(), secret.size(), cost.passes, size_t{cost.kibibytes} * 1024,
                              crypto_pwhash_ALG_ARGON2ID13) != 0) {
        return Error{ErrorCode::Io, QCoreApplication::translate("dc::PasswordHash", "Not enough memory to hash the password.")};
    }
    return QByteArray(out);
}

bool verify(const QString &password, const QByteArray &encoded)
{
    if (!sodiumReady() || encoded.isEmpty())
        return false;
    const SecretBytes secret(password);
    QByteArray terminated = encoded; // crypto_pwhash_str_verify needs a NUL-terminated string
    return crypto_pwhash_str_verify(terminated.constData(), secret.data(), secret.size()) == 0;
}

} // namespace dc::PasswordHash
