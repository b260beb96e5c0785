// Retention and disposition: when retention ends (the rule), the disposition list, destroying a
// record's content with a signature (verify still passes, and fails when content goes missing
// without a disposal), keeping a record longer, legal holds, and the refusals, which change
// nothing. Also the upgrade of a store of schema 9.

#include "core/model/disposition.h"
#include "core/services/demostore.h"
#include "core/services/dispositionservice.h"
#include "core/services/session.h"
#include "core/services/exportinput.h"
#include "core/services/verifier.h"
#include "core/store/searchindex.h"
#include "workflowfixture.h"

#include <QBuffer>
#include <QImage>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace dc;
using namespace Qt::StringLiterals;
using dctest::kPassword;
using dctest::names;
using dctest::rawSql;
using dctest::scalar;
using dctest::stateOf;
using dctest::StoreState;

class TestDisposition : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void retentionEnd_rule_data();
    void retentionEnd_rule();
    void due_list();
    void destroy_removesContent_verifies();
    void destroy_refused_data();
    void destroy_refused();
    void keep_leavesListUntilDate();
    void hold_blocksDisposition();
    void verify_missingContent_data();
    void verify_missingContent();
    void upgrade_fromSchema9();
    void demoStore_recordPastRetention();

private:
    Database &db() { return m_session.db(); }
    dctest::FlowDriver &flow() { return m_session.flow(); }
    DispositionService disposition() { return DispositionService(db(), m_clock); }
    const User &controller() const { return m_template.controller(); }
    // A record kept `years` after it takes effect today (2026-03-15), with an image attached.
    QString record(const QString &title, int years);
    // The numbers on the disposition list now.
    QStringList dueNumbers();
    static QDate fixedToday() { return dctest::fixedNow().toLocalTime().date(); }
    // Moves the clock to `date` (09:30 UTC).
    void setToday(const QDate &date) { m_clock.set(QDateTime(date, QTime(9, 30), QTimeZone::utc())); }
    bool verifies()
    {
        auto report = Verifier(db()).run();
        if (report && !report->ok())
            qWarning("%s: %s", qPrintable(report->problems.first().object), qPrintable(report->problems.first().message));
        return report && report->ok();
    }

    FixedClock m_clock{dctest::fixedNow()};
    dctest::WorkflowTemplate m_template;
    dctest::WorkflowSession m_session;
};

QString TestDisposition::record(const QString &title, int years)
{
    NewDocument d;
    d.title = title;
    d.type = DocumentType::Record;
    d.owner = u"lisi"_s;
    d.retentionYears = years;
    d.content = u"# "_s + title + u"\n\n巡检发现机房温度正常。\n"_s;
    auto created = flow().documents().create(controller(), d);
    if (!created) {
        qWarning("%s", qPrintable(created.message()));
        return {};
    }
    QImage image(2, 2, QImage::Format_RGB32);
    image.fill(Qt::red);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    auto edited = flow().documents().editDraft(m_template.author(), created->number, d.content + u"\n![照片](photo.png)\n"_s, u"附照片"_s,
                                               RevisionStep::Minor, {{u"photo.png"_s, png}});
    if (!edited)
        qWarning("%s", qPrintable(edited.message()));
    if (const Status s = flow().toEffective(created->number); !s)
        qWarning("%s", qPrintable(s.message()));
    return created->number;
}

QStringList TestDisposition::dueNumbers()
{
    auto due = disposition().due(controller());
    if (!due)
        qWarning("%s", qPrintable(due.message()));
    QStringList numbers;
    for (const DispositionItem &item : due.value())
        numbers << item.number;
    return numbers;
}

void TestDisposition::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_template.prepare(m_clock), qPrintable(m_template.error));
}

void TestDisposition::init()
{
    m_clock.set(dctest::fixedNow());
    const QString failed = m_session.open(m_template, m_clock);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
}

