// The store file: creation, refusing what is not a store, read-only files, transactions.

#include "core/store/database.h"
#include "core/store/openmarkers.h"
#include "core/store/sql.h"
#include "teststore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QScopeGuard>
#include <QTest>
#include <QUuid>

#include <unistd.h>

using namespace dc;
using dctest::fileBytes;
using dctest::scalar;

namespace {

constexpr int kApplicationId = 0x4443544C;
// Read and write for the owner, nothing for anyone else (the "User" flags are what the test's
// own user may do, which is the owner).
const QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser;

// Runs statements on a plain SQLite connection, outside DocControl.
bool rawExec(const QString &path, const QStringList &statements, QString *error = nullptr)
{
    const QString name = QStringLiteral("raw-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        if (ok) {
            QSqlQuery query(db);
            for (const QString &statement : statements) {
                if (!query.exec(statement)) {
                    if (error)
                        *error = statement + QStringLiteral(": ") + query.lastError().text();
                    ok = false;
                    break;
                }
            }
        } else if (error) {
            *error = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// A real store, created and closed.
bool makeStore(const QString &path)
{
    auto created = Database::create(path);
    return created.ok();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

} // namespace

class TestDatabase : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void create_makesOwnerOnlyStore();
    void create_refusesExistingPath();
    void create_failureLeavesNothing();
    void create_thenOpen();

    void open_refused_data();
    void open_refused();
    void open_directory();
    void open_corrupt_data();
    void open_corrupt();
    void open_readOnly();
    void open_readOnlyOnRequest();
    void open_readOnlyFolder();
    void open_truncated();
    void open_largeStore_readsHeaderOnly();
    void open_largeStore_refusesTruncated();
    void open_afterUncleanEnd_checksWhole();
    void open_closedCleanly_leavesNoMarker();

    void pragmasAfterOpen();
    void foreignKeysEnforced();
    void write_rollsBackOnError();
    void write_resultRollsBack();
    void write_nestedOuterDecides();
    void write_commits();

private:
    void expectReadOnly(const QString &file, Database::Access access);
    QString path(const QString &name) const { return m_dir->filePath(name); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDatabase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestDatabase::cleanup()
{
    m_dir.reset();
}

void TestDatabase::create_makesOwnerOnlyStore()
{
    const QString file = path(QStringLiteral("sub/folder/org.dcstore"));
    auto created = Database::create(file);
    QVERIFY2(created.ok(), qPrintable(created.message()));
    QVERIFY(QFileInfo(file).isFile());
    QCOMPARE(QFileInfo(file).permissions(), kOwnerOnly);
    Database &db = *created.value();
    QCOMPARE(db.path(), file);
    QVERIFY(!db.isReadOnly());
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA application_id")).toInt(), kApplicationId);
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA user_version")).toInt(), Database::currentSchemaVersion());
    QCOMPARE(Database::currentSchemaVersion(), 12);
    // Retention and disposition (10): a document's hold, keep-until date and disposal.
    for (const char *column : {"legal_hold", "keep_until", "keep_reason", "disposed_at"}) {
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM pragma_table_info('documents') WHERE name = ?"), {QString::fromLatin1(column)}).toInt(), 1);
    }
    for (const char *table : {"settings", "users", "documents", "revisions", "document_clauses", "search_index", "search_entries", "user_keys", "submissions",
                              "submission_reviewers", "signatures", "events", "controlled_copies", "exports", "attachments",
                              "document_links", "external_documents", "document_distribution", "acknowledgements", "cited_numbers"}) {
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = ?"), {QString::fromLatin1(table)}).toInt(), 1);
    }
    // The -wal and -shm files SQLite makes next to it are owner-only too.
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFileInfo::exists(file + suffix)) {
            const auto perms = QFileInfo(file + suffix).permissions();
            QVERIFY2(!(perms & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther)),
                     qPrintable(suffix));
        }
    }
    created = Error{ErrorCode::Io, QString()}; // close
    QCOMPARE(QFileInfo(file).permissions(), kOwnerOnly);
}

void TestDatabase::create_refusesExistingPath()
{
    const QString file = path(QStringLiteral("taken.dcstore"));
    const QByteArray original("not mine to overwrite\n");
    QVERIFY(writeFile(file, original));
    auto created = Database::create(file);
    QVERIFY(!created.ok());
    QCOMPARE(created.code(), ErrorCode::InvalidInput);
    QVERIFY2(created.message().contains(QStringLiteral("taken.dcstore")), qPrintable(created.message()));
    QCOMPARE(fileBytes(file), original);

    // An existing store is not replaced either.
    const QString store = path(QStringLiteral("store.dcstore"));
    QVERIFY(makeStore(store));
    const QByteArray before = fileBytes(store);
    QCOMPARE(Database::create(store).code(), ErrorCode::InvalidInput);
    QCOMPARE(fileBytes(store), before);
}

void TestDatabase::create_failureLeavesNothing()
{
    // The folder cannot be made: a file stands where it should be.
    const QString blocker = path(QStringLiteral("blocker"));
    QVERIFY(writeFile(blocker, "x"));
    auto created = Database::create(blocker + QStringLiteral("/org.dcstore"));
    QVERIFY(!created.ok());
    QCOMPARE(created.code(), ErrorCode::Io);
    QCOMPARE(fileBytes(blocker), QByteArray("x"));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList{QStringLiteral("blocker")});
}

