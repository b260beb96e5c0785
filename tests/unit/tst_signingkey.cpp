// Signing keys: Ed25519 pairs whose secret half is sealed with the owner's password; the keyring
// that keeps them across password changes and resets without breaking old signatures; and what
// signing itself demands: the signer's own password, their own key and an active account.

#include "core/security/keyderivation.h"
#include "core/security/passwordhash.h"
#include "core/security/signingkey.h"
#include "core/services/keyring.h"
#include "core/services/verifier.h"
#include "core/store/auditlog.h"
#include "core/store/userstore.h"
#include "core/store/workflowstore.h"
#include "workflowfixture.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QJsonObject>
#include <QtEndian>
#include <QTest>

using namespace dc;
using dctest::kPassword;
using dctest::names;
using dctest::stateOf;
using dctest::StoreState;

namespace {

// "DCK\x02" ‖ passes (4) ‖ KiB (4) ‖ salt (16) ‖ nonce (24) ‖ MAC (16) ‖ encrypted secret key (64)
constexpr int kHeaderBytes = 12;
constexpr int kSaltBytes = 16;
constexpr int kNonceBytes = 24;
constexpr int kSealedBytes = kHeaderBytes + kSaltBytes + kNonceBytes + 16 + 64;

// A key pair made by DocControl before sealed keys recorded their cost (0.1.0 of 2026-12-07,
// interactive cost, no header), sealed with "Pa55-word-2026".
const QByteArray kLegacyPublic = QByteArray::fromHex("3cb1f8bf58cbfc37e41d595bdfba558c340d40ef8c9c4d4d7145603ca6221cb5");
const QByteArray kLegacySealed = QByteArray::fromHex(
    "9a09aaa8962a28d739f38a0630bc21b7b165bad9e5783a902bd23cdf65abcba61047303bf41f4050bac7eef78ced3edf"
    "1a2cc2e4c56e23966f8455cb46178784774d1e15788f678339e6d20b1fcb576491c193eb3af0d1dafcec2dd438cb7b25"
    "88006dc3fada9b46e1a91d49ca34e7a26be606c2f6a334d4");

// The cost a sealed key records: passes and KiB, little-endian after the magic.
KeyDerivation::Cost recordedCost(const QByteArray &sealed)
{
    const auto read = [&](int at) { return qFromLittleEndian<quint32>(sealed.constData() + at); };
    return {read(4), read(8)};
}

// Puts `cost` back when it goes out of scope (the test programs run at the minimum cost).
class CostForThisTest {
public:
    explicit CostForThisTest(KeyDerivation::Cost cost) : m_before(KeyDerivation::current()) { KeyDerivation::setCurrentForTests(cost); }
    ~CostForThisTest() { KeyDerivation::setCurrentForTests(m_before); }
    Q_DISABLE_COPY_MOVE(CostForThisTest)

private:
    KeyDerivation::Cost m_before;
};

QByteArray flipped(QByteArray bytes, qsizetype at)
{
    bytes[at] = static_cast<char>(bytes.at(at) ^ 0x01);
    return bytes;
}

QString firstProblem(const Result<VerifyReport> &report)
{
    if (!report)
        return report.message();
    return report->problems.isEmpty() ? QString() : report->problems.first().message;
}

} // namespace

class TestSigningKey : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void generate_roundTrip();
    void generate_differsEachTime();
    void unseal_wrongPassword_data();
    void unseal_wrongPassword();
    void unseal_damaged_data();
    void unseal_damaged();
    void unseal_legacyKey();
    void seal_recordsItsCost();
    void seal_newPassword();
    void sign_knownVector();
    void verify_detectsChanges_data();
    void verify_detectsChanges();
    void sign_badSecret();
    void fingerprint_format();
    void wipe_clears();

    void keyring_changePassword();
    void keyring_changePasswordRefused();
    void keyring_resetPassword();
    void keyring_damagedKey();
    void keyring_keyForUserWithout();

    void sign_wrongPassword();
    void sign_withOpenedKey();
    void disabledUser();