void TestDisposition::cleanup()
{
    m_session.close();
}

void TestDisposition::retentionEnd_rule_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("years");
    QTest::addColumn<QDate>("effective");
    QTest::addColumn<QDate>("withdrawn");
    QTest::addColumn<QDate>("ends"); // invalid: never due
    const QDate effective(2020, 3, 1), withdrawn(2024, 6, 30);
    QTest::newRow("record in use: effective + years") << int(DocumentType::Record) << 5 << effective << QDate() << QDate(2025, 3, 1);
    QTest::newRow("record without a period: kept") << int(DocumentType::Record) << 0 << effective << QDate() << QDate();
    QTest::newRow("record never released: kept") << int(DocumentType::Record) << 5 << QDate() << QDate() << QDate();
    QTest::newRow("procedure in use: never") << int(DocumentType::Procedure) << 5 << effective << QDate() << QDate();
    QTest::newRow("withdrawn procedure: withdrawal + years") << int(DocumentType::Procedure) << 3 << effective << withdrawn << QDate(2027, 6, 30);
    QTest::newRow("withdrawn, no period: at once") << int(DocumentType::Policy) << 0 << effective << withdrawn << withdrawn;
    QTest::newRow("withdrawn record: withdrawal + years") << int(DocumentType::Record) << 2 << effective << withdrawn << QDate(2026, 6, 30);
}

void TestDisposition::retentionEnd_rule()
{
    QFETCH(int, type);
    QFETCH(int, years);
    QFETCH(QDate, effective);
    QFETCH(QDate, withdrawn);
    QFETCH(QDate, ends);
    const auto end = retentionEnd(RetentionFacts{DocumentType(type), years, effective, withdrawn});
    QCOMPARE(end.has_value(), ends.isValid());
    if (end) {
        QCOMPARE(end->ends, ends);
        QCOMPARE(end->basis, withdrawn.isValid() ? RetentionBasis::Withdrawn : RetentionBasis::RecordEffective);
    }
}

// Only documents whose retention ended are listed: a record a year after it took effect, a
// withdrawn document without a retention period at once; documents in use never.
void TestDisposition::due_list()
{
    const QString kept1 = record(u"机房巡检记录 2026-03"_s, 1);
    const QString kept3 = record(u"备份恢复测试记录"_s, 3);
    const QString forever = record(u"管理评审记录"_s, 0);
    const QString procedure = flow().newDocument(u"访问控制程序"_s);
    QVERIFY(flow().toEffective(procedure).ok());
    const QString withdrawn = flow().newDocument(u"旧版口令管理规定"_s);
    QVERIFY(flow().toEffective(withdrawn).ok());
    QVERIFY(flow().workflow().withdraw(controller(), kPassword, withdrawn, u"并入访问控制程序"_s).ok());
    QCOMPARE(dueNumbers(), QStringList{withdrawn});
    setToday(QDate(2027, 3, 14));
    QCOMPARE(dueNumbers(), QStringList{withdrawn});
    setToday(QDate(2027, 3, 15));
    QCOMPARE(dueNumbers(), (QStringList{withdrawn, kept1}));
    setToday(QDate(2040, 1, 1));
    QCOMPARE(dueNumbers(), (QStringList{withdrawn, kept1, kept3}));
    QVERIFY(!dueNumbers().contains(forever));
    QVERIFY(!dueNumbers().contains(procedure));
    auto item = disposition().due(controller())->at(1);
    QCOMPARE(item.due, QDate(2027, 3, 15));
    QCOMPARE(item.end.from, QDate(2026, 3, 15));
    QVERIFY2(describe(item.end, item.retentionYears).contains(u"2026-03-15"_s), qPrintable(describe(item.end, item.retentionYears)));
    for (const User *who : {&m_template.reader(), &m_template.author(), &m_template.reviewer()})
        DC_EXPECT_ERROR(disposition().due(*who), ErrorCode::PermissionDenied);
    DC_EXPECT_OK(disposition().due(m_template.admin()));
}

