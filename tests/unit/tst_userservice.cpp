// Creating a store with its first administrator, signing in, adding users.

#include "core/services/userservice.h"
#include "core/store/storesettings.h"
#include "core/store/userstore.h"
#include "teststore.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace dc;
using dctest::fileBytes;
using dctest::scalar;

namespace {

NewStore validInit()
{
    NewStore init;
    init.organisation = QStringLiteral("云启信息技术有限公司");
    init.organisationEn = QStringLiteral("Yunqi Information Technology Co., Ltd.");
    init.admin = QStringLiteral("admin");
    init.password = dctest::kPassword;
    return init;
}

} // namespace

class TestUserService : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void initStore_refused_data();
    void initStore_refused();
    void initStore_existingFile();
    void initStore_settingsAndAdmin();

    void authenticate();
    void authenticate_disabledAccount();

    void addUser_byAdmin();
    void addUser_notAdmin_data();
    void addUser_notAdmin();
    void addUser_duplicate();
    void addUser_invalid_data();
    void addUser_invalid();
    void passwordHash_notThePassword();

    void validateName_data();
    void validateName();

private:
    dc::FixedClock m_clock{dctest::fixedNow()};
    dctest::StoreTemplate m_template;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db; // a copy of the template
};

void TestUserService::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_template.prepare(m_clock), qPrintable(m_template.error));
}

void TestUserService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened = m_template.copyTo(m_dir->filePath(QStringLiteral("users.dcstore")));
    QVERIFY2(opened.ok(), qPrintable(opened.message()));
    m_db = std::move(opened).value();
}

void TestUserService::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestUserService::initStore_refused_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("named");
    QTest::newRow("empty organisation") << QStringLiteral("organisation") << QString() << QStringLiteral("organisation");
    QTest::newRow("blank organisation") << QStringLiteral("organisation") << QStringLiteral("  ") << QStringLiteral("organisation");
    QTest::newRow("empty admin") << QStringLiteral("admin") << QString() << QStringLiteral("empty");
    QTest::newRow("upper-case admin") << QStringLiteral("admin") << QStringLiteral("Admin") << QStringLiteral("\"Admin\"");
    QTest::newRow("one-letter admin") << QStringLiteral("admin") << QStringLiteral("a") << QStringLiteral("\"a\"");
    QTest::newRow("chinese admin") << QStringLiteral("admin") << QStringLiteral("管理员") << QStringLiteral("\"管理员\"");
    QTest::newRow("admin with space") << QStringLiteral("admin") << QStringLiteral("wang fang") << QStringLiteral("\"wang fang\"");
    QTest::newRow("empty password") << QStringLiteral("password") << QString() << QStringLiteral("empty");
    QTest::newRow("short password") << QStringLiteral("password") << QStringLiteral("abc") << QStringLiteral("4");
    QTest::newRow("empty prefix") << QStringLiteral("prefix") << QString() << QStringLiteral("prefix");
    QTest::newRow("prefix with space") << QStringLiteral("prefix") << QStringLiteral("IS MS") << QStringLiteral("\"IS MS\"");
    QTest::newRow("chinese prefix") << QStringLiteral("prefix") << QStringLiteral("信安") << QStringLiteral("\"信安\"");
    QTest::newRow("prefix too long") << QStringLiteral("prefix") << QStringLiteral("ABCDEFGHIJKLMNOPQ") << QStringLiteral("ABCDEFGHIJKLMNOPQ");
    QTest::newRow("prefix with brace") << QStringLiteral("prefix") << QStringLiteral("{seq}") << QStringLiteral("{seq}");
}

void TestUserService::initStore_refused()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, named);
    NewStore init = validInit();
    if (field == QLatin1String("organisation"))
        init.organisation = value;
    else if (field == QLatin1String("admin"))
        init.admin = value;
    else if (field == QLatin1String("password"))
        init.password = value;
    else if (field == QLatin1String("prefix"))
        init.numberPrefix = value;
    const QString path = m_dir->filePath(QStringLiteral("new/org.dcstore"));
    auto store = UserService::initStore(path, init, m_clock);
    DC_EXPECT_ERROR(store, ErrorCode::InvalidInput);
    QVERIFY2(store.message().contains(named), qPrintable(store.message()));
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-shm")));
}