private:
    Database &db() { return m_session.db(); }
    dctest::FlowDriver &flow() { return m_session.flow(); }
    WorkflowService &wf() { return flow().workflow(); }
    QString newDocument(const QString &title) { return flow().newDocument(title); }

    FixedClock m_clock{dctest::fixedNow()};
    dctest::WorkflowTemplate m_template;
    dctest::WorkflowSession m_session;
};

void TestSigningKey::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_template.prepare(m_clock), qPrintable(m_template.error));
}

void TestSigningKey::init()
{
    m_clock.set(dctest::fixedNow());
    const QString failed = m_session.open(m_template, m_clock);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
}

void TestSigningKey::cleanup()
{
    m_session.close();
}

void TestSigningKey::generate_roundTrip()
{
    for (const QString &password : {QStringLiteral("Pa55-word-2026"), QStringLiteral("文控密码-二〇二六")}) {
        auto pair = SigningKey::generate(password);
        DC_EXPECT_OK(pair);
        QCOMPARE(pair->publicKey.size(), 32);
        QCOMPARE(pair->sealedSecret.size(), kSealedBytes);
        auto secret = SigningKey::unseal(pair->sealedSecret, password);
        DC_EXPECT_OK(secret);
        QCOMPARE(secret->size(), 64);
        QCOMPARE(secret->right(32), pair->publicKey); // libsodium's secret key ends with its public key
        // The secret half is not stored in the clear.
        QVERIFY(!pair->sealedSecret.contains(secret->left(32)));
        const QByteArray message = QStringLiteral("ISMS-P-001 A/0 审核").toUtf8();
        const QByteArray signature = SigningKey::sign(secret.value(), message);
        QCOMPARE(signature.size(), 64);
        QVERIFY(SigningKey::verify(pair->publicKey, message, signature));
    }
}

void TestSigningKey::generate_differsEachTime()
{
    auto a = SigningKey::generate(kPassword);
    auto b = SigningKey::generate(kPassword);
    DC_EXPECT_OK(a);
    DC_EXPECT_OK(b);
    QVERIFY(a->publicKey != b->publicKey);
    QVERIFY(a->sealedSecret.mid(kHeaderBytes, kSaltBytes) != b->sealedSecret.mid(kHeaderBytes, kSaltBytes));
    // Sealing the same secret twice gives different blobs (fresh salt and nonce).
    auto secret = SigningKey::unseal(a->sealedSecret, kPassword);
    DC_EXPECT_OK(secret);
    auto once = SigningKey::seal(secret.value(), kPassword);
    auto twice = SigningKey::seal(secret.value(), kPassword);
    DC_EXPECT_OK(once);
    DC_EXPECT_OK(twice);
    QVERIFY(once.value() != twice.value());
}

void TestSigningKey::unseal_wrongPassword_data()
{
    QTest::addColumn<QString>("password");
    QTest::newRow("other password") << QStringLiteral("Another-pass-2026");
    QTest::newRow("different case") << QStringLiteral("pa55-word-2026");
    QTest::newRow("trailing space") << QStringLiteral("Pa55-word-2026 ");
    QTest::newRow("empty") << QString();
}

void TestSigningKey::unseal_wrongPassword()
{
    QFETCH(QString, password);
    auto pair = SigningKey::generate(kPassword);
    DC_EXPECT_OK(pair);
    auto secret = SigningKey::unseal(pair->sealedSecret, password);
    DC_EXPECT_ERROR(secret, ErrorCode::AuthenticationFailed);
    QVERIFY(!secret.message().isEmpty());
}

