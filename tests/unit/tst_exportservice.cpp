// ExportService: the stamp of each status, what a reader of the PDF sees (pdftotext), controlled
// copies numbered per revision, recall and destruction, the copies a release lists for recall,
// what the store and the audit trail record, checkPdf. Refusals: code, message, unchanged store
// (dctest::StoreState), no file written.

#include "core/render/pdfexport.h"
#include "core/render/pdfidentity.h"
#include "core/services/exportservice.h"
#include "core/services/settingsservice.h"
#include "core/store/auditlog.h"
#include "pdftotext.h"
#include "exportfixture.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonObject>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace dc;
using namespace Qt::StringLiterals;
using dctest::kPassword;
using dctest::names;
using dctest::stateOf;
using dctest::StoreState;
using S = RevisionStatus;

namespace {

// Words only the stamps use: a stamp is drawn as outlines, never as text.
const QStringList kStampWords{u"受控文件"_s, u"CONTROLLED"_s, u"持有人"_s, u"Holder"_s, u"非受控"_s,   u"printed"_s,    u"valid on that day"_s, u"仅当日有效"_s,
                              u"草稿"_s,     u"DRAFT"_s,      u"not for use"_s, u"作废"_s,     u"OBSOLETE"_s};

QString sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

} // namespace

class TestExportService : public QObject, private dctest::ExportFixture {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void stampFollowsStatus_data();
    void stampFollowsStatus();
    void controlledCopies_numberedPerRevision();
    void refused_data();
    void refused();
    void writeFails_recordsNothing_data();
    void writeFails_recordsNothing();
    void storeBusy_keepsExistingFile();
    void ontoTheStore_refused();
    void print_recordsWithoutFile();
    void recallDestroy();
    void release_listsCopiesToRecall();
    void checkPdf_againstTheStore();
    void checkPdf_refused_data();
    void checkPdf_refused();

};

void TestExportService::initTestCase()
{
    buildSeed();
}

void TestExportService::init()
{
    openCopy();
}

void TestExportService::cleanup()
{
    closeCopy();
}

void TestExportService::stampFollowsStatus_data()
{
    QTest::addColumn<QString>("stage"); // which seed document
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("stamp");
    QTest::newRow("draft") << "draft" << "A/0" << "draft";
    QTest::newRow("in review") << "in_review" << "A/0" << "draft";
    QTest::newRow("approved, not yet released") << "approved" << "A/0" << "draft";
    QTest::newRow("effective") << "effective" << "A/0" << "uncontrolled";
    QTest::newRow("effective, asked by no label") << "effective" << "" << "uncontrolled";
    QTest::newRow("superseded") << "superseded" << "A/0" << "obsolete";
    QTest::newRow("draft after an effective revision") << "superseded" << "A/2" << "draft";
    QTest::newRow("withdrawn") << "withdrawn" << "A/0" << "obsolete";
}