void TestDatabase::create_thenOpen()
{
    const QString file = path(QStringLiteral("org.dcstore"));
    QVERIFY(makeStore(file));
    QVERIFY(!QFileInfo::exists(file + QStringLiteral("-wal"))); // closed cleanly
    auto opened = Database::open(file);
    QVERIFY2(opened.ok(), qPrintable(opened.message()));
    QVERIFY(!opened.value()->isReadOnly());
    QCOMPARE(scalar(*opened.value(), QStringLiteral("PRAGMA user_version")).toInt(), Database::currentSchemaVersion());
}

void TestDatabase::open_refused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("named");
    QTest::newRow("missing file") << QStringLiteral("missing") << ErrorCode::CannotOpen << QStringLiteral("org.dcstore");
    QTest::newRow("text file") << QStringLiteral("text") << ErrorCode::NotAStore << QStringLiteral("org.dcstore");
    QTest::newRow("empty file") << QStringLiteral("empty") << ErrorCode::NotAStore << QStringLiteral("org.dcstore");
    QTest::newRow("sqlite, not ours") << QStringLiteral("foreign") << ErrorCode::NotAStore << QStringLiteral("not a DocControl store");
    QTest::newRow("newer schema") << QStringLiteral("newer") << ErrorCode::NewerStore << QStringLiteral("schema 99");
}

void TestDatabase::open_refused()
{
    QFETCH(QString, kind);
    QFETCH(ErrorCode, code);
    QFETCH(QString, named);
    const QString file = path(QStringLiteral("org.dcstore"));
    QString error;
    if (kind == QLatin1String("text")) {
        QVERIFY(writeFile(file, "# 信息安全手册\n这不是数据库。\n"));
    } else if (kind == QLatin1String("empty")) {
        QVERIFY(writeFile(file, QByteArray()));
    } else if (kind == QLatin1String("foreign")) {
        QVERIFY2(rawExec(file, {QStringLiteral("CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT)"),
                                QStringLiteral("INSERT INTO notes(body) VALUES ('hello')")}, &error),
                 qPrintable(error));
    } else if (kind == QLatin1String("newer")) {
        QVERIFY(makeStore(file));
        QVERIFY2(rawExec(file, {QStringLiteral("PRAGMA user_version = 99")}, &error), qPrintable(error));
    }
    const bool existed = QFileInfo::exists(file);
    const QByteArray before = fileBytes(file);

    auto opened = Database::open(file);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.code(), code);
    QVERIFY2(opened.message().contains(named), qPrintable(opened.message()));
    QCOMPARE(QFileInfo::exists(file), existed);
    QCOMPARE(fileBytes(file), before);
    if (kind == QLatin1String("newer")) {
        QVERIFY2(rawExec(file, {QStringLiteral("SELECT 1")}, &error), qPrintable(error));
        QVERIFY(opened.message().contains(QString::number(Database::currentSchemaVersion())));
    }
}

