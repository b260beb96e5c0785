// The audit trail and the store's guards: what the triggers refuse outright, and what verify
// finds when somebody with the file drops the triggers and changes the store anyway. Every
// tamper test starts from the same store, built once: ISMS-P-001 taken through the whole path
// twice (A/0 effective, then A/1 effective and A/0 superseded).

#include "core/security/contenthash.h"
#include "core/security/signingkey.h"
#include "core/services/verifier.h"
#include "core/store/auditlog.h"
#include "core/store/workflowstore.h"
#include "workflowfixture.h"

#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>

using namespace dc;
using dctest::kPassword;
using dctest::names;
using dctest::rawSql;
using dctest::scalar;
using dctest::stateOf;
using dctest::StoreState;

namespace {

const QString kNumber = QStringLiteral("ISMS-P-001");

// The first problem verify reports; object "<none>" when it found nothing.
VerifyProblem firstProblem(Database &db)
{
    auto report = Verifier(db).run();
    if (!report)
        return {QStringLiteral("<error>"), report.message()};
    if (report->ok())
        return {QStringLiteral("<none>"), QStringLiteral("verify reported no problem")};
    return report->problems.first();
}

} // namespace

class TestAudit : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void untouched_verifies();
    void chain_links();
    void chain_detailsInAnotherForm();
    void otherDeskWritesDuringVerify();

    void guard_editDraftAfterSubmit();
    void guard_rawRevisionUpdate_data();
    void guard_rawRevisionUpdate();
    void guard_draftStillEditable();
    void guard_noDeletesNoRewrites_data();
    void guard_noDeletesNoRewrites();

    void tamper_content_data();
    void tamper_content();
    void tamper_contentAndHash();
    void tamper_signatureBytes();
    void tamper_event_data();
    void tamper_event();
    void tamper_deleteEvent_data();
    void tamper_deleteEvent();
    void tamper_deleteLastEvent();
    void tamper_swapPublicKeys();
    void tamper_forgedKey();
    void tamper_deleteSignature();
    void tamper_statusWithoutSignatures();

private:
    Database &db() { return *m_db; }
    dctest::FlowDriver &flow() { return *m_flow; }
    qint64 revisionId(const QString &label)
    {
        return scalar(db(), QStringLiteral("SELECT r.id FROM revisions r JOIN documents d ON d.id = r.document_id WHERE d.number = ? AND r.label = ?"),
                      {kNumber, label}).toLongLong();
    }
    // The id of the signature with `meaning` by `signer` on A/0.
    qint64 signatureId(const QString &meaning, const QString &signer)
    {
        return scalar(db(), QStringLiteral("SELECT s.id FROM signatures s JOIN users u ON u.id = s.signer_id WHERE s.revision_id = ? AND s.meaning = ? AND u.name = ?"),
                      {revisionId(QStringLiteral("A/0")), meaning, signer}).toLongLong();
    }
    qint64 headSeq() { return scalar(db(), QStringLiteral("SELECT max(seq) FROM events")).toLongLong(); }

    FixedClock m_clock{dctest::fixedNow()};
    dctest::WorkflowTemplate m_template;
    QTemporaryDir m_fullPathDir;
    QString m_fullPath; // the store after the whole path
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<dctest::FlowDriver> m_flow;
};