// Destroying empties the text and attachments of every revision and the index, keeps hashes,
// signatures and events, is signed, and verify passes; reading the content then says why.
void TestDisposition::destroy_removesContent_verifies()
{
    const QString n = record(u"机房巡检记录 2025-01"_s, 1);
    QVERIFY(!n.isEmpty());
    const QString hashes = scalar(db(), u"SELECT group_concat(content_hash, ',') FROM revisions r JOIN documents d ON d.id = r.document_id WHERE d.number = ?"_s, {n}).toString();
    auto found = SearchIndex::search(db(), u"温度"_s);
    DC_EXPECT_OK(found);
    QCOMPARE(found->total, 1);
    setToday(QDate(2027, 4, 1));
    auto signature = disposition().destroy(controller(), kPassword, n, u"保存期满，按记录控制程序销毁"_s);
    DC_EXPECT_OK(signature);
    QCOMPARE(signature->meaning, SignatureMeaning::Disposed);
    QCOMPARE(signature->signer, controller().name);
    QCOMPARE(signature->revisionLabel, u"A/0"_s); // the effective revision
    QCOMPARE(toKey(SignatureMeaning::Disposed), u"disposed"_s);

    QCOMPARE(scalar(db(), u"SELECT count(*) FROM revisions r JOIN documents d ON d.id = r.document_id WHERE d.number = ? AND r.content <> ''"_s, {n}).toInt(), 0);
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM attachments WHERE length(data) > 0"_s).toInt(), 0);
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM attachments"_s).toInt(), 1); // name, type and SHA-256 stay
    QCOMPARE(scalar(db(), u"SELECT group_concat(content_hash, ',') FROM revisions r JOIN documents d ON d.id = r.document_id WHERE d.number = ?"_s, {n}).toString(), hashes);
    found = SearchIndex::search(db(), u"温度"_s);
    DC_EXPECT_OK(found);
    QCOMPARE(found->total, 0);
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM events WHERE action = 'document.disposed' AND object = ?"_s, {n}).toInt(), 1);
    auto state = disposition().state(n);
    DC_EXPECT_OK(state);
    QVERIFY(state->disposed());
    QVERIFY(!dueNumbers().contains(n));
    QVERIFY(verifies());

    // What reads or changes content says it was disposed of.
    auto preview = ExportInput::load(db(), controller(), n, {});
    DC_EXPECT_ERROR(preview, ErrorCode::InvalidState);
    QVERIFY2(names(preview.message(), {n, u"disposed"_s}), qPrintable(preview.message()));
    auto review = flow().workflow().periodicReview(controller(), kPassword, n, u"评审"_s);
    DC_EXPECT_ERROR(review, ErrorCode::InvalidState);
    QVERIFY2(names(review.message(), {n, u"disposed"_s}), qPrintable(review.message()));
    // The disposal itself cannot be undone in the store.
    QVERIFY(!rawSql(db(), u"UPDATE documents SET disposed_at = NULL WHERE number = ?"_s, {n}).ok());
}

void TestDisposition::destroy_refused_data()
{
    QTest::addColumn<QString>("case_");
    QTest::addColumn<int>("code");
    QTest::addColumn<QStringList>("named");
    QTest::newRow("retention running") << u"early"_s << int(ErrorCode::InvalidState) << QStringList{u"{n}"_s, u"2027-03-15"_s};
    QTest::newRow("wrong password") << u"password"_s << int(ErrorCode::AuthenticationFailed) << QStringList{u"wangfang"_s};
    QTest::newRow("not a controller") << u"author"_s << int(ErrorCode::PermissionDenied) << QStringList{u"lisi"_s};
    QTest::newRow("no reason") << u"reason"_s << int(ErrorCode::InvalidInput) << QStringList{u"{n}"_s};
    QTest::newRow("legal hold") << u"hold"_s << int(ErrorCode::InvalidState) << QStringList{u"{n}"_s, u"诉讼"_s};
    QTest::newRow("already disposed") << u"twice"_s << int(ErrorCode::InvalidState) << QStringList{u"{n}"_s, u"already"_s};
    QTest::newRow("document in use") << u"procedure"_s << int(ErrorCode::InvalidState) << QStringList{u"{n}"_s, u"withdraw"_s};
    QTest::newRow("no such document") << u"missing"_s << int(ErrorCode::NotFound) << QStringList{u"NOPE-1"_s};
}