void TestSigningKey::unseal_damaged_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<ErrorCode>("expected");
    QTest::newRow("empty") << QStringLiteral("empty") << ErrorCode::CorruptStore;
    QTest::newRow("magic") << QStringLiteral("magic") << ErrorCode::CorruptStore;
    // A recorded cost no sound key has: a hostile store must not make sign-in take 4 GiB.
    QTest::newRow("cost beyond the limits") << QStringLiteral("huge") << ErrorCode::CorruptStore;
    QTest::newRow("cost of zero passes") << QStringLiteral("zero") << ErrorCode::CorruptStore;
    // Another cost within the limits derives another key, and the MAC fails.
    QTest::newRow("cost changed") << QStringLiteral("passes") << ErrorCode::AuthenticationFailed;
    QTest::newRow("one byte short") << QStringLiteral("short") << ErrorCode::CorruptStore;
    QTest::newRow("one byte extra") << QStringLiteral("long") << ErrorCode::CorruptStore;
    // A changed bit fails the MAC, which cannot be told apart from a wrong password.
    QTest::newRow("salt") << QStringLiteral("salt") << ErrorCode::AuthenticationFailed;
    QTest::newRow("nonce") << QStringLiteral("nonce") << ErrorCode::AuthenticationFailed;
    QTest::newRow("mac") << QStringLiteral("mac") << ErrorCode::AuthenticationFailed;
    QTest::newRow("ciphertext") << QStringLiteral("cipher") << ErrorCode::AuthenticationFailed;
    QTest::newRow("last byte") << QStringLiteral("last") << ErrorCode::AuthenticationFailed;
}

void TestSigningKey::unseal_damaged()
{
    QFETCH(QString, damage);
    QFETCH(ErrorCode, expected);
    auto pair = SigningKey::generate(kPassword);
    DC_EXPECT_OK(pair);
    QByteArray sealed = pair->sealedSecret;
    if (damage == QLatin1String("empty"))
        sealed.clear();
    else if (damage == QLatin1String("short"))
        sealed.chop(1);
    else if (damage == QLatin1String("long"))
        sealed.append('\0');
    else if (damage == QLatin1String("magic"))
        sealed = flipped(sealed, 0);
    else if (damage == QLatin1String("huge"))
        sealed.replace(8, 4, QByteArray(4, '\xff'));
    else if (damage == QLatin1String("zero"))
        sealed.replace(4, 4, QByteArray(4, '\0'));
    else if (damage == QLatin1String("passes"))
        sealed[4] = static_cast<char>(sealed.at(4) + 1);
    else if (damage == QLatin1String("salt"))
        sealed = flipped(sealed, kHeaderBytes + 3);
    else if (damage == QLatin1String("nonce"))
        sealed = flipped(sealed, kHeaderBytes + kSaltBytes + 5);
    else if (damage == QLatin1String("mac"))
        sealed = flipped(sealed, kHeaderBytes + kSaltBytes + kNonceBytes + 2);
    else if (damage == QLatin1String("cipher"))
        sealed = flipped(sealed, kHeaderBytes + kSaltBytes + kNonceBytes + 16 + 10);
    else
        sealed = flipped(sealed, sealed.size() - 1);
    DC_EXPECT_ERROR(SigningKey::unseal(sealed, kPassword), expected);
}

void TestSigningKey::unseal_legacyKey()
{
    // Keys in stores made before the cost was recorded still open, at the interactive cost.
    auto secret = SigningKey::unseal(kLegacySealed, QStringLiteral("Pa55-word-2026"));
    DC_EXPECT_OK(secret);
    QCOMPARE(secret->right(32), kLegacyPublic);
    const QByteArray message("ISMS-P-001 A/0");
    QVERIFY(SigningKey::verify(kLegacyPublic, message, SigningKey::sign(secret.value(), message)));
    DC_EXPECT_ERROR(SigningKey::unseal(kLegacySealed, QStringLiteral("pa55-word-2026")), ErrorCode::AuthenticationFailed);
    DC_EXPECT_ERROR(SigningKey::unseal(kLegacySealed.chopped(1), QStringLiteral("Pa55-word-2026")), ErrorCode::CorruptStore);
}

