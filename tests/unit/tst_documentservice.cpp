// Registering documents and editing drafts: numbering, validation, roles, the search index.

#include "core/store/searchindex.h"
#include "core/security/contenthash.h"
#include "core/services/documentservice.h"
#include "core/store/documentstore.h"
#include "core/store/sql.h"
#include "core/store/storesettings.h"
#include "teststore.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace dc;
using dctest::rowCount;

namespace {

// The row counts a refused action must leave alone.
struct Counts {
    int documents, revisions, clauses, indexed;
    bool operator==(const Counts &) const = default;
};

Counts countsOf(Database &db)
{
    return {rowCount(db, QStringLiteral("documents")), rowCount(db, QStringLiteral("revisions")),
            rowCount(db, QStringLiteral("document_clauses")), rowCount(db, QStringLiteral("search_index"))};
}

char *toString(const Counts &c)
{
    return qstrdup(QStringLiteral("documents %1, revisions %2, clauses %3, indexed %4")
                       .arg(c.documents).arg(c.revisions).arg(c.clauses).arg(c.indexed).toUtf8().constData());
}

// The number of a created document, or the error, so a failure prints why.
QString numberOf(const Result<Document> &created)
{
    return created.ok() ? created->number : QStringLiteral("error: ") + created.message();
}

NewDocument procedure(const QString &title, const QString &owner = QStringLiteral("wangfang"))
{
    NewDocument d;
    d.title = title;
    d.type = DocumentType::Procedure;
    d.owner = owner;
    d.content = QStringLiteral("# ") + title + QStringLiteral("\n\n本程序规定了相关职责和工作流程。\n");
    return d;
}

} // namespace

class TestDocumentService : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void create_generatedNumbers();
    void create_fieldsStored();
    void create_sequencePerYear();
    void nextNumber_doesNotTake();
    void create_customPattern();
    void setPattern_invalidKeepsOld();
    void create_typedNumber();
    void create_typedNumberRaisesSequence();
    void create_duplicateNumber();
    void create_sequenceRecordLostOrBehind();
    void create_invalid_data();
    void create_invalid();
    void create_notAController_data();
    void create_notAController();
    void create_adminMay();

    void editDraft_needsSummary();
    void editDraft_noOpIsNotRecorded();
    void editDraft_whoMay();
    void editDraft_contentHash();
    void editDraft_onlyDrafts();
    void editDraft_unknownNumber();
    void decimalLabels();

    void show_controllerSeesDraft();
    void show_readerSeesNoDraft();
    void readerSeesTheEffectiveRevisionOnly();
    void editDraft_storesImages();
    void show_unknown();

    void searchIndex_followsEdits();

private:
    Database &db() { return *m_db; }
    Result<Document> make(const NewDocument &d) { return m_service->create(m_template.controller, d); }
    // The content of a document's current revision.
    QString contentOf(const QString &number)
    {
        DocumentStore store(db());
        auto document = store.find(number);
        return document ? store.currentRevision(document->id)->content : QStringLiteral("error: ") + document.message();
    }

    dc::FixedClock m_clock{dctest::fixedNow()};
    dctest::StoreTemplate m_template;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<DocumentService> m_service;
};

void TestDocumentService::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_template.prepare(m_clock), qPrintable(m_template.error));
}

void TestDocumentService::init()
{
    m_clock.set(dctest::fixedNow());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened = m_template.copyTo(m_dir->filePath(QStringLiteral("org.dcstore")));
    QVERIFY2(opened.ok(), qPrintable(opened.message()));
    m_db = std::move(opened).value();
    m_service = std::make_unique<DocumentService>(*m_db, m_clock);
}

void TestDocumentService::cleanup()
{
    m_service.reset();
    m_db.reset();
    m_dir.reset();
}

void TestDocumentService::create_generatedNumbers()
{
    auto first = make(procedure(QStringLiteral("信息安全风险评估程序")));
    DC_EXPECT_OK(first);
    QCOMPARE(first->number, QStringLiteral("ISMS-P-001"));
    auto second = make(procedure(QStringLiteral("内部审核程序")));
    DC_EXPECT_OK(second);
    QCOMPARE(second->number, QStringLiteral("ISMS-P-002"));

    NewDocument manual = procedure(QStringLiteral("信息安全与服务管理手册"));
    manual.type = DocumentType::Manual;
    auto manualDoc = make(manual);
    DC_EXPECT_OK(manualDoc);
    QCOMPARE(manualDoc->number, QStringLiteral("ISMS-0001-2026")); // the year of the clock
    manual.title = QStringLiteral("服务管理手册");
    QCOMPARE(numberOf(make(manual)), QStringLiteral("ISMS-0002-2026"));

    NewDocument policy = procedure(QStringLiteral("信息安全方针"));
    policy.type = DocumentType::Policy;
    QCOMPARE(numberOf(make(policy)), QStringLiteral("ISMS-POL-001"));
    // The manual numbers did not disturb the procedures' sequence.
    QCOMPARE(numberOf(make(procedure(QStringLiteral("文件控制程序")))), QStringLiteral("ISMS-P-003"));
}

