// Backups of a store in use and their restoration into a new store (BackupService): only
// administrators back up; a restored store holds exactly what was committed before the backup,
// verifies, and ends its audit trail where the manifest says; a restore never overwrites and
// leaves nothing behind when the backup is damaged, incomplete or padded; a backup taken while
// another connection keeps writing holds everything committed before it started.

#include "core/services/backupservice.h"
#include "core/services/documentservice.h"
#include "core/store/auditlog.h"
#include "workflowfixture.h"
#include "zipentries.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QMutex>
#include <QStandardPaths>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace dc;
using namespace Qt::StringLiterals;
using dctest::kPassword;
using dctest::names;
using dctest::stateOf;
using dctest::StoreState;

namespace {

// A backup is a mostly empty store: let its pages compress as far as they like.
Result<dctest::ZipEntries> readEntries(const QString &path)
{
    ArchiveLimits limits;
    limits.maxRatio = 100000;
    return dctest::readZipEntries(path, limits);
}

using Entries = dctest::ZipEntries;

QString sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::NewOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestBackup : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void backup_refused_data();
    void backup_refused();
    void backupRestore_roundTrip();
    void restore_neverOverwrites_data();
    void restore_neverOverwrites();
    void restore_damaged_data();
    void restore_damaged();
    void backup_underConcurrentWrites();
    void backup_notRecorded_leavesNoFile();

private:
    Database &db() { return *m_db; }
    dctest::FlowDriver &flow() { return *m_flow; }
    QString out(const QString &name) const { return m_out->filePath(name); }
    // The seed: an effective procedure with a draft of its next revision, and a second document in review.
    void populate();

    FixedClock m_clock{dctest::fixedNow()};
    dctest::WorkflowTemplate m_template;
    QTemporaryDir m_seedDir; // the documents every test starts from, made once (each signature costs an Argon2)
    QString m_seed;
    std::unique_ptr<Database> m_db; // this test's copy of the seed
    std::unique_ptr<dctest::FlowDriver> m_flow;
    std::unique_ptr<QTemporaryDir> m_out;
};

void TestBackup::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_template.prepare(m_clock), qPrintable(m_template.error));
    QVERIFY(m_seedDir.isValid());
    dctest::WorkflowSession session;
    const QString failed = session.open(m_template, m_clock);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    m_flow = std::make_unique<dctest::FlowDriver>(session.db(), m_clock, m_template);
    populate();
    m_flow.reset();
    m_seed = m_seedDir.filePath(QStringLiteral("seed.dcstore"));
    DC_EXPECT_OK(dctest::rawSql(session.db(), QStringLiteral("VACUUM INTO ?"), {m_seed}));
}

void TestBackup::init()
{
    m_clock.set(dctest::fixedNow());
    m_out = std::make_unique<QTemporaryDir>();
    QVERIFY(m_out->isValid());
    const QString store = m_seedDir.filePath(QStringLiteral("test.dcstore"));
    QVERIFY(QFile::copy(m_seed, store));
    auto opened = Database::open(store);
    DC_EXPECT_OK(opened);
    m_db = std::move(opened).value();
    m_flow = std::make_unique<dctest::FlowDriver>(*m_db, m_clock, m_template);
}

void TestBackup::cleanup()
{
    m_flow.reset();
    m_db.reset();
    m_out.reset();
    Database::removeFiles(m_seedDir.filePath(QStringLiteral("test.dcstore")));
}

void TestBackup::populate()
{
    const QString n = flow().newDocument(QStringLiteral("信息安全风险管理程序"));
    QVERIFY(!n.isEmpty());
    DC_EXPECT_OK(flow().toEffective(n));
    DC_EXPECT_OK(flow().documents().editDraft(m_template.controller(), n, QStringLiteral("# 风险\n\n新版草案。\n"), QStringLiteral("年度修订")));
    const QString m = flow().newDocument(QStringLiteral("事件管理程序"));
    QVERIFY(!m.isEmpty());
    DC_EXPECT_OK(flow().submit(m));
}