void TestDatabase::open_directory()
{
    auto opened = Database::open(m_dir->path());
    QVERIFY(!opened.ok());
    QCOMPARE(opened.code(), ErrorCode::CannotOpen);
}

void TestDatabase::open_corrupt_data()
{
    // A fresh store's pages are nearly empty (page 1: the schema; 2: settings; 3…: the other
    // tables and indexes), and bytes in a page's free space are not damage SQLite can see.
    // So the damage goes where there is structure: page headers and the schema's records.
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<int>("length");
    QTest::newRow("page 2 from its header") << qint64(4096) << 2000;
    QTest::newRow("schema records at the end of page 1") << qint64(4096 - 2000) << 2000;
    QTest::newRow("an index page in the middle") << qint64(11 * 4096) << 2000;
    QTest::newRow("a few header bytes of page 3") << qint64(2 * 4096) << 16;
}

void TestDatabase::open_corrupt()
{
    QFETCH(qint64, offset);
    QFETCH(int, length);
    const QString file = path(QStringLiteral("org.dcstore"));
    QVERIFY(makeStore(file));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.size() > offset + length);
        QVERIFY(f.seek(offset));
        QCOMPARE(f.write(QByteArray(length, char(0xA5))), qint64(length));
    }
    const QByteArray before = fileBytes(file);
    auto opened = Database::open(file);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.code(), ErrorCode::CorruptStore);
    QVERIFY2(opened.message().contains(QStringLiteral("org.dcstore")), qPrintable(opened.message()));
    QCOMPARE(fileBytes(file), before);
}

// Opens `file` with `access` and checks it came up read-only: reads work, every write is
// refused with ReadOnlyStore naming the file, and the file's bytes never change.
void TestDatabase::expectReadOnly(const QString &file, Database::Access access)
{
    const QByteArray before = fileBytes(file);
    {
        auto opened = Database::open(file, access);
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        Database &db = *opened.value();
        QVERIFY(db.isReadOnly());
        // Reads work.
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA user_version")).toInt(), Database::currentSchemaVersion());
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM users")).toInt(), 0);
        // Every write is refused.
        const Status written = db.write([&db]() {
            return Status::from(Sql::exec(db, QStringLiteral("INSERT INTO settings(key, value) VALUES ('k', 'v')"), {}, QStringLiteral("write")));
        });
        QVERIFY(!written.ok());
        QCOMPARE(written.code(), ErrorCode::ReadOnlyStore);
        QVERIFY2(written.message().contains(QStringLiteral("org.dcstore")), qPrintable(written.message()));
        // Even a statement run outside write() cannot change the file.
        auto direct = Sql::exec(db, QStringLiteral("INSERT INTO settings(key, value) VALUES ('k', 'v')"), {}, QStringLiteral("write"));
        QVERIFY(!direct.ok());
        QCOMPARE(direct.code(), ErrorCode::ReadOnlyStore);
    }
    QCOMPARE(fileBytes(file), before);
}

void TestDatabase::open_readOnly()
{
    if (geteuid() == 0)
        QSKIP("root ignores file permissions, so a read-only store cannot be made (open_readOnlyOnRequest covers the refusals)");
    const QString file = path(QStringLiteral("org.dcstore"));
    QVERIFY(makeStore(file));
    QVERIFY(QFile::setPermissions(file, QFileDevice::ReadOwner));
    const auto restore = qScopeGuard([file] { QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner); });
    expectReadOnly(file, Database::Access::ReadWrite);
}