void TestDocumentService::create_fieldsStored()
{
    NewDocument d = procedure(QStringLiteral("  访问控制程序  "), QStringLiteral("lisi"));
    d.titleEn = QStringLiteral(" Access Control Procedure ");
    d.classification = Classification::Confidential;
    d.reviewIntervalMonths = 24;
    d.clauses = {ClauseRef{QStringLiteral("27001:2013"), QStringLiteral("A.9.1.1")}, ClauseRef{QStringLiteral("27001:2022"), QStringLiteral("A.5.15")}};
    auto created = make(d);
    DC_EXPECT_OK(created);
    QCOMPARE(created->title, QStringLiteral("访问控制程序"));
    QCOMPARE(created->titleEn, QStringLiteral("Access Control Procedure"));
    QCOMPARE(created->type, DocumentType::Procedure);
    QCOMPARE(created->owner, QStringLiteral("lisi"));
    QCOMPARE(created->department, QStringLiteral("IT 部")); // the owner's, when none is given
    QCOMPARE(created->classification, Classification::Confidential);
    QCOMPARE(created->reviewIntervalMonths, 24);
    QCOMPARE(created->createdAt, dctest::fixedNow());
    QCOMPARE(created->currentLabel, QStringLiteral("A/0"));
    QCOMPARE(created->currentStatus, RevisionStatus::Draft);
    QCOMPARE(created->clauses.size(), 2);
    QVERIFY(created->clauses.contains(ClauseRef{QStringLiteral("27001:2013"), QStringLiteral("A.9.1.1")}));

    auto revision = DocumentStore(db()).currentRevision(created->id);
    DC_EXPECT_OK(revision);
    QCOMPARE(revision->author, QStringLiteral("wangfang"));
    QCOMPARE(revision->changeSummary, QStringLiteral("New document"));
    QCOMPARE(revision->content, d.content);
    QCOMPARE(revision->contentHash, contentHash(d.content));
    QCOMPARE(revision->createdAt, dctest::fixedNow());

    d.department = QStringLiteral("运维部");
    d.changeSummary = QStringLiteral(" 首次编制 ");
    auto withDepartment = make(d);
    DC_EXPECT_OK(withDepartment);
    QCOMPARE(withDepartment->department, QStringLiteral("运维部"));
    QCOMPARE(DocumentStore(db()).currentRevision(withDepartment->id)->changeSummary, QStringLiteral("首次编制"));
}

void TestDocumentService::create_sequencePerYear()
{
    m_clock.set(QDateTime(QDate(2025, 12, 31), QTime(23, 0), QTimeZone::utc()));
    NewDocument manual = procedure(QStringLiteral("信息安全与服务管理手册"));
    manual.type = DocumentType::Manual;
    QCOMPARE(numberOf(make(manual)), QStringLiteral("ISMS-0001-2025"));
    QCOMPARE(numberOf(make(manual)), QStringLiteral("ISMS-0002-2025"));
    m_clock.advanceSecs(2 * 3600); // into 2026
    // Issue 14 item 8: the sequence continues across years; a number is never reused with
    // another year (ISMS-0001-2022 and ISMS-0001-2026 would be two manuals numbered 0001).
    QCOMPARE(numberOf(make(manual)), QStringLiteral("ISMS-0003-2026"));
    QCOMPARE(m_service->nextNumber(DocumentType::Manual).value(), QStringLiteral("ISMS-0004-2026"));

    // Unless the pattern restarts it every year.
    DC_EXPECT_OK(StoreSettings(db()).setNumberPattern(DocumentType::Form, QStringLiteral("{prefix}-F-{seq:3,yearly}-{yy}")));
    NewDocument form = procedure(QStringLiteral("变更申请表"));
    form.type = DocumentType::Form;
    QCOMPARE(numberOf(make(form)), QStringLiteral("ISMS-F-001-26"));
    m_clock.advanceSecs(365 * 24 * 3600); // into 2027
    QCOMPARE(numberOf(make(form)), QStringLiteral("ISMS-F-001-27"));
    QCOMPARE(numberOf(make(manual)), QStringLiteral("ISMS-0004-2027"));
}

