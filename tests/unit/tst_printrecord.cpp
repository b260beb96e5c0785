// A print in two steps (ExportService::buildPrint, recordPrint): building the pages records
// nothing, whatever the copy; recording takes exactly the copy number the stamp foresaw, in one
// write with its audit event; a record whose pages no longer match the store (the number taken
// by another desk, the revision superseded) fails with Conflict and changes nothing, and the
// pages built again carry the next number.

#include "core/render/pdfidentity.h"
#include "core/services/exportservice.h"
#include "core/store/auditlog.h"
#include "workflowfixture.h"

#include <QFile>
#include <QStandardPaths>
#include <QTest>

using namespace dc;
using namespace Qt::StringLiterals;
using dctest::names;
using dctest::stateOf;
using dctest::StoreState;

class TestPrintRecord : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void build_recordsNothing_data();
    void build_recordsNothing();
    void build_refusedOnAReadOnlyStore();
    void record_issuesTheForeseenCopy();
    void record_uncontrolledPrintEvent();
    void record_conflict_data();
    void record_conflict();

private:
    Database &db() { return *m_db; }
    const User &controller() const { return m_template.controller(); }
    // The seed's document, its revision A/0 effective.
    const QString &effective() const { return m_number; }
    static ExportRequest request(const QString &number, const QString &holder)
    {
        return {number, {}, holder.isEmpty() ? ExportRequest::Copy::Uncontrolled : ExportRequest::Copy::Controlled, holder, false, {}};
    }
    int copyCount(const QString &number)
    {
        auto copies = ExportService(db(), m_clock).copies(controller(), number);
        return copies ? int(copies->size()) : -1;
    }
    Event lastEvent()
    {
        auto head = AuditLog(db()).head();
        return head ? head.value() : Event{};
    }

    FixedClock m_clock{dctest::fixedNow()};
    dctest::WorkflowTemplate m_template;
    QTemporaryDir m_seedDir; // the template with one effective document, built once (signing costs an Argon2)
    QString m_seed;
    QString m_number;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestPrintRecord::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_template.prepare(m_clock), qPrintable(m_template.error));
    QVERIFY(m_seedDir.isValid());
    dctest::WorkflowSession session;
    const QString failed = session.open(m_template, m_clock);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    m_number = session.flow().newDocument(u"访问控制程序"_s);
    QVERIFY(!m_number.isEmpty());
    DC_EXPECT_OK(session.flow().toEffective(m_number));
    m_seed = m_seedDir.filePath(u"seed.dcstore"_s);
    DC_EXPECT_OK(dctest::rawSql(session.db(), u"VACUUM INTO ?"_s, {m_seed}));
}

void TestPrintRecord::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString path = m_dir->filePath(u"store.dcstore"_s);
    QVERIFY(QFile::copy(m_seed, path));
    auto opened = Database::open(path);
    DC_EXPECT_OK(opened);
    m_db = std::move(opened).value();
}

void TestPrintRecord::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestPrintRecord::build_recordsNothing_data()
{
    QTest::addColumn<QString>("holder"); // empty: an uncontrolled print
    QTest::addColumn<int>("issuedBefore");
    QTest::addColumn<QString>("stamp");
    QTest::newRow("uncontrolled") << QString() << 0 << u"非受控 UNCONTROLLED COPY"_s;
    QTest::newRow("controlled, first copy") << u"IT 部"_s << 0 << u"受控文件 CONTROLLED COPY No. 001 — 持有人 Holder: IT 部"_s;
    QTest::newRow("controlled, after two copies") << u"运维部"_s << 2 << u"受控文件 CONTROLLED COPY No. 003 — 持有人 Holder: 运维部"_s;
}