void TestAudit::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_template.prepare(m_clock), qPrintable(m_template.error));
    QVERIFY(m_fullPathDir.isValid());
    m_fullPath = m_fullPathDir.filePath(QStringLiteral("full-path.dcstore"));
    auto opened = m_template.copyTo(m_fullPath);
    QVERIFY2(opened.ok(), qPrintable(opened.message()));
    m_fullPath = opened.value()->path(); // on PostgreSQL, the new database's location
    {
        std::unique_ptr<Database> store = std::move(opened).value();
        dctest::FlowDriver flow(*store, m_clock, m_template);
        auto created = flow.create(QStringLiteral("信息安全事件管理程序"));
        DC_EXPECT_OK(created);
        QCOMPARE(created->number, kNumber);
        m_clock.advanceSecs(3600);
        DC_EXPECT_OK(flow.documents().editDraft(m_template.author(), kNumber, QStringLiteral("# 信息安全事件管理程序\n\n事件分为四级。\n"),
                                                QStringLiteral("补充事件分级")));
        DC_EXPECT_OK(flow.toEffective(kNumber));
        m_clock.advanceSecs(24 * 3600);
        DC_EXPECT_OK(flow.documents().editDraft(m_template.author(), kNumber, QStringLiteral("# 信息安全事件管理程序\n\n事件分为四级，1 小时内上报。\n"),
                                                QStringLiteral("缩短上报时限")));
        DC_EXPECT_OK(flow.toEffective(kNumber));
    } // closed: the WAL is checkpointed into the file
    m_clock.set(dctest::fixedNow());
}

void TestAudit::init()
{
    m_clock.set(dctest::fixedNow().addDays(2));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString path = m_dir->filePath(QStringLiteral("org.dcstore"));
    auto opened = dctest::copyStore(m_fullPath, path);
    QVERIFY2(opened.ok(), qPrintable(opened.message()));
    m_db = std::move(opened).value();
    m_flow = std::make_unique<dctest::FlowDriver>(*m_db, m_clock, m_template);
}

void TestAudit::cleanup()
{
    m_flow.reset();
    m_db.reset();
    m_dir.reset();
}

// The baseline every tamper test departs from.
void TestAudit::untouched_verifies()
{
    auto report = Verifier(db()).run();
    DC_EXPECT_OK(report);
    QVERIFY2(report->ok(), qPrintable(firstProblem(db()).message));
    QCOMPARE(report->revisions, 2);
    QCOMPARE(report->signatures, 8);
    QCOMPARE(report->keys, 8);
    QCOMPARE(report->events, headSeq());
    QCOMPARE(report->headSeq, headSeq());
    QCOMPARE(report->headHash, scalar(db(), QStringLiteral("SELECT hash FROM events WHERE seq = ?"), {headSeq()}).toString());
    QCOMPARE(flow().revision(kNumber, QStringLiteral("A/0")).status, RevisionStatus::Superseded);
    QCOMPARE(flow().revision(kNumber, QStringLiteral("A/1")).status, RevisionStatus::Effective);
}

// Each event's hash is SHA-256 of the previous hash and its canonical form, from the genesis hash.
void TestAudit::chain_links()
{
    auto events = AuditLog(db()).events();
    DC_EXPECT_OK(events);
    QVERIFY(events->size() > 20);
    QString previous = Event::genesisHash();
    qint64 seq = 0;
    for (const Event &e : events.value()) {
        QCOMPARE(e.seq, ++seq);
        QCOMPARE(e.prevHash, previous);
        QCOMPARE(e.hash, e.computeHash());
        previous = e.hash;
    }
    auto head = AuditLog(db()).head();
    DC_EXPECT_OK(head);
    QCOMPARE(head->hash, previous);
    auto forDocument = AuditLog(db()).events(kNumber);
    DC_EXPECT_OK(forDocument);
    QVERIFY(!forDocument->isEmpty());
    for (const Event &e : forDocument.value())
        QVERIFY2(e.object == kNumber || e.object.startsWith(kNumber + QLatin1Char(' ')), qPrintable(e.object));
}

