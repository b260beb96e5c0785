// The tamper suite (issue 11): every change an auditor relies on not happening, made by raw SQL
// on a store this test builds, and the check that names it — verify, verify --against an
// anchor outside the store (a backup, a bundle), or this desk's witness. Each row is one
// attack; the suite prints how many it tried and how many were named.

#include "core/model/event.h"
#include "core/security/contenthash.h"
#include "core/services/anchors.h"
#include "core/services/backupservice.h"
#include "core/services/bundleservice.h"
#include "core/services/demostore.h"
#include "core/services/exportservice.h"
#include "core/services/userservice.h"
#include "core/services/verifier.h"
#include "core/services/witness.h"
#include "core/store/attachmentstore.h"
#include "core/store/auditlog.h"
#include "workflowfixture.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QImage>
#include <QStandardPaths>
#include <QTest>

using namespace dc;
using namespace Qt::StringLiterals;
using dctest::kPassword;
using dctest::names;
using dctest::rawSql;
using dctest::scalar;

namespace {

const QString kImage = QStringLiteral("image-1.png");

QByteArray pngBytes()
{
    QImage image(8, 8, QImage::Format_RGB32);
    image.fill(Qt::darkGreen);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// Recomputes the hash chain from event #`from` on, as someone who can write the file would
// after changing an event: verify alone sees an intact chain again.
Status rechain(Database &db, qint64 from)
{
    if (const Status dropped = rawSql(db, QStringLiteral("DROP TRIGGER IF EXISTS events_no_update")); !dropped)
        return dropped;
    auto events = AuditLog(db).events();
    if (!events)
        return events.error();
    QString previous = Event::genesisHash();
    for (Event e : events.value()) {
        if (e.seq >= from) {
            e.prevHash = previous;
            e.hash = e.computeHash();
            if (const Status s = rawSql(db, QStringLiteral("UPDATE events SET prev_hash = ?, hash = ? WHERE seq = ?"), {e.prevHash, e.hash, e.seq}); !s)
                return s;
        }
        previous = e.hash;
    }
    return {};
}

int g_tried = 0;
int g_named = 0;

} // namespace

class TestTamper : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void untouched();
    void demoStore_verifies();
    void tamper_data();
    void tamper();

private:
    Database &db() { return *m_db; }
    qint64 revisionId() { return scalar(db(), QStringLiteral("SELECT id FROM revisions WHERE label = 'A/0'")).toLongLong(); }
    qint64 keyOf(const QString &user)
    {
        return scalar(db(), QStringLiteral("SELECT k.id FROM user_keys k JOIN users u ON u.id = k.user_id WHERE u.name = ?"), {user}).toLongLong();
    }
    qint64 head() { return scalar(db(), QStringLiteral("SELECT max(seq) FROM events")).toLongLong(); }
    Status apply(const QString &attack);

    FixedClock m_clock{dctest::fixedNow()};
    dctest::WorkflowTemplate m_template;
    QTemporaryDir m_fixtureDir;
    QString m_full;
    QString m_backup; // made after the bundle: its head includes the bundle's exports
    QString m_bundle;
    QString m_pdf;    // an uncontrolled export, made before the bundle
    QString m_number;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestTamper::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_template.prepare(m_clock), qPrintable(m_template.error));
    QVERIFY(m_fixtureDir.isValid());
    m_full = m_fixtureDir.filePath(QStringLiteral("full.dcstore"));
    m_backup = m_fixtureDir.filePath(QStringLiteral("anchor-backup.zip"));
    m_bundle = m_fixtureDir.filePath(QStringLiteral("anchor-bundle.zip"));
    m_pdf = m_fixtureDir.filePath(QStringLiteral("anchor-export.pdf"));
    auto opened = m_template.copyTo(m_full);
    QVERIFY2(opened.ok(), qPrintable(opened.message()));
    std::unique_ptr<Database> store = std::move(opened).value();
    dctest::FlowDriver flow(*store, m_clock, m_template);
    auto created = flow.create(QStringLiteral("信息安全事件管理程序"));
    DC_EXPECT_OK(created);
    m_number = created->number;
    DC_EXPECT_OK(flow.documents().editDraft(m_template.author(), m_number, QStringLiteral("# 信息安全事件管理程序\n\n![流程](image-1.png)\n"),
                                            QStringLiteral("补充流程图"), RevisionStep::Minor, QHash<QString, QByteArray>{{kImage, pngBytes()}}));
    DC_EXPECT_OK(flow.toEffective(m_number));
    ExportRequest pdf;
    pdf.number = m_number;
    DC_EXPECT_OK(ExportService(*store, m_clock).exportPdf(m_template.reader(), pdf, m_pdf));
    DC_EXPECT_OK(BundleService(*store, m_clock).exportBundle(m_template.controller(), kPassword, BundleRequest{{m_number}, u"IT 部"_s}, m_bundle));
    DC_EXPECT_OK(UserService(*store, m_clock).setActive(m_template.admin(), u"sunqi"_s, false)); // signed, then left
    DC_EXPECT_OK(BackupService(*store, m_clock).backup(m_template.admin(), m_backup));
}

