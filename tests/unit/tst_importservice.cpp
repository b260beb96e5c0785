// Bringing existing files into the store (ImportService): .md/.html/.odt/.docx become a new
// document or the next draft revision of one, with their images stored as attachments that the
// PDF export then resolves; a .pdf is attached as it is to a draft. Refused imports (hostile or
// damaged files, wrong states, missing rights) leave the store as it was.

#include "fixtures.h"
#include "core/render/pdfidentity.h"
#include "core/services/exportinput.h"
#include "core/services/exportservice.h"
#include "core/services/importservice.h"
#include "core/store/auditlog.h"
#include "workflowfixture.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
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

const QString kManualTitle = u"信息安全与服务管理手册"_s;

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QByteArray pdfBytes()
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        QPainter painter(&writer);
        painter.drawText(QPointF(100, 100), u"外部文件 扫描件"_s);
    }
    return bytes;
}

// One attachment row: name, MIME type, data, stored SHA-256.
struct AttachmentRow {
    QString name;
    QString mimeType;
    QByteArray data;
    QString sha256;
};

QList<AttachmentRow> attachmentsOf(Database &db, qint64 revisionId)
{
    QList<AttachmentRow> rows;
    auto q = Sql::exec(db, u"SELECT name, mime_type, data, sha256 FROM attachments WHERE revision_id = ? ORDER BY id"_s, {revisionId}, u"attachments"_s);
    if (!q)
        return rows;
    while (q.value().next())
        rows.append({q.value().value(0).toString(), q.value().value(1).toString(), q.value().value(2).toByteArray(), q.value().value(3).toString()});
    return rows;
}

} // namespace

class TestImportService : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void newDocument_data();
    void newDocument();
    void office_keepsStructureAndImages_data();
    void office_keepsStructureAndImages();
    void into_effectiveThenDraft();
    void pdf_attachedToDraft();
    void refused_data();
    void refused();

private:
    Database &db() { return *m_db; }
    dctest::FlowDriver &flow() { return *m_flow; }
    QString file(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_out->filePath(name);
        return writeBytes(path, bytes) ? path : QString();
    }
    Document documentOf(const Revision &revision)
    {
        auto q = Sql::exec(db(), u"SELECT number FROM documents WHERE id = ?"_s, {revision.documentId}, u"number"_s);
        if (!q || !q.value().next())
            return {};
        auto d = DocumentStore(db()).find(q.value().value(0).toString());
        return d ? d.value() : Document{};
    }
    Event lastEvent()
    {
        auto head = AuditLog(db()).head();
        return head ? head.value() : Event{};
    }

    FixedClock m_clock{dctest::fixedNow()};
    dctest::WorkflowTemplate m_template;
    QTemporaryDir m_seedDir; // the documents every test starts from, made once (each signature costs an Argon2)
    QString m_seed;
    QString m_draft, m_review, m_effective; // seed documents (owner lisi): A/0 a draft, in review, effective
    std::unique_ptr<Database> m_db; // this test's copy of the seed
    std::unique_ptr<dctest::FlowDriver> m_flow;
    std::unique_ptr<QTemporaryDir> m_out;
};

void TestImportService::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_template.prepare(m_clock), qPrintable(m_template.error));
    QVERIFY(m_seedDir.isValid());
    dctest::WorkflowSession session;
    const QString failed = session.open(m_template, m_clock);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    m_flow = std::make_unique<dctest::FlowDriver>(session.db(), m_clock, m_template);
    m_draft = flow().newDocument(u"资产管理程序"_s);
    m_review = flow().newDocument(u"介质管理程序"_s);
    m_effective = flow().newDocument(u"物理安全程序"_s);
    QVERIFY(!m_draft.isEmpty() && !m_review.isEmpty() && !m_effective.isEmpty());
    DC_EXPECT_OK(flow().submit(m_review));
    DC_EXPECT_OK(flow().toEffective(m_effective));
    m_flow.reset();
    m_seed = m_seedDir.filePath(QStringLiteral("seed.dcstore"));
    DC_EXPECT_OK(dctest::rawSql(session.db(), QStringLiteral("VACUUM INTO ?"), {m_seed}));
}