// verify hashes the details as stored when they are in the canonical form, and serialises them
// again otherwise: the same details written in another JSON form still verify, and a changed
// value in that form is still found.
void TestAudit::chain_detailsInAnotherForm()
{
    const qint64 seq = scalar(db(), QStringLiteral("SELECT min(seq) FROM events WHERE action = 'signature.reviewed'")).toLongLong();
    QVERIFY(seq > 1);
    const QJsonObject details = QJsonDocument::fromJson(scalar(db(), QStringLiteral("SELECT details FROM events WHERE seq = ?"), {seq}).toString().toUtf8()).object();
    QVERIFY(!details.isEmpty());
    DC_EXPECT_OK(rawSql(db(), QStringLiteral("DROP TRIGGER events_no_update")));
    DC_EXPECT_OK(rawSql(db(), QStringLiteral("UPDATE events SET details = ? WHERE seq = ?"),
                        {QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Indented)), seq}));
    auto report = Verifier(db()).run();
    DC_EXPECT_OK(report);
    QVERIFY2(report->ok(), qPrintable(firstProblem(db()).message));

    QJsonObject altered = details;
    altered.insert(QStringLiteral("comment"), QStringLiteral("不同意"));
    DC_EXPECT_OK(rawSql(db(), QStringLiteral("UPDATE events SET details = ? WHERE seq = ?"),
                        {QString::fromUtf8(QJsonDocument(altered).toJson(QJsonDocument::Indented)), seq}));
    const VerifyProblem first = firstProblem(db());
    QCOMPARE(first.object, QStringLiteral("event #%1").arg(seq));
    QVERIFY2(first.message.contains(QStringLiteral("altered")), qPrintable(first.message));
}

// Another desk submits a revision and signs its reviews while verify runs, after verify read the
// trail: verify checks the store as it was when it began (one snapshot), so the newer status and
// signatures are not taken for changes made outside DocControl; the next verify sees them.
void TestAudit::otherDeskWritesDuringVerify()
{
    DC_EXPECT_OK(flow().documents().editDraft(m_template.author(), kNumber, QStringLiteral("# 信息安全事件管理程序\n\n事件分为五级。\n"),
                                              QStringLiteral("增加一级")));
    const qint64 headBefore = headSeq();
    auto otherDesk = Database::open(db().path());
    QVERIFY2(otherDesk.ok(), qPrintable(otherDesk.message()));
    dctest::FlowDriver other(*otherDesk.value(), m_clock, m_template);

    Verifier verifier(db());
    QList<Verifier::Step> steps;
    Status written;
    verifier.onStep([&](Verifier::Step step) {
        steps.append(step);
        if (step == Verifier::Step::Revisions) { // the trail has been read
            written = other.submit(kNumber);
            if (written)
                written = other.review(kNumber);
        }
    });
    auto report = verifier.run();
    DC_EXPECT_OK(written);
    DC_EXPECT_OK(report);
    QVERIFY2(report->ok(), qPrintable(report->problems.value(0).message));
    QCOMPARE(report->headSeq, headBefore);
    QCOMPARE(report->signatures, 8);
    QCOMPARE(steps, (QList<Verifier::Step>{Verifier::Step::Pages, Verifier::Step::Events, Verifier::Step::Revisions, Verifier::Step::Signatures,
                                          Verifier::Step::Replays, Verifier::Step::Register}));

    auto after = Verifier(db()).run();
    DC_EXPECT_OK(after);
    QVERIFY2(after->ok(), qPrintable(after->problems.value(0).message));
    QVERIFY(after->headSeq > headBefore);
    QCOMPARE(after->signatures, 10);
    QCOMPARE(flow().revision(kNumber, QStringLiteral("A/2")).status, RevisionStatus::InApproval);
}

void TestAudit::guard_editDraftAfterSubmit()
{
    auto created = flow().create(QStringLiteral("变更管理程序"));
    DC_EXPECT_OK(created);
    DC_EXPECT_OK(flow().submit(created->number));
    const StoreState before = stateOf(db());
    auto edited = flow().documents().editDraft(m_template.controller(), created->number, QStringLiteral("审核中修改"), QStringLiteral("修改"));
    DC_EXPECT_ERROR(edited, ErrorCode::InvalidState);
    QVERIFY2(names(edited.message(), {created->number, QStringLiteral("A/0")}), qPrintable(edited.message()));
    QCOMPARE(stateOf(db()), before);
}