void TestTamper::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString path = m_dir->filePath(QStringLiteral("org.dcstore"));
    auto restored = BackupService::restore(m_backup, path); // the store exactly as the backup holds it
    DC_EXPECT_OK(restored);
    QVERIFY(restored->report.ok());
    auto opened = Database::open(path);
    DC_EXPECT_OK(opened);
    m_db = std::move(opened).value();
}

void TestTamper::cleanup()
{
    if (m_db)
        Witness::forget(m_db->path());
    m_db.reset();
    m_dir.reset();
}

void TestTamper::cleanupTestCase()
{
    qInfo("tamper suite: %d cases tried, %d named", g_tried, g_named);
}

void TestTamper::untouched()
{
    auto report = Verifier(db()).run();
    DC_EXPECT_OK(report);
    QVERIFY2(report->ok(), qPrintable(report->problems.value(0).message));
    QCOMPARE(report->textOnlyHashes, 0);
    // The revision's signed hash covers its image: not the text-only hash.
    const QString recorded = scalar(db(), QStringLiteral("SELECT content_hash FROM revisions WHERE id = ?"), {revisionId()}).toString();
    QVERIFY(recorded != contentHash(scalar(db(), QStringLiteral("SELECT content FROM revisions WHERE id = ?"), {revisionId()}).toString()));
    for (const QString &anchor : {m_backup, m_bundle, m_pdf}) {
        auto read = Anchors::read(anchor);
        DC_EXPECT_OK(read);
        auto lost = Anchors::check(db(), {read.value()});
        DC_EXPECT_OK(lost);
        QVERIFY(lost->isEmpty());
    }
    DC_EXPECT_OK(Witness::remember(db()));
    DC_EXPECT_OK(Witness::check(db()));
}

// The demo store, made by the application itself, passes every check verify makes.
void TestTamper::demoStore_verifies()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto demo = DemoStore::openOrCreate(dir.filePath(u"demo.dcstore"_s));
    DC_EXPECT_OK(demo);
    auto report = Verifier(*demo.value()).run();
    DC_EXPECT_OK(report);
    QVERIFY2(report->ok(), qPrintable(report->problems.value(0).object + u": "_s + report->problems.value(0).message));
}