// An uncontrolled export carries the stamp of the revision's status, in its identity; the text
// layer has header and footer but no stamp; the store and the audit trail record the file's SHA-256.
void TestExportService::stampFollowsStatus()
{
    QFETCH(QString, stage);
    QFETCH(QString, label);
    QFETCH(QString, stamp);
    const QString n = doc(stage);
    const QString title = DocumentStore(db()).find(n)->title;
    const QString expectedLabel = label.isEmpty() ? u"A/0"_s : label;
    const Revision revision = flow().revision(n, expectedLabel);
    QVERIFY(revision.id > 0);

    const qint64 eventsBefore = lastEvent().seq;
    ExportService exports(db(), m_clock);
    const QString path = out(u"export.pdf"_s);
    // A reader prints what is effective; the controller anything.
    const User &who = stamp == u"uncontrolled" ? m_template.reader() : m_template.controller();
    auto exported = exports.exportPdf(who, uncontrolled(n, label), path);
    DC_EXPECT_OK(exported);
    const QByteArray bytes = dctest::fileBytes(path);
    QVERIFY(bytes.startsWith("%PDF-"));
    QCOMPARE(exported->fileSha256, sha256Of(bytes));
    QVERIFY(!exported->copy);

    // The identity in the file is the one returned, and names the revision and its stamp.
    auto identity = render::readPdfIdentity(path);
    DC_EXPECT_OK(identity);
    QCOMPARE(identity.value(), exported->identity);
    QCOMPARE(identity->number, n);
    QCOMPARE(identity->revisionLabel, expectedLabel);
    QCOMPARE(identity->copyNumber, 0);
    QCOMPARE(identity->contentSha256, revision.contentHash);
    QCOMPARE(render::stampKindKey(identity->stamp), stamp);

    // One audit event export.<kind> naming the revision and the file's hash; one export row.
    const Event event = lastEvent();
    QCOMPARE(event.seq, eventsBefore + 1);
    QCOMPARE(said(event), who.name + u" export."_s + stamp + u' ' + n + u' ' + expectedLabel);
    QCOMPARE(event.details.value(QLatin1String("file_sha256")).toString(), exported->fileSha256);
    QCOMPARE(event.details.value(QLatin1String("medium")).toString(), u"pdf"_s);
    QCOMPARE(lastExportRow(), stamp + u" pdf "_s + exported->fileSha256 + u" 0 "_s + expectedLabel);

    // What a reader of the file sees: header and footer as text, the stamp only as drawing.
    PDFTOTEXT(text, path);
    for (const QString &expected : {u"云启信息技术有限公司"_s, n, title, expectedLabel, u"内部 Internal"_s, u"第 1 页 共"_s, u"Page 1 of"_s})
        QVERIFY2(text.contains(expected), qPrintable(expected + u" missing from: "_s + text.left(400)));
    if (stamp == u"uncontrolled")
        QVERIFY2(text.contains(u"2026-03-15"_s), "the effective date is missing from the footer");
    for (const QString &word : kStampWords)
        QVERIFY2(!text.contains(word, Qt::CaseInsensitive), qPrintable(u"stamp text in the text layer: "_s + word));
}

// Controlled copies take 001, 002 … per revision, in the identity, the register, the record of
// exports and the audit trail; a print takes the next number too; the next revision starts at 001.
void TestExportService::controlledCopies_numberedPerRevision()
{
    const QString n = doc(u"effective"_s);
    ExportService exports(db(), m_clock);
    const QStringList holders{u"IT 部"_s, u"质量部"_s, u"人事部"_s};
    for (int i = 0; i < holders.size(); ++i) {
        const QString path = out(u"copy-%1.pdf"_s.arg(i + 1));
        auto exported = exports.exportPdf(m_template.controller(), controlled(n, holders.at(i)), path);
        DC_EXPECT_OK(exported);
        QVERIFY(exported->copy);
        QCOMPARE(exported->copy->copyNumber, i + 1);
        QCOMPARE(exported->copy->holder, holders.at(i));
        QCOMPARE(exported->copy->issuedBy + u' ' + toKey(exported->copy->status), u"wangfang issued"_s);
        auto identity = render::readPdfIdentity(path);
        DC_EXPECT_OK(identity);
        QCOMPARE(identity->copyNumber, i + 1);
        QCOMPARE(identity->stamp, render::StampKind::Controlled);
        const Event event = lastEvent();
        QCOMPARE(said(event), u"wangfang export.controlled "_s + n + u" A/0"_s);
        QCOMPARE(event.details.value(QLatin1String("copy")).toInt(), i + 1);
        QCOMPARE(event.details.value(QLatin1String("holder")).toString(), holders.at(i));
        QCOMPARE(event.details.value(QLatin1String("file_sha256")).toString(), exported->fileSha256);
        QCOMPARE(lastExportRow(), u"controlled pdf %1 %2 A/0"_s.arg(exported->fileSha256).arg(i + 1));
    }
    auto printed = exports.buildPrint(m_template.controller(), controlled(n, u"前台"_s));
    DC_EXPECT_OK(printed);
    QVERIFY(printed->copy);
    QCOMPARE(printed->copy->copyNumber, 4);
    QCOMPARE(render::stampText(printed->document.stamp), u"受控文件 CONTROLLED COPY No. 004 — 持有人 Holder: 前台"_s);
    DC_EXPECT_OK(exports.recordPrint(m_template.controller(), printed.value()));

    DC_EXPECT_OK(releaseNext(n));
    auto next = exports.exportPdf(m_template.controller(), controlled(n, u"IT 部"_s), out(u"a1.pdf"_s));
    DC_EXPECT_OK(next);
    QCOMPARE(next->identity.revisionLabel, u"A/1"_s);
    QCOMPARE(next->copy->copyNumber, 1);

    auto register_ = exports.copies(m_template.controller(), n);
    DC_EXPECT_OK(register_);
    QStringList listed;
    for (const ControlledCopy &c : register_.value())
        listed << u"%1 %2 %3"_s.arg(c.label).arg(c.copyNumber).arg(c.holder);
    QCOMPARE(listed, (QStringList{u"A/0 1 IT 部"_s, u"A/0 2 质量部"_s, u"A/0 3 人事部"_s, u"A/0 4 前台"_s, u"A/1 1 IT 部"_s}));
    DC_EXPECT_ERROR(exports.copies(m_template.reader(), n), ErrorCode::PermissionDenied);

    // The stamp (with the holder) is drawn, not text.
    PDFTOTEXT(text, out(u"copy-1.pdf"_s));
    QVERIFY2(text.contains(n), qPrintable(text.left(300)));
    for (const QString &word : kStampWords)
        QVERIFY2(!text.contains(word, Qt::CaseInsensitive), qPrintable(u"stamp text in the text layer: "_s + word));
}