void TestUserService::initStore_existingFile()
{
    // The open copy: its file, or on PostgreSQL its database, which already holds a store.
    const QString path = dctest::onPostgres() ? m_db->path() : m_dir->filePath(QStringLiteral("users.dcstore"));
    const QByteArray before = fileBytes(path);
    auto store = UserService::initStore(path, validInit(), m_clock);
    DC_EXPECT_ERROR(store, ErrorCode::InvalidInput);
    QVERIFY2(store.message().contains(dctest::onPostgres() ? StoreLocation::parse(path)->database : QStringLiteral("users.dcstore")),
             qPrintable(store.message()));
    QCOMPARE(fileBytes(path), before);
    QCOMPARE(UserStore(*m_db).count().value(), 5);
}

void TestUserService::initStore_settingsAndAdmin()
{
    const QString path = m_dir->filePath(QStringLiteral("fresh.dcstore"));
    NewStore init = validInit();
    init.admin = QStringLiteral("it.admin_01");
    init.scheme = LabelScheme::Decimal;
    init.numberPrefix = QStringLiteral("SMS");
    init.organisation = QStringLiteral("  云启信息技术有限公司  ");
    auto store = UserService::initStore(path, init, m_clock);
    DC_EXPECT_OK(store);
    Database &db = *store.value();
    StoreSettings settings(db);
    QCOMPARE(settings.organisation(), QStringLiteral("云启信息技术有限公司"));
    QCOMPARE(settings.organisationEn(), QStringLiteral("Yunqi Information Technology Co., Ltd."));
    QCOMPARE(settings.labelScheme(), LabelScheme::Decimal);
    QCOMPARE(settings.numberPrefix(), QStringLiteral("SMS"));
    auto users = UserStore(db).all();
    DC_EXPECT_OK(users);
    QCOMPARE(users->size(), 1);
    const User &admin = users->first();
    QCOMPARE(admin.name, QStringLiteral("it.admin_01"));
    QCOMPARE(admin.roles, Roles(Role::Admin));
    QVERIFY(admin.active);
    QCOMPARE(admin.createdAt, dctest::fixedNow());
    DC_EXPECT_OK(UserService(db, m_clock).authenticate(QStringLiteral("it.admin_01"), dctest::kPassword));
}

void TestUserService::authenticate()
{
    UserService service(*m_db, m_clock);
    auto ok = service.authenticate(QStringLiteral("wangfang"), dctest::kPassword);
    DC_EXPECT_OK(ok);
    QCOMPARE(ok->name, QStringLiteral("wangfang"));
    QCOMPARE(ok->displayName, QStringLiteral("王芳"));
    QCOMPARE(ok->department, QStringLiteral("信息安全部"));
    QCOMPARE(ok->roles, Roles(Role::Controller));

    auto wrong = service.authenticate(QStringLiteral("wangfang"), QStringLiteral("wrong-password"));
    DC_EXPECT_ERROR(wrong, ErrorCode::AuthenticationFailed);
    auto unknown = service.authenticate(QStringLiteral("nobody"), dctest::kPassword);
    DC_EXPECT_ERROR(unknown, ErrorCode::AuthenticationFailed);
    // The two failures cannot be told apart.
    QCOMPARE(unknown.message(), wrong.message());
    QVERIFY(!wrong.message().contains(QStringLiteral("wangfang")));
    QVERIFY(!unknown.message().contains(QStringLiteral("nobody")));

    DC_EXPECT_ERROR(service.authenticate(QStringLiteral("WANGFANG"), dctest::kPassword), ErrorCode::AuthenticationFailed);
    DC_EXPECT_ERROR(service.authenticate(QStringLiteral("wangfang"), QString()), ErrorCode::AuthenticationFailed);
    DC_EXPECT_ERROR(service.authenticate(QString(), QString()), ErrorCode::AuthenticationFailed);
}

void TestUserService::authenticate_disabledAccount()
{
    DC_EXPECT_OK(Sql::exec(*m_db, QStringLiteral("UPDATE users SET active = 0 WHERE name = 'lisi'"), {}, QStringLiteral("disable")));
    UserService service(*m_db, m_clock);
    auto disabled = service.authenticate(QStringLiteral("lisi"), dctest::kPassword);
    DC_EXPECT_ERROR(disabled, ErrorCode::AuthenticationFailed);
    QVERIFY2(disabled.message().contains(QStringLiteral("lisi")), qPrintable(disabled.message()));
    // With the wrong password it says no more than for anyone else.
    auto wrong = service.authenticate(QStringLiteral("lisi"), QStringLiteral("wrong-password"));
    DC_EXPECT_ERROR(wrong, ErrorCode::AuthenticationFailed);
    QCOMPARE(wrong.message(), service.authenticate(QStringLiteral("nobody"), QStringLiteral("x-password")).message());
}