void TestAudit::guard_rawRevisionUpdate_data()
{
    QTest::addColumn<QString>("label"); // "A/0" superseded, "A/1" effective, "new" a revision in review
    QTest::addColumn<QString>("column");
    for (const char *label : {"new", "A/1", "A/0"}) {
        for (const char *column : {"content", "content_hash", "change_summary", "label", "author_id", "created_at"})
            QTest::addRow("%s %s", label, column) << QString::fromLatin1(label) << QString::fromLatin1(column);
    }
}

// From submission on, the store itself refuses to change what was submitted.
void TestAudit::guard_rawRevisionUpdate()
{
    QFETCH(QString, label);
    QFETCH(QString, column);
    qint64 id = 0;
    if (label == QLatin1String("new")) {
        auto created = flow().create(QStringLiteral("变更管理程序"));
        DC_EXPECT_OK(created);
        DC_EXPECT_OK(flow().submit(created->number));
        id = scalar(db(), QStringLiteral("SELECT max(id) FROM revisions")).toLongLong();
        QCOMPARE(scalar(db(), QStringLiteral("SELECT status FROM revisions WHERE id = ?"), {id}).toString(), QStringLiteral("in_review"));
    } else {
        id = revisionId(label);
    }
    QVERIFY(id > 0);
    const QString value = column == QLatin1String("author_id") ? QStringLiteral("1") : QStringLiteral("篡改");
    const StoreState before = stateOf(db());
    const Status changed = rawSql(db(), QStringLiteral("UPDATE revisions SET %1 = ? WHERE id = ?").arg(column), {value, id});
    QVERIFY2(!changed.ok(), "the store let a submitted revision change");
    QVERIFY2(changed.message().contains(QStringLiteral("immutable")), qPrintable(changed.message()));
    QCOMPARE(stateOf(db()), before);
}

void TestAudit::guard_draftStillEditable()
{
    auto created = flow().create(QStringLiteral("变更管理程序"));
    DC_EXPECT_OK(created);
    const qint64 id = scalar(db(), QStringLiteral("SELECT max(id) FROM revisions")).toLongLong();
    const QString text = QStringLiteral("草稿可以修改");
    const StoreState before = stateOf(db());
    DC_EXPECT_OK(rawSql(db(), QStringLiteral("UPDATE revisions SET content = ?, content_hash = ?, change_summary = ? WHERE id = ?"),
                        {text, contentHash(text), QStringLiteral("直接修改"), id}));
    // The store's fingerprint sees a change that leaves every row count alone.
    const StoreState after = stateOf(db());
    QCOMPARE(after.revisions, before.revisions);
    QVERIFY(!(after == before));
    auto edited = flow().documents().editDraft(m_template.controller(), created->number, QStringLiteral("再次修改"), QStringLiteral("修改"));
    DC_EXPECT_OK(edited);
    QCOMPARE(edited->content, QStringLiteral("再次修改"));
    // The status still moves only along the lifecycle.
    DC_EXPECT_ERROR(rawSql(db(), QStringLiteral("UPDATE revisions SET status = 'effective' WHERE id = ?"), {id}), ErrorCode::Database);
}

