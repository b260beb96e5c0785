// The Statement of Applicability as a document (SoaService, DocumentService, WorkflowService,
// ExportService): created with the table generated from the catalogue, edited a control at a
// time, refused at submission while a control is undecided or unjustified (changing nothing),
// refreshed from the clause mapping, signed, released and exported on landscape pages; the next
// revision's changes name their controls, and verify still passes.

#include "core/services/exportservice.h"
#include "core/services/soaservice.h"
#include "core/services/verifier.h"
#include "pdftotext.h"
#include "workflowfixture.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace dc;
using namespace Qt::StringLiterals;
using dctest::stateOf;
using dctest::StoreState;

class TestSoaService : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void createGeneratesTheTable();
    void createUnknownStandard();
    void setControl();
    void setControlRefusals();
    void submitRefusedUntilComplete();
    void lifecycleAndExport();

private:
    Database &db() { return m_session.db(); }
    dctest::FlowDriver &flow() { return m_session.flow(); }
    SoaService soa() { return SoaService(db(), m_clock); }
    const User &controller() const { return m_template.controller(); }
    Result<Document> createSoa(const QString &standard = u"27001:2022"_s)
    {
        NewDocument d;
        d.title = u"适用性声明"_s;
        d.titleEn = u"Statement of Applicability"_s;
        d.type = DocumentType::Soa;
        d.owner = u"lisi"_s;
        d.fromTemplate = true;
        d.soaStandard = standard;
        return flow().documents().create(controller(), d);
    }
    // Decides every control: applicable for risk and implemented, A.7.5 excluded.
    Status complete(const QString &number)
    {
        auto table = soa().table(controller(), number);
        if (!table)
            return table.error();
        for (SoaRow &row : table.value().rows) {
            row.applicable = row.control != u"A.7.5"_s;
            row.reasons = row.applicable.value() ? QList<SoaReason>{SoaReason::RiskAssessment} : QList<SoaReason>{};
            row.status = row.applicable.value() ? std::optional<SoaStatus>(SoaStatus::Implemented) : std::nullopt;
            row.justification = row.applicable.value() ? QString() : u"无自有机房 No premises of our own"_s;
        }
        return Status::from(soa().save(controller(), number, table.value(), u"逐项确定 Every control decided"_s));
    }

    FixedClock m_clock{dctest::fixedNow()};
    dctest::WorkflowTemplate m_template;
    dctest::WorkflowSession m_session;
    QTemporaryDir m_files;
};

void TestSoaService::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_files.isValid());
    QVERIFY2(m_template.prepare(m_clock), qPrintable(m_template.error));
}

void TestSoaService::init()
{
    m_clock.set(dctest::fixedNow());
    const QString failed = m_session.open(m_template, m_clock);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
}

void TestSoaService::cleanup()
{
    m_session.close();
}

void TestSoaService::createGeneratesTheTable()
{
    auto created = createSoa();
    DC_EXPECT_OK(created);
    QCOMPARE(created->number, u"ISMS-SOA-001"_s);
    QCOMPARE(created->type, DocumentType::Soa);
    QCOMPARE(created->reviewIntervalMonths, 12);
    auto table = soa().table(controller(), created->number);
    DC_EXPECT_OK(table);
    QCOMPARE(table->standard, u"27001:2022"_s);
    QCOMPARE(table->rows.size(), 93);
    // The template's introduction comes first, filled in.
    QVERIFY2(table->before.contains(u"ISMS-SOA-001"_s), qPrintable(table->before));
    QVERIFY(table->before.contains(u"6.1.3"_s));
    QVERIFY(table->before.contains(u"标准 Standard: ISO/IEC 27001:2022"_s));

    auto older = createSoa(u"27001:2013"_s);
    DC_EXPECT_OK(older);
    QCOMPARE(soa().table(controller(), older->number)->rows.size(), 114);

    // A document of another type is no SoA.
    const QString procedure = flow().newDocument(u"访问控制程序"_s);
    DC_EXPECT_ERROR(soa().table(controller(), procedure), ErrorCode::InvalidInput);
}

void TestSoaService::createUnknownStandard()
{
    const StoreState before = stateOf(db());
    DC_EXPECT_ERROR(createSoa(u"27001:2005"_s), ErrorCode::NotFound);
    QCOMPARE(stateOf(db()), before);
}

void TestSoaService::setControl()
{
    const QString number = createSoa()->number;
    SoaRowChange change;
    change.applicable = true;
    change.reasons = QList<SoaReason>{SoaReason::LegalContractual, SoaReason::BusinessRequirement};
    change.status = SoaStatus::Planned;
    change.owner = u"李四"_s;
    auto saved = soa().setControl(controller(), number, u"a.5.7"_s, change, u"A.5.7 适用"_s);
    DC_EXPECT_OK(saved);
    QCOMPARE(saved->label, u"A/0"_s);
    QCOMPARE(saved->changeSummary, u"A.5.7 适用"_s);
    auto table = soa().table(controller(), number);  // kept: `row` points into it
    DC_EXPECT_OK(table);
    const SoaRow *row = table->find(u"A.5.7"_s);
    QVERIFY(row);
    QCOMPARE(row->applicable, std::optional<bool>(true));
    QCOMPARE(row->reasons, (QList<SoaReason>{SoaReason::LegalContractual, SoaReason::BusinessRequirement}));
    QCOMPARE(row->owner, u"李四"_s);

    // Excluding a control drops its status.
    SoaRowChange exclude;
    exclude.applicable = false;
    exclude.justification = u"不涉及 Not relevant"_s;
    DC_EXPECT_OK(soa().setControl(controller(), number, u"A.5.7"_s, exclude, u"A.5.7 排除"_s));
    table = soa().table(controller(), number);
    DC_EXPECT_OK(table);
    row = table->find(u"A.5.7"_s);
    QCOMPARE(row->applicable, std::optional<bool>(false));
    QVERIFY(!row->status);
}