void TestDocumentService::nextNumber_doesNotTake()
{
    QCOMPARE(m_service->nextNumber(DocumentType::Procedure).value(), QStringLiteral("ISMS-P-001"));
    QCOMPARE(m_service->nextNumber(DocumentType::Procedure).value(), QStringLiteral("ISMS-P-001"));
    QCOMPARE(m_service->nextNumber(DocumentType::Form).value(), QStringLiteral("ISMS-F-001"));
    QCOMPARE(rowCount(db(), QStringLiteral("documents")), 0);
}

void TestDocumentService::create_customPattern()
{
    StoreSettings settings(db());
    DC_EXPECT_OK(settings.setNumberPattern(DocumentType::Procedure, QStringLiteral("{prefix}/PR/{yy}-{seq:2}")));
    QCOMPARE(settings.numberPattern(DocumentType::Procedure).text(), QStringLiteral("{prefix}/PR/{yy}-{seq:2}"));
    QCOMPARE(numberOf(make(procedure(QStringLiteral("变更管理程序")))), QStringLiteral("ISMS/PR/26-01"));
    QCOMPARE(numberOf(make(procedure(QStringLiteral("配置管理程序")))), QStringLiteral("ISMS/PR/26-02"));
    // Other types keep their defaults; a new prefix applies to new numbers.
    DC_EXPECT_OK(settings.setNumberPrefix(QStringLiteral("SMS")));
    QCOMPARE(settings.numberPrefix(), QStringLiteral("SMS"));
    QCOMPARE(numberOf(make(procedure(QStringLiteral("容量管理程序")))), QStringLiteral("SMS/PR/26-01"));
    NewDocument form = procedure(QStringLiteral("变更申请表"));
    form.type = DocumentType::Form;
    QCOMPARE(numberOf(make(form)), QStringLiteral("SMS-F-001"));
}

void TestDocumentService::setPattern_invalidKeepsOld()
{
    StoreSettings settings(db());
    DC_EXPECT_OK(settings.setNumberPattern(DocumentType::Procedure, QStringLiteral("{prefix}-PR-{seq:4}")));
    const Status refused = settings.setNumberPattern(DocumentType::Procedure, QStringLiteral("{prefix}-{bad}-{seq}"));
    DC_EXPECT_ERROR(refused, ErrorCode::InvalidInput);
    QVERIFY2(refused.message().contains(QStringLiteral("{bad}")), qPrintable(refused.message()));
    DC_EXPECT_ERROR(settings.setNumberPattern(DocumentType::Procedure, QStringLiteral("{prefix}-PR")), ErrorCode::InvalidInput);
    QCOMPARE(settings.numberPattern(DocumentType::Procedure).text(), QStringLiteral("{prefix}-PR-{seq:4}"));
    QCOMPARE(numberOf(make(procedure(QStringLiteral("变更管理程序")))), QStringLiteral("ISMS-PR-0001"));
    // A bad prefix is refused too, and the old one kept.
    const Status badPrefix = settings.setNumberPrefix(QStringLiteral("IS MS"));
    DC_EXPECT_ERROR(badPrefix, ErrorCode::InvalidInput);
    QVERIFY(badPrefix.message().contains(QStringLiteral("\"IS MS\"")));
    QCOMPARE(settings.numberPrefix(), QStringLiteral("ISMS"));
}

void TestDocumentService::create_typedNumber()
{
    NewDocument d = procedure(QStringLiteral("机房巡检作业指导书"));
    d.type = DocumentType::WorkInstruction;
    d.number = QStringLiteral("ISMS-WI-IT-07");
    auto created = make(d);
    DC_EXPECT_OK(created);
    QCOMPARE(created->number, QStringLiteral("ISMS-WI-IT-07"));
    QVERIFY(DocumentStore(db()).find(QStringLiteral("ISMS-WI-IT-07")).ok());
    // A typed number outside the pattern does not move the sequence.
    d.number.clear();
    QCOMPARE(numberOf(make(d)), QStringLiteral("ISMS-WI-001"));
}

void TestDocumentService::create_typedNumberRaisesSequence()
{
    NewDocument d = procedure(QStringLiteral("供应商管理程序"));
    d.number = QStringLiteral("ISMS-P-010");
    DC_EXPECT_OK(make(d));
    QCOMPARE(numberOf(make(procedure(QStringLiteral("服务级别管理程序")))), QStringLiteral("ISMS-P-011"));
}