void TestExportService::refused_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("number"); // "{n}": the test's document
    QTest::addColumn<QString>("label");
    QTest::addColumn<bool>("controlled");
    QTest::addColumn<QString>("holder");
    QTest::addColumn<bool>("manual");
    QTest::addColumn<ErrorCode>("expected");
    QTest::addColumn<QStringList>("named");
    const QString n = u"{n}"_s;
    const QString it = u"IT 部"_s;
    using E = ErrorCode;
    QTest::newRow("reader: controlled copy") << "chenjing" << n << "" << true << it << false << E::PermissionDenied << QStringList{u"chenjing"_s};
    QTest::newRow("author: controlled copy") << "lisi" << n << "" << true << it << false << E::PermissionDenied << QStringList{u"lisi"_s};
    QTest::newRow("approver: controlled copy") << "zhouba" << n << "A/1" << true << it << false << E::PermissionDenied << QStringList{u"zhouba"_s};
    QTest::newRow("reader: draft") << "chenjing" << n << "A/2" << false << "" << false << E::PermissionDenied << QStringList{u"chenjing"_s, u"A/2"_s};
    QTest::newRow("reader: superseded") << "chenjing" << n << "A/0" << false << "" << false << E::PermissionDenied << QStringList{u"chenjing"_s, u"A/0"_s};
    QTest::newRow("controlled copy of a draft") << "wangfang" << n << "A/2" << true << it << false << E::InvalidState << QStringList{n, u"A/2"_s};
    QTest::newRow("controlled copy of a superseded revision") << "wangfang" << n << "A/0" << true << it << false << E::InvalidState << QStringList{n, u"A/0"_s};
    QTest::newRow("empty holder") << "wangfang" << n << "" << true << "  " << false << E::InvalidInput << QStringList{u"holder"_s};
    QTest::newRow("manual of a procedure") << "wangfang" << n << "" << false << "" << true << E::InvalidInput << QStringList{n};
    QTest::newRow("unknown revision") << "wangfang" << n << "Z/9" << false << "" << false << E::NotFound << QStringList{n, u"Z/9"_s};
    QTest::newRow("unknown document") << "wangfang" << "ISMS-X-999" << "" << false << "" << false << E::NotFound << QStringList{u"ISMS-X-999"_s};
}

