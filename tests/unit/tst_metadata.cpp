// Changing a document's details (DocumentService::setMetadata), the templates new documents
// start from (SettingsService, DocumentTemplates) and typed numbers: who may, what is refused
// and leaves nothing behind, what the audit trail records, and that verify replays it — and
// still catches the same facts changed behind its back with SQL.

#include "core/services/documentservice.h"
#include "core/services/session.h"
#include "core/services/settingsservice.h"
#include "core/services/templates.h"
#include "core/services/verifier.h"
#include "core/store/auditlog.h"
#include "teststore.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace dc;
using namespace Qt::StringLiterals;

namespace {

QString storedTitle(Database &db, const QString &number)
{
    return dctest::scalar(db, QStringLiteral("SELECT title FROM documents WHERE number = ?"), {number}).toString();
}

} // namespace

class TestMetadata final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void controllersAndAdminsMayChangeDetails();
    void othersAreRefused_data();
    void othersAreRefused();
    void reasonIsRequired();
    void invalidValuesAreRefused_data();
    void invalidValuesAreRefused();
    void changeThatChangesNothingIsRefused();
    void eventRecordsBeforeAndAfterOfChangedFieldsOnly();
    void revisionsAndHashesStayAsTheyWere();
    void searchFollowsTheNewTitle();
    void obsoleteDocumentKeepsItsDetails();
    void verifyPassesAfterChangesAndCatchesTampering_data();
    void verifyPassesAfterChangesAndCatchesTampering();
    void sessionAnnouncesTheChange();
    void typedNumberNeedsAController();
    void builtInTemplatesHaveTheirSections_data();
    void builtInTemplatesHaveTheirSections();
    void newDraftStartsFromTheFilledTemplate();
    void fillLeavesOutEmptyPlaceholderLines();
    void storeTemplateIsAuditedAndReplayed();
    void templateRulesAreEnforced();

private:
    Database &db() { return *m_db; }
    Document registerProcedure(const QString &title = QStringLiteral("风险评估程序"));
    int eventCount() { return dctest::rowCount(db(), QStringLiteral("events")); }
    QString verifyFirstProblem();

    FixedClock m_clock{dctest::fixedNow()};
    dctest::StoreTemplate m_template;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestMetadata::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_template.prepare(m_clock), qPrintable(m_template.error));
}

void TestMetadata::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto opened = m_template.copyTo(m_dir->filePath(QStringLiteral("store.dcstore")));
    QVERIFY2(opened, qPrintable(opened.message()));
    m_db = std::move(opened).value();
}

void TestMetadata::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

Document TestMetadata::registerProcedure(const QString &title)
{
    NewDocument d;
    d.title = title;
    d.type = DocumentType::Procedure;
    d.owner = QStringLiteral("lisi");
    d.clauses = {ClauseRef{QStringLiteral("27001:2013"), QStringLiteral("6.1.2")}};
    d.content = QStringLiteral("# ") + title + QStringLiteral("\n\n识别、分析和评价信息安全风险。\n");
    auto made = DocumentService(db(), m_clock).create(m_template.controller, d);
    if (!made)
        qWarning("create failed: %s", qPrintable(made.message()));
    return made ? made.value() : Document{};
}

QString TestMetadata::verifyFirstProblem()
{
    auto report = Verifier(db()).run();
    if (!report)
        return QStringLiteral("verify failed to run: ") + report.message();
    return report->ok() ? QString() : report->problems.first().message;
}

void TestMetadata::controllersAndAdminsMayChangeDetails()
{
    const Document d = registerProcedure();
    DocumentService documents(db(), m_clock);
    MetadataChange change;
    change.title = QStringLiteral("信息安全风险评估程序");
    auto byController = documents.setMetadata(m_template.controller, d.number, change, QStringLiteral("标题规范化"));
    QVERIFY2(byController, qPrintable(byController.message()));
    QCOMPARE(byController->title, QStringLiteral("信息安全风险评估程序"));

    change.title.reset();
    change.owner = QStringLiteral("wangfang");
    change.classification = Classification::Confidential;
    auto byAdmin = documents.setMetadata(m_template.admin, d.number, change, QStringLiteral("职责调整"));
    QVERIFY2(byAdmin, qPrintable(byAdmin.message()));
    QCOMPARE(byAdmin->owner, QStringLiteral("wangfang"));
    QCOMPARE(byAdmin->classification, Classification::Confidential);
    QCOMPARE(storedTitle(db(), d.number), QStringLiteral("信息安全风险评估程序"));
}