// Issue 17: the next number comes from the highest sequence recorded in the store's settings,
// not from reading every number. A store without that record (written before it existed) or
// with a record that fell behind (numbers written elsewhere) still gets the next free number.
void TestDocumentService::create_sequenceRecordLostOrBehind()
{
    QCOMPARE(numberOf(make(procedure(QStringLiteral("变更管理程序")))), QStringLiteral("ISMS-P-001"));
    QCOMPARE(numberOf(make(procedure(QStringLiteral("配置管理程序")))), QStringLiteral("ISMS-P-002"));
    const auto recorded = [this] {
        auto value = Sql::exec(db(), QStringLiteral("SELECT value FROM settings WHERE key LIKE 'sequence.%|ISMS-P-'"), {}, QStringLiteral("test"));
        return value && value.value().next() ? value.value().value(0).toString() : QString();
    };
    QCOMPARE(recorded(), QStringLiteral("2"));

    DC_EXPECT_OK(Sql::exec(db(), QStringLiteral("DELETE FROM settings WHERE key LIKE 'sequence.%'"), {}, QStringLiteral("test")));
    QCOMPARE(m_service->nextNumber(DocumentType::Procedure).value(), QStringLiteral("ISMS-P-003"));
    QCOMPARE(numberOf(make(procedure(QStringLiteral("容量管理程序")))), QStringLiteral("ISMS-P-003"));
    QCOMPARE(recorded(), QStringLiteral("3"));

    DC_EXPECT_OK(Sql::exec(db(), QStringLiteral("UPDATE settings SET value = '1' WHERE key LIKE 'sequence.%|ISMS-P-'"), {}, QStringLiteral("test")));
    QCOMPARE(numberOf(make(procedure(QStringLiteral("服务连续性管理程序")))), QStringLiteral("ISMS-P-004"));
    QCOMPARE(recorded(), QStringLiteral("4"));
}

void TestDocumentService::create_duplicateNumber()
{
    DC_EXPECT_OK(make(procedure(QStringLiteral("信息安全风险评估程序"))));
    const Counts before = countsOf(db());
    NewDocument d = procedure(QStringLiteral("另一个程序"));
    d.number = QStringLiteral("ISMS-P-001");
    d.clauses = {ClauseRef{QStringLiteral("20000-1:2018"), QStringLiteral("8.5.1")}};
    auto duplicate = make(d);
    DC_EXPECT_ERROR(duplicate, ErrorCode::Duplicate);
    QVERIFY2(duplicate.message().contains(QStringLiteral("ISMS-P-001")), qPrintable(duplicate.message()));
    QCOMPARE(countsOf(db()), before);
    QCOMPARE(DocumentStore(db()).find(QStringLiteral("ISMS-P-001"))->title, QStringLiteral("信息安全风险评估程序"));
}

void TestDocumentService::create_invalid_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("named"); // in the message
    QTest::newRow("missing title") << QStringLiteral("title") << QString() << QStringLiteral("title");
    QTest::newRow("blank title") << QStringLiteral("title") << QStringLiteral("   ") << QStringLiteral("title");
    QTest::newRow("title too long") << QStringLiteral("title") << QString(201, QChar(0x6587)) << QStringLiteral("200");
    QTest::newRow("english title too long") << QStringLiteral("titleEn") << QString(201, QLatin1Char('a')) << QStringLiteral("200");
    QTest::newRow("number with space") << QStringLiteral("number") << QStringLiteral("ISMS 001") << QStringLiteral("ISMS 001");
    QTest::newRow("chinese number") << QStringLiteral("number") << QStringLiteral("文控-001") << QStringLiteral("文控-001");
    QTest::newRow("blank number") << QStringLiteral("number") << QStringLiteral("  ") << QStringLiteral("empty");
    QTest::newRow("unknown owner") << QStringLiteral("owner") << QStringLiteral("nobody") << QStringLiteral("\"nobody\"");
    QTest::newRow("no owner") << QStringLiteral("owner") << QString() << QStringLiteral("owner");
    QTest::newRow("review interval -1") << QStringLiteral("review") << QStringLiteral("-1") << QStringLiteral("not -1");
    QTest::newRow("review interval 121") << QStringLiteral("review") << QStringLiteral("121") << QStringLiteral("not 121");
    QTest::newRow("review interval negative") << QStringLiteral("review") << QStringLiteral("-12") << QStringLiteral("not -12");
    QTest::newRow("retention negative") << QStringLiteral("retention") << QStringLiteral("-1") << QStringLiteral("not -1");
    QTest::newRow("retention 101") << QStringLiteral("retention") << QStringLiteral("101") << QStringLiteral("not 101");
    QTest::newRow("content too large") << QStringLiteral("content") << QString() << QStringLiteral("8 MiB");
}