// A refused export writes no file and changes nothing; a print with the same request is
// refused the same way.
void TestExportService::refused()
{
    QFETCH(QString, user);
    QFETCH(QString, number);
    QFETCH(QString, label);
    QFETCH(bool, controlled);
    QFETCH(QString, holder);
    QFETCH(bool, manual);
    QFETCH(ErrorCode, expected);
    QFETCH(QStringList, named);
    const QString n = doc(u"superseded"_s); // A/0 superseded, A/1 effective, A/2 a draft
    number.replace(u"{n}"_s, n);
    named.replaceInStrings(u"{n}"_s, n);

    const ExportRequest request{number, label, controlled ? ExportRequest::Copy::Controlled : ExportRequest::Copy::Uncontrolled, holder, manual, {}};
    ExportService exports(db(), m_clock);
    const StoreState before = stateOf(db());
    const QString path = out(u"refused.pdf"_s);
    auto exported = exports.exportPdf(m_template.user(user), request, path);
    DC_EXPECT_ERROR(exported, expected);
    QVERIFY2(names(exported.message(), named), qPrintable(exported.message()));
    QCOMPARE(stateOf(db()), before);
    QCOMPARE(QDir(m_out->path()).entryList(QDir::Files | QDir::Hidden), QStringList());

    auto printed = exports.buildPrint(m_template.user(user), request);
    DC_EXPECT_ERROR(printed, expected);
    QCOMPARE(stateOf(db()), before);
}

void TestExportService::writeFails_recordsNothing_data()
{
    QTest::addColumn<QString>("failure");
    QTest::newRow("page size the renderer refuses (A3)") << "a3";
    QTest::newRow("folder that does not exist") << "folder";
}

// When the PDF cannot be written, the controlled copy's number is not taken and nothing is
// recorded: the next export gets 001.
void TestExportService::writeFails_recordsNothing()
{
    QFETCH(QString, failure);
    const QString n = doc(u"effective"_s);
    ExportRequest request = controlled(n, u"IT 部"_s);
    if (failure == u"a3")
        request.options.pageSize = QPageSize::A3;
    const QString path = failure == u"folder" ? out(u"no-such-folder/copy.pdf"_s) : out(u"copy.pdf"_s);
    ExportService exports(db(), m_clock);
    const StoreState before = stateOf(db());
    auto exported = exports.exportPdf(m_template.controller(), request, path);
    QVERIFY2(!exported.ok(), "the export succeeded");
    QVERIFY(!exported.message().isEmpty());
    QCOMPARE(stateOf(db()), before);
    QCOMPARE(QDir(m_out->path()).entryList(QDir::Files | QDir::Hidden | QDir::Dirs | QDir::NoDotAndDotDot), QStringList());

    request.options = {};
    auto retried = exports.exportPdf(m_template.controller(), request, out(u"copy.pdf"_s));
    DC_EXPECT_OK(retried);
    QCOMPARE(retried->copy->copyNumber, 1);
}

// An export refused before anything was written (here: another desk holds the store's write
// lock past the busy timeout) must leave a file already at the target path alone: re-exporting
// to the name of an earlier export is common.
void TestExportService::storeBusy_keepsExistingFile()
{
    const QString n = doc(u"effective"_s);
    const QString path = out(u"物理与环境安全程序.pdf"_s);
    ExportService exports(db(), m_clock);
    DC_EXPECT_OK(exports.exportPdf(m_template.reader(), uncontrolled(n), path));
    const QByteArray earlier = dctest::fileBytes(path);
    QVERIFY(!earlier.isEmpty());

    auto otherDesk = Database::open(db().path());
    DC_EXPECT_OK(otherDesk);
    DC_EXPECT_OK(dctest::rawSql(*otherDesk.value(), u"BEGIN IMMEDIATE"_s));
    const StoreState before = stateOf(db());
    auto exported = exports.exportPdf(m_template.reader(), uncontrolled(n), path);
    DC_EXPECT_OK(dctest::rawSql(*otherDesk.value(), u"ROLLBACK"_s));
    DC_EXPECT_ERROR(exported, ErrorCode::Database);
    QCOMPARE(stateOf(db()), before);
    QVERIFY2(QFile::exists(path), "the refused export deleted the file that was already there");
    QCOMPARE(dctest::fileBytes(path), earlier);
}

