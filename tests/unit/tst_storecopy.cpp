// `store copy` and backups of a PostgreSQL store (BackupService::copyStore, StoreTransfer):
// a copy holds every row of every table exactly (ids, audit chain, signatures, attachments,
// copies), verifies, searches alike and takes new rows after the copied ones; it goes between
// SQLite and PostgreSQL in both directions; only administrators copy; a refused or failed copy
// leaves nothing at the target and the source as it was. Run once per backend (the PostgreSQL
// variant's source store is on the server; its targets are files and new databases).

#include "core/services/backupservice.h"
#include "core/services/exportservice.h"
#include "core/store/auditlog.h"
#include "core/store/searchindex.h"
#include "core/store/storetransfer.h"
#include "workflowfixture.h"

#include <QDir>
#include <QStandardPaths>
#include <QTest>

using namespace dc;
using dctest::kPassword;
using dctest::stateOf;
using dctest::StoreState;

namespace {

// Every copied table's rows, as text, in key order, columns by name: equal for two stores in
// different dialects when they hold the same data.
QByteArray contentOf(Database &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &table : StoreTransfer::tables()) {
        hash.addData(table.toUtf8());
        auto rows = Sql::exec(db, QStringLiteral("SELECT * FROM %1").arg(table), {}, QStringLiteral("digest"));
        if (!rows)
            return "unreadable " + table.toUtf8();
        QStringList lines;
        while (rows.value().next()) {
            const QSqlRecord record = rows.value().record();
            QStringList names;
            for (int i = 0; i < record.count(); ++i)
                names << record.fieldName(i);
            names.sort();
            QString line;
            for (const QString &name : names) {
                const QVariant v = record.value(name);
                line += name + QLatin1Char('=')
                      + (v.isNull() ? QStringLiteral("<null>")
                         : v.typeId() == QMetaType::QByteArray ? QString::fromLatin1(v.toByteArray().toHex())
                                                               : v.toString())
                      + QLatin1Char('\x1f');
            }
            lines << line;
        }
        lines.sort();
        hash.addData(lines.join(QLatin1Char('\x1e')).toUtf8());
    }
    return hash.result().toHex();
}

QStringList numbersFound(Database &db, const QString &query)
{
    QStringList numbers;
    auto found = SearchIndex::search(db, query, 50);
    if (found) {
        for (const SearchHit &hit : found->hits)
            numbers << hit.number;
    }
    return numbers;
}

} // namespace

class TestStoreCopy : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void tablesCoverTheSchema();
    void copy_roundTrip();
    void copy_refused_data();
    void copy_refused();
    void copy_failed_leavesNothing();
    void backupRestore_postgres();

private:
    Database &db() { return *m_db; }
    dctest::FlowDriver &flow() { return *m_flow; }
    QString out(const QString &name) const { return m_out->filePath(name); }
    // A target the test may copy to: a file in the test's folder, or a new database on the server.
    QString newTarget(bool postgres, const QString &name);

    FixedClock m_clock{dctest::fixedNow()};
    dctest::WorkflowTemplate m_template;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<dctest::FlowDriver> m_flow;
    std::unique_ptr<QTemporaryDir> m_out;
};

void TestStoreCopy::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_template.prepare(m_clock), qPrintable(m_template.error));
}

// Every status a revision can be copied in, attachments, a controlled copy and its export.
void TestStoreCopy::init()
{
    m_out = std::make_unique<QTemporaryDir>();
    QVERIFY(m_out->isValid());
    auto opened = m_template.copyTo(out(QStringLiteral("source.dcstore")));
    DC_EXPECT_OK(opened);
    m_db = std::move(opened).value();
    m_flow = std::make_unique<dctest::FlowDriver>(*m_db, m_clock, m_template);

    const QString manual = flow().newDocument(QStringLiteral("信息安全风险管理程序"));
    DC_EXPECT_OK(flow().toEffective(manual));
    const QByteArray png = QByteArray::fromHex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489");
    DC_EXPECT_OK(flow().documents().editDraft(m_template.controller(), manual, QStringLiteral("# 风险\n\n![图](flow.png)\n\n第二版。\n"),
                                              QStringLiteral("年度修订"), RevisionStep::Minor, QHash<QString, QByteArray>{{QStringLiteral("flow.png"), png}}));
    DC_EXPECT_OK(flow().toEffective(manual)); // A/0 superseded, A/1 effective with its image
    ExportRequest controlled{manual, QString(), ExportRequest::Copy::Controlled, QStringLiteral("IT 部"), false, {}};
    DC_EXPECT_OK(ExportService(db(), m_clock).exportPdf(m_template.controller(), controlled, out(QStringLiteral("copy1.pdf"))));
    const QString inReview = flow().newDocument(QStringLiteral("事件管理程序"));
    DC_EXPECT_OK(flow().submit(inReview));
    const QString approved = flow().newDocument(QStringLiteral("变更管理程序"));
    DC_EXPECT_OK(flow().toApproved(approved));
    QVERIFY(!flow().newDocument(QStringLiteral("供应商管理程序")).isEmpty()); // a draft
}