void TestAudit::guard_noDeletesNoRewrites_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("why"); // in the store's refusal
    QTest::newRow("delete the effective revision") << QStringLiteral("DELETE FROM revisions WHERE label = 'A/1'") << QStringLiteral("never deleted");
    QTest::newRow("delete the superseded revision") << QStringLiteral("DELETE FROM revisions WHERE label = 'A/0'") << QStringLiteral("never deleted");
    QTest::newRow("delete a draft") << QStringLiteral("DELETE FROM revisions WHERE status = 'draft'") << QStringLiteral("never deleted");
    QTest::newRow("insert an effective revision")
        << QStringLiteral("INSERT INTO revisions(document_id, label, status, content, content_hash, change_summary, author_id, created_at, updated_at)"
                          " SELECT document_id, 'Z/9', 'effective', content, content_hash, change_summary, author_id, created_at, updated_at FROM revisions LIMIT 1")
        << QStringLiteral("draft");
    QTest::newRow("update a signature's bytes") << QStringLiteral("UPDATE signatures SET signature = zeroblob(64) WHERE id = 1") << QStringLiteral("cannot be changed");
    QTest::newRow("update a signature's comment") << QStringLiteral("UPDATE signatures SET comment = '篡改' WHERE id = 1") << QStringLiteral("cannot be changed");
    QTest::newRow("delete a signature") << QStringLiteral("DELETE FROM signatures WHERE id = 1") << QStringLiteral("cannot be deleted");
    QTest::newRow("update an event") << QStringLiteral("UPDATE events SET details = '{}' WHERE seq = 5") << QStringLiteral("append-only");
    QTest::newRow("delete an event") << QStringLiteral("DELETE FROM events WHERE seq = 5") << QStringLiteral("append-only");
    QTest::newRow("delete the last event") << QStringLiteral("DELETE FROM events WHERE seq = (SELECT max(seq) FROM events)") << QStringLiteral("append-only");
    QTest::newRow("replace a public key") << QStringLiteral("UPDATE user_keys SET public_key = zeroblob(32) WHERE id = 1") << QStringLiteral("never changes");
    QTest::newRow("move a key to another user") << QStringLiteral("UPDATE user_keys SET user_id = 1 WHERE id = 2") << QStringLiteral("never changes");
}

void TestAudit::guard_noDeletesNoRewrites()
{
    QFETCH(QString, sql);
    QFETCH(QString, why);
    // A draft to try on, too.
    DC_EXPECT_OK(flow().create(QStringLiteral("变更管理程序")));
    const StoreState before = stateOf(db());
    const Status done = rawSql(db(), sql);
    QVERIFY2(!done.ok(), "the store let it pass");
    QVERIFY2(done.message().contains(why), qPrintable(done.message()));
    QCOMPARE(stateOf(db()), before);
}

void TestAudit::tamper_content_data()
{
    QTest::addColumn<QString>("label");
    QTest::newRow("superseded revision") << QStringLiteral("A/0");
    QTest::newRow("effective revision") << QStringLiteral("A/1");
}

void TestAudit::tamper_content()
{
    QFETCH(QString, label);
    DC_EXPECT_OK(rawSql(db(), QStringLiteral("DROP TRIGGER revisions_immutable")));
    DC_EXPECT_OK(rawSql(db(), QStringLiteral("UPDATE revisions SET content = content || '（不必上报）' WHERE id = ?"), {revisionId(label)}));
    const QString object = kNumber + QLatin1Char(' ') + label;
    const VerifyProblem first = firstProblem(db());
    QCOMPARE(first.object, object);
    QVERIFY2(names(first.message, {object}), qPrintable(first.message));
    if (label == QLatin1String("A/1")) {
        // Nobody signs on top of it either.
        const StoreState before = stateOf(db());
        auto reviewed = flow().workflow().periodicReview(m_template.reviewer(), kPassword, kNumber);
        DC_EXPECT_ERROR(reviewed, ErrorCode::CorruptStore);
        QVERIFY2(names(reviewed.message(), {kNumber, label}), qPrintable(reviewed.message()));
        QCOMPARE(stateOf(db()), before);
    }
}

// Content and its hash changed together: the trail still knows what was submitted.
void TestAudit::tamper_contentAndHash()
{
    DC_EXPECT_OK(rawSql(db(), QStringLiteral("DROP TRIGGER revisions_immutable")));
    const QString forged = QStringLiteral("# 信息安全事件管理程序\n\n事件无需上报。\n");
    DC_EXPECT_OK(rawSql(db(), QStringLiteral("UPDATE revisions SET content = ?, content_hash = ? WHERE id = ?"),
                        {forged, contentHash(forged), revisionId(QStringLiteral("A/1"))}));
    const QString object = kNumber + QStringLiteral(" A/1");
    auto report = Verifier(db()).run();
    DC_EXPECT_OK(report);
    QVERIFY(!report->ok());
    QCOMPARE(report->problems.first().object, object);
    QVERIFY2(names(report->problems.first().message, {object}), qPrintable(report->problems.first().message));
    // The signatures on A/1 were made over the old hash, so they fail too.
    const bool signaturesFail = std::any_of(report->problems.cbegin(), report->problems.cend(),
                                            [](const VerifyProblem &p) { return p.object.startsWith(QStringLiteral("signature #")); });
    QVERIFY(signaturesFail);
}