// Exporting onto the store's own file (a slip in a save dialog or of `-o`) must be refused, as
// backup() refuses it: the atomic write would replace the live store with the PDF.
void TestExportService::ontoTheStore_refused()
{
    const QString n = doc(u"effective"_s);
    const QString store = db().path();
    auto exported = ExportService(db(), m_clock).exportPdf(m_template.reader(), uncontrolled(n), store);
    QVERIFY2(!dctest::fileBytes(store).startsWith("%PDF-"), "the export replaced the store file with the PDF");
    DC_EXPECT_ERROR(exported, ErrorCode::InvalidInput);
}

// A print is checked and recorded like an export, but writes no file and records no hash.
void TestExportService::print_recordsWithoutFile()
{
    const QString n = doc(u"effective"_s);
    ExportService exports(db(), m_clock);
    const qint64 eventsBefore = lastEvent().seq;
    auto job = exports.buildPrint(m_template.reader(), uncontrolled(n));
    DC_EXPECT_OK(job);
    QCOMPARE(lastEvent().seq, eventsBefore); // built, not yet printed
    auto recorded = exports.recordPrint(m_template.reader(), job.value());
    DC_EXPECT_OK(recorded);
    QVERIFY(!recorded->copy);
    QVERIFY(recorded->path.isEmpty() && recorded->fileSha256.isEmpty());
    QVERIFY(!job->copy);
    QVERIFY(!job->manual);
    QCOMPARE(job->document.header.number + u' ' + job->document.header.revisionLabel, n + u" A/0"_s);
    QCOMPARE(job->document.stamp.kind, render::StampKind::Uncontrolled);
    QCOMPARE(job->document.stamp.printDate, QDate(2026, 3, 15));
    QCOMPARE(job->document.contentSha256, flow().revision(n, u"A/0"_s).contentHash);
    const Event event = lastEvent();
    QCOMPARE(event.seq, eventsBefore + 1);
    QCOMPARE(said(event), u"chenjing export.uncontrolled "_s + n + u" A/0"_s);
    QCOMPARE(event.details.value(QLatin1String("medium")).toString(), u"print"_s);
    QVERIFY(!event.details.contains(QLatin1String("file_sha256")));
    QCOMPARE(lastExportRow(), u"uncontrolled print  0 A/0"_s);
    QCOMPARE(QDir(m_out->path()).entryList(QDir::Files), QStringList());
}