void TestTamper::tamper_data()
{
    QTest::addColumn<QString>("attack");
    QTest::addColumn<QString>("detector"); // verify, against (the backup), witness
    QTest::addColumn<QStringList>("named");  // "{n}": the document number
    const QStringList revision{u"{n} A/0"_s};
    QTest::newRow("text changed") << "text" << "verify" << QStringList{u"{n} A/0"_s, u"changed outside"_s};
    QTest::newRow("text and its hash changed") << "text+hash" << "verify" << QStringList{u"signature"_s, u"other content"_s};
    QTest::newRow("four bytes of an attachment flipped") << "attachment-bytes" << "verify" << QStringList{kImage, u"{n} A/0"_s};
    QTest::newRow("an attachment and its SHA-256 swapped") << "attachment+sha" << "verify" << QStringList{u"{n} A/0"_s, u"SHA-256"_s};
    QTest::newRow("an attachment, its SHA-256 and the content hash swapped") << "attachment+sha+hash" << "verify"
                                                                            << QStringList{u"signature"_s, u"other content"_s};
    QTest::newRow("an event altered") << "event" << "verify" << QStringList{u"Event #3"_s, u"altered"_s};
    QTest::newRow("an event in the middle deleted") << "event-gap" << "verify" << QStringList{u"#3"_s, u"missing"_s};
    QTest::newRow("two public keys swapped") << "keys" << "verify" << QStringList{u"zhaoliu"_s, u"public key"_s};
    QTest::newRow("a signature deleted") << "signature-gone" << "verify" << QStringList{u"missing from the store"_s};
    QTest::newRow("a draft made effective without signatures") << "status" << "verify" << QStringList{u"A/0"_s, u"audit trail"_s};
    QTest::newRow("a reviewer who changed the content") << "editor-signed" << "verify" << QStringList{u"zhaoliu"_s, u"segregation of duties"_s};
    QTest::newRow("a reader promoted to administrator by SQL") << "roles" << "verify" << QStringList{u"chenjing"_s, u"roles"_s, u"admin"_s};
    QTest::newRow("a disabled account enabled by SQL") << "enable" << "verify" << QStringList{u"sunqi"_s, u"enabled"_s};
    QTest::newRow("the admin's password hash swapped for the reader's") << "password" << "verify" << QStringList{u"admin"_s, u"password hash"_s};
    QTest::newRow("a user added by SQL") << "user-added" << "verify" << QStringList{u"mallory"_s, u"never recorded"_s};
    QTest::newRow("a document's title changed") << "title" << "verify" << QStringList{u"{n}"_s, u"title"_s};
    QTest::newRow("a document's classification changed") << "classification" << "verify" << QStringList{u"{n}"_s, u"classification"_s, u"secret"_s};
    QTest::newRow("a next review date moved") << "next-review" << "verify" << QStringList{u"{n} A/0"_s, u"next review date"_s, u"2099-01-01"_s};
    QTest::newRow("the organisation renamed") << "organisation" << "verify" << QStringList{u"organisation"_s, u"假公司"_s};
    QTest::newRow("the export records deleted") << "exports-gone" << "verify" << QStringList{u"{n} A/0"_s, u"export records"_s};
    QTest::newRow("a controlled copy deleted from the register") << "copy-gone" << "verify" << QStringList{u"{n} A/0 No. 1"_s, u"missing from the register"_s};
    QTest::newRow("a controlled copy marked recalled by SQL") << "copy-recalled" << "verify" << QStringList{u"{n} A/0 No. 1"_s, u"recalled"_s};
    QTest::newRow("the last events and their export rows deleted") << "truncate-exports" << "against" << QStringList{u"anchor-backup.zip"_s, u"truncated"_s};
    QTest::newRow("an event changed and the chain recomputed") << "rechain" << "against" << QStringList{u"anchor-backup.zip"_s, u"rewritten"_s};
    QTest::newRow("an event changed and the chain recomputed (exported PDF)") << "rechain" << "against-pdf" << QStringList{u"anchor-export.pdf"_s, u"rewritten"_s};
    QTest::newRow("the bundle's events and after deleted (exported PDF)") << "truncate-pdf" << "against-pdf" << QStringList{u"anchor-export.pdf"_s, u"truncated"_s};
    QTest::newRow("the last event deleted") << "truncate-last" << "witness" << QStringList{u"removed"_s};
    QTest::newRow("the last events and their export rows deleted (witness)") << "truncate-exports" << "witness" << QStringList{u"removed"_s};
    QTest::newRow("the chain recomputed after a change (witness)") << "rechain" << "witness" << QStringList{u"rewritten"_s};
}