void TestStoreCopy::cleanup()
{
    m_flow.reset();
    m_db.reset();
    m_out.reset();
}

QString TestStoreCopy::newTarget(bool postgres, const QString &name)
{
    if (!postgres)
        return out(name);
    auto made = dctest::newPostgresDatabase();
    return made ? made.value() : QString();
}

// A table the transfer does not know would be lost by every copy.
void TestStoreCopy::tablesCoverTheSchema()
{
    const QString sql = db().isPostgres()
        ? QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'")
        : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
    auto rows = Sql::exec(db(), sql, {}, QStringLiteral("list tables"));
    DC_EXPECT_OK(rows);
    QStringList tables;
    while (rows.value().next()) {
        const QString name = rows.value().value(0).toString();
        // The search index is rebuilt on the target; the marker table is made by create().
        if (!name.startsWith(QLatin1String("search_")) && name != QLatin1String("doccontrol_store"))
            tables << name;
    }
    tables.sort();
    QStringList copied = StoreTransfer::tables();
    copied.sort();
    QCOMPARE(tables, copied);
}

// The source's backend → a file → (on PostgreSQL: a new database →) a file again: each copy
// holds the same rows, verifies, finds the same documents and ends its trail in the source's.
void TestStoreCopy::copy_roundTrip()
{
    const QByteArray content = contentOf(db());
    const QStringList found = numbersFound(db(), QStringLiteral("风险"));
    QVERIFY(!found.isEmpty());
    QStringList hops{newTarget(false, QStringLiteral("first.dcstore"))};
    if (dctest::onPostgres())
        hops << newTarget(true, {}) << newTarget(false, QStringLiteral("back.dcstore"));
    Database *from = &db();
    std::vector<std::unique_ptr<Database>> copies;
    for (const QString &target : hops) {
        QVERIFY(!target.isEmpty());
        auto before = AuditLog(*from).head();
        DC_EXPECT_OK(before);
        auto report = BackupService(*from, m_clock).copyStore(m_template.admin(), target);
        DC_EXPECT_OK(report);
        QVERIFY2(report->ok(), qPrintable(report->problems.value(0).message));
        QCOMPARE(report->headSeq, before->seq);
        QCOMPARE(report->headHash, before->hash);
        QCOMPARE(report->signatures, dctest::rowCount(*from, QStringLiteral("signatures")));

        // The source records the copy after the head it copied.
        auto after = AuditLog(*from).head();
        DC_EXPECT_OK(after);
        QCOMPARE(after->seq, before->seq + 1);
        QCOMPARE(after->action, QStringLiteral("store.copied"));
        QCOMPARE(after->details.value(QLatin1String("to")).toString(), StoreLocation::parse(target)->display());

        auto opened = Database::open(target);
        DC_EXPECT_OK(opened);
        Database &copy = *opened.value();
        QCOMPARE(copy.isPostgres(), StoreLocation::isPostgresUrl(target));
        QCOMPARE(contentOf(copy), content);
        QCOMPARE(numbersFound(copy, QStringLiteral("风险")), found);
        copies.push_back(std::move(opened).value());
        from = copies.back().get();
    }
    // The last copy takes new documents, revisions and events after the copied ones.
    dctest::FlowDriver onCopy(*from, m_clock, m_template);
    const QString added = onCopy.newDocument(QStringLiteral("访问控制程序"));
    QVERIFY(!added.isEmpty());
    DC_EXPECT_OK(onCopy.submit(added));
    auto verified = Verifier(*from).run();
    DC_EXPECT_OK(verified);
    QVERIFY2(verified->ok(), qPrintable(verified->problems.value(0).message));
}

void TestStoreCopy::copy_refused_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("target"); // "new", "existing file", "url with password", "store database"
    QTest::addColumn<ErrorCode>("expected");
    QTest::newRow("controller") << "wangfang" << "new" << ErrorCode::PermissionDenied;
    QTest::newRow("approver") << "zhouba" << "new" << ErrorCode::PermissionDenied;
    QTest::newRow("reader") << "chenjing" << "new" << ErrorCode::PermissionDenied;
    QTest::newRow("onto an existing file") << "admin" << "existing file" << ErrorCode::InvalidInput;
    QTest::newRow("a password in the URL") << "admin" << "url with password" << ErrorCode::InvalidInput;
    QTest::newRow("onto a database holding a store") << "admin" << "store database" << ErrorCode::InvalidInput;
}