// Issued → recalled → destroyed, or issued → destroyed (a lost copy written off); every other
// transition is refused and changes nothing.
void TestExportService::recallDestroy()
{
    const QString n = doc(u"effective"_s);
    ExportService exports(db(), m_clock);
    for (const QString &holder : {u"IT 部"_s, u"运维部"_s})
        DC_EXPECT_OK(print(m_template.controller(), controlled(n, holder)));
    const QString a0 = u"A/0"_s;
    const auto refuse = [&](const char *what, const Result<ControlledCopy> &r, ErrorCode expected, const StoreState &before) {
        if (r.ok())
            return u"%1: succeeded"_s.arg(QLatin1String(what));
        if (r.code() != expected)
            return u"%1: %2"_s.arg(QLatin1String(what), r.message());
        if (!(stateOf(db()) == before))
            return u"%1: the store changed"_s.arg(QLatin1String(what));
        return QString();
    };

    m_clock.advanceSecs(3600);
    auto recalled = exports.recall(m_template.controller(), n, a0, 1);
    DC_EXPECT_OK(recalled);
    QCOMPARE(recalled->status, ControlledCopy::Status::Recalled);
    QCOMPARE(recalled->recalledAt, m_clock.nowUtc());
    QVERIFY(!recalled->destroyedAt.isValid());
    QCOMPARE(said(lastEvent()), u"wangfang copy.recalled "_s + n + u" A/0"_s);
    QCOMPARE(lastEvent().details.value(QLatin1String("copy")).toInt(), 1);

    StoreState before = stateOf(db());
    auto twice = exports.recall(m_template.controller(), n, a0, 1);
    QCOMPARE(refuse("recall twice", twice, ErrorCode::InvalidState, before), QString());
    QVERIFY2(names(twice.message(), {u"001"_s, n, a0}), qPrintable(twice.message()));
    QCOMPARE(refuse("reader recalls", exports.recall(m_template.reader(), n, a0, 2), ErrorCode::PermissionDenied, before), QString());
    QCOMPARE(refuse("author destroys", exports.destroy(m_template.author(), n, a0, 2), ErrorCode::PermissionDenied, before), QString());
    QCOMPARE(refuse("no such copy", exports.recall(m_template.controller(), n, a0, 9), ErrorCode::NotFound, before), QString());
    QCOMPARE(refuse("no such revision", exports.recall(m_template.controller(), n, u"B/0"_s, 1), ErrorCode::NotFound, before), QString());
    QCOMPARE(refuse("no such document", exports.recall(m_template.controller(), u"ISMS-X-999"_s, a0, 1), ErrorCode::NotFound, before), QString());

    m_clock.advanceSecs(3600);
    auto destroyed = exports.destroy(m_template.controller(), n, a0, 1);
    DC_EXPECT_OK(destroyed);
    QCOMPARE(destroyed->status, ControlledCopy::Status::Destroyed);
    QCOMPARE(destroyed->destroyedAt, m_clock.nowUtc());
    QCOMPARE(destroyed->recalledAt, m_clock.nowUtc().addSecs(-3600));
    QCOMPARE(lastEvent().action, u"copy.destroyed"_s);

    before = stateOf(db());
    QCOMPARE(refuse("recall after destroy", exports.recall(m_template.controller(), n, a0, 1), ErrorCode::InvalidState, before), QString());
    QCOMPARE(refuse("destroy twice", exports.destroy(m_template.controller(), n, a0, 1), ErrorCode::InvalidState, before), QString());

    // A lost copy is written off without a recall.
    auto writtenOff = exports.destroy(m_template.controller(), n, a0, 2);
    DC_EXPECT_OK(writtenOff);
    QCOMPARE(writtenOff->status, ControlledCopy::Status::Destroyed);
    QVERIFY(!writtenOff->recalledAt.isValid());
}

// Releasing A/1 lists the copies of A/0 still out (issued, not those recalled or destroyed).
void TestExportService::release_listsCopiesToRecall()
{
    const QString n = doc(u"effective"_s);
    ExportService exports(db(), m_clock);
    for (const QString &holder : {u"IT 部"_s, u"运维部"_s, u"财务部"_s, u"法务部"_s})
        DC_EXPECT_OK(exports.exportPdf(m_template.controller(), controlled(n, holder), out(holder + u".pdf"_s)));
    DC_EXPECT_OK(exports.recall(m_template.controller(), n, u"A/0"_s, 2));
    DC_EXPECT_OK(exports.destroy(m_template.controller(), n, u"A/0"_s, 3));
    DC_EXPECT_OK(flow().documents().editDraft(m_template.controller(), n, u"# 容量管理程序\n\n新版。\n"_s, u"换版"_s));
    DC_EXPECT_OK(flow().toApproved(n));
    auto released = flow().workflow().release(m_template.controller(), kPassword, n);
    DC_EXPECT_OK(released);
    QVERIFY(released->superseded);
    QCOMPARE(released->superseded->label, u"A/0"_s);
    QStringList toRecall;
    for (const ControlledCopy &c : released->toRecall)
        toRecall << u"%1 %2 %3 %4"_s.arg(c.number, c.label).arg(c.copyNumber).arg(c.holder);
    QCOMPARE(toRecall, (QStringList{n + u" A/0 1 IT 部"_s, n + u" A/0 4 法务部"_s}));
}