void TestBackup::backup_refused_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<bool>("ontoStore");
    QTest::addColumn<ErrorCode>("expected");
    QTest::newRow("controller") << "wangfang" << false << ErrorCode::PermissionDenied;
    QTest::newRow("author") << "lisi" << false << ErrorCode::PermissionDenied;
    QTest::newRow("approver") << "zhouba" << false << ErrorCode::PermissionDenied;
    QTest::newRow("reader") << "chenjing" << false << ErrorCode::PermissionDenied;
    QTest::newRow("admin, onto the store itself") << "admin" << true << ErrorCode::InvalidInput;
}

// A refused backup writes nothing and changes nothing.
void TestBackup::backup_refused()
{
    QFETCH(QString, user);
    QFETCH(bool, ontoStore);
    QFETCH(ErrorCode, expected);
    const QString path = ontoStore ? db().path() : out(QStringLiteral("backup.zip"));
    const StoreState before = stateOf(db());
    const QByteArray storeBytes = dctest::fileBytes(db().path());
    auto made = BackupService(db(), m_clock).backup(m_template.user(user), path);
    DC_EXPECT_ERROR(made, expected);
    if (expected == ErrorCode::PermissionDenied)
        QVERIFY2(names(made.message(), {user}), qPrintable(made.message()));
    QCOMPARE(stateOf(db()), before);
    QCOMPARE(dctest::fileBytes(db().path()), storeBytes);
    QCOMPARE(QDir(m_out->path()).entryList(QDir::Files | QDir::Hidden), QStringList());
}

// backup → restore gives a store with the same content (every table, row for row), whose
// verify report is ok and ends at the manifest's head; the backup itself is in the live trail.
void TestBackup::backupRestore_roundTrip()
{
    const StoreState atBackup = stateOf(db());
    auto headBefore = AuditLog(db()).head();
    DC_EXPECT_OK(headBefore);
    const QString zip = out(QStringLiteral("backup.zip"));
    auto manifest = BackupService(db(), m_clock).backup(m_template.admin(), zip);
    DC_EXPECT_OK(manifest);
    QCOMPARE(manifest->organisation, QStringLiteral("云启信息技术有限公司"));
    QCOMPARE(manifest->createdBy, QStringLiteral("admin"));
    QCOMPARE(manifest->createdAt, m_clock.nowUtc());
    QCOMPARE(manifest->schemaVersion, Database::currentSchemaVersion());
    QCOMPARE(manifest->headSeq, headBefore->seq);
    QCOMPARE(manifest->headHash, headBefore->hash);
    QCOMPARE(manifest->documents, 2);
    QCOMPARE(manifest->revisions, 3);

    // The zip: the manifest as returned and the store it describes.
    auto entries = readEntries(zip);
    DC_EXPECT_OK(entries);
    QCOMPARE(entries->size(), 2);
    QStringList entryNames;
    for (const auto &[name, data] : entries.value())
        entryNames << name;
    QCOMPARE(entryNames, (QStringList{u"manifest.json"_s, u"store.dcstore"_s}));
    QCOMPARE(QJsonDocument::fromJson(entries->at(0).second).object(), manifest->toJson());
    QCOMPARE(sha256Of(entries->at(1).second), manifest->storeSha256);
    QCOMPARE(entries->at(1).second.size(), manifest->storeSize);

    // The live store recorded the backup after the snapshot's head.
    auto logged = AuditLog(db()).head();
    DC_EXPECT_OK(logged);
    QCOMPARE(logged->seq, headBefore->seq + 1);
    QCOMPARE(logged->action, QStringLiteral("store.backup"));
    QCOMPARE(logged->user, QStringLiteral("admin"));
    QCOMPARE(logged->details.value(QLatin1String("store_sha256")).toString(), manifest->storeSha256);
    QCOMPARE(logged->details.value(QLatin1String("audit_head_hash")).toString(), manifest->headHash);

    const QString restoredPath = out(QStringLiteral("restored.dcstore"));
    auto restored = BackupService::restore(zip, restoredPath);
    DC_EXPECT_OK(restored);
    QVERIFY2(restored->report.ok(), qPrintable(restored->report.problems.value(0).message));
    QCOMPARE(restored->report.headSeq, manifest->headSeq);
    QCOMPARE(restored->report.headHash, manifest->headHash);
    QCOMPARE(restored->manifest.storeSha256, manifest->storeSha256);
    QVERIFY(restored->report.signatures > 0);
    QVERIFY(!QFile::exists(restoredPath + QStringLiteral(".restoring")));
    QCOMPARE(QFile::permissions(restoredPath) & (QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ReadGroup),
             QFileDevice::Permissions());

    auto reopened = Database::open(restoredPath);
    DC_EXPECT_OK(reopened);
    QCOMPARE(stateOf(*reopened.value()), atBackup);
    auto verified = Verifier(*reopened.value()).run();
    DC_EXPECT_OK(verified);
    QVERIFY(verified->ok());
}

