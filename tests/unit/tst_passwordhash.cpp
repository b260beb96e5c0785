// Argon2id password hashing: format, salting, verification, refusals.

#include "core/security/keyderivation.h"
#include "core/security/passwordhash.h"

#include "testsupport.h"

#include <QStandardPaths>
#include <QTest>

using namespace dc;

class TestPasswordHash : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void hash_isArgon2id();
    void hash_isSalted();
    void hash_recordsItsCost();
    void verify_rightAndWrong();
    void verify_unicodePassword();
    void verify_malformedHash_data();
    void verify_malformedHash();
    void hash_neverContainsPassword();
    void refused_data();
    void refused();
    void acceptable_data();
    void acceptable();
};

void TestPasswordHash::hash_isArgon2id()
{
    const auto hashed = PasswordHash::hash(QStringLiteral("correct horse battery"));
    QVERIFY2(hashed.ok(), qPrintable(hashed.message()));
    QVERIFY2(hashed->startsWith("$argon2id$v=19$"), hashed->constData());
    // The self-describing form holds the cost parameters, a salt and the tag.
    QCOMPARE(hashed->count('$'), 5);
    QVERIFY(hashed->contains("m="));
    QVERIFY(!hashed->contains('\0'));
}

void TestPasswordHash::hash_isSalted()
{
    const QString password = QStringLiteral("same-password");
    const auto first = PasswordHash::hash(password);
    const auto second = PasswordHash::hash(password);
    QVERIFY(first.ok());
    QVERIFY(second.ok());
    QVERIFY(first.value() != second.value());
    // Both still verify.
    QVERIFY(PasswordHash::verify(password, first.value()));
    QVERIFY(PasswordHash::verify(password, second.value()));
}

void TestPasswordHash::hash_recordsItsCost()
{
    // Test programs hash at the minimum cost (tests/support/lowcostkeys.cpp); the program's
    // cost is libsodium's interactive one, and a hash made at either verifies under the other.
    const KeyDerivation::Cost before = KeyDerivation::current();
    KeyDerivation::setCurrentForTests(KeyDerivation::minimum());
    const auto cheap = PasswordHash::hash(QStringLiteral("correct horse battery"));
    KeyDerivation::setCurrentForTests(KeyDerivation::interactive());
    const auto full = PasswordHash::hash(QStringLiteral("correct horse battery"));
    const bool cheapVerifies = PasswordHash::verify(QStringLiteral("correct horse battery"), cheap.value());
    KeyDerivation::setCurrentForTests(KeyDerivation::minimum());
    const bool fullVerifies = PasswordHash::verify(QStringLiteral("correct horse battery"), full.value());
    KeyDerivation::setCurrentForTests(before);

    QVERIFY2(cheap->startsWith("$argon2id$v=19$m=8,t=1,p=1$"), cheap->constData());
    QVERIFY2(full->startsWith("$argon2id$v=19$m=65536,t=2,p=1$"), full->constData());
    QVERIFY(cheapVerifies);
    QVERIFY(fullVerifies);
    QVERIFY(!PasswordHash::verify(QStringLiteral("correct horse batterY"), full.value()));
}

void TestPasswordHash::verify_rightAndWrong()
{
    const QString password = QStringLiteral("Wang-Fang-2026");
    const auto hashed = PasswordHash::hash(password);
    QVERIFY(hashed.ok());
    QVERIFY(PasswordHash::verify(password, hashed.value()));
    QVERIFY(!PasswordHash::verify(QStringLiteral("wang-fang-2026"), hashed.value())); // case matters
    QVERIFY(!PasswordHash::verify(QStringLiteral("Wang-Fang-2026 "), hashed.value())); // so does a trailing space
    QVERIFY(!PasswordHash::verify(QStringLiteral("Wang-Fang-202"), hashed.value()));
    QVERIFY(!PasswordHash::verify(QString(), hashed.value()));
}

void TestPasswordHash::verify_unicodePassword()
{
    const QString password = QStringLiteral("文控密码安全");
    const auto hashed = PasswordHash::hash(password);
    QVERIFY2(hashed.ok(), qPrintable(hashed.message()));
    QVERIFY(PasswordHash::verify(password, hashed.value()));
    QVERIFY(!PasswordHash::verify(QStringLiteral("文控密码安全!"), hashed.value()));
    QVERIFY(!hashed->contains(password.toUtf8()));
}

void TestPasswordHash::verify_malformedHash_data()
{
    QTest::addColumn<QByteArray>("encoded");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("the password itself") << QByteArray("secret-password");
    QTest::newRow("argon2i prefix only") << QByteArray("$argon2id$");
    QTest::newRow("truncated") << QByteArray("$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ");
}

void TestPasswordHash::verify_malformedHash()
{
    QFETCH(QByteArray, encoded);
    QVERIFY(!PasswordHash::verify(QStringLiteral("secret-password"), encoded));
}

void TestPasswordHash::hash_neverContainsPassword()
{
    for (const QString &password : {QStringLiteral("plainpassword"), QStringLiteral("argon2id"), QStringLiteral("1234")}) {
        const auto hashed = PasswordHash::hash(password);
        QVERIFY2(hashed.ok(), qPrintable(hashed.message()));
        // "argon2id" is the algorithm's own name: only the salt+tag part must not hold it.
        const QByteArray secretPart = hashed->mid(hashed->lastIndexOf('$', hashed->lastIndexOf('$') - 1));
        QVERIFY2(!secretPart.contains(password.toUtf8()), hashed->constData());
        QVERIFY(!secretPart.contains(password.toUtf8().toBase64()));
    }
}

void TestPasswordHash::refused_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("named");
    QTest::newRow("empty") << QString() << QStringLiteral("empty");
    QTest::newRow("blank") << QStringLiteral("      ") << QStringLiteral("empty");
    QTest::newRow("three characters") << QStringLiteral("abc") << QStringLiteral("4");
    QTest::newRow("three chinese characters") << QStringLiteral("文控员") << QStringLiteral("4");
}

void TestPasswordHash::refused()
{
    QFETCH(QString, password);
    QFETCH(QString, named);
    const auto hashed = PasswordHash::hash(password);
    QVERIFY(!hashed.ok());
    QCOMPARE(hashed.code(), ErrorCode::InvalidInput);
    QVERIFY2(hashed.message().contains(named), qPrintable(hashed.message()));
    const Status acceptable = PasswordHash::checkAcceptable(password);
    QVERIFY(!acceptable.ok());
    QCOMPARE(acceptable.message(), hashed.message());
}

void TestPasswordHash::acceptable_data()
{
    QTest::addColumn<QString>("password");
    QTest::newRow("four characters") << QStringLiteral("abcd");
    QTest::newRow("four chinese characters") << QStringLiteral("信息安全");
    QTest::newRow("inner spaces") << QStringLiteral("a b c d");
}

void TestPasswordHash::acceptable()
{
    QFETCH(QString, password);
    const Status acceptable = PasswordHash::checkAcceptable(password);
    QVERIFY2(acceptable.ok(), qPrintable(acceptable.message()));
}

QTEST_GUILESS_MAIN(TestPasswordHash)
#include "tst_passwordhash.moc"