void TestSigningKey::seal_recordsItsCost()
{
    QByteArray cheap;
    {
        CostForThisTest minimum(KeyDerivation::minimum());
        auto pair = SigningKey::generate(kPassword);
        DC_EXPECT_OK(pair);
        QVERIFY(pair->sealedSecret.startsWith(QByteArray("DCK\x02")));
        QCOMPARE(recordedCost(pair->sealedSecret).passes, 1u);
        QCOMPARE(recordedCost(pair->sealedSecret).kibibytes, 8u);
        cheap = pair->sealedSecret;
    }
    // The program's cost: libsodium's interactive limits, 2 passes over 64 MiB.
    CostForThisTest interactive(KeyDerivation::interactive());
    QCOMPARE(KeyDerivation::interactive().passes, 2u);
    QCOMPARE(KeyDerivation::interactive().kibibytes, 65536u);
    auto pair = SigningKey::generate(kPassword);
    DC_EXPECT_OK(pair);
    QCOMPARE(recordedCost(pair->sealedSecret).passes, 2u);
    QCOMPARE(recordedCost(pair->sealedSecret).kibibytes, 65536u);
    // Each opens with the cost it records, whatever the cost of new keys.
    DC_EXPECT_OK(SigningKey::unseal(pair->sealedSecret, kPassword));
    DC_EXPECT_OK(SigningKey::unseal(cheap, kPassword));
    DC_EXPECT_ERROR(SigningKey::unseal(cheap, QStringLiteral("Pa55-word-2027")), ErrorCode::AuthenticationFailed);
}

void TestSigningKey::seal_newPassword()
{
    auto pair = SigningKey::generate(kPassword);
    DC_EXPECT_OK(pair);
    auto secret = SigningKey::unseal(pair->sealedSecret, kPassword);
    DC_EXPECT_OK(secret);
    const QString next = QStringLiteral("New-pass-2027");
    auto resealed = SigningKey::seal(secret.value(), next);
    DC_EXPECT_OK(resealed);
    QCOMPARE(SigningKey::unseal(resealed.value(), next).value(), secret.value());
    DC_EXPECT_ERROR(SigningKey::unseal(resealed.value(), kPassword), ErrorCode::AuthenticationFailed);
}

// RFC 8032, section 7.1, TEST 2 (checked with `openssl pkeyutl -sign -rawin`): the signatures
// are plain Ed25519, so anyone with the public key can verify them with any tool.
void TestSigningKey::sign_knownVector()
{
    const QByteArray seed = QByteArray::fromHex("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb");
    const QByteArray publicKey = QByteArray::fromHex("3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c");
    const QByteArray expected = QByteArray::fromHex("92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da"
                                                    "085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00");
    const QByteArray message = QByteArray::fromHex("72");
    QCOMPARE(SigningKey::sign(seed + publicKey, message).toHex(), expected.toHex());
    QVERIFY(SigningKey::verify(publicKey, message, expected));
}

void TestSigningKey::verify_detectsChanges_data()
{
    QTest::addColumn<QString>("change");
    for (const char *c : {"message first byte", "message last byte", "message extended", "message empty", "signature first byte",
                          "signature last byte", "signature truncated", "signature empty", "key first byte", "key last byte",
                          "key truncated", "another key"})
        QTest::newRow(c) << QString::fromLatin1(c);
}

void TestSigningKey::verify_detectsChanges()
{
    QFETCH(QString, change);
    auto pair = SigningKey::generate(kPassword);
    DC_EXPECT_OK(pair);
    const QByteArray secret = SigningKey::unseal(pair->sealedSecret, kPassword).value();
    QByteArray message = QByteArrayLiteral(R"({"content_sha256":"4a5a","document":"ISMS-P-001","meaning":"approved"})");
    QByteArray signature = SigningKey::sign(secret, message);
    QByteArray key = pair->publicKey;
    QVERIFY(SigningKey::verify(key, message, signature));

    if (change == QLatin1String("message first byte"))
        message = flipped(message, 0);
    else if (change == QLatin1String("message last byte"))
        message = flipped(message, message.size() - 1);
    else if (change == QLatin1String("message extended"))
        message.append(' ');
    else if (change == QLatin1String("message empty"))
        message.clear();
    else if (change == QLatin1String("signature first byte"))
        signature = flipped(signature, 0);
    else if (change == QLatin1String("signature last byte"))
        signature = flipped(signature, 63);
    else if (change == QLatin1String("signature truncated"))
        signature.chop(1);
    else if (change == QLatin1String("signature empty"))
        signature.clear();
    else if (change == QLatin1String("key first byte"))
        key = flipped(key, 0);
    else if (change == QLatin1String("key last byte"))
        key = flipped(key, 31);
    else if (change == QLatin1String("key truncated"))
        key.chop(1);
    else
        key = SigningKey::generate(kPassword)->publicKey;
    QVERIFY(!SigningKey::verify(key, message, signature));
}