void TestBackup::restore_neverOverwrites_data()
{
    QTest::addColumn<QString>("existing"); // what is at the target
    QTest::newRow("a store") << "store";
    QTest::newRow("any file") << "file";
    QTest::newRow("a stray -wal of a store") << "wal";
}

// The target is refused and left byte for byte as it was.
void TestBackup::restore_neverOverwrites()
{
    QFETCH(QString, existing);
    const QString zip = out(QStringLiteral("backup.zip"));
    DC_EXPECT_OK(BackupService(db(), m_clock).backup(m_template.admin(), zip));
    const QString target = out(QStringLiteral("target.dcstore"));
    const QString occupied = existing == u"wal" ? target + QStringLiteral("-wal") : target;
    if (existing == u"store")
        QVERIFY(QFile::copy(m_template.base.path(), target));
    else
        QVERIFY(writeBytes(occupied, QByteArrayLiteral("quarterly records, not a backup\n")));
    const QByteArray bytes = dctest::fileBytes(occupied);
    QVERIFY(!bytes.isEmpty());

    auto restored = BackupService::restore(zip, target);
    DC_EXPECT_ERROR(restored, ErrorCode::Duplicate);
    QVERIFY2(restored.message().contains(target), qPrintable(restored.message()));
    QCOMPARE(dctest::fileBytes(occupied), bytes);
    QCOMPARE(QFileInfo::exists(target), existing != u"wal");
    QVERIFY(!QFile::exists(target + QStringLiteral(".restoring")));
}

void TestBackup::restore_damaged_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<ErrorCode>("expected");
    QTest::addColumn<QString>("named"); // a word the message must contain (empty: any)
    QTest::newRow("store changed by one byte") << "byte" << ErrorCode::CorruptStore << "checksum";
    QTest::newRow("an extra entry") << "extra" << ErrorCode::InvalidInput << "";
    QTest::newRow("no manifest") << "nomanifest" << ErrorCode::InvalidInput << "manifest.json";
    QTest::newRow("no store") << "nostore" << ErrorCode::InvalidInput << "store.dcstore";
    QTest::newRow("manifest not JSON") << "badjson" << ErrorCode::InvalidInput << "manifest";
    QTest::newRow("manifest claims a longer audit trail") << "head" << ErrorCode::CorruptStore << "#";
    QTest::newRow("store whose audit trail was altered, checksum redone") << "tampered" << ErrorCode::CorruptStore << "verify";
    QTest::newRow("not a zip") << "garbage" << ErrorCode::InvalidInput << "";
    QTest::newRow("zip cut in half") << "truncated" << ErrorCode::InvalidInput << "";
}