// An auditor's read-only view of a writable store: runs as any user, root included.
void TestDatabase::open_readOnlyOnRequest()
{
    const QString file = path(QStringLiteral("org.dcstore"));
    QVERIFY(makeStore(file));
    expectReadOnly(file, Database::Access::ReadOnly);
    if (QTest::currentTestFailed())
        return;
    // The same file opened normally is writable again.
    auto opened = Database::open(file);
    QVERIFY2(opened.ok(), qPrintable(opened.message()));
    QVERIFY(!opened.value()->isReadOnly());
}

void TestDatabase::open_readOnlyFolder()
{
    if (geteuid() == 0)
        QSKIP("root ignores file permissions, so a read-only folder cannot be made");
    const QString folder = path(QStringLiteral("share"));
    const QString file = folder + QStringLiteral("/org.dcstore");
    QVERIFY(makeStore(file));
    QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    const auto restore = qScopeGuard([folder] {
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    });
    const QByteArray before = fileBytes(file);
    {
        auto opened = Database::open(file);
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        Database &db = *opened.value();
        QVERIFY(db.isReadOnly());
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA user_version")).toInt(), Database::currentSchemaVersion());
        const Status written = db.write([]() { return Status(); });
        QCOMPARE(written.code(), ErrorCode::ReadOnlyStore);
    }
    QCOMPARE(fileBytes(file), before);
    QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList{QStringLiteral("org.dcstore")}); // no -wal or -shm made
}

void TestDatabase::open_truncated()
{
    const QString file = path(QStringLiteral("org.dcstore"));
    QVERIFY(makeStore(file));
    QVERIFY(QFile::resize(file, 3 * 4096));
    const QByteArray before = fileBytes(file);
    auto opened = Database::open(file);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.code(), ErrorCode::CorruptStore);
    QCOMPARE(fileBytes(file), before);
}

namespace {

bool overwrite(const QString &file, qint64 offset, int length)
{
    QFile f(file);
    return f.open(QIODevice::ReadWrite) && f.size() > offset + length && f.seek(offset) && f.write(QByteArray(length, char(0xA5))) == length;
}

// The id of a process that has ended: what a desk killed with a store open leaves behind.
qint64 endedProcess()
{
    QProcess process;
    process.start(QStringLiteral("true"), {});
    if (!process.waitForStarted())
        return 0;
    const qint64 pid = process.processId();
    process.waitForFinished();
    return pid;
}

QStringList openMarkers()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/open-stores")).entryList(QDir::Files);
}

} // namespace

// A store at or above the full-check limit opens without reading every page (what keeps an
// open fast at 100,000 documents); checkPages(), which verify runs, still finds the damage.
void TestDatabase::open_largeStore_readsHeaderOnly()
{
    const qint64 limit = Database::setFullCheckLimit(0);
    const auto restore = qScopeGuard([limit] { Database::setFullCheckLimit(limit); });
    const QString file = path(QStringLiteral("org.dcstore"));
    QVERIFY(makeStore(file));
    QVERIFY(overwrite(file, 11 * 4096, 2000));
    auto opened = Database::open(file, Database::Access::ReadOnly);
    QVERIFY2(opened.ok(), qPrintable(opened.message()));
    const Status pages = opened.value()->checkPages();
    QCOMPARE(pages.code(), ErrorCode::CorruptStore);
    QVERIFY2(pages.message().contains(QStringLiteral("org.dcstore")), qPrintable(pages.message()));
}

void TestDatabase::open_largeStore_refusesTruncated()
{
    const qint64 limit = Database::setFullCheckLimit(0);
    const auto restore = qScopeGuard([limit] { Database::setFullCheckLimit(limit); });
    const QString file = path(QStringLiteral("org.dcstore"));
    QVERIFY(makeStore(file));
    QVERIFY(QFile::resize(file, 3 * 4096));
    const QByteArray before = fileBytes(file);
    auto opened = Database::open(file);
    QCOMPARE(opened.code(), ErrorCode::CorruptStore);
    QVERIFY2(opened.message().contains(QStringLiteral("org.dcstore")), qPrintable(opened.message()));
    QCOMPARE(fileBytes(file), before);
}