void TestSigningKey::sign_badSecret()
{
    QVERIFY(SigningKey::sign(QByteArray(32, 'k'), QByteArrayLiteral("message")).isEmpty());
    QVERIFY(SigningKey::sign(QByteArray(), QByteArrayLiteral("message")).isEmpty());
}

void TestSigningKey::fingerprint_format()
{
    // SHA-256("abc") = ba7816bf8f01cfea…
    QCOMPARE(SigningKey::fingerprint(QByteArrayLiteral("abc")), QStringLiteral("ba78-16bf-8f01-cfea"));
    const QRegularExpression format(QStringLiteral("^[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}$"));
    auto a = SigningKey::generate(kPassword);
    auto b = SigningKey::generate(kPassword);
    DC_EXPECT_OK(a);
    DC_EXPECT_OK(b);
    QVERIFY(format.match(SigningKey::fingerprint(a->publicKey)).hasMatch());
    QVERIFY(SigningKey::fingerprint(a->publicKey) != SigningKey::fingerprint(b->publicKey));
    QCOMPARE(SigningKey::fingerprint(a->publicKey), SigningKey::fingerprint(QByteArray(a->publicKey)));
}

void TestSigningKey::wipe_clears()
{
    QByteArray secret(64, 's');
    SigningKey::wipe(secret);
    QVERIFY(secret.isEmpty());
    QByteArray empty;
    SigningKey::wipe(empty); // nothing to wipe is fine
    QVERIFY(empty.isEmpty());
}

// A password change re-seals the same key: old signatures verify, the new password signs,
// the old one no longer does.
void TestSigningKey::keyring_changePassword()
{
    const QString first = flow().create(QStringLiteral("访问控制程序"))->number;
    const QString second = flow().create(QStringLiteral("备份管理程序"))->number;
    DC_EXPECT_OK(flow().submit(first));
    DC_EXPECT_OK(flow().submit(second));
    auto old = flow().workflow().sign(m_template.reviewer(), kPassword, first, SignatureMeaning::Reviewed);
    DC_EXPECT_OK(old);
    WorkflowStore store(db());
    const StoredKey before = store.currentKey(m_template.reviewer().id).value();
    const int keys = dctest::rowCount(db(), QStringLiteral("user_keys"));

    const QString next = QStringLiteral("Zhaoliu-new-2026");
    DC_EXPECT_OK(UserService(db(), m_clock).changePassword(m_template.reviewer(), kPassword, next));
    const StoredKey after = store.currentKey(m_template.reviewer().id).value();
    QCOMPARE(after.id, before.id);
    QCOMPARE(after.publicKey, before.publicKey);
    QVERIFY(after.sealedSecret != before.sealedSecret);
    QCOMPARE(dctest::rowCount(db(), QStringLiteral("user_keys")), keys);

    auto report = Verifier(db()).run();
    QVERIFY2(report.ok() && report->ok(), qPrintable(firstProblem(report)));

    const StoreState unchanged = stateOf(db());
    auto withOld = flow().workflow().sign(m_template.reviewer(), kPassword, second, SignatureMeaning::Reviewed);
    DC_EXPECT_ERROR(withOld, ErrorCode::AuthenticationFailed);
    QVERIFY2(names(withOld.message(), {QStringLiteral("zhaoliu")}), qPrintable(withOld.message()));
    QCOMPARE(stateOf(db()), unchanged);
    auto withNew = flow().workflow().sign(m_template.reviewer(), next, second, SignatureMeaning::Reviewed);
    DC_EXPECT_OK(withNew);
    QCOMPARE(withNew->keyId, old->keyId);
    QVERIFY(SigningKey::verify(after.publicKey, withNew->payload(), withNew->signature));
    DC_EXPECT_OK(UserService(db(), m_clock).authenticate(QStringLiteral("zhaoliu"), next));
    DC_EXPECT_ERROR(UserService(db(), m_clock).authenticate(QStringLiteral("zhaoliu"), kPassword), ErrorCode::AuthenticationFailed);
    report = Verifier(db()).run();
    QVERIFY2(report.ok() && report->ok(), qPrintable(firstProblem(report)));
}