void TestImportService::init()
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

void TestImportService::cleanup()
{
    m_flow.reset();
    m_db.reset();
    m_out.reset();
    Database::removeFiles(m_seedDir.filePath(QStringLiteral("test.dcstore")));
}

void TestImportService::newDocument_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("givenTitle");
    QTest::addColumn<QString>("expectedTitle");
    const QByteArray md = QStringLiteral("# 访问控制程序\r\n\r\n## 1 目的\r\n\r\n规范对信息和信息处理设施的访问。\r\n").toUtf8();
    QTest::newRow("md: the title from its first heading") << "access.md" << md << "" << "访问控制程序";
    QTest::newRow("md: a title given wins") << "access.md" << md << "逻辑访问控制程序" << "逻辑访问控制程序";
    QTest::newRow("html: the title from <title>") << "manual.html" << fixtures::manualHtml() << "" << kManualTitle;
}

// A new document: the file's title (unless one is given), its Markdown as the A/0 draft, the
// importer as author and owner, "Imported from …" as change summary, one audit event.
void TestImportService::newDocument()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, givenTitle);
    QFETCH(QString, expectedTitle);
    const QString path = file(name, bytes);
    QVERIFY(!path.isEmpty());
    NewDocument d;
    d.title = givenTitle;
    d.type = DocumentType::Procedure;
    auto imported = ImportService(db(), m_clock).importFile(m_template.controller(), path, {}, d, {});
    DC_EXPECT_OK(imported);
    QCOMPARE(imported->label, QStringLiteral("A/0"));
    QCOMPARE(imported->status, S::Draft);
    QCOMPARE(imported->author, QStringLiteral("wangfang"));
    QCOMPARE(imported->changeSummary, QStringLiteral("Imported from ") + name);
    const Document document = documentOf(imported.value());
    QCOMPARE(document.title, expectedTitle);
    QCOMPARE(document.owner, QStringLiteral("wangfang"));
    QCOMPARE(document.type, DocumentType::Procedure);
    const Revision stored = flow().revision(document.number, u"A/0"_s);
    QCOMPARE(stored.content, imported->content);
    if (name.endsWith(u".md"))
        QCOMPARE(stored.content, QStringLiteral("# 访问控制程序\n\n## 1 目的\n\n规范对信息和信息处理设施的访问。\n"));
    else
        for (const QString &kept : {u"# 1 范围"_s, u"## 1.1 适用范围"_s, u"# 2 文件控制"_s, u"|ISMS-P-012"_s, u"![组织结构图]("_s})
            QVERIFY2(stored.content.contains(kept), qPrintable(kept + u" missing from: "_s + stored.content));
    // Every image the Markdown shows is stored with the revision.
    const QList<AttachmentRow> attachments = attachmentsOf(db(), imported->id);
    static const QRegularExpression imageRef(u"!\\[[^\\]]*\\]\\(([^)]+)\\)"_s);
    for (auto it = imageRef.globalMatch(stored.content); it.hasNext();) {
        const QString ref = it.next().captured(1);
        QVERIFY2(std::any_of(attachments.cbegin(), attachments.cend(), [&](const AttachmentRow &a) { return a.name == ref; }),
                 qPrintable(ref + u" is shown but not stored"_s));
    }
    const Event event = lastEvent();
    QCOMPARE(event.action, QStringLiteral("revision.imported"));
    QCOMPARE(event.object, document.number + u" A/0"_s);
    QCOMPARE(event.details.value(u"file"_s).toString(), name);
}