// When a process of this desk ended with the store open (a crash, kill -9), the next open
// checks every page, whatever the size; once the file checked whole the marker is forgotten.
void TestDatabase::open_afterUncleanEnd_checksWhole()
{
    const qint64 limit = Database::setFullCheckLimit(0);
    const auto restore = qScopeGuard([limit] { Database::setFullCheckLimit(limit); });
    const qint64 ended = endedProcess();
    QVERIFY(ended > 0);

    const QString damaged = path(QStringLiteral("damaged.dcstore"));
    QVERIFY(makeStore(damaged));
    QVERIFY(overwrite(damaged, 11 * 4096, 2000));
    QVERIFY(!OpenMarkers::add(damaged, ended).isEmpty());
    QVERIFY(OpenMarkers::uncleanEndBefore(damaged));
    const QByteArray before = fileBytes(damaged);
    for (Database::Access access : {Database::Access::ReadWrite, Database::Access::ReadOnly}) {
        auto opened = Database::open(damaged, access);
        QCOMPARE(opened.code(), ErrorCode::CorruptStore);
    }
    QCOMPARE(fileBytes(damaged), before);
    QVERIFY(OpenMarkers::uncleanEndBefore(damaged)); // still unchecked: the next open checks again
    OpenMarkers::forgetUncleanEnds(damaged);

    const QString sound = path(QStringLiteral("sound.dcstore"));
    QVERIFY(makeStore(sound));
    QVERIFY(!OpenMarkers::add(sound, ended).isEmpty());
    auto opened = Database::open(sound);
    QVERIFY2(opened.ok(), qPrintable(opened.message()));
    QVERIFY(!OpenMarkers::uncleanEndBefore(sound));
}

void TestDatabase::open_closedCleanly_leavesNoMarker()
{
    const QString file = path(QStringLiteral("org.dcstore"));
    QVERIFY(makeStore(file));
    const QStringList before = openMarkers();
    {
        auto first = Database::open(file);
        auto second = Database::open(file); // one process may hold a store open twice
        QVERIFY(first.ok() && second.ok());
        QCOMPARE(openMarkers().size(), before.size() + 2);
        auto reader = Database::open(file, Database::Access::ReadOnly); // a reader cannot damage it
        QCOMPARE(openMarkers().size(), before.size() + 2);
    }
    QCOMPARE(openMarkers(), before);
    QVERIFY(!OpenMarkers::uncleanEndBefore(file));
}

void TestDatabase::pragmasAfterOpen()
{
    const QString file = path(QStringLiteral("org.dcstore"));
    QVERIFY(makeStore(file));
    auto opened = Database::open(file);
    QVERIFY2(opened.ok(), qPrintable(opened.message()));
    Database &db = *opened.value();
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA application_id")).toInt(), kApplicationId);
}

void TestDatabase::foreignKeysEnforced()
{
    const QString file = path(QStringLiteral("org.dcstore"));
    auto created = Database::create(file);
    QVERIFY(created.ok());
    Database &db = *created.value();
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    const Status inserted = db.write([&db]() {
        return Status::from(Sql::exec(db,
                                      QStringLiteral("INSERT INTO documents(number, title, type, owner_id, classification, created_at)"
                                                     " VALUES ('ISMS-P-001', '文件控制程序', 'procedure', 42, 'internal', '2026-03-15T09:30:00.000Z')"),
                                      {}, QStringLiteral("insert a document with no owner")));
    });
    QVERIFY(!inserted.ok());
    QCOMPARE(inserted.code(), ErrorCode::Database);
    QVERIFY2(inserted.message().contains(QStringLiteral("insert a document with no owner")), qPrintable(inserted.message()));
    QCOMPARE(dctest::rowCount(db, QStringLiteral("documents")), 0);
}