void TestDocumentService::create_invalid()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, named);
    DC_EXPECT_OK(make(procedure(QStringLiteral("文件控制程序")))); // something to leave alone
    NewDocument d = procedure(QStringLiteral("信息安全事件管理程序"));
    d.clauses = {ClauseRef{QStringLiteral("27001:2013"), QStringLiteral("A.16.1.1")}};
    if (field == QLatin1String("title"))
        d.title = value;
    else if (field == QLatin1String("titleEn"))
        d.titleEn = value;
    else if (field == QLatin1String("number"))
        d.number = value;
    else if (field == QLatin1String("owner"))
        d.owner = value;
    else if (field == QLatin1String("review"))
        d.reviewIntervalMonths = value.toInt();
    else if (field == QLatin1String("retention"))
        d.retentionYears = value.toInt();
    else if (field == QLatin1String("content"))
        d.content = QString(DocumentService::kMaxContentChars + 1, QLatin1Char('x'));

    const Counts before = countsOf(db());
    auto created = make(d);
    DC_EXPECT_ERROR(created, ErrorCode::InvalidInput);
    QVERIFY2(created.message().contains(named), qPrintable(created.message()));
    QCOMPARE(countsOf(db()), before);
}

void TestDocumentService::create_notAController_data()
{
    QTest::addColumn<QString>("who");
    QTest::newRow("reader") << QStringLiteral("chenjing");
    QTest::newRow("author") << QStringLiteral("lisi");
    QTest::newRow("reviewer") << QStringLiteral("zhaoliu");
}

void TestDocumentService::create_notAController()
{
    QFETCH(QString, who);
    const User actor = who == QLatin1String("chenjing") ? m_template.reader
                       : who == QLatin1String("lisi")   ? m_template.author
                                                        : m_template.reviewer;
    QCOMPARE(actor.name, who);
    const Counts before = countsOf(db());
    auto created = m_service->create(actor, procedure(QStringLiteral("信息安全风险评估程序")));
    DC_EXPECT_ERROR(created, ErrorCode::PermissionDenied);
    QVERIFY2(created.message().contains(who), qPrintable(created.message()));
    QCOMPARE(countsOf(db()), before);
}

void TestDocumentService::create_adminMay()
{
    auto created = m_service->create(m_template.admin, procedure(QStringLiteral("信息安全风险评估程序")));
    DC_EXPECT_OK(created);
    QCOMPARE(DocumentStore(db()).currentRevision(created->id)->author, QStringLiteral("admin"));
}

void TestDocumentService::editDraft_needsSummary()
{
    auto created = make(procedure(QStringLiteral("信息安全风险评估程序")));
    DC_EXPECT_OK(created);
    const QString original = DocumentStore(db()).currentRevision(created->id)->content;
    for (const QString &summary : {QString(), QStringLiteral("  \t ")}) {
        auto edited = m_service->editDraft(m_template.controller, created->number, QStringLiteral("新内容"), summary);
        DC_EXPECT_ERROR(edited, ErrorCode::InvalidInput);
        QVERIFY2(edited.message().contains(QStringLiteral("修订说明")), qPrintable(edited.message()));
    }
    QCOMPARE(DocumentStore(db()).currentRevision(created->id)->content, original);
    auto tooLarge = m_service->editDraft(m_template.controller, created->number, QString(DocumentService::kMaxContentChars + 1, QLatin1Char('x')),
                                         QStringLiteral("过大"));
    DC_EXPECT_ERROR(tooLarge, ErrorCode::InvalidInput);
    QCOMPARE(DocumentStore(db()).currentRevision(created->id)->content, original);
}

// Issue 14 item 8: a save that changes nothing (text, summary, images) records no edit.
void TestDocumentService::editDraft_noOpIsNotRecorded()
{
    auto created = make(procedure(QStringLiteral("信息安全风险评估程序")));
    DC_EXPECT_OK(created);
    const Revision before = DocumentStore(db()).currentRevision(created->id).value();
    const auto events = [this] { return dctest::scalar(db(), QStringLiteral("SELECT count(*) FROM events")).toInt(); };
    const int eventsBefore = events();
    auto same = m_service->editDraft(m_template.controller, created->number, before.content, QStringLiteral(" ") + before.changeSummary);
    DC_EXPECT_ERROR(same, ErrorCode::InvalidInput);
    QVERIFY2(same.message().contains(QStringLiteral("Nothing was changed")), qPrintable(same.message()));
    QCOMPARE(events(), eventsBefore);
    QCOMPARE(DocumentStore(db()).currentRevision(created->id)->updatedAt, before.updatedAt);

    // A new summary alone, or new images, are changes.
    DC_EXPECT_OK(m_service->editDraft(m_template.controller, created->number, before.content, QStringLiteral("补充修订说明")));
    QCOMPARE(events(), eventsBefore + 1);
    const QByteArray png = QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
    const QHash<QString, QByteArray> images{{QStringLiteral("image-1.png"), png}};
    DC_EXPECT_OK(m_service->editDraft(m_template.controller, created->number, before.content, QStringLiteral("补充修订说明"), RevisionStep::Minor, images));
    QCOMPARE(events(), eventsBefore + 2);
    DC_EXPECT_ERROR(m_service->editDraft(m_template.controller, created->number, before.content, QStringLiteral("补充修订说明"), RevisionStep::Minor, images),
                    ErrorCode::InvalidInput);
    QCOMPARE(events(), eventsBefore + 2);
}