// Building the pages, even several times (a preview opened and closed again and again),
// changes nothing in the store; a controlled print's stamp names the next free number.
void TestPrintRecord::build_recordsNothing()
{
    QFETCH(QString, holder);
    QFETCH(int, issuedBefore);
    QFETCH(QString, stamp);
    const QString n = effective();
    ExportService exports(db(), m_clock);
    for (int i = 0; i < issuedBefore; ++i)
        DC_EXPECT_OK(exports.exportPdf(controller(), request(n, u"质量部"_s), m_dir->filePath(u"earlier-%1.pdf"_s.arg(i))));

    const StoreState before = stateOf(db());
    for (int attempt = 0; attempt < 2; ++attempt) {
        auto job = exports.buildPrint(controller(), request(n, holder));
        DC_EXPECT_OK(job);
        QVERIFY2(render::stampText(job->document.stamp).startsWith(stamp), qPrintable(render::stampText(job->document.stamp)));
        QCOMPARE(job->copy.has_value(), !holder.isEmpty());
        if (job->copy) {
            QCOMPARE(job->copy->copyNumber, issuedBefore + 1);
            QCOMPARE(job->copy->holder, holder);
            QCOMPARE(job->copy->id, 0); // foreseen, not issued
            QCOMPARE(render::identityOf(job->document).copyNumber, issuedBefore + 1);
        }
        QVERIFY(!job->fingerprint.isEmpty());
        QCOMPARE(stateOf(db()), before);
    }
    QCOMPARE(copyCount(n), issuedBefore);
}

// Pages that reach paper must be recordable: a store open read-only refuses to build them.
void TestPrintRecord::build_refusedOnAReadOnlyStore()
{
    const QString n = effective();
    auto readOnly = Database::open(db().path(), Database::Access::ReadOnly);
    DC_EXPECT_OK(readOnly);
    DC_EXPECT_ERROR(ExportService(*readOnly.value(), m_clock).buildPrint(m_template.reader(), request(n, {})), ErrorCode::ReadOnlyStore);
}

// The printer took the pages: one copy with the foreseen number, its holder and its event, in
// one write. The same job recorded again would be a second copy under a number already taken.
void TestPrintRecord::record_issuesTheForeseenCopy()
{
    const QString n = effective();
    ExportService exports(db(), m_clock);
    DC_EXPECT_OK(exports.exportPdf(controller(), request(n, u"质量部"_s), m_dir->filePath(u"earlier.pdf"_s)));
    const qint64 eventsBefore = lastEvent().seq;

    auto job = exports.buildPrint(controller(), request(n, u"IT 部"_s));
    DC_EXPECT_OK(job);
    QCOMPARE(job->copy->copyNumber, 2);
    auto recorded = exports.recordPrint(controller(), job.value());
    DC_EXPECT_OK(recorded);
    QVERIFY(recorded->copy);
    QCOMPARE(recorded->copy->copyNumber, 2);
    QVERIFY(recorded->copy->id > 0);
    QCOMPARE(recorded->identity.copyNumber, 2);
    QVERIFY(recorded->path.isEmpty() && recorded->fileSha256.isEmpty());

    auto copies = exports.copies(controller(), n);
    DC_EXPECT_OK(copies);
    QCOMPARE(copies->size(), 2);
    const ControlledCopy &copy = copies->constLast();
    QCOMPARE(u"%1 %2 %3 %4 %5"_s.arg(copy.label).arg(copy.copyNumber).arg(copy.holder, copy.issuedBy, toKey(copy.status)), u"A/0 2 IT 部 wangfang issued"_s);
    const Event event = lastEvent();
    QCOMPARE(event.seq, eventsBefore + 1);
    QCOMPARE(event.user + u' ' + event.action + u' ' + event.object, u"wangfang export.controlled "_s + n + u" A/0"_s);
    QCOMPARE(event.details.value(QLatin1String("medium")).toString(), u"print"_s);
    QCOMPARE(event.details.value(QLatin1String("copy")).toInt(), 2);
    QCOMPARE(event.details.value(QLatin1String("holder")).toString(), u"IT 部"_s);

    const StoreState after = stateOf(db());
    DC_EXPECT_ERROR(exports.recordPrint(controller(), job.value()), ErrorCode::Conflict);
    QCOMPARE(stateOf(db()), after);
}