void TestMetadata::othersAreRefused_data()
{
    QTest::addColumn<QString>("who");
    QTest::newRow("author, even the owner") << "author";
    QTest::newRow("reviewer") << "reviewer";
    QTest::newRow("reader") << "reader";
}

void TestMetadata::othersAreRefused()
{
    QFETCH(QString, who);
    const Document d = registerProcedure();
    const User &actor = who == QLatin1String("author") ? m_template.author : who == QLatin1String("reviewer") ? m_template.reviewer : m_template.reader;
    const int before = eventCount();
    MetadataChange change;
    change.title = QStringLiteral("别的标题");
    auto refused = DocumentService(db(), m_clock).setMetadata(actor, d.number, change, QStringLiteral("理由"));
    QVERIFY(!refused);
    QCOMPARE(refused.code(), ErrorCode::PermissionDenied);
    QVERIFY2(refused.message().contains(QStringLiteral("document controllers only")), qPrintable(refused.message()));
    QCOMPARE(eventCount(), before);
    QCOMPARE(storedTitle(db(), d.number), d.title);
}

void TestMetadata::reasonIsRequired()
{
    const Document d = registerProcedure();
    const int before = eventCount();
    MetadataChange change;
    change.title = QStringLiteral("别的标题");
    for (const QString &reason : {QString(), QStringLiteral("   \n")}) {
        auto refused = DocumentService(db(), m_clock).setMetadata(m_template.controller, d.number, change, reason);
        QVERIFY(!refused);
        QCOMPARE(refused.code(), ErrorCode::InvalidInput);
        QVERIFY2(refused.message().contains(QStringLiteral("reason")), qPrintable(refused.message()));
    }
    QCOMPARE(eventCount(), before);
    QCOMPARE(storedTitle(db(), d.number), d.title);
}

void TestMetadata::invalidValuesAreRefused_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty title") << "title" << "no title";
    QTest::newRow("unknown owner") << "owner" << "not a user";
    QTest::newRow("review interval 0") << "review0" << "1 to 120";
    QTest::newRow("review interval 121") << "review121" << "1 to 120";
    QTest::newRow("retention -1") << "retention" << "0 to 100";
    QTest::newRow("unknown document") << "number" << "no document";
}

void TestMetadata::invalidValuesAreRefused()
{
    QFETCH(QString, field);
    QFETCH(QString, message);
    const Document d = registerProcedure();
    const int before = eventCount();
    MetadataChange change;
    QString number = d.number;
    if (field == QLatin1String("title"))
        change.title = QStringLiteral("  ");
    else if (field == QLatin1String("owner"))
        change.owner = QStringLiteral("nobody");
    else if (field == QLatin1String("review0"))
        change.reviewIntervalMonths = 0;
    else if (field == QLatin1String("review121"))
        change.reviewIntervalMonths = 121;
    else if (field == QLatin1String("retention"))
        change.retentionYears = -1;
    else {
        change.title = QStringLiteral("x");
        number = QStringLiteral("ISMS-P-999");
    }
    auto refused = DocumentService(db(), m_clock).setMetadata(m_template.controller, number, change, QStringLiteral("理由"));
    QVERIFY(!refused);
    QVERIFY2(refused.message().contains(message), qPrintable(refused.message()));
    QCOMPARE(eventCount(), before);
}

void TestMetadata::changeThatChangesNothingIsRefused()
{
    const Document d = registerProcedure();
    const int before = eventCount();
    DocumentService documents(db(), m_clock);
    MetadataChange same;
    same.title = d.title + QStringLiteral("  "); // trimmed, it is the same title
    same.owner = d.owner;
    same.clauses = ClauseRefs{d.clauses.first(), d.clauses.first()}; // the same list, once
    same.reviewIntervalMonths = d.reviewIntervalMonths;
    for (const MetadataChange &change : {same, MetadataChange{}}) {
        auto refused = documents.setMetadata(m_template.controller, d.number, change, QStringLiteral("理由"));
        QVERIFY(!refused);
        QCOMPARE(refused.code(), ErrorCode::InvalidInput);
        QVERIFY2(refused.message().contains(QStringLiteral("nothing was changed")), qPrintable(refused.message()));
    }
    QCOMPARE(eventCount(), before);
}