// checkPdf names the file's document, revision and copy, tells whether it is still effective,
// and whether the file is byte for byte one the store exported.
void TestExportService::checkPdf_againstTheStore()
{
    const QString n = doc(u"effective"_s);
    ExportService exports(db(), m_clock);
    const QString path = out(u"copy.pdf"_s);
    auto exported = exports.exportPdf(m_template.controller(), controlled(n, u"IT 部"_s), path);
    DC_EXPECT_OK(exported);

    auto check = exports.checkPdf(path);
    DC_EXPECT_OK(check);
    QCOMPARE(check->identity, exported->identity);
    QCOMPARE(check->title, u"密码控制程序"_s);
    QCOMPARE(check->revisionStatus, S::Effective);
    QCOMPARE(check->effectiveLabel, u"A/0"_s);
    QVERIFY(check->stillEffective);
    QVERIFY(check->matchesRecord);
    QVERIFY(check->copy);
    QCOMPARE(check->copy->copyNumber, 1);
    QCOMPARE(check->copy->holder, u"IT 部"_s);

    // The same file after one byte changed: same identity, but not one the store wrote.
    QByteArray bytes = dctest::fileBytes(path);
    bytes[bytes.size() - 1] = char(bytes.at(bytes.size() - 1) ^ 0x01);
    const QString altered = out(u"altered.pdf"_s);
    QVERIFY(writeBytes(altered, bytes));
    auto alteredCheck = exports.checkPdf(altered);
    DC_EXPECT_OK(alteredCheck);
    QCOMPARE(alteredCheck->identity, exported->identity);
    QVERIFY(!alteredCheck->matchesRecord);

    DC_EXPECT_OK(releaseNext(n));
    auto later = exports.checkPdf(path);
    DC_EXPECT_OK(later);
    QVERIFY(!later->stillEffective);
    QCOMPARE(later->revisionStatus, S::Superseded);
    QCOMPARE(later->effectiveLabel, u"A/1"_s);
    QVERIFY(later->matchesRecord);
}

void TestExportService::checkPdf_refused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<ErrorCode>("expected");
    QTest::newRow("PDF without identity") << "plain" << ErrorCode::NotFound;
    QTest::newRow("identity of a document the store lacks") << "foreign" << ErrorCode::NotFound;
    QTest::newRow("identity with another content hash") << "rehashed" << ErrorCode::InvalidInput;
    QTest::newRow("not a PDF") << "text" << ErrorCode::InvalidInput;
    QTest::newRow("missing file") << "missing" << ErrorCode::CannotOpen;
}

void TestExportService::checkPdf_refused()
{
    QFETCH(QString, kind);
    QFETCH(ErrorCode, expected);
    const QString n = doc(u"effective"_s);
    const QString path = out(u"in.pdf"_s);
    if (kind == u"plain") {
        QPdfWriter writer(path);
        QPainter painter(&writer);
        painter.drawText(QPointF(100, 100), u"日志管理程序 A/0"_s);
        QVERIFY(painter.end());
    } else if (kind == u"foreign" || kind == u"rehashed") {
        render::DocumentRender input;
        input.header = {u"云启信息技术有限公司"_s, kind == u"foreign" ? u"ISMS-X-999"_s : n, u"日志管理程序"_s, u"A/0"_s};
        input.stamp.kind = render::StampKind::Uncontrolled;
        input.markdown = u"# 另一份内容\n"_s;
        input.contentSha256 = sha256Of(input.markdown.toUtf8());
        DC_EXPECT_OK(render::writeDocumentPdf(input, {}, path));
    } else if (kind == u"text") {
        QVERIFY(writeBytes(path, "not a pdf, only a name that says so\n"));
    }
    auto check = ExportService(db(), m_clock).checkPdf(path);
    DC_EXPECT_ERROR(check, expected);
    QVERIFY(!check.message().isEmpty());
    if (kind == u"foreign")
        QVERIFY2(check.message().contains(u"ISMS-X-999"_s), qPrintable(check.message()));
}

QTEST_MAIN(TestExportService)
#include "tst_exportservice.moc"