void TestDocumentService::editDraft_whoMay()
{
    // Owned by the author lisi, drafted by the controller wangfang.
    auto owned = make(procedure(QStringLiteral("备份管理程序"), QStringLiteral("lisi")));
    DC_EXPECT_OK(owned);
    // Owned by wangfang: lisi is neither its author nor its owner.
    auto other = make(procedure(QStringLiteral("密码管理程序")));
    DC_EXPECT_OK(other);

    m_clock.advanceSecs(3600);
    auto byAuthor = m_service->editDraft(m_template.author, owned->number, QStringLiteral("# 备份管理程序\n\n每日增量备份。"), QStringLiteral(" 补充备份频率 "));
    DC_EXPECT_OK(byAuthor);
    QCOMPARE(byAuthor->content, QStringLiteral("# 备份管理程序\n\n每日增量备份。"));
    QCOMPARE(byAuthor->changeSummary, QStringLiteral("补充备份频率"));
    QCOMPARE(byAuthor->updatedAt, dctest::fixedNow().addSecs(3600));
    QCOMPARE(byAuthor->createdAt, dctest::fixedNow());
    QCOMPARE(byAuthor->author, QStringLiteral("wangfang")); // editing does not change the author
    QCOMPARE(byAuthor->label, QStringLiteral("A/0"));

    DC_EXPECT_OK(m_service->editDraft(m_template.controller, owned->number, QStringLiteral("文控修改"), QStringLiteral("文控修改")));
    DC_EXPECT_OK(m_service->editDraft(m_template.admin, other->number, QStringLiteral("管理员修改"), QStringLiteral("管理员修改")));

    const struct {
        const User *actor;
        QString number;
    } refused[] = {{&m_template.reviewer, owned->number}, {&m_template.reader, owned->number}, {&m_template.author, other->number}};
    for (const auto &r : refused) {
        const QString before = contentOf(r.number);
        auto edited = m_service->editDraft(*r.actor, r.number, QStringLiteral("不应保存"), QStringLiteral("越权修改"));
        DC_EXPECT_ERROR(edited, ErrorCode::PermissionDenied);
        QVERIFY2(edited.message().contains(r.actor->name) && edited.message().contains(r.number), qPrintable(edited.message()));
        QCOMPARE(contentOf(r.number), before);
    }
}