void TestMetadata::eventRecordsBeforeAndAfterOfChangedFieldsOnly()
{
    const Document d = registerProcedure();
    MetadataChange change;
    change.title = QStringLiteral("信息安全风险评估程序");
    change.titleEn = QStringLiteral("Risk Assessment Procedure");
    change.owner = QStringLiteral("lisi"); // unchanged: not recorded
    change.reviewIntervalMonths = 12;
    change.clauses = ClauseRefs{{QStringLiteral("27001:2013"), QStringLiteral("8.2")}, {QStringLiteral("27001:2013"), QStringLiteral("6.1.2")}};
    const int before = eventCount();
    QVERIFY(DocumentService(db(), m_clock).setMetadata(m_template.controller, d.number, change, QStringLiteral(" 按新版标准更名 ")));
    QCOMPARE(eventCount(), before + 1);

    auto head = AuditLog(db()).head();
    QVERIFY(head);
    QCOMPARE(head->action, QStringLiteral("document.metadata_set"));
    QCOMPARE(head->object, d.number);
    QCOMPARE(head->user, QStringLiteral("wangfang"));
    QCOMPARE(head->details.value(QLatin1String("reason")).toString(), QStringLiteral("按新版标准更名"));
    const QJsonObject changes = head->details.value(QLatin1String("changes")).toObject();
    QCOMPARE(changes.keys(), (QStringList{QStringLiteral("clauses"), QStringLiteral("review_months"), QStringLiteral("title"), QStringLiteral("title_en")}));
    QCOMPARE(changes.value(QLatin1String("title")).toObject().value(QLatin1String("before")).toString(), QStringLiteral("风险评估程序"));
    QCOMPARE(changes.value(QLatin1String("title")).toObject().value(QLatin1String("after")).toString(), QStringLiteral("信息安全风险评估程序"));
    QCOMPARE(changes.value(QLatin1String("title_en")).toObject().value(QLatin1String("before")).toString(), QString());
    QCOMPARE(changes.value(QLatin1String("review_months")).toObject().value(QLatin1String("before")).toInt(), 24);
    QCOMPARE(changes.value(QLatin1String("review_months")).toObject().value(QLatin1String("after")).toInt(), 12);
    QCOMPARE(changes.value(QLatin1String("clauses")).toObject().value(QLatin1String("after")).toArray(),
             QJsonArray::fromStringList({QStringLiteral("27001:2013 6.1.2"), QStringLiteral("27001:2013 8.2")}));
}

void TestMetadata::revisionsAndHashesStayAsTheyWere()
{
    const Document d = registerProcedure();
    const QString rowsBefore = dctest::scalar(db(), QStringLiteral("SELECT group_concat(id || label || status || content_hash || updated_at, '|') FROM revisions")).toString();
    MetadataChange change;
    change.title = QStringLiteral("新标题");
    change.department = QStringLiteral("质量部");
    QVERIFY(DocumentService(db(), m_clock).setMetadata(m_template.controller, d.number, change, QStringLiteral("理由")));
    QCOMPARE(dctest::scalar(db(), QStringLiteral("SELECT group_concat(id || label || status || content_hash || updated_at, '|') FROM revisions")).toString(), rowsBefore);
}

void TestMetadata::searchFollowsTheNewTitle()
{
    const Document d = registerProcedure();
    MetadataChange change;
    change.title = QStringLiteral("供应商关系管理程序");
    QVERIFY(DocumentService(db(), m_clock).setMetadata(m_template.controller, d.number, change, QStringLiteral("理由")));
    auto found = DocumentService(db(), m_clock).search(m_template.controller, QStringLiteral("供应商"));
    QVERIFY(found);
    QCOMPARE(found->total, 1);
    QCOMPARE(found->hits.first().number, d.number);
}

void TestMetadata::obsoleteDocumentKeepsItsDetails()
{
    const Document d = registerProcedure();
    QVERIFY(dctest::forceStatus(db(), d.id, RevisionStatus::Obsolete));
    MetadataChange change;
    change.title = QStringLiteral("新标题");
    auto refused = DocumentService(db(), m_clock).setMetadata(m_template.controller, d.number, change, QStringLiteral("理由"));
    QVERIFY(!refused);
    QCOMPARE(refused.code(), ErrorCode::InvalidState);
}