Status TestTamper::apply(const QString &attack)
{
    const qint64 rev = revisionId();
    if (attack == u"text")
        return rawSql(db(), u"DROP TRIGGER revisions_immutable"_s).ok() ? rawSql(db(), u"UPDATE revisions SET content = content || '（改）' WHERE id = ?"_s, {rev})
                                                                          : Error{ErrorCode::Database, u"drop"_s};
    if (attack == u"text+hash") {
        (void)rawSql(db(), u"DROP TRIGGER revisions_immutable"_s);
        const QString text = u"# 改过的程序\n"_s;
        return rawSql(db(), u"UPDATE revisions SET content = ?, content_hash = ? WHERE id = ?"_s, {text, contentHash(text), rev});
    }
    if (attack.startsWith(u"attachment")) {
        for (const char *trigger : {"attachments_frozen_update", "revisions_immutable"})
            (void)rawSql(db(), u"DROP TRIGGER IF EXISTS "_s + QLatin1String(trigger));
        QByteArray bytes = scalar(db(), u"SELECT data FROM attachments WHERE revision_id = ?"_s, {rev}).toByteArray();
        for (int i = 0; i < 4; ++i)
            bytes[bytes.size() / 2 + i] = char(bytes.at(bytes.size() / 2 + i) ^ 0x5a);
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        if (attack == u"attachment-bytes")
            return rawSql(db(), u"UPDATE attachments SET data = ? WHERE revision_id = ?"_s, {bytes, rev});
        if (const Status s = rawSql(db(), u"UPDATE attachments SET data = ?, sha256 = ? WHERE revision_id = ?"_s, {bytes, sha, rev}); !s)
            return s;
        if (attack == u"attachment+sha")
            return {};
        auto covering = AttachmentStore(db()).currentContentHash(rev, scalar(db(), u"SELECT content FROM revisions WHERE id = ?"_s, {rev}).toString());
        return covering ? rawSql(db(), u"UPDATE revisions SET content_hash = ? WHERE id = ?"_s, {covering.value(), rev}) : covering.error();
    }
    if (attack == u"event") {
        (void)rawSql(db(), u"DROP TRIGGER events_no_update"_s);
        return rawSql(db(), u"UPDATE events SET details = '{}' WHERE seq = 3"_s);
    }
    if (attack == u"event-gap") {
        (void)rawSql(db(), u"DROP TRIGGER events_no_delete"_s);
        return rawSql(db(), u"DELETE FROM events WHERE seq = 3"_s);
    }
    if (attack == u"keys") {
        (void)rawSql(db(), u"DROP TRIGGER user_keys_public_fixed"_s);
        const QByteArray a = scalar(db(), u"SELECT public_key FROM user_keys WHERE id = ?"_s, {keyOf(u"zhaoliu"_s)}).toByteArray();
        const QByteArray b = scalar(db(), u"SELECT public_key FROM user_keys WHERE id = ?"_s, {keyOf(u"sunqi"_s)}).toByteArray();
        (void)rawSql(db(), u"UPDATE user_keys SET public_key = ? WHERE id = ?"_s, {b, keyOf(u"zhaoliu"_s)});
        return rawSql(db(), u"UPDATE user_keys SET public_key = ? WHERE id = ?"_s, {a, keyOf(u"sunqi"_s)});
    }
    if (attack == u"signature-gone") {
        (void)rawSql(db(), u"DROP TRIGGER signatures_no_delete"_s);
        return rawSql(db(), u"DELETE FROM signatures WHERE id = (SELECT max(id) FROM signatures)"_s);
    }
    if (attack == u"status") {
        dctest::FlowDriver flow(db(), m_clock, m_template);
        auto created = flow.create(u"未经审批的程序"_s);
        if (!created)
            return created.error();
        return dctest::forceStatus(db(), created->id, RevisionStatus::Effective);
    }
    if (attack == u"editor-signed") // the trail shows a reviewer of the revision changed it
        return db().write([&]() { return Status::from(AuditLog(db()).append(u"zhaoliu"_s, u"revision.edited"_s, m_number + u" A/0"_s)); });
    if (attack == u"roles")
        return rawSql(db(), u"UPDATE users SET roles = 'admin,reader' WHERE name = 'chenjing'"_s);
    if (attack == u"enable")
        return rawSql(db(), u"UPDATE users SET active = 1 WHERE name = 'sunqi'"_s);
    if (attack == u"password")
        return rawSql(db(), u"UPDATE users SET password_hash = (SELECT password_hash FROM users WHERE name = 'chenjing') WHERE name = 'admin'"_s);
    if (attack == u"user-added")
        return rawSql(db(), u"INSERT INTO users(name, display_name, roles, password_hash, created_at) SELECT 'mallory', 'M', 'admin', password_hash, created_at FROM users WHERE name = 'chenjing'"_s);
    if (attack == u"title")
        return rawSql(db(), u"UPDATE documents SET title = '不重要的程序' WHERE number = ?"_s, {m_number});
    if (attack == u"classification")
        return rawSql(db(), u"UPDATE documents SET classification = 'secret' WHERE number = ?"_s, {m_number});
    if (attack == u"next-review") {
        (void)rawSql(db(), u"DROP TRIGGER IF EXISTS revisions_immutable"_s);
        return rawSql(db(), u"UPDATE revisions SET next_review_date = '2099-01-01' WHERE id = ?"_s, {rev});
    }
    if (attack == u"organisation")
        return rawSql(db(), u"UPDATE settings SET value = '假公司' WHERE key = 'organisation'"_s);
    if (attack == u"exports-gone")
        return rawSql(db(), u"DELETE FROM exports"_s);
    if (attack == u"copy-gone") {
        if (const Status s = rawSql(db(), u"DELETE FROM exports"_s); !s)
            return s;
        return rawSql(db(), u"DELETE FROM controlled_copies"_s);
    }
    if (attack == u"copy-recalled")
        return rawSql(db(), u"UPDATE controlled_copies SET status = 'recalled', recalled_at = '2026-03-16T00:00:00.000Z'"_s);
    if (attack == u"truncate-exports") {
        (void)rawSql(db(), u"DROP TRIGGER IF EXISTS events_no_delete"_s);
        for (const char *trigger : {"exports_no_delete", "exports_immutable"})
            (void)rawSql(db(), u"DROP TRIGGER IF EXISTS "_s + QLatin1String(trigger));
        if (const Status s = rawSql(db(), u"DELETE FROM exports"_s); !s)
            return s;
        return rawSql(db(), u"DELETE FROM events WHERE seq >= (SELECT min(seq) FROM events WHERE action LIKE 'export.%')"_s);
    }
    if (attack == u"truncate-pdf") { // from the PDF's own export event on: its recorded head goes too
        (void)rawSql(db(), u"DROP TRIGGER IF EXISTS events_no_delete"_s);
        (void)rawSql(db(), u"DELETE FROM exports"_s);
        return rawSql(db(), u"DELETE FROM events WHERE seq >= (SELECT min(seq) FROM events WHERE action LIKE 'export.%') - 1"_s);
    }
    if (attack == u"truncate-last") {
        (void)rawSql(db(), u"DROP TRIGGER IF EXISTS events_no_delete"_s);
        return rawSql(db(), u"DELETE FROM events WHERE seq = (SELECT max(seq) FROM events)"_s);
    }
    if (attack == u"rechain") {
        (void)rawSql(db(), u"DROP TRIGGER IF EXISTS events_no_update"_s);
        if (const Status s = rawSql(db(), u"UPDATE events SET at = '2026-01-01T00:00:00.000Z' WHERE seq = 2"_s); !s)
            return s;
        return rechain(db(), 2);
    }
    return Error{ErrorCode::InvalidInput, u"unknown attack "_s + attack};
}