void TestImportService::office_keepsStructureAndImages_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("odt") << "手册.odt" << fixtures::manualOdt();
    QTest::newRow("docx") << "手册.docx" << fixtures::manualDocx();
}

// The manual as .odt/.docx: Chinese headings, lists and the table kept in the Markdown; the
// image stored as an attachment of the draft, which a PDF export of that draft then shows.
void TestImportService::office_keepsStructureAndImages()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    const QString path = file(name, bytes);
    QVERIFY(!path.isEmpty());
    NewDocument d;
    d.type = DocumentType::Manual;
    d.owner = u"lisi"_s;
    auto imported = ImportService(db(), m_clock).importFile(m_template.controller(), path, {}, d, u"由 Word 文档导入"_s);
    DC_EXPECT_OK(imported);
    QCOMPARE(imported->status, S::Draft);
    QCOMPARE(imported->changeSummary, u"由 Word 文档导入"_s);
    const Document document = documentOf(imported.value());
    QCOMPARE(document.title, kManualTitle);
    QCOMPARE(document.owner, u"lisi"_s);
    QCOMPARE(document.type, DocumentType::Manual);
    QCOMPARE(flow().revision(document.number, u"A/0"_s).content, fixtures::expectedManualMarkdown());

    const QList<AttachmentRow> attachments = attachmentsOf(db(), imported->id);
    QCOMPARE(attachments.size(), 1);
    QCOMPARE(attachments.first().name, u"org-chart.png"_s);
    QCOMPARE(attachments.first().mimeType, u"image/png"_s);
    QCOMPARE(attachments.first().data, fixtures::png());
    QCOMPARE(attachments.first().sha256,
             QString::fromLatin1(QCryptographicHash::hash(fixtures::png(), QCryptographicHash::Sha256).toHex()));
    QCOMPARE(lastEvent().details.value(u"images"_s).toInt(), 1);

    // The export resolves ![组织结构图](org-chart.png) to the stored image.
    auto source = ExportInput::load(db(), m_template.controller(), document.number, {});
    DC_EXPECT_OK(source);
    QVERIFY(source->images.contains(u"org-chart.png"_s));
    QCOMPARE(source->images.value(u"org-chart.png"_s).size(), QSize(4, 3));
    for (const bool manual : {false, true}) {
        const QString pdf = m_out->filePath(manual ? u"manual.pdf"_s : u"draft.pdf"_s);
        auto exported = ExportService(db(), m_clock)
                            .exportPdf(m_template.controller(), ExportRequest{document.number, {}, ExportRequest::Copy::Uncontrolled, {}, manual, {}}, pdf);
        DC_EXPECT_OK(exported);
        QCOMPARE(exported->identity.stamp, render::StampKind::Draft);
        QCOMPARE(exported->identity.contentSha256, imported->contentHash);
    }
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed; it checks the exported draft's text.");
    QProcess pdftotext;
    pdftotext.start(u"pdftotext"_s, {m_out->filePath(u"draft.pdf"_s), u"-"_s});
    QVERIFY(pdftotext.waitForFinished(60000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
    for (const QString &expected : {u"1 范围"_s, u"1.1 适用范围"_s, u"2 文件控制"_s, u"ISMS-P-012"_s, u"文件控制程序"_s})
        QVERIFY2(text.contains(expected), qPrintable(expected + u" missing from: "_s + text.left(500)));
}

// Into an effective document: a new draft revision (the effective one stays); into that draft
// again: its content replaced and the images added to it.
void TestImportService::into_effectiveThenDraft()
{
    const QString n = m_effective;
    ImportService imports(db(), m_clock);
    const QString md = file(u"v2.md"_s, QStringLiteral("# 信息安全与服务管理手册\n\n第二版草案。\n").toUtf8());
    auto next = imports.importFile(m_template.controller(), md, n, {}, u"换版"_s);
    DC_EXPECT_OK(next);
    QCOMPARE(next->label, u"A/1"_s);
    QCOMPARE(next->status, S::Draft);
    QCOMPARE(next->changeSummary, u"换版"_s);
    QCOMPARE(next->content, u"# 信息安全与服务管理手册\n\n第二版草案。\n"_s);
    QCOMPARE(flow().status(n, u"A/0"_s), S::Effective);
    QCOMPARE(lastEvent().object, n + u" A/1"_s);

    const QString docx = file(u"v2.docx"_s, fixtures::manualDocx());
    auto again = imports.importFile(m_template.controller(), docx, n, {}, {});
    DC_EXPECT_OK(again);
    QCOMPARE(again->label, u"A/1"_s);
    QCOMPARE(flow().revision(n, u"A/1"_s).content, fixtures::expectedManualMarkdown());
    QCOMPARE(attachmentsOf(db(), again->id).size(), 1);
    QCOMPARE(attachmentsOf(db(), flow().revision(n, u"A/0"_s).id).size(), 0);
    QCOMPARE(dctest::scalar(db(), u"SELECT count(*) FROM revisions r JOIN documents d ON d.id = r.document_id WHERE d.number = ?"_s, {n}).toInt(), 2);
}

// A PDF is attached as it is to the current draft, by its author or owner or a controller.
void TestImportService::pdf_attachedToDraft()
{
    const QString n = m_draft; // owned by lisi
    const QByteArray bytes = pdfBytes();
    QVERIFY(bytes.startsWith("%PDF-"));
    const QString path = file(u"供应商证书.pdf"_s, bytes);
    const int documentsBefore = dctest::rowCount(db(), u"documents"_s);
    auto attached = ImportService(db(), m_clock).importFile(m_template.author(), path, n, {}, {});
    DC_EXPECT_OK(attached);
    QCOMPARE(attached->label, u"A/0"_s);
    QCOMPARE(attached->status, S::Draft);
    const QList<AttachmentRow> rows = attachmentsOf(db(), attached->id);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().name, u"供应商证书.pdf"_s);
    QCOMPARE(rows.first().mimeType, u"application/pdf"_s);
    QCOMPARE(rows.first().data, bytes);
    QCOMPARE(dctest::rowCount(db(), u"documents"_s), documentsBefore);
    const Event event = lastEvent();
    QCOMPARE(event.action, u"attachment.added"_s);
    QCOMPARE(event.user, u"lisi"_s);
    QCOMPARE(event.object, n + u" A/0"_s);
    QCOMPARE(event.details.value(u"size"_s).toInteger(), bytes.size());
    // The content is untouched.
    QCOMPARE(flow().revision(n, u"A/0"_s).content, attached->content);
}