// An uncontrolled print is recorded as an event and an export row, without a copy.
void TestPrintRecord::record_uncontrolledPrintEvent()
{
    const QString n = effective();
    ExportService exports(db(), m_clock);
    auto job = exports.buildPrint(m_template.reader(), request(n, {}));
    DC_EXPECT_OK(job);
    QVERIFY(!job->copy);
    const qint64 eventsBefore = lastEvent().seq;
    const int rowsBefore = dctest::scalar(db(), u"SELECT count(*) FROM exports"_s).toInt();
    auto recorded = exports.recordPrint(m_template.reader(), job.value());
    DC_EXPECT_OK(recorded);
    QVERIFY(!recorded->copy);
    const Event event = lastEvent();
    QCOMPARE(event.seq, eventsBefore + 1);
    QCOMPARE(event.user + u' ' + event.action + u' ' + event.object, u"chenjing export.uncontrolled "_s + n + u" A/0"_s);
    QCOMPARE(event.details.value(QLatin1String("medium")).toString(), u"print"_s);
    QVERIFY(!event.details.contains(QLatin1String("copy")));
    QCOMPARE(dctest::scalar(db(), u"SELECT count(*) FROM exports"_s).toInt(), rowsBefore + 1);
    QCOMPARE(dctest::scalar(db(), u"SELECT kind || ' ' || medium || ' ' || coalesce(copy_id, 0) FROM exports ORDER BY id DESC LIMIT 1"_s).toString(),
             u"uncontrolled print 0"_s);
    QCOMPARE(copyCount(n), 0);
}

void TestPrintRecord::record_conflict_data()
{
    QTest::addColumn<QString>("holder"); // empty: an uncontrolled print
    QTest::addColumn<QString>("meanwhile");
    QTest::addColumn<QStringList>("named");
    QTest::newRow("copy number taken by another desk") << u"IT 部"_s << u"copy"_s << QStringList{u"No. 001"_s, u"print again"_s};
    QTest::newRow("revision superseded, controlled") << u"IT 部"_s << u"release"_s << QStringList{u"print again"_s};
    QTest::newRow("revision superseded, uncontrolled") << QString() << u"release"_s << QStringList{u"print again"_s};
}

// The store changed between building the pages and the printer taking them: recording fails
// with Conflict and leaves the store as it was; the pages built again are recorded.
void TestPrintRecord::record_conflict()
{
    QFETCH(QString, holder);
    QFETCH(QString, meanwhile);
    QFETCH(QStringList, named);
    const QString n = effective();
    ExportService exports(db(), m_clock);
    auto job = exports.buildPrint(controller(), request(n, holder));
    DC_EXPECT_OK(job);

    if (meanwhile == u"copy") {
        auto otherDesk = Database::open(db().path());
        DC_EXPECT_OK(otherDesk);
        auto taken = ExportService(*otherDesk.value(), m_clock).exportPdf(controller(), request(n, u"质量部"_s), m_dir->filePath(u"other.pdf"_s));
        DC_EXPECT_OK(taken);
        QCOMPARE(taken->copy->copyNumber, job->copy->copyNumber);
    } else {
        dctest::FlowDriver flow(db(), m_clock, m_template);
        DC_EXPECT_OK(flow.documents().editDraft(controller(), n, u"# 新版\n\n更新的流程。\n"_s, u"换版"_s));
        DC_EXPECT_OK(flow.toEffective(n));
    }
    const int copiesBefore = copyCount(n);
    const StoreState before = stateOf(db());
    auto recorded = exports.recordPrint(controller(), job.value());
    DC_EXPECT_ERROR(recorded, ErrorCode::Conflict);
    QVERIFY2(names(recorded.message(), named + QStringList{n}), qPrintable(recorded.message()));
    QCOMPARE(stateOf(db()), before);
    QCOMPARE(copyCount(n), copiesBefore);

    // Built again from the store as it is now, the pages are recorded.
    auto again = exports.buildPrint(controller(), request(n, holder));
    DC_EXPECT_OK(again);
    auto retried = exports.recordPrint(controller(), again.value());
    DC_EXPECT_OK(retried);
    if (!holder.isEmpty())
        QCOMPARE(retried->copy->copyNumber, again->copy->copyNumber);
    QCOMPARE(copyCount(n), copiesBefore + (holder.isEmpty() ? 0 : 1));
}

QTEST_MAIN(TestPrintRecord)
#include "tst_printrecord.moc"