void TestTamper::tamper()
{
    QFETCH(QString, attack);
    QFETCH(QString, detector);
    QFETCH(QStringList, named);
    named.replaceInStrings(u"{n}"_s, m_number);
    ++g_tried;
    if (detector == u"witness")
        DC_EXPECT_OK(Witness::remember(db()));
    DC_EXPECT_OK(apply(attack));

    QString first;
    if (detector == u"verify") {
        auto report = Verifier(db()).run();
        DC_EXPECT_OK(report);
        // The problem that names the attack (others may follow from it: a status the trail now explains otherwise).
        for (const VerifyProblem &p : report->problems) {
            if (first.isEmpty() || (!names(first, named) && names(p.message, named)))
                first = p.message;
        }
    } else if (detector.startsWith(u"against")) {
        auto inside = Verifier(db()).run(); // what the store alone says: nothing wrong, or not this
        DC_EXPECT_OK(inside);
        auto anchor = Anchors::read(detector == u"against-pdf" ? m_pdf : m_backup);
        DC_EXPECT_OK(anchor);
        auto lost = Anchors::check(db(), {anchor.value()});
        DC_EXPECT_OK(lost);
        first = lost->isEmpty() ? QString() : lost->first().message;
    } else {
        const Status witnessed = Witness::check(db());
        first = witnessed ? QString() : witnessed.message();
    }
    QVERIFY2(!first.isEmpty(), "the attack went unnoticed");
    QVERIFY2(names(first, named), qPrintable(first));
    ++g_named;
}

QTEST_MAIN(TestTamper)
#include "tst_tamper.moc"