void TestAudit::tamper_signatureBytes()
{
    const qint64 id = signatureId(QStringLiteral("approved"), QStringLiteral("zhouba"));
    QVERIFY(id > 1);
    QByteArray bytes = scalar(db(), QStringLiteral("SELECT signature FROM signatures WHERE id = ?"), {id}).toByteArray();
    QCOMPARE(bytes.size(), 64);
    bytes[10] = static_cast<char>(bytes.at(10) ^ 0x40);
    DC_EXPECT_OK(rawSql(db(), QStringLiteral("DROP TRIGGER signatures_no_update")));
    DC_EXPECT_OK(rawSql(db(), QStringLiteral("UPDATE signatures SET signature = ? WHERE id = ?"), {bytes, id}));
    const VerifyProblem first = firstProblem(db());
    const QString object = QStringLiteral("signature #%1").arg(id);
    QCOMPARE(first.object, object);
    QVERIFY2(names(first.message, {object, QStringLiteral("zhouba"), kNumber, QStringLiteral("A/0")}), qPrintable(first.message));
}

void TestAudit::tamper_event_data()
{
    QTest::addColumn<QString>("which"); // which event
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("value"); // for details: a new comment
    QTest::newRow("a review's comment") << QStringLiteral("signature.reviewed") << QStringLiteral("details") << QStringLiteral("不同意");
    QTest::newRow("the middle event's details") << QStringLiteral("middle") << QStringLiteral("details") << QStringLiteral("篡改");
    QTest::newRow("who approved") << QStringLiteral("signature.approved") << QStringLiteral("user_name") << QStringLiteral("wujiu");
    QTest::newRow("when it was released") << QStringLiteral("revision.released") << QStringLiteral("at") << QStringLiteral("2026-01-01T00:00:00.000Z");
    QTest::newRow("what was submitted") << QStringLiteral("revision.submitted") << QStringLiteral("object") << QStringLiteral("ISMS-P-002 A/0");
}

void TestAudit::tamper_event()
{
    QFETCH(QString, which);
    QFETCH(QString, column);
    QFETCH(QString, value);
    const qint64 seq = which == QLatin1String("middle")
                           ? headSeq() / 2
                           : scalar(db(), QStringLiteral("SELECT min(seq) FROM events WHERE action = ?"), {which}).toLongLong();
    QVERIFY(seq > 1 && seq < headSeq());
    QString newValue = value;
    if (column == QLatin1String("details")) {
        QJsonObject details = QJsonDocument::fromJson(scalar(db(), QStringLiteral("SELECT details FROM events WHERE seq = ?"), {seq}).toString().toUtf8()).object();
        details.insert(QStringLiteral("comment"), value);
        newValue = QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
    }
    DC_EXPECT_OK(rawSql(db(), QStringLiteral("DROP TRIGGER events_no_update")));
    DC_EXPECT_OK(rawSql(db(), QStringLiteral("UPDATE events SET %1 = ? WHERE seq = ?").arg(column), {newValue, seq}));
    const VerifyProblem first = firstProblem(db());
    const QString object = QStringLiteral("event #%1").arg(seq);
    QCOMPARE(first.object, object);
    QVERIFY2(names(first.message, {QStringLiteral("#%1").arg(seq)}), qPrintable(first.message));
}

void TestAudit::tamper_deleteEvent_data()
{
    QTest::addColumn<QString>("which");
    QTest::newRow("the first event") << QStringLiteral("first");
    QTest::newRow("an event in the middle") << QStringLiteral("middle");
    QTest::newRow("a signature's event") << QStringLiteral("signature.approved");
}