void TestImportService::refused_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("kind");   // what the file is
    QTest::addColumn<QString>("name");   // its file name
    QTest::addColumn<QString>("into");   // "", "draft", "review", "effective" or a number
    QTest::addColumn<ErrorCode>("expected");
    using E = ErrorCode;
    QTest::newRow("docx: malformed XML") << "wangfang" << "docx-malformed" << "a.docx" << "" << E::InvalidInput;
    QTest::newRow("docx: no document part") << "wangfang" << "docx-nopart" << "a.docx" << "" << E::InvalidInput;
    QTest::newRow("docx: not a zip") << "wangfang" << "garbage" << "a.docx" << "" << E::InvalidInput;
    QTest::newRow("docx: malformed, into a draft") << "wangfang" << "docx-malformed" << "a.docx" << "draft" << E::InvalidInput;
    QTest::newRow("odt: malformed content.xml") << "wangfang" << "odt-malformed" << "a.odt" << "" << E::InvalidInput;
    QTest::newRow("md: not UTF-8") << "wangfang" << "latin1" << "a.md" << "" << E::InvalidInput;
    QTest::newRow("unknown extension") << "wangfang" << "md" << "a.txt" << "" << E::InvalidInput;
    QTest::newRow("missing file") << "wangfang" << "none" << "a.md" << "" << E::CannotOpen;
    QTest::newRow("reader: new document") << "chenjing" << "md" << "a.md" << "" << E::PermissionDenied;
    QTest::newRow("reviewer: into a draft") << "zhaoliu" << "md" << "a.md" << "draft" << E::PermissionDenied;
    QTest::newRow("md into a revision in review") << "wangfang" << "md" << "a.md" << "review" << E::InvalidState;
    QTest::newRow("md into an unknown document") << "wangfang" << "md" << "a.md" << "ISMS-X-999" << E::NotFound;
    QTest::newRow("pdf: not a PDF") << "wangfang" << "md" << "scan.pdf" << "draft" << E::InvalidInput;
    QTest::newRow("pdf: into a revision in review") << "wangfang" << "pdf" << "scan.pdf" << "review" << E::InvalidState;
    QTest::newRow("pdf: into an effective revision") << "wangfang" << "pdf" << "scan.pdf" << "effective" << E::InvalidState;
    QTest::newRow("pdf: no document named") << "wangfang" << "pdf" << "scan.pdf" << "" << E::InvalidInput;
    QTest::newRow("pdf: by a reader") << "chenjing" << "pdf" << "scan.pdf" << "draft" << E::PermissionDenied;
}