// A refused copy writes nothing anywhere and records nothing.
void TestStoreCopy::copy_refused()
{
    QFETCH(QString, user);
    QFETCH(QString, target);
    QFETCH(ErrorCode, expected);
    QString location = out(QStringLiteral("copy.dcstore"));
    QByteArray existing;
    if (target == QLatin1String("existing file")) {
        QFile file(location);
        QVERIFY(file.open(QIODevice::WriteOnly));
        existing = QByteArrayLiteral("someone's file");
        file.write(existing);
    } else if (target == QLatin1String("url with password")) {
        location = QStringLiteral("postgresql://dc:secret@localhost/docs");
    } else if (target == QLatin1String("store database")) {
        if (!dctest::onPostgres())
            QSKIP("PostgreSQL only: a database that already holds a store");
        location = db().path();
    }
    const StoreState before = stateOf(db());
    auto copied = BackupService(db(), m_clock).copyStore(m_template.user(user), location);
    DC_EXPECT_ERROR(copied, expected);
    QCOMPARE(stateOf(db()), before);
    if (target == QLatin1String("existing file"))
        QCOMPARE(dctest::fileBytes(location), existing);
    else if (target == QLatin1String("new"))
        QVERIFY(!QFileInfo::exists(location));
}

// A copy that fails halfway (here: a revision whose status the lifecycle does not know, put
// there behind the store's back) leaves no store at the target: no file, no tables.
void TestStoreCopy::copy_failed_leavesNothing()
{
    DC_EXPECT_OK(dctest::rawSql(db(), dctest::portableSql(db(), QStringLiteral("DROP TRIGGER revisions_lifecycle"))));
    DC_EXPECT_OK(dctest::rawSql(db(), QStringLiteral("UPDATE revisions SET status = 'lost' WHERE id = (SELECT MAX(id) FROM revisions)")));
    const StoreState before = stateOf(db());
    for (const bool postgres : {false, true}) {
        if (postgres && !dctest::onPostgres())
            continue;
        const QString target = newTarget(postgres, QStringLiteral("copy.dcstore"));
        auto copied = BackupService(db(), m_clock).copyStore(m_template.admin(), target);
        DC_EXPECT_ERROR(copied, ErrorCode::CorruptStore);
        QVERIFY2(copied.message().contains(QLatin1String("lost")), qPrintable(copied.message()));
        QCOMPARE(stateOf(db()), before);
        if (!postgres) {
            QCOMPARE(QDir(m_out->path()).entryList({QStringLiteral("copy.dcstore*")}, QDir::Files | QDir::Hidden), QStringList());
        } else {
            auto left = Database::open(target);
            DC_EXPECT_ERROR(left, ErrorCode::NotAStore);
        }
    }
}

// A PostgreSQL store backs up into the same zip as a file store, and restores into a new
// database (or a file) with every row, verified.
void TestStoreCopy::backupRestore_postgres()
{
    if (!dctest::onPostgres())
        QSKIP("PostgreSQL only: file stores are tst_backup's");
    const QByteArray content = contentOf(db());
    const QString zip = out(QStringLiteral("backup.zip"));
    auto manifest = BackupService(db(), m_clock).backup(m_template.admin(), zip);
    DC_EXPECT_OK(manifest);
    QCOMPARE(manifest->documents, 4);
    DC_EXPECT_OK(BackupService::check(zip));

    for (const bool postgres : {true, false}) {
        const QString target = newTarget(postgres, QStringLiteral("restored.dcstore"));
        auto restored = BackupService::restore(zip, target);
        DC_EXPECT_OK(restored);
        QVERIFY(restored->report.ok());
        QCOMPARE(restored->report.headSeq, manifest->headSeq);
        auto opened = Database::open(target);
        DC_EXPECT_OK(opened);
        QCOMPARE(contentOf(*opened.value()), content);
        QCOMPARE(opened.value()->isPostgres(), postgres);
        if (postgres) { // a second restore into the same database is refused, and changes nothing
            const StoreState restoredState = stateOf(*opened.value());
            DC_EXPECT_ERROR(BackupService::restore(zip, target), ErrorCode::InvalidInput);
            QCOMPARE(stateOf(*opened.value()), restoredState);
        }
    }
}

QTEST_MAIN(TestStoreCopy) // the controlled copy is a rendered PDF: fonts need a QGuiApplication
#include "tst_storecopy.moc"