void TestSigningKey::keyring_changePasswordRefused()
{
    UserService users(db(), m_clock);
    const StoreState before = stateOf(db());
    const Status wrongOld = users.changePassword(m_template.reviewer(), QStringLiteral("not-the-password"), QStringLiteral("Zhaoliu-new-2026"));
    DC_EXPECT_ERROR(wrongOld, ErrorCode::AuthenticationFailed);
    QVERIFY2(names(wrongOld.message(), {QStringLiteral("zhaoliu")}), qPrintable(wrongOld.message()));
    DC_EXPECT_ERROR(users.changePassword(m_template.reviewer(), kPassword, QStringLiteral("abc")), ErrorCode::InvalidInput);
    QCOMPARE(stateOf(db()), before);
    DC_EXPECT_OK(users.authenticate(QStringLiteral("zhaoliu"), kPassword));
}

// An administrator's reset gives the user a new key pair; what the old key signed still verifies.
void TestSigningKey::keyring_resetPassword()
{
    const QString first = flow().create(QStringLiteral("访问控制程序"))->number;
    const QString second = flow().create(QStringLiteral("备份管理程序"))->number;
    DC_EXPECT_OK(flow().submit(first));
    DC_EXPECT_OK(flow().submit(second));
    auto old = flow().workflow().sign(m_template.reviewer(), kPassword, first, SignatureMeaning::Reviewed);
    DC_EXPECT_OK(old);
    UserService users(db(), m_clock);
    const QString next = QStringLiteral("Reset-by-admin-2026");

    const StoreState before = stateOf(db());
    const Status notAdmin = users.resetPassword(m_template.controller(), QStringLiteral("zhaoliu"), next);
    DC_EXPECT_ERROR(notAdmin, ErrorCode::PermissionDenied);
    QVERIFY2(names(notAdmin.message(), {QStringLiteral("wangfang")}), qPrintable(notAdmin.message()));
    DC_EXPECT_ERROR(users.resetPassword(m_template.admin(), QStringLiteral("nobody"), next), ErrorCode::NotFound);
    QCOMPARE(stateOf(db()), before);

    DC_EXPECT_OK(users.resetPassword(m_template.admin(), QStringLiteral("zhaoliu"), next));
    QCOMPARE(dctest::rowCount(db(), QStringLiteral("user_keys")), before.keys + 1);
    const StoredKey current = WorkflowStore(db()).currentKey(m_template.reviewer().id).value();
    QVERIFY(current.id != old->keyId);
    QVERIFY(!dctest::scalar(db(), QStringLiteral("SELECT retired_at FROM user_keys WHERE id = ?"), {old->keyId}).isNull());

    auto report = Verifier(db()).run();
    QVERIFY2(report.ok() && report->ok(), qPrintable(firstProblem(report)));
    QCOMPARE(report->keys, before.keys + 1);

    DC_EXPECT_ERROR(flow().workflow().sign(m_template.reviewer(), kPassword, second, SignatureMeaning::Reviewed), ErrorCode::AuthenticationFailed);
    auto withNew = flow().workflow().sign(m_template.reviewer(), next, second, SignatureMeaning::Reviewed);
    DC_EXPECT_OK(withNew);
    QCOMPARE(withNew->keyId, current.id);
    report = Verifier(db()).run();
    QVERIFY2(report.ok() && report->ok(), qPrintable(firstProblem(report)));
    QCOMPARE(report->signatures, 2);
}