void TestImportService::refused()
{
    QFETCH(QString, user);
    QFETCH(QString, kind);
    QFETCH(QString, name);
    QFETCH(QString, into);
    QFETCH(ErrorCode, expected);
    const QString target = into == u"draft" ? m_draft : into == u"review" ? m_review : into == u"effective" ? m_effective : into;

    QByteArray bytes;
    const auto replaced = [](QList<std::pair<QString, QByteArray>> parts, const QString &part, const QByteArray &with) {
        QList<std::pair<QString, QByteArray>> result;
        for (auto &[n, data] : parts) {
            if (n != part)
                result.append({n, data});
            else if (!with.isNull())
                result.append({n, with});
        }
        return fixtures::zipPackage(result);
    };
    if (kind == u"docx-malformed")
        bytes = replaced(fixtures::manualDocxParts(), u"word/document.xml"_s,
                         QByteArrayLiteral("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>未闭合"));
    else if (kind == u"docx-nopart")
        bytes = replaced(fixtures::manualDocxParts(), u"word/document.xml"_s, QByteArray());
    else if (kind == u"odt-malformed")
        bytes = replaced(fixtures::manualOdtParts(), u"content.xml"_s, QByteArrayLiteral("<office:document-content><office:body><text:p>"));
    else if (kind == u"garbage")
        bytes = QByteArray(2048, '\x07');
    else if (kind == u"latin1")
        bytes = QByteArrayLiteral("# Proc\xe9\x64ure d'acc\xe8s\n");
    else if (kind == u"md")
        bytes = QStringLiteral("# 导入的程序\n\n正文。\n").toUtf8();
    else if (kind == u"pdf")
        bytes = pdfBytes();
    const QString path = m_out->filePath(name);
    if (kind != u"none")
        QVERIFY(writeBytes(path, bytes));

    const StoreState before = stateOf(db());
    const int documentsBefore = dctest::rowCount(db(), u"documents"_s);
    NewDocument d;
    d.type = DocumentType::Procedure;
    auto imported = ImportService(db(), m_clock).importFile(m_template.user(user), path, target, d, {});
    DC_EXPECT_ERROR(imported, expected);
    QVERIFY(!imported.message().isEmpty());
    if (expected == ErrorCode::PermissionDenied)
        QVERIFY2(names(imported.message(), {user}), qPrintable(imported.message()));
    QCOMPARE(stateOf(db()), before);
    QCOMPARE(dctest::rowCount(db(), u"documents"_s), documentsBefore);
}

QTEST_MAIN(TestImportService)
#include "tst_importservice.moc"