void TestSoaService::setControlRefusals()
{
    const QString number = createSoa()->number;
    const StoreState before = stateOf(db());
    SoaRowChange change;
    change.applicable = true;
    DC_EXPECT_ERROR(soa().setControl(controller(), number, u"A.9.9"_s, change, u"x"_s), ErrorCode::NotFound);
    DC_EXPECT_ERROR(soa().setControl(controller(), number, u"A.5.1"_s, change, QString()), ErrorCode::InvalidInput); // no summary
    QVERIFY(!soa().setControl(m_template.reader(), number, u"A.5.1"_s, change, u"x"_s).ok()); // a reader edits nothing
    QCOMPARE(stateOf(db()), before);
}

void TestSoaService::submitRefusedUntilComplete()
{
    const QString number = createSoa()->number;
    StoreState before = stateOf(db());
    Status submitted = flow().submit(number);
    DC_EXPECT_ERROR(submitted, ErrorCode::InvalidInput);
    QVERIFY2(submitted.message().contains(u"A.5.1"_s), qPrintable(submitted.message()));
    QCOMPARE(stateOf(db()), before);

    DC_EXPECT_OK(complete(number));
    // An excluded control without its justification is refused too, naming it.
    SoaRowChange unjustified;
    unjustified.justification = QString();
    DC_EXPECT_OK(soa().setControl(controller(), number, u"A.7.5"_s, unjustified, u"说明删去"_s));
    before = stateOf(db());
    submitted = flow().submit(number);
    DC_EXPECT_ERROR(submitted, ErrorCode::InvalidInput);
    QVERIFY2(submitted.message().contains(u"A.7.5"_s), qPrintable(submitted.message()));
    QCOMPARE(stateOf(db()), before);
}

void TestSoaService::lifecycleAndExport()
{
    // An effective procedure mapped to A.5.37 implements it.
    NewDocument p;
    p.title = u"运维操作程序"_s;
    p.type = DocumentType::Procedure;
    p.owner = u"lisi"_s;
    p.content = u"# 运维操作程序\n"_s;
    p.clauses = {ClauseRef::parse(u"27001:2022 A.5.37"_s).value()};
    const QString procedure = flow().documents().create(controller(), p)->number;
    DC_EXPECT_OK(flow().toEffective(procedure));

    const QString number = createSoa()->number;
    DC_EXPECT_OK(complete(number));
    auto refreshed = soa().refreshDocuments(controller(), number, u"实施文件更新"_s);
    DC_EXPECT_OK(refreshed);
    QCOMPARE(refreshed.value(), QStringList{u"A.5.37"_s});
    QCOMPARE(soa().table(controller(), number)->find(u"A.5.37"_s)->documents, QStringList{procedure});
    // Nothing more to refresh: nothing is written.
    const StoreState unchanged = stateOf(db());
    QVERIFY(soa().refreshDocuments(controller(), number, u"again"_s)->isEmpty());
    QCOMPARE(stateOf(db()), unchanged);

    DC_EXPECT_OK(flow().toEffective(number));
    QCOMPARE(flow().status(number, u"A/0"_s), RevisionStatus::Effective);

    // Exported on landscape A4 pages, with the table's text.
    const QString path = m_files.filePath(u"soa.pdf"_s);
    ExportRequest request;
    request.number = number;
    auto exported = ExportService(db(), m_clock).exportPdf(controller(), request, path);
    DC_EXPECT_OK(exported);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY2(bytes.contains("/MediaBox [0 0 842.000000 595.000000]"), "the SoA is not on landscape A4 pages");
    PDFTOTEXT(text, path);
    for (const QString &expected : {number, u"A.5.37"_s, u"A.8.34"_s, procedure, u"无自有机房"_s, u"Statement of Applicability"_s})
        QVERIFY2(text.contains(expected), qPrintable(expected));

    // The next revision: its changes name the controls.
    SoaRowChange change;
    change.status = SoaStatus::Partial;
    auto next = soa().setControl(controller(), number, u"A.8.23"_s, change, u"A.8.23 部分实施"_s);
    DC_EXPECT_OK(next);
    QCOMPARE(next->label, u"A/1"_s);
    const QString was = DocumentService(db(), m_clock).show(controller(), number, u"A/0"_s)->revision.content;
    QCOMPARE(SoaService::changes(was, next->content),
             QStringList{u"A.8.23 实施状态 Status: 已实施 Implemented → 部分实施 Partially implemented"_s});
    QVERIFY(SoaService::changes(was, u"# no table"_s).isEmpty());

    auto report = Verifier(db()).run();
    DC_EXPECT_OK(report);
    QVERIFY2(report->ok(), qPrintable(report->problems.isEmpty() ? QString() : report->problems.first().message));
}

QTEST_MAIN(TestSoaService)
#include "tst_soaservice.moc"