// Every refusal names the problem and leaves the store exactly as it was.
void TestDisposition::destroy_refused()
{
    QFETCH(QString, case_);
    QFETCH(int, code);
    QFETCH(QStringList, named);
    QString n = record(u"机房巡检记录 2025-02"_s, 1);
    QString password = kPassword, reason = u"保存期满"_s;
    const User *who = &controller();
    if (case_ != u"early")
        setToday(QDate(2027, 4, 1));
    if (case_ == u"password")
        password = u"wrong"_s;
    else if (case_ == u"author")
        who = &m_template.author();
    else if (case_ == u"reason")
        reason = u" "_s;
    else if (case_ == u"hold")
        DC_EXPECT_OK(disposition().setHold(controller(), n, true, u"诉讼保全"_s));
    else if (case_ == u"twice")
        DC_EXPECT_OK(disposition().destroy(controller(), kPassword, n, reason));
    else if (case_ == u"procedure") {
        n = flow().newDocument(u"信息安全方针"_s);
        QVERIFY(flow().toEffective(n).ok());
    } else if (case_ == u"missing")
        n = u"NOPE-1"_s;
    named.replaceInStrings(u"{n}"_s, n);
    const StoreState before = stateOf(db());
    auto refused = disposition().destroy(*who, password, n, reason);
    DC_EXPECT_ERROR(refused, ErrorCode(code));
    QVERIFY2(names(refused.message(), named), qPrintable(refused.message()));
    QCOMPARE(stateOf(db()), before);
    QVERIFY(verifies());
}

// Keeping a record longer takes it off the list until that day; the decision is audited and
// replayed by verify.
void TestDisposition::keep_leavesListUntilDate()
{
    const QString n = record(u"变更记录 2026-03"_s, 1);
    setToday(QDate(2027, 4, 1));
    QCOMPARE(dueNumbers(), QStringList{n});
    const StoreState before = stateOf(db());
    DC_EXPECT_ERROR(disposition().keep(controller(), n, QDate(2027, 4, 1), u"审计需要"_s), ErrorCode::InvalidInput);
    DC_EXPECT_ERROR(disposition().keep(controller(), n, QDate(2028, 4, 1), u""_s), ErrorCode::InvalidInput);
    DC_EXPECT_ERROR(disposition().keep(m_template.reader(), n, QDate(2028, 4, 1), u"审计需要"_s), ErrorCode::PermissionDenied);
    QCOMPARE(stateOf(db()), before);
    DC_EXPECT_OK(disposition().keep(controller(), n, QDate(2028, 4, 1), u"外部审计需要"_s));
    QVERIFY(dueNumbers().isEmpty());
    auto refused = disposition().destroy(controller(), kPassword, n, u"保存期满"_s);
    DC_EXPECT_ERROR(refused, ErrorCode::InvalidState);
    QVERIFY2(names(refused.message(), {n, u"2028-04-01"_s, u"外部审计需要"_s}), qPrintable(refused.message()));
    QVERIFY(verifies());
    setToday(QDate(2028, 4, 1));
    QCOMPARE(dueNumbers(), QStringList{n});
    QCOMPARE(disposition().due(controller())->first().keepReason, u"外部审计需要"_s);
    DC_EXPECT_OK(disposition().destroy(controller(), kPassword, n, u"延长期满"_s));
    QVERIFY(verifies());
}