void TestDocumentService::editDraft_contentHash()
{
    auto created = make(procedure(QStringLiteral("信息安全风险评估程序")));
    DC_EXPECT_OK(created);
    const QString content = QStringLiteral("# 信息安全风险评估程序\n\n每年至少进行一次风险评估。\n");
    auto edited = m_service->editDraft(m_template.controller, created->number, content, QStringLiteral("补充评估频率"));
    DC_EXPECT_OK(edited);
    // SHA-256 of the UTF-8 bytes, lower-case hex (computed independently with sha256sum).
    QCOMPARE(edited->contentHash, QStringLiteral("4a5a39d1e865b02deff52b0caaf1f67cca860b479fceebf76e734e0e592adf39"));
    QCOMPARE(DocumentStore(db()).currentRevision(created->id)->contentHash, edited->contentHash);
    auto emptied = m_service->editDraft(m_template.controller, created->number, QString(), QStringLiteral("清空"));
    DC_EXPECT_OK(emptied);
    QCOMPARE(emptied->contentHash, QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
}

void TestDocumentService::editDraft_onlyDrafts()
{
    auto created = make(procedure(QStringLiteral("信息安全风险评估程序")));
    DC_EXPECT_OK(created);
    DC_EXPECT_OK(dctest::forceStatus(db(), created->id, RevisionStatus::InReview));
    const QString before = DocumentStore(db()).currentRevision(created->id)->content;
    auto edited = m_service->editDraft(m_template.controller, created->number, QStringLiteral("审核中不可修改"), QStringLiteral("尝试修改"));
    DC_EXPECT_ERROR(edited, ErrorCode::InvalidState);
    QVERIFY2(edited.message().contains(QStringLiteral("A/0")) && edited.message().contains(created->number), qPrintable(edited.message()));
    QCOMPARE(DocumentStore(db()).currentRevision(created->id)->content, before);
    auto stillIndexed = SearchIndex::search(db(), QStringLiteral("审核中不可修改"));
    QVERIFY(stillIndexed.ok());
    QCOMPARE(stillIndexed->total, 0);
}

void TestDocumentService::editDraft_unknownNumber()
{
    auto edited = m_service->editDraft(m_template.controller, QStringLiteral("ISMS-P-999"), QStringLiteral("内容"), QStringLiteral("说明"));
    DC_EXPECT_ERROR(edited, ErrorCode::NotFound);
    QVERIFY(edited.message().contains(QStringLiteral("ISMS-P-999")));
}

void TestDocumentService::decimalLabels()
{
    DC_EXPECT_OK(StoreSettings(db()).setLabelScheme(LabelScheme::Decimal));
    auto created = make(procedure(QStringLiteral("Change Management Procedure")));
    DC_EXPECT_OK(created);
    QCOMPARE(created->currentLabel, QStringLiteral("1.0"));
    auto edited = m_service->editDraft(m_template.controller, created->number, QStringLiteral("v1 text"), QStringLiteral("draft"));
    DC_EXPECT_OK(edited);
    QCOMPARE(edited->label, QStringLiteral("1.0"));
}

void TestDocumentService::show_controllerSeesDraft()
{
    auto created = make(procedure(QStringLiteral("信息安全风险评估程序")));
    DC_EXPECT_OK(created);
    auto shown = m_service->show(m_template.controller, created->number);
    DC_EXPECT_OK(shown);
    QCOMPARE(shown->document.number, created->number);
    QCOMPARE(shown->revision.label, QStringLiteral("A/0"));
    QCOMPARE(shown->revision.status, RevisionStatus::Draft);
    QVERIFY(shown->revision.content.contains(QStringLiteral("本程序规定")));
    QCOMPARE(shown->history.size(), 1);
    QVERIFY(shown->history.first().content.isEmpty()); // the history carries no content
    DC_EXPECT_OK(m_service->show(m_template.reviewer, created->number, QStringLiteral("A/0")));
    auto noSuchLabel = m_service->show(m_template.controller, created->number, QStringLiteral("B/0"));
    DC_EXPECT_ERROR(noSuchLabel, ErrorCode::NotFound);
    QVERIFY(noSuchLabel.message().contains(QStringLiteral("B/0")));
}

void TestDocumentService::show_readerSeesNoDraft()
{
    auto created = make(procedure(QStringLiteral("信息安全风险评估程序")));
    DC_EXPECT_OK(created);
    auto current = m_service->show(m_template.reader, created->number);
    DC_EXPECT_ERROR(current, ErrorCode::NotFound);
    QVERIFY2(current.message().contains(created->number), qPrintable(current.message()));
    auto draft = m_service->show(m_template.reader, created->number, QStringLiteral("A/0"));
    DC_EXPECT_ERROR(draft, ErrorCode::PermissionDenied);
    QVERIFY2(draft.message().contains(QStringLiteral("chenjing")), qPrintable(draft.message()));

    // Once the revision is effective the reader sees it.
    DC_EXPECT_OK(dctest::forceStatus(db(), created->id, RevisionStatus::Effective));
    auto effective = m_service->show(m_template.reader, created->number);
    DC_EXPECT_OK(effective);
    QCOMPARE(effective->revision.status, RevisionStatus::Effective);
    QCOMPARE(effective->history.size(), 1);
}

void TestDocumentService::show_unknown()
{
    auto shown = m_service->show(m_template.controller, QStringLiteral("ISMS-P-404"));
    DC_EXPECT_ERROR(shown, ErrorCode::NotFound);
    QVERIFY(shown.message().contains(QStringLiteral("ISMS-P-404")));
    DC_EXPECT_ERROR(m_service->show(m_template.reader, QStringLiteral("ISMS-P-404")), ErrorCode::NotFound);
}

void TestDocumentService::searchIndex_followsEdits()
{
    NewDocument d = procedure(QStringLiteral("应急响应程序"));
    d.content = QStringLiteral("年度审核计划 alphaword");
    auto created = make(d);
    DC_EXPECT_OK(created);
    auto found = SearchIndex::search(db(), QStringLiteral("alphaword"));
    QVERIFY(found.ok());
    QCOMPARE(found->total, 1);

    DC_EXPECT_OK(m_service->editDraft(m_template.controller, created->number, QStringLiteral("应急演练记录 bravoword"), QStringLiteral("改写")));
    for (const char *gone : {"alphaword", "审核计划"}) {
        auto old = SearchIndex::search(db(), QString::fromUtf8(gone));
        QVERIFY(old.ok());
        QVERIFY2(old->total == 0, gone);
    }
    for (const char *now : {"bravoword", "演练记录", "应急响应"}) {
        auto hit = SearchIndex::search(db(), QString::fromUtf8(now));
        QVERIFY(hit.ok());
        QVERIFY2(hit->total == 1, now);
        QCOMPARE(hit->hits.first().number, created->number);
    }
    // A refused edit leaves the index as it was.
    DC_EXPECT_ERROR(m_service->editDraft(m_template.reader, created->number, QStringLiteral("charlieword"), QStringLiteral("越权")),
                    ErrorCode::PermissionDenied);
    QCOMPARE(SearchIndex::search(db(), QStringLiteral("charlieword"))->total, 0);
    QCOMPARE(SearchIndex::search(db(), QStringLiteral("bravoword"))->total, 1);
    QCOMPARE(rowCount(db(), QStringLiteral("search_index")), 1);
}

void TestDocumentService::readerSeesTheEffectiveRevisionOnly()
{
    // Once A/0 is effective and A/1 is being drafted, a reader's register, search and show
    // give A/0 and never the draft's text; staff see A/1.
    NewDocument input = procedure(QStringLiteral("访问控制程序"));
    input.content = QStringLiteral("# 访问控制程序\n\n账号每季度复核一次。\n");
    auto created = make(input);
    DC_EXPECT_OK(created);
    DC_EXPECT_OK(dctest::forceStatus(db(), created->id, RevisionStatus::Effective));
    DC_EXPECT_OK(SearchIndex::refresh(db(), created->id));
    auto draft = m_service->editDraft(m_template.controller, created->number, QStringLiteral("# 访问控制程序\n\n草案：改用零信任网关。\n"),
                                      QStringLiteral("零信任"));
    DC_EXPECT_OK(draft);
    QCOMPARE(draft->label, QStringLiteral("A/1"));

    RegisterQuery query;
    auto forReader = m_service->list(m_template.reader, query);
    DC_EXPECT_OK(forReader);
    QCOMPARE(forReader->total, 1);
    QCOMPARE(forReader->rows.first().currentLabel, QStringLiteral("A/0"));
    QCOMPARE(forReader->rows.first().currentStatus, RevisionStatus::Effective);
    auto forController = m_service->list(m_template.controller, query);
    DC_EXPECT_OK(forController);
    QCOMPARE(forController->rows.first().currentLabel, QStringLiteral("A/1"));

    QCOMPARE(m_service->search(m_template.reader, QStringLiteral("零信任"))->total, 0);
    QCOMPARE(m_service->search(m_template.controller, QStringLiteral("零信任"))->total, 1);
    auto found = m_service->search(m_template.reader, QStringLiteral("每季度"));
    DC_EXPECT_OK(found);
    QCOMPARE(found->total, 1);
    QCOMPARE(found->hits.first().label, QStringLiteral("A/0"));
    QVERIFY(!found->hits.first().snippet.text.contains(QStringLiteral("零信任")));
    QCOMPARE(m_service->search(m_template.controller, QStringLiteral("每季度"))->total, 0);

    auto shown = m_service->show(m_template.reader, created->number);
    DC_EXPECT_OK(shown);
    QCOMPARE(shown->revision.label, QStringLiteral("A/0"));
}

void TestDocumentService::editDraft_storesImages()
{
    // The editor's images are kept with the draft, and come back for the next edit.
    auto created = make(procedure(QStringLiteral("机房巡检作业指导书")));
    DC_EXPECT_OK(created);
    const QByteArray png = QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
    auto saved = m_service->editDraft(m_template.controller, created->number, QStringLiteral("# 巡检\n\n![机柜](image-1.png)\n"),
                                      QStringLiteral("加入机柜照片"), RevisionStep::Minor, {{QStringLiteral("image-1.png"), png}});
    DC_EXPECT_OK(saved);
    auto images = m_service->images(m_template.controller, created->number, saved->label);
    DC_EXPECT_OK(images);
    QCOMPARE(images->size(), 1);
    QCOMPARE(images->value(QStringLiteral("image-1.png")), png);
    QCOMPARE(dctest::scalar(db(), QStringLiteral("SELECT mime_type FROM attachments WHERE name = 'image-1.png'")).toString(), QStringLiteral("image/png"));

    // Once submitted, the store refuses to change the images as it refuses the text.
    DC_EXPECT_OK(dctest::forceStatus(db(), created->id, RevisionStatus::InReview));
    QVERIFY(!Sql::exec(db(), QStringLiteral("DELETE FROM attachments WHERE name = 'image-1.png'"), {}, QStringLiteral("tamper")).ok());
}

QTEST_GUILESS_MAIN(TestDocumentService)
#include "tst_documentservice.moc"