void TestMetadata::verifyPassesAfterChangesAndCatchesTampering_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("problem");
    QTest::newRow("title") << "UPDATE documents SET title = '篡改的标题'" << "The title of";
    QTest::newRow("title back to the registered one") << "UPDATE documents SET title = '风险评估程序'" << "The title of";
    QTest::newRow("owner") << "UPDATE documents SET owner_id = (SELECT id FROM users WHERE name = 'admin')" << "The owner of";
    QTest::newRow("classification") << "UPDATE documents SET classification = 'public'" << "The classification of";
    QTest::newRow("retention") << "UPDATE documents SET retention_years = 7" << "The retention_years of";
    QTest::newRow("a clause removed") << "DELETE FROM document_clauses WHERE clause = '8.2'" << "The clauses of";
    QTest::newRow("a clause added") << "INSERT INTO document_clauses(document_id, standard, clause) SELECT id, '27001:2013', '5.2' FROM documents" << "The clauses of";
}

void TestMetadata::verifyPassesAfterChangesAndCatchesTampering()
{
    QFETCH(QString, sql);
    QFETCH(QString, problem);
    const Document d = registerProcedure();
    DocumentService documents(db(), m_clock);
    MetadataChange first;
    first.title = QStringLiteral("信息安全风险评估程序");
    first.clauses = ClauseRefs{{QStringLiteral("27001:2013"), QStringLiteral("6.1.2")}, {QStringLiteral("27001:2013"), QStringLiteral("8.2")}};
    QVERIFY(documents.setMetadata(m_template.controller, d.number, first, QStringLiteral("第一次")));
    MetadataChange second;
    second.owner = QStringLiteral("wangfang");
    second.retentionYears = 3;
    second.classification = Classification::Confidential;
    QVERIFY(documents.setMetadata(m_template.admin, d.number, second, QStringLiteral("第二次")));
    QCOMPARE(verifyFirstProblem(), QString());

    QVERIFY(Sql::exec(db(), sql, {}, QStringLiteral("tamper")));
    const QString found = verifyFirstProblem();
    QVERIFY2(found.contains(problem) && found.contains(d.number), qPrintable(found));
}

void TestMetadata::sessionAnnouncesTheChange()
{
    const Document d = registerProcedure();
    const QString path = db().path();
    m_db.reset();
    auto session = Session::open(path, Session::Access::ReadWrite, m_clock);
    QVERIFY(session);
    QVERIFY(session.value()->signIn(QStringLiteral("wangfang"), dctest::kPassword));
    QSignalSpy documentChanged(session.value().get(), &Session::documentChanged);
    QSignalSpy registerChanged(session.value().get(), &Session::registerChanged);
    MetadataChange change;
    change.title = QStringLiteral("新标题");
    QVERIFY(session.value()->documents().setMetadata(session.value()->user(), d.number, change, QStringLiteral("理由")));
    QVERIFY(documentChanged.wait(2000) || documentChanged.count() == 1);
    QCOMPARE(documentChanged.count(), 1);
    QCOMPARE(documentChanged.first().first().toString(), d.number);
    QCOMPARE(registerChanged.count(), 1);

    // A refused change announces nothing.
    auto refused = session.value()->documents().setMetadata(session.value()->user(), d.number, change, QStringLiteral("理由"));
    QVERIFY(!refused);
    QTest::qWait(50);
    QCOMPARE(documentChanged.count(), 1);
}

void TestMetadata::typedNumberNeedsAController()
{
    DocumentService documents(db(), m_clock);
    NewDocument d;
    d.title = QStringLiteral("自选编号");
    d.type = DocumentType::Procedure;
    d.owner = QStringLiteral("lisi");
    d.number = QStringLiteral("ISMS-P-900");
    const int before = eventCount();
    for (const User *actor : {&m_template.author, &m_template.reviewer}) {
        auto refused = documents.create(*actor, d);
        QVERIFY(!refused);
        QCOMPARE(refused.code(), ErrorCode::PermissionDenied);
        QVERIFY2(refused.message().contains(QStringLiteral("choose a document number")), qPrintable(refused.message()));
    }
    QCOMPARE(eventCount(), before);
    QCOMPARE(dctest::rowCount(db(), QStringLiteral("documents")), 0);
    auto chosen = documents.create(m_template.controller, d);
    QVERIFY2(chosen, qPrintable(chosen.message()));
    QCOMPARE(chosen->number, QStringLiteral("ISMS-P-900"));
}