// A legal hold keeps a document off the list and blocks its disposal until lifted.
void TestDisposition::hold_blocksDisposition()
{
    const QString n = record(u"安全事件记录 2026-001"_s, 1);
    setToday(QDate(2027, 4, 1));
    StoreState before = stateOf(db());
    DC_EXPECT_ERROR(disposition().setHold(controller(), n, false, u"无"_s), ErrorCode::InvalidState);
    DC_EXPECT_ERROR(disposition().setHold(controller(), n, true, u" "_s), ErrorCode::InvalidInput);
    DC_EXPECT_ERROR(disposition().setHold(m_template.author(), n, true, u"诉讼"_s), ErrorCode::PermissionDenied);
    QCOMPARE(stateOf(db()), before);
    DC_EXPECT_OK(disposition().setHold(controller(), n, true, u"劳动仲裁证据"_s));
    QVERIFY(dueNumbers().isEmpty());
    QCOMPARE(disposition().state(n)->legalHold, u"劳动仲裁证据"_s);
    before = stateOf(db());
    DC_EXPECT_ERROR(disposition().setHold(controller(), n, true, u"再次"_s), ErrorCode::InvalidState);
    DC_EXPECT_ERROR(disposition().keep(controller(), n, QDate(2030, 1, 1), u"延长"_s), ErrorCode::InvalidState);
    QCOMPARE(stateOf(db()), before);
    QVERIFY(verifies());
    DC_EXPECT_OK(disposition().setHold(controller(), n, false, u"仲裁结案"_s));
    QCOMPARE(dueNumbers(), QStringList{n});
    QVERIFY(verifies());
}

void TestDisposition::verify_missingContent_data()
{
    QTest::addColumn<QString>("attack");
    QTest::addColumn<QStringList>("named");
    QTest::newRow("content emptied without a disposal") << u"emptied"_s << QStringList{u"{n} A/0"_s, u"SHA-256"_s};
    QTest::newRow("marked disposed without the trail") << u"marked"_s << QStringList{u"{n}"_s, u"no disposal"_s};
    QTest::newRow("legal hold lifted outside") << u"hold"_s << QStringList{u"{n}"_s, u"legal hold"_s};
    QTest::newRow("disposal signature without a disposal") << u"forged"_s << QStringList{u"disposed"_s, u"{n}"_s};
}

// Content missing without the disposal event that records it fails verify (tampering).
void TestDisposition::verify_missingContent()
{
    QFETCH(QString, attack);
    QFETCH(QStringList, named);
    if (db().isPostgres())
        QSKIP("the attacks drop SQLite triggers");
    const QString n = record(u"机房巡检记录 2025-03"_s, 1);
    named.replaceInStrings(u"{n}"_s, n);
    DC_EXPECT_OK(disposition().setHold(controller(), n, true, u"证据"_s));
    QVERIFY(verifies());
    (void)rawSql(db(), u"DROP TRIGGER IF EXISTS revisions_immutable"_s);
    (void)rawSql(db(), u"DROP TRIGGER IF EXISTS signatures_no_update"_s);
    if (attack == u"emptied") {
        QVERIFY(rawSql(db(), u"UPDATE revisions SET content = ''"_s).ok());
    } else if (attack == u"marked") {
        QVERIFY(rawSql(db(), u"UPDATE documents SET disposed_at = '2027-01-01T00:00:00Z' WHERE number = ?"_s, {n}).ok());
        QVERIFY(rawSql(db(), u"UPDATE revisions SET content = ''"_s).ok());
    } else if (attack == u"hold") {
        QVERIFY(rawSql(db(), u"UPDATE documents SET legal_hold = '' WHERE number = ?"_s, {n}).ok());
    } else {
        QVERIFY(rawSql(db(), u"UPDATE signatures SET meaning = 'disposed' WHERE meaning = 'released'"_s).ok());
    }
    auto report = Verifier(db()).run();
    DC_EXPECT_OK(report);
    QVERIFY2(!report->ok(), "the attack went unnoticed");
    bool found = false;
    for (const VerifyProblem &p : report->problems)
        found = found || names(p.object + u' ' + p.message, named);
    QVERIFY2(found, qPrintable(report->problems.first().message));
}