// A damaged backup is refused, and nothing is left at the target (nor a partial file).
void TestBackup::restore_damaged()
{
    QFETCH(QString, damage);
    QFETCH(ErrorCode, expected);
    QFETCH(QString, named);
    const QString good = out(QStringLiteral("good.zip"));
    DC_EXPECT_OK(BackupService(db(), m_clock).backup(m_template.admin(), good));
    auto read = readEntries(good);
    DC_EXPECT_OK(read);
    Entries entries = read.value();
    QCOMPARE(entries.at(1).first, QStringLiteral("store.dcstore"));
    QJsonObject manifest = QJsonDocument::fromJson(entries.at(0).second).object();

    const QString bad = out(QStringLiteral("bad.zip"));
    if (damage == u"garbage") {
        QVERIFY(writeBytes(bad, QByteArray(4096, 'x')));
    } else if (damage == u"truncated") {
        const QByteArray whole = dctest::fileBytes(good);
        QVERIFY(writeBytes(bad, whole.left(whole.size() / 2)));
    } else {
        if (damage == u"byte") {
            QByteArray &store = entries[1].second;
            store[store.size() / 2] = char(store.at(store.size() / 2) ^ 0x20);
        } else if (damage == u"extra") {
            entries.append({u"notes.txt"_s, QByteArrayLiteral("restore me too")});
        } else if (damage == u"nomanifest") {
            entries.removeFirst();
        } else if (damage == u"nostore") {
            entries.removeLast();
        } else if (damage == u"badjson") {
            entries[0].second = QByteArrayLiteral("{\"format\": \"doccontrol-backup\", ");
        } else if (damage == u"head") {
            manifest.insert(u"auditHeadSeq"_s, manifest.value(u"auditHeadSeq"_s).toInteger() + 1);
            entries[0].second = QJsonDocument(manifest).toJson();
        } else if (damage == u"tampered") {
            // Someone with the file alters an event (dropping the triggers that forbid it), then
            // makes the manifest's checksum and size match again.
            const QString scratch = out(QStringLiteral("scratch.dcstore"));
            QVERIFY(writeBytes(scratch, entries.at(1).second));
            {
                auto opened = Database::open(scratch);
                DC_EXPECT_OK(opened);
                Database &raw = *opened.value();
                auto triggers = Sql::exec(raw, u"SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'events'"_s, {}, u"triggers"_s);
                DC_EXPECT_OK(triggers);
                QStringList dropped;
                while (triggers.value().next())
                    dropped << triggers.value().value(0).toString();
                for (const QString &t : dropped)
                    DC_EXPECT_OK(dctest::rawSql(raw, u"DROP TRIGGER "_s + t));
                DC_EXPECT_OK(dctest::rawSql(raw, u"UPDATE events SET user_name = 'mallory' WHERE seq = 2"_s));
            }
            entries[1].second = dctest::fileBytes(scratch);
            Database::removeFiles(scratch);
            manifest.insert(u"storeSha256"_s, sha256Of(entries.at(1).second));
            manifest.insert(u"storeSize"_s, entries.at(1).second.size());
            entries[0].second = QJsonDocument(manifest).toJson();
        }
        DC_EXPECT_OK(dctest::writeZipEntries(bad, entries));
    }

    const QString target = out(QStringLiteral("restored.dcstore"));
    auto restored = BackupService::restore(bad, target);
    DC_EXPECT_ERROR(restored, expected);
    QVERIFY2(restored.message().contains(named), qPrintable(restored.message()));
    QStringList left = QDir(m_out->path()).entryList(QDir::Files | QDir::Hidden);
    left.sort();
    QCOMPARE(left, (QStringList{u"bad.zip"_s, u"good.zip"_s}));
}