void TestUserService::addUser_byAdmin()
{
    m_clock.advanceSecs(86400);
    UserService service(*m_db, m_clock);
    auto added = service.addUser(m_template.admin,
                                 NewUser{QStringLiteral("sun.qi"), QStringLiteral("  孙七  "), QStringLiteral(" 运维部 "), Role::Reviewer | Role::Approver},
                                 QStringLiteral("Sun-Qi-2026"));
    DC_EXPECT_OK(added);
    QCOMPARE(added->name, QStringLiteral("sun.qi"));
    QCOMPARE(added->displayName, QStringLiteral("孙七"));
    QCOMPARE(added->department, QStringLiteral("运维部"));
    QCOMPARE(added->roles, Role::Reviewer | Role::Approver);
    QCOMPARE(added->createdAt, dctest::fixedNow().addSecs(86400));
    QVERIFY(added->id > 0);
    QCOMPARE(UserStore(*m_db).count().value(), 6);
    auto signedIn = service.authenticate(QStringLiteral("sun.qi"), QStringLiteral("Sun-Qi-2026"));
    DC_EXPECT_OK(signedIn);
    QCOMPARE(signedIn->roles, Role::Reviewer | Role::Approver);

    // Without a display name the login is shown.
    auto plain = service.addUser(m_template.admin, NewUser{QStringLiteral("zhou8"), QString(), QString(), Roles(Role::Reader)},
                                 QStringLiteral("zhou-pass"));
    DC_EXPECT_OK(plain);
    QCOMPARE(plain->displayName, QStringLiteral("zhou8"));
}

void TestUserService::addUser_notAdmin_data()
{
    QTest::addColumn<QString>("who");
    QTest::newRow("controller") << QStringLiteral("wangfang");
    QTest::newRow("author") << QStringLiteral("lisi");
    QTest::newRow("reader") << QStringLiteral("chenjing");
}

void TestUserService::addUser_notAdmin()
{
    QFETCH(QString, who);
    const User actor = who == QLatin1String("wangfang") ? m_template.controller
                       : who == QLatin1String("lisi")   ? m_template.author
                                                        : m_template.reader;
    QCOMPARE(actor.name, who);
    auto added = UserService(*m_db, m_clock).addUser(actor, NewUser{QStringLiteral("intruder"), QString(), QString(), Roles(Role::Admin)},
                                                     QStringLiteral("intruder-pass"));
    DC_EXPECT_ERROR(added, ErrorCode::PermissionDenied);
    QVERIFY2(added.message().contains(who), qPrintable(added.message()));
    QCOMPARE(UserStore(*m_db).count().value(), 5);
    DC_EXPECT_ERROR(UserStore(*m_db).find(QStringLiteral("intruder")), ErrorCode::NotFound);
}

void TestUserService::addUser_duplicate()
{
    const QString hashBefore = scalar(*m_db, QStringLiteral("SELECT password_hash FROM users WHERE name = 'lisi'")).toString();
    auto added = UserService(*m_db, m_clock).addUser(m_template.admin, NewUser{QStringLiteral("lisi"), QStringLiteral("另一个李四"), QString(), Roles(Role::Admin)},
                                                     QStringLiteral("new-password"));
    DC_EXPECT_ERROR(added, ErrorCode::Duplicate);
    QVERIFY2(added.message().contains(QStringLiteral("\"lisi\"")), qPrintable(added.message()));
    QCOMPARE(UserStore(*m_db).count().value(), 5);
    const auto lisi = UserStore(*m_db).find(QStringLiteral("lisi"));
    QCOMPARE(lisi->displayName, QStringLiteral("李四"));
    QCOMPARE(lisi->roles, Roles(Role::Author));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT password_hash FROM users WHERE name = 'lisi'")).toString(), hashBefore);
}