// A store of schema 9 opens as schema 10: documents get the retention columns, and a disposal
// works on it.
void TestDisposition::upgrade_fromSchema9()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString location;
    {
        auto old = m_template.copyTo(dir.filePath(u"old.dcstore"_s));
        DC_EXPECT_OK(old);
        DC_EXPECT_OK(dctest::undoRetention(*old.value()));
        DC_EXPECT_OK(rawSql(*old.value(), old.value()->isPostgres() ? u"UPDATE doccontrol_store SET schema_version = 9"_s : u"PRAGMA user_version = 9"_s));
        QVERIFY(!scalar(*old.value(), u"SELECT count(*) FROM documents WHERE disposed_at IS NULL"_s).isValid());
        location = old.value()->path();
    }
    auto reopened = Database::open(location);
    DC_EXPECT_OK(reopened);
    Database &upgraded = *reopened.value();
    QCOMPARE(scalar(upgraded, upgraded.isPostgres() ? u"SELECT schema_version FROM doccontrol_store"_s : u"PRAGMA user_version"_s).toInt(), Database::currentSchemaVersion());
    QVERIFY(scalar(upgraded, u"SELECT count(*) FROM documents WHERE legal_hold = '' AND disposed_at IS NULL AND keep_until IS NULL"_s).isValid());
    dctest::FlowDriver driver(upgraded, m_clock, m_template);
    NewDocument d;
    d.title = u"升级后的记录"_s;
    d.type = DocumentType::Record;
    d.owner = u"lisi"_s;
    d.retentionYears = 1;
    d.content = u"内容"_s;
    auto created = driver.documents().create(controller(), d);
    DC_EXPECT_OK(created);
    DC_EXPECT_OK(driver.toEffective(created->number));
    setToday(QDate(2027, 4, 1));
    DC_EXPECT_OK(DispositionService(upgraded, m_clock).destroy(controller(), kPassword, created->number, u"保存期满"_s));
    auto report = Verifier(upgraded).run();
    DC_EXPECT_OK(report);
    QVERIFY2(report->ok(), qPrintable(report->problems.value(0).message));
}

// The demo store holds a record released two years ago and kept one year: it is on the list,
// is disposed of with a signature, and verify still passes (issue 16 item 5's done-when).
void TestDisposition::demoStore_recordPastRetention()
{
    if (db().isPostgres())
        QSKIP("the demo store is a file");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto session = Session::openDemo(dir.filePath(u"demo.dcstore"_s), m_clock);
    DC_EXPECT_OK(session);
    auto wangfang = session.value()->signIn(QString::fromLatin1(DemoStore::kController), QString::fromLatin1(DemoStore::kPassword));
    DC_EXPECT_OK(wangfang);
    auto due = session.value()->disposition().due(wangfang.value());
    DC_EXPECT_OK(due);
    QCOMPARE(due->size(), 1);
    QCOMPARE(due->first().number, u"ISMS-R-002"_s);
    QCOMPARE(due->first().end.from, fixedToday().addYears(-2));
    auto disposed = session.value()->disposition().destroy(wangfang.value(), QString::fromLatin1(DemoStore::kPassword), u"ISMS-R-002"_s, u"保存期满"_s);
    DC_EXPECT_OK(disposed);
    auto report = session.value()->verifier().run();
    DC_EXPECT_OK(report);
    QVERIFY2(report->ok(), qPrintable(report->problems.value(0).message));
}

QTEST_GUILESS_MAIN(TestDisposition)
#include "tst_disposition.moc"