// A sealed key damaged in the store: signing is refused and nothing is written.
void TestSigningKey::keyring_damagedKey()
{
    const QString n = flow().create(QStringLiteral("访问控制程序"))->number;
    DC_EXPECT_OK(flow().submit(n));
    DC_EXPECT_OK(dctest::rawSql(db(), QStringLiteral("UPDATE user_keys SET sealed_secret = substr(sealed_secret, 1, 100) WHERE user_id = ?"),
                                {m_template.reviewer().id}));
    const StoreState before = stateOf(db());
    auto signature = flow().workflow().sign(m_template.reviewer(), kPassword, n, SignatureMeaning::Reviewed);
    DC_EXPECT_ERROR(signature, ErrorCode::CorruptStore);
    QCOMPARE(stateOf(db()), before);
}

// A user from before signatures existed (no key) gets one on first signing, recorded in the trail.
void TestSigningKey::keyring_keyForUserWithout()
{
    User legacy;
    legacy.name = QStringLiteral("laoli");
    legacy.displayName = QStringLiteral("老李");
    legacy.roles = Roles(Role::Reviewer);
    legacy.createdAt = m_clock.nowUtc();
    auto inserted = UserStore(db()).insert(legacy, PasswordHash::hash(kPassword).value());
    DC_EXPECT_OK(inserted);
    // Added as the app did before signatures: an event with the roles, no key, no password digest.
    DC_EXPECT_OK(AuditLog(db(), m_clock).append(QStringLiteral("admin"), QStringLiteral("user.added"), QStringLiteral("user laoli"),
                                                QJsonObject{{QStringLiteral("roles"), rolesToKeys(legacy.roles)}}));
    DC_EXPECT_ERROR(WorkflowStore(db()).currentKey(inserted->id), ErrorCode::NotFound);

    const QString n = flow().create(QStringLiteral("访问控制程序"))->number;
    DC_EXPECT_OK(flow().submit(n, Route{{QStringLiteral("laoli")}, QStringLiteral("zhouba"), false}));
    auto signature = flow().workflow().sign(inserted.value(), kPassword, n, SignatureMeaning::Reviewed);
    DC_EXPECT_OK(signature);
    auto key = WorkflowStore(db()).currentKey(inserted->id);
    DC_EXPECT_OK(key);
    QCOMPARE(signature->keyId, key->id);
    auto report = Verifier(db()).run();
    QVERIFY2(report.ok() && report->ok(), qPrintable(firstProblem(report)));
}

void TestSigningKey::sign_wrongPassword()
{
    const QString n = newDocument(QStringLiteral("供应商管理程序"));
    DC_EXPECT_OK(flow().submit(n));
    const StoreState before = stateOf(db());
    auto signature = wf().sign(m_template.reviewer(), QStringLiteral("wrong-password-1"), n, SignatureMeaning::Reviewed);
    DC_EXPECT_ERROR(signature, ErrorCode::AuthenticationFailed);
    QVERIFY2(names(signature.message(), {QStringLiteral("zhaoliu")}), qPrintable(signature.message()));
    QCOMPARE(stateOf(db()), before);
    QCOMPARE(before.signatures, 0);
    // Another user's password does not do either.
    DC_EXPECT_OK(UserService(db(), m_clock).changePassword(m_template.reviewer2, kPassword, QStringLiteral("Sunqi-own-2026")));
    const StoreState afterChange = stateOf(db());
    DC_EXPECT_ERROR(wf().sign(m_template.reviewer(), QStringLiteral("Sunqi-own-2026"), n, SignatureMeaning::Reviewed), ErrorCode::AuthenticationFailed);
    QCOMPARE(stateOf(db()), afterChange);
}