// The issue's "done when": a backup taken while a second connection (its own thread) keeps
// creating and editing documents holds every document committed before the backup started,
// and its restoration verifies.
void TestBackup::backup_underConcurrentWrites()
{
    const QString storePath = db().path();
    const User controller = m_template.controller();
    std::atomic<bool> stop{false};
    std::atomic<int> committed{0};
    QMutex mutex;
    QStringList numbers;      // committed documents, in order (under `mutex`)
    QStringList writerErrors; // under `mutex`
    QThread *writer = QThread::create([&]() {
        FixedClock clock(dctest::fixedNow());
        auto opened = Database::open(storePath);
        if (!opened) {
            QMutexLocker lock(&mutex);
            writerErrors << opened.message();
            return;
        }
        DocumentService documents(*opened.value(), clock);
        for (int i = 0; !stop.load() && i < 100000; ++i) {
            NewDocument d;
            d.title = QStringLiteral("并发登记的程序 %1").arg(i);
            d.owner = QStringLiteral("lisi");
            d.content = QStringLiteral("# 第 %1 份\n\n初稿。\n").arg(i);
            auto created = documents.create(controller, d);
            if (created) {
                auto edited = documents.editDraft(controller, created->number, QStringLiteral("# 第 %1 份\n\n修改稿。\n").arg(i), QStringLiteral("修改"));
                QMutexLocker lock(&mutex);
                numbers << created->number;
                committed.store(int(numbers.size()));
                if (!edited)
                    writerErrors << edited.message();
            } else {
                QMutexLocker lock(&mutex);
                writerErrors << created.message();
            }
        }
    });
    writer->start();
    // Let the writer get going, so the backup starts in the middle of its stream of commits.
    QTRY_VERIFY_WITH_TIMEOUT(committed.load() >= 25 || writer->isFinished(), 60000);
    QStringList before;
    {
        QMutexLocker lock(&mutex);
        before = numbers;
    }
    const QString zip = out(QStringLiteral("busy.zip"));
    QElapsedTimer timer;
    timer.start();
    auto manifest = BackupService(db(), m_clock).backup(m_template.admin(), zip);
    const qint64 backupMs = timer.elapsed();
    const int after = committed.load();
    stop.store(true);
    QVERIFY(writer->wait(60000));
    delete writer;
    QVERIFY2(writerErrors.isEmpty(), qPrintable(writerErrors.value(0)));
    DC_EXPECT_OK(manifest);
    QVERIFY(before.size() >= 25);

    auto restored = BackupService::restore(zip, out(QStringLiteral("restored.dcstore")));
    DC_EXPECT_OK(restored);
    QVERIFY2(restored->report.ok(), qPrintable(restored->report.problems.value(0).message));
    auto reopened = Database::open(out(QStringLiteral("restored.dcstore")));
    DC_EXPECT_OK(reopened);
    Database &copy = *reopened.value();
    int missing = 0;
    for (const QString &number : std::as_const(before)) {
        if (!dctest::scalar(copy, u"SELECT count(*) FROM documents WHERE number = ?"_s, {number}).toBool()) {
            qWarning("committed before the backup but missing: %s", qPrintable(number));
            ++missing;
        }
    }
    QCOMPARE(missing, 0);
    const int inSnapshot = dctest::rowCount(copy, u"documents"_s);
    QCOMPARE(inSnapshot, manifest->documents);
    QVERIFY(inSnapshot >= before.size());
    qInfo("committed before backup() started: %lld; during backup() (%lld ms): %lld; in the snapshot: %d; written in all: %d",
          qlonglong(before.size()), backupMs, qlonglong(after - before.size()), inSnapshot, committed.load());
}

// A backup that cannot be recorded in the audit trail (another desk holds the write lock past
// the busy timeout) fails, and then must not leave an unrecorded copy of the whole store behind.
void TestBackup::backup_notRecorded_leavesNoFile()
{
    auto otherDesk = Database::open(db().path());
    DC_EXPECT_OK(otherDesk);
    DC_EXPECT_OK(dctest::rawSql(*otherDesk.value(), u"BEGIN IMMEDIATE"_s));
    const StoreState before = stateOf(db());
    const QString zip = out(QStringLiteral("backup.zip"));
    auto made = BackupService(db(), m_clock).backup(m_template.admin(), zip);
    DC_EXPECT_OK(dctest::rawSql(*otherDesk.value(), u"ROLLBACK"_s));
    DC_EXPECT_ERROR(made, ErrorCode::Database);
    QCOMPARE(stateOf(db()), before);
    QVERIFY2(!QFile::exists(zip), "backup() failed but left a complete, unrecorded backup of the store at the path");
}

QTEST_MAIN(TestBackup)
#include "tst_backup.moc"