void TestUserService::addUser_invalid_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("roles");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("named");
    const int reader = int(Role::Reader);
    QTest::newRow("upper case") << QStringLiteral("LiSi2") << reader << QStringLiteral("good-pass") << QStringLiteral("\"LiSi2\"");
    QTest::newRow("chinese") << QStringLiteral("李四") << reader << QStringLiteral("good-pass") << QStringLiteral("\"李四\"");
    QTest::newRow("leading dot") << QStringLiteral(".hidden") << reader << QStringLiteral("good-pass") << QStringLiteral("\".hidden\"");
    QTest::newRow("too long") << QString(33, QLatin1Char('a')) << reader << QStringLiteral("good-pass") << QString(33, QLatin1Char('a'));
    QTest::newRow("empty") << QString() << reader << QStringLiteral("good-pass") << QStringLiteral("empty");
    QTest::newRow("no roles") << QStringLiteral("norole") << 0 << QStringLiteral("good-pass") << QStringLiteral("\"norole\"");
    QTest::newRow("short password") << QStringLiteral("shortpw") << reader << QStringLiteral("abc") << QStringLiteral("4");
    QTest::newRow("blank password") << QStringLiteral("blankpw") << reader << QStringLiteral("    ") << QStringLiteral("empty");
}

void TestUserService::addUser_invalid()
{
    QFETCH(QString, name);
    QFETCH(int, roles);
    QFETCH(QString, password);
    QFETCH(QString, named);
    auto added = UserService(*m_db, m_clock).addUser(m_template.admin, NewUser{name, QString(), QString(), Roles::fromInt(roles)}, password);
    DC_EXPECT_ERROR(added, ErrorCode::InvalidInput);
    QVERIFY2(added.message().contains(named), qPrintable(added.message()));
    QCOMPARE(UserStore(*m_db).count().value(), 5);
}

void TestUserService::passwordHash_notThePassword()
{
    const QString password = QStringLiteral("Zhao-Liu-Secret");
    auto added = UserService(*m_db, m_clock).addUser(m_template.admin, NewUser{QStringLiteral("zhaoqi"), QString(), QString(), Roles(Role::Approver)},
                                                     password);
    DC_EXPECT_OK(added);
    auto q = Sql::exec(*m_db, QStringLiteral("SELECT name, password_hash FROM users"), {}, QStringLiteral("read the users"));
    DC_EXPECT_OK(q);
    int rows = 0;
    while (q.value().next()) {
        const QString stored = q.value().value(1).toString();
        QVERIFY2(stored.startsWith(QStringLiteral("$argon2id$")), qPrintable(q.value().value(0).toString()));
        QVERIFY(!stored.contains(password));
        QVERIFY(!stored.contains(dctest::kPassword));
        ++rows;
    }
    QCOMPARE(rows, 6);
    // Same password, different salt: wangfang's and lisi's hashes differ.
    QVERIFY(scalar(*m_db, QStringLiteral("SELECT password_hash FROM users WHERE name = 'wangfang'"))
            != scalar(*m_db, QStringLiteral("SELECT password_hash FROM users WHERE name = 'lisi'")));
    // And the file holds no copy of the password either.
    if (dctest::onPostgres())
        return; // no file: the rows above are all the server keeps
    m_db.reset();
    const QByteArray bytes = fileBytes(m_dir->filePath(QStringLiteral("users.dcstore")));
    QVERIFY(!bytes.isEmpty());
    QVERIFY(!bytes.contains(password.toUtf8()));
    QVERIFY(!bytes.contains(dctest::kPassword.toUtf8()));
}

void TestUserService::validateName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("letters") << QStringLiteral("wangfang") << true;
    QTest::newRow("all allowed") << QStringLiteral("it.ops_team-2") << true;
    QTest::newRow("two characters") << QStringLiteral("ab") << true;
    QTest::newRow("thirty-two") << QString(32, QLatin1Char('x')) << true;
    QTest::newRow("starts with digit") << QStringLiteral("007") << true;
    QTest::newRow("one character") << QStringLiteral("a") << false;
    QTest::newRow("thirty-three") << QString(33, QLatin1Char('x')) << false;
    QTest::newRow("starts with dash") << QStringLiteral("-ab") << false;
    QTest::newRow("at sign") << QStringLiteral("wang@corp") << false;
    QTest::newRow("trailing newline") << QStringLiteral("wangfang\n") << false;
}

void TestUserService::validateName()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    const Status status = UserService::validateName(name);
    QCOMPARE(status.ok(), valid);
    if (!valid) {
        QCOMPARE(status.code(), ErrorCode::InvalidInput);
        QVERIFY2(status.message().contains(name.trimmed()), qPrintable(status.message()));
    }
}

QTEST_GUILESS_MAIN(TestUserService)
#include "tst_userservice.moc"