void TestMetadata::builtInTemplatesHaveTheirSections_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QStringList>("headings");
    QTest::newRow("procedure") << "procedure"
                               << QStringList{u"## 1 目的 Purpose"_s, u"## 2 范围 Scope"_s, u"## 3 职责 Responsibilities"_s, u"## 4 程序 Procedure"_s,
                                              u"## 5 相关文件 Related documents"_s, u"## 6 记录 Records"_s};
    QTest::newRow("policy") << "policy" << QStringList{u"## 3 方针声明 Policy statement"_s, u"## 6 评审 Review"_s};
    QTest::newRow("work instruction") << "work_instruction" << QStringList{u"## 4 操作步骤 Steps"_s};
    QTest::newRow("form") << "form" << QStringList{u"## 2 表单 Form"_s};
    QTest::newRow("manual") << "manual" << QStringList{u"## 4 组织环境 Context of the organization"_s, u"## 10 改进 Improvement"_s};
    QTest::newRow("record") << "record" << QStringList{u"## 2 内容 Content"_s};
    QTest::newRow("external") << "external" << QStringList{u"## 1 来源 Source"_s};
    QTest::newRow("soa") << "soa" << QStringList{u"## 1 说明 About this statement"_s, u"## 2 附录 A 控制 Annex A controls"_s}; // the table is generated
}

void TestMetadata::builtInTemplatesHaveTheirSections()
{
    QFETCH(QString, type);
    QFETCH(QStringList, headings);
    const QString text = DocumentTemplates::builtIn(*documentTypeFromKey(type));
    QVERIFY(text.startsWith(QStringLiteral("# {title}\n")));
    qsizetype at = 0;
    for (const QString &heading : headings) {
        const qsizetype found = text.indexOf(heading + QLatin1Char('\n'), at);
        QVERIFY2(found > 0, qPrintable(heading));
        at = found;
    }
}

void TestMetadata::newDraftStartsFromTheFilledTemplate()
{
    DocumentService documents(db(), m_clock);
    NewDocument d;
    d.title = QStringLiteral("事件管理程序");
    d.titleEn = QStringLiteral("Incident Management Procedure");
    d.type = DocumentType::Procedure;
    d.owner = QStringLiteral("lisi");
    d.classification = Classification::Confidential;
    d.fromTemplate = true;
    auto made = documents.create(m_template.controller, d);
    QVERIFY2(made, qPrintable(made.message()));
    auto shown = documents.show(m_template.controller, made->number);
    QVERIFY(shown);
    const QString content = shown->revision.content;
    QVERIFY2(content.startsWith(QStringLiteral("# 事件管理程序\n\nIncident Management Procedure\n")), qPrintable(content));
    QVERIFY(content.contains(QStringLiteral("**文件编号 No.：** ISMS-P-001")));
    QVERIFY(content.contains(QStringLiteral("秘密 Confidential")));
    QVERIFY(content.contains(QStringLiteral("IT 部"))); // the owner's department
    QVERIFY(content.contains(QStringLiteral("## 1 目的 Purpose")));
    QVERIFY(!content.contains(QLatin1Char('{')));
    QCOMPARE(AuditLog(db()).head()->details.value(QLatin1String("content_sha256")).toString(), shown->revision.contentHash);

    // Content given wins over the template; without fromTemplate the draft is as given.
    d.content = QStringLiteral("# 自带内容\n");
    auto own = documents.create(m_template.controller, d);
    QVERIFY(own);
    QCOMPARE(documents.show(m_template.controller, own->number)->revision.content, d.content);
    QCOMPARE(verifyFirstProblem(), QString());
}

void TestMetadata::fillLeavesOutEmptyPlaceholderLines()
{
    Document d;
    d.number = QStringLiteral("ISMS-P-002");
    d.title = QStringLiteral("标题 {number}"); // a value that looks like a placeholder stays as it is
    const QString filled = DocumentTemplates::fill(QStringLiteral("# {title}\n\n{title_en}\n\n正文 {unknown} {number}\n"), d, QStringLiteral("公司"));
    QCOMPARE(filled, QStringLiteral("# 标题 {number}\n\n正文 {unknown} ISMS-P-002\n"));
}