// Signing with a key opened beforehand (a batch): only the key's owner may use it, and only
// while the account is active.
void TestSigningKey::sign_withOpenedKey()
{
    const QString n = newDocument(QStringLiteral("漏洞管理程序"));
    DC_EXPECT_OK(flow().submit(n));
    auto zhaoliuKey = Keyring(db(), m_clock).unlock(m_template.reviewer(), kPassword);
    DC_EXPECT_OK(zhaoliuKey);
    auto sunqiKey = Keyring(db(), m_clock).unlock(m_template.reviewer2, kPassword);
    DC_EXPECT_OK(sunqiKey);

    StoreState before = stateOf(db());
    auto borrowed = wf().sign(m_template.reviewer2, zhaoliuKey.value(), n, SignatureMeaning::Reviewed);
    DC_EXPECT_ERROR(borrowed, ErrorCode::PermissionDenied);
    QVERIFY2(names(borrowed.message(), {QStringLiteral("sunqi")}), qPrintable(borrowed.message()));
    QCOMPARE(stateOf(db()), before);

    DC_EXPECT_OK(wf().sign(m_template.reviewer(), zhaoliuKey.value(), n, SignatureMeaning::Reviewed));
    DC_EXPECT_OK(UserService(db(), m_clock).setActive(m_template.admin(), QStringLiteral("sunqi"), false));
    before = stateOf(db());
    auto disabled = wf().sign(m_template.reviewer2, sunqiKey.value(), n, SignatureMeaning::Reviewed);
    QVERIFY2(!disabled.ok(), "a disabled account signed with a key opened before it was disabled");
    QVERIFY2(names(disabled.message(), {QStringLiteral("sunqi")}), qPrintable(disabled.message()));
    QCOMPARE(stateOf(db()), before);
}

// A disabled user cannot sign or be put on a route; what they signed before still verifies
// and still carries their name.
void TestSigningKey::disabledUser()
{
    const QString n = newDocument(QStringLiteral("日志管理程序"));
    DC_EXPECT_OK(flow().submit(n));
    DC_EXPECT_OK(wf().sign(m_template.reviewer(), kPassword, n, SignatureMeaning::Reviewed, QStringLiteral("同意")));
    UserService users(db(), m_clock);
    DC_EXPECT_OK(users.setActive(m_template.admin(), QStringLiteral("zhaoliu"), false));
    DC_EXPECT_OK(users.setActive(m_template.admin(), QStringLiteral("sunqi"), false));

    const StoreState before = stateOf(db());
    auto signature = wf().sign(m_template.reviewer2, kPassword, n, SignatureMeaning::Reviewed); // a User from before the change
    DC_EXPECT_ERROR(signature, ErrorCode::AuthenticationFailed);
    QVERIFY2(names(signature.message(), {QStringLiteral("sunqi")}), qPrintable(signature.message()));
    const QString other = newDocument(QStringLiteral("时钟同步程序"));
    const StoreState withOther = stateOf(db());
    auto submitted = wf().submit(m_template.controller(), other, dctest::FlowDriver::defaultRoute());
    DC_EXPECT_ERROR(submitted, ErrorCode::InvalidInput);
    QVERIFY2(names(submitted.message(), {QStringLiteral("zhaoliu")}), qPrintable(submitted.message()));
    QCOMPARE(stateOf(db()), withOther);
    QCOMPARE(before.signatures, withOther.signatures);

    auto report = Verifier(db()).run();
    DC_EXPECT_OK(report);
    QVERIFY2(report->ok(), qPrintable(report->problems.isEmpty() ? QString() : report->problems.first().message));
    QCOMPARE(report->signatures, 1);
    auto history = wf().history(m_template.controller(), n);
    DC_EXPECT_OK(history);
    QCOMPARE(history->signatures.size(), 1);
    QCOMPARE(history->signatures.first().signer, QStringLiteral("zhaoliu"));
    QCOMPARE(history->signatures.first().signerDisplayName, QStringLiteral("赵六"));
}

QTEST_GUILESS_MAIN(TestSigningKey)
#include "tst_signingkey.moc"