void TestAudit::tamper_deleteEvent()
{
    QFETCH(QString, which);
    const qint64 seq = which == QLatin1String("first")    ? 1
                       : which == QLatin1String("middle") ? headSeq() / 2
                                                          : scalar(db(), QStringLiteral("SELECT min(seq) FROM events WHERE action = ?"), {which}).toLongLong();
    QVERIFY(seq >= 1 && seq < headSeq());
    DC_EXPECT_OK(rawSql(db(), QStringLiteral("DROP TRIGGER events_no_delete")));
    DC_EXPECT_OK(rawSql(db(), QStringLiteral("DELETE FROM events WHERE seq = ?"), {seq}));
    const VerifyProblem first = firstProblem(db());
    QCOMPARE(first.object, QStringLiteral("event #%1").arg(seq + 1)); // the one after the gap
    QVERIFY2(names(first.message, {QStringLiteral("#%1").arg(seq)}), qPrintable(first.message));
    QVERIFY2(first.message.contains(QStringLiteral("missing")), qPrintable(first.message));
}

// A cut tail leaves a consistent chain: verify alone cannot see it. What it reports is the
// head, which backups and bundles record: the head moves back, so comparing with an earlier
// record shows the cut.
void TestAudit::tamper_deleteLastEvent()
{
    auto before = Verifier(db()).run();
    DC_EXPECT_OK(before);
    QVERIFY(before->ok());
    const QString cutPrevHash = scalar(db(), QStringLiteral("SELECT prev_hash FROM events WHERE seq = ?"), {before->headSeq}).toString();
    DC_EXPECT_OK(rawSql(db(), QStringLiteral("DROP TRIGGER events_no_delete")));
    DC_EXPECT_OK(rawSql(db(), QStringLiteral("DELETE FROM events WHERE seq = ?"), {before->headSeq}));
    auto after = Verifier(db()).run();
    DC_EXPECT_OK(after);
    QCOMPARE(after->headSeq, before->headSeq - 1);
    QVERIFY(after->headHash != before->headHash);
    QCOMPARE(after->headHash, cutPrevHash);
    QCOMPARE(after->events, before->events - 1);
}

void TestAudit::tamper_swapPublicKeys()
{
    const qint64 zhaoliu = scalar(db(), QStringLiteral("SELECT k.id FROM user_keys k JOIN users u ON u.id = k.user_id WHERE u.name = 'zhaoliu'")).toLongLong();
    const qint64 sunqi = scalar(db(), QStringLiteral("SELECT k.id FROM user_keys k JOIN users u ON u.id = k.user_id WHERE u.name = 'sunqi'")).toLongLong();
    QVERIFY(zhaoliu > 0 && zhaoliu < sunqi);
    DC_EXPECT_OK(rawSql(db(), QStringLiteral("DROP TRIGGER user_keys_public_fixed")));
    const QByteArray a = scalar(db(), QStringLiteral("SELECT public_key FROM user_keys WHERE id = ?"), {zhaoliu}).toByteArray();
    const QByteArray b = scalar(db(), QStringLiteral("SELECT public_key FROM user_keys WHERE id = ?"), {sunqi}).toByteArray();
    DC_EXPECT_OK(rawSql(db(), QStringLiteral("UPDATE user_keys SET public_key = ? WHERE id = ?"), {b, zhaoliu}));
    DC_EXPECT_OK(rawSql(db(), QStringLiteral("UPDATE user_keys SET public_key = ? WHERE id = ?"), {a, sunqi}));
    const VerifyProblem first = firstProblem(db());
    QCOMPARE(first.object, QStringLiteral("key #%1 of zhaoliu").arg(zhaoliu));
    QVERIFY2(names(first.message, {QStringLiteral("#%1").arg(zhaoliu), QStringLiteral("zhaoliu")}), qPrintable(first.message));
}