void TestMetadata::storeTemplateIsAuditedAndReplayed()
{
    SettingsService settings(db(), m_clock);
    const QString own = QStringLiteral("# {title}\n\n## 1 本公司的章节 Our section\n");
    QVERIFY(!settings.hasOwnTemplate(DocumentType::Procedure));
    QVERIFY(settings.setDocumentTemplate(m_template.controller, DocumentType::Procedure, own));
    QVERIFY(settings.hasOwnTemplate(DocumentType::Procedure));
    QCOMPARE(settings.documentTemplate(DocumentType::Procedure), own);
    QCOMPARE(settings.documentTemplate(DocumentType::Policy), DocumentTemplates::builtIn(DocumentType::Policy));
    auto head = AuditLog(db()).head();
    QCOMPARE(head->action, QStringLiteral("settings.template_set"));
    QCOMPARE(head->object, QStringLiteral("settings template procedure"));
    QCOMPARE(head->details.value(QLatin1String("text")).toString(), own);
    QCOMPARE(head->details.value(QLatin1String("before_sha256")).toString(), QString());
    QCOMPARE(head->details.value(QLatin1String("after_sha256")).toString(), SettingsService::templateDigest(own));

    NewDocument d;
    d.title = QStringLiteral("新程序");
    d.type = DocumentType::Procedure;
    d.owner = QStringLiteral("lisi");
    d.fromTemplate = true;
    auto made = DocumentService(db(), m_clock).create(m_template.controller, d);
    QVERIFY(made);
    QCOMPARE(DocumentService(db(), m_clock).show(m_template.controller, made->number)->revision.content,
             QStringLiteral("# 新程序\n\n## 1 本公司的章节 Our section\n"));
    QCOMPARE(verifyFirstProblem(), QString());

    QVERIFY(Sql::exec(db(), QStringLiteral("UPDATE settings SET value = '# hacked' WHERE key = 'template.procedure'"), {}, QStringLiteral("tamper")));
    QVERIFY2(verifyFirstProblem().contains(QStringLiteral("template for procedure")), qPrintable(verifyFirstProblem()));

    // Back to the built-in one: recorded, and verify agrees again.
    QVERIFY(Sql::exec(db(), QStringLiteral("UPDATE settings SET value = ? WHERE key = 'template.procedure'"), {own}, QStringLiteral("undo")));
    QVERIFY(settings.setDocumentTemplate(m_template.controller, DocumentType::Procedure, QString()));
    QVERIFY(!settings.hasOwnTemplate(DocumentType::Procedure));
    QCOMPARE(verifyFirstProblem(), QString());
    // A template the trail never recorded is named.
    QVERIFY(Sql::exec(db(), QStringLiteral("INSERT INTO settings(key, value) VALUES ('template.form', '# sneaked in')"), {}, QStringLiteral("tamper")));
    QVERIFY2(verifyFirstProblem().contains(QStringLiteral("never recorded")), qPrintable(verifyFirstProblem()));
}

void TestMetadata::templateRulesAreEnforced()
{
    SettingsService settings(db(), m_clock);
    const int before = eventCount();
    auto byAuthor = settings.setDocumentTemplate(m_template.author, DocumentType::Procedure, QStringLiteral("# x\n"));
    QCOMPARE(byAuthor.code(), ErrorCode::PermissionDenied);
    QCOMPARE(settings.setDocumentTemplate(m_template.controller, DocumentType::Procedure, QStringLiteral("  \n")).code(), ErrorCode::InvalidInput);
    QCOMPARE(settings.setDocumentTemplate(m_template.controller, DocumentType::Procedure, QString(DocumentTemplates::kMaxChars + 1, QLatin1Char('x'))).code(),
             ErrorCode::InvalidInput);
    auto alreadyBuiltIn = settings.setDocumentTemplate(m_template.controller, DocumentType::Procedure, QString());
    QCOMPARE(alreadyBuiltIn.code(), ErrorCode::InvalidInput);
    QVERIFY2(alreadyBuiltIn.message().contains(QStringLiteral("already")), qPrintable(alreadyBuiltIn.message()));
    QCOMPARE(eventCount(), before);
    QVERIFY(!settings.hasOwnTemplate(DocumentType::Procedure));
}

QTEST_GUILESS_MAIN(TestMetadata)
#include "tst_metadata.moc"