void TestDatabase::write_rollsBackOnError()
{
    const QString file = path(QStringLiteral("org.dcstore"));
    {
        auto created = Database::create(file);
        QVERIFY(created.ok());
        Database &db = *created.value();
        const Status result = db.write([&db]() -> Status {
            auto inserted = Sql::exec(db, QStringLiteral("INSERT INTO settings(key, value) VALUES ('organisation', '云启信息技术')"), {},
                                      QStringLiteral("insert"));
            if (!inserted)
                return inserted.error();
            return Error{ErrorCode::InvalidInput, QStringLiteral("refused after the insert")};
        });
        QVERIFY(!result.ok());
        QCOMPARE(result.code(), ErrorCode::InvalidInput);
        QCOMPARE(result.message(), QStringLiteral("refused after the insert"));
        QCOMPARE(dctest::rowCount(db, QStringLiteral("settings")), 0);
    }
    // Nothing reached the file either.
    auto reopened = Database::open(file);
    QVERIFY(reopened.ok());
    QCOMPARE(dctest::rowCount(*reopened.value(), QStringLiteral("settings")), 0);
}

void TestDatabase::write_resultRollsBack()
{
    auto created = Database::create(path(QStringLiteral("org.dcstore")));
    QVERIFY(created.ok());
    Database &db = *created.value();
    const Result<int> result = db.write([&db]() -> Result<int> {
        if (!Sql::exec(db, QStringLiteral("INSERT INTO settings(key, value) VALUES ('a', '1')"), {}, QStringLiteral("insert")))
            return 0;
        return Error{ErrorCode::Duplicate, QStringLiteral("taken")};
    });
    QCOMPARE(result.code(), ErrorCode::Duplicate);
    QCOMPARE(dctest::rowCount(db, QStringLiteral("settings")), 0);
}

void TestDatabase::write_nestedOuterDecides()
{
    auto created = Database::create(path(QStringLiteral("org.dcstore")));
    QVERIFY(created.ok());
    Database &db = *created.value();
    // The inner write succeeds, the outer one fails afterwards: both are undone.
    const Status outer = db.write([&db]() -> Status {
        const Status inner = db.write([&db]() {
            return Status::from(Sql::exec(db, QStringLiteral("INSERT INTO settings(key, value) VALUES ('inner', '1')"), {}, QStringLiteral("insert")));
        });
        if (!inner)
            return inner;
        return Error{ErrorCode::InvalidState, QStringLiteral("outer refuses")};
    });
    QCOMPARE(outer.code(), ErrorCode::InvalidState);
    QCOMPARE(dctest::rowCount(db, QStringLiteral("settings")), 0);
    // And a later write still works: the transaction state was reset.
    const Status later = db.write([&db]() {
        return Status::from(Sql::exec(db, QStringLiteral("INSERT INTO settings(key, value) VALUES ('later', '1')"), {}, QStringLiteral("insert")));
    });
    QVERIFY2(later.ok(), qPrintable(later.message()));
    QCOMPARE(dctest::rowCount(db, QStringLiteral("settings")), 1);
}

void TestDatabase::write_commits()
{
    const QString file = path(QStringLiteral("org.dcstore"));
    {
        auto created = Database::create(file);
        QVERIFY(created.ok());
        Database &db = *created.value();
        const Result<int> result = db.write([&db]() -> Result<int> {
            if (auto inserted = Sql::exec(db, QStringLiteral("INSERT INTO settings(key, value) VALUES ('organisation', '云启信息技术')"), {},
                                          QStringLiteral("insert"));
                !inserted)
                return inserted.error();
            return 7;
        });
        QVERIFY(result.ok());
        QCOMPARE(result.value(), 7);
    }
    auto reopened = Database::open(file);
    QVERIFY(reopened.ok());
    QCOMPARE(scalar(*reopened.value(), QStringLiteral("SELECT value FROM settings WHERE key = 'organisation'")).toString(),
             QStringLiteral("云启信息技术"));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