// The attack a key swap is for: replace zhaoliu's key with one the attacker holds and re-sign
// zhaoliu's review with it. The signature now verifies against the stored key, but the key is
// not the one the trail recorded.
void TestAudit::tamper_forgedKey()
{
    const qint64 keyId = scalar(db(), QStringLiteral("SELECT k.id FROM user_keys k JOIN users u ON u.id = k.user_id WHERE u.name = 'zhaoliu'")).toLongLong();
    const qint64 signature = signatureId(QStringLiteral("reviewed"), QStringLiteral("zhaoliu"));
    auto attacker = SigningKey::generate(QStringLiteral("attacker-pass-1"));
    DC_EXPECT_OK(attacker);
    const QByteArray secret = SigningKey::unseal(attacker->sealedSecret, QStringLiteral("attacker-pass-1")).value();
    auto stored = WorkflowStore(db()).signatures(revisionId(QStringLiteral("A/0")));
    DC_EXPECT_OK(stored);
    Signature target;
    for (const Signature &s : stored.value()) {
        if (s.id == signature)
            target = s;
    }
    QCOMPARE(target.id, signature);
    target.comment = QStringLiteral("同意（伪造）");
    const QByteArray forged = SigningKey::sign(secret, target.payload());

    DC_EXPECT_OK(rawSql(db(), QStringLiteral("DROP TRIGGER user_keys_public_fixed")));
    DC_EXPECT_OK(rawSql(db(), QStringLiteral("DROP TRIGGER signatures_no_update")));
    DC_EXPECT_OK(rawSql(db(), QStringLiteral("UPDATE user_keys SET public_key = ?, sealed_secret = ? WHERE id = ?"),
                        {attacker->publicKey, attacker->sealedSecret, keyId}));
    DC_EXPECT_OK(rawSql(db(), QStringLiteral("UPDATE signatures SET signature = ?, comment = ? WHERE id = ?"), {forged, target.comment, signature}));
    QVERIFY(SigningKey::verify(attacker->publicKey, target.payload(), forged));

    auto report = Verifier(db()).run();
    DC_EXPECT_OK(report);
    QVERIFY(!report->ok());
    QCOMPARE(report->problems.first().object, QStringLiteral("key #%1 of zhaoliu").arg(keyId));
    const bool signatureNamed = std::any_of(report->problems.cbegin(), report->problems.cend(), [&](const VerifyProblem &p) {
        return p.object == QStringLiteral("signature #%1").arg(signature);
    });
    QVERIFY(signatureNamed);
}

void TestAudit::tamper_deleteSignature()
{
    const qint64 id = signatureId(QStringLiteral("reviewed"), QStringLiteral("sunqi"));
    QVERIFY(id > 0);
    DC_EXPECT_OK(rawSql(db(), QStringLiteral("DROP TRIGGER signatures_no_delete")));
    DC_EXPECT_OK(rawSql(db(), QStringLiteral("DELETE FROM signatures WHERE id = ?"), {id}));
    const VerifyProblem first = firstProblem(db());
    const QString object = QStringLiteral("signature #%1").arg(id);
    QCOMPARE(first.object, object);
    QVERIFY2(names(first.message, {QStringLiteral("#%1").arg(id), QStringLiteral("missing")}), qPrintable(first.message));
}

// A status moved along the lifecycle by raw SQL (no trigger needs dropping for that): a draft
// becomes "effective" with nobody having reviewed, approved or released it. The trail and the
// signatures show no such thing, and verify must say so, naming the revision.
void TestAudit::tamper_statusWithoutSignatures()
{
    auto created = flow().create(QStringLiteral("未经审批的程序"));
    DC_EXPECT_OK(created);
    DC_EXPECT_OK(dctest::forceStatus(db(), created->id, RevisionStatus::Effective));
    QCOMPARE(flow().revision(created->number, QStringLiteral("A/0")).status, RevisionStatus::Effective);
    const VerifyProblem first = firstProblem(db());
    const QString object = created->number + QStringLiteral(" A/0");
    QCOMPARE(first.object, object);
    QVERIFY2(names(first.message, {object}), qPrintable(first.message));
}

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
