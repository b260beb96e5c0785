// The Statement of Applicability's table as a pure model (core/model/soatable): generated from the
// Annex A catalogues, parsed from and written back to Markdown, validated, refreshed from the
// clause mapping and compared between two revisions, naming the controls that changed.

#include "core/model/clausecatalog.h"
#include "core/model/soatable.h"
#include "testsupport.h"

#include <QTest>

using namespace dc;
using namespace Qt::StringLiterals;

namespace {

// A generated 27001:2022 table with every control decided and justified.
SoaTable completeTable()
{
    SoaTable table = Soa::generate(u"27001:2022"_s, u"# 适用性声明 Statement of Applicability"_s).value();
    for (SoaRow &row : table.rows) {
        row.applicable = true;
        row.reasons = {SoaReason::RiskAssessment};
        row.status = SoaStatus::Implemented;
        row.owner = u"信息安全部"_s;
    }
    SoaRow *excluded = table.find(u"A.7.5"_s);
    excluded->applicable = false;
    excluded->reasons.clear();
    excluded->status.reset();
    excluded->justification = u"无自有机房 No own premises | leased"_s;
    return table;
}

} // namespace

class TestSoaTable : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void generatesOneRowPerControl_data();
    void generatesOneRowPerControl();
    void generateUnknownStandard();
    void roundTrip();
    void keepsTextAroundTheTable();
    void readsLooseValues();
    void refusesMalformed_data();
    void refusesMalformed();
    void validComplete();
    void validationFailures_data();
    void validationFailures();
    void implementingDocuments();
    void differencesNameControls();
    void differencesOfEqualTables();
};

void TestSoaTable::generatesOneRowPerControl_data()
{
    QTest::addColumn<QString>("standard");
    QTest::addColumn<int>("controls");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::newRow("27001:2022") << u"27001:2022"_s << 93 << u"A.5.1"_s << u"A.8.34"_s;
    QTest::newRow("27001:2013") << u"27001:2013"_s << 114 << u"A.5.1.1"_s << u"A.18.2.3"_s;
}

void TestSoaTable::generatesOneRowPerControl()
{
    QFETCH(QString, standard);
    QFETCH(int, controls);
    QFETCH(QString, first);
    QFETCH(QString, last);
    auto table = Soa::generate(standard, u"# SoA\n\n"_s);
    DC_EXPECT_OK(table);
    QCOMPARE(table->standard, standard);
    QCOMPARE(table->rows.size(), controls);
    QCOMPARE(table->rows.first().control, first);
    QCOMPARE(table->rows.last().control, last);
    QVERIFY(!table->rows.first().applicable.has_value()); // nothing decided yet
    QVERIFY(table->before.startsWith(u"# SoA\n\n标准 Standard: ISO/IEC "_s));
    // What it writes reads back as the same table.
    auto parsed = Soa::parse(Soa::write(table.value()));
    DC_EXPECT_OK(parsed);
    QCOMPARE(parsed.value(), table.value());
    // Undecided controls cannot be submitted.
    const Status valid = Soa::validate(table.value());
    DC_EXPECT_ERROR(valid, ErrorCode::InvalidInput);
    QVERIFY2(valid.message().contains(first), qPrintable(valid.message()));
}

void TestSoaTable::generateUnknownStandard()
{
    DC_EXPECT_ERROR(Soa::generate(u"27001:2005"_s, u"# SoA"_s), ErrorCode::NotFound);
    // 20000-1 has no Annex A controls.
    DC_EXPECT_ERROR(Soa::generate(u"20000-1:2018"_s, u"# SoA"_s), ErrorCode::InvalidInput);
}

void TestSoaTable::roundTrip()
{
    const SoaTable table = completeTable();
    SoaTable changed = table;
    changed.find(u"A.5.7"_s)->reasons = {SoaReason::LegalContractual, SoaReason::BestPractice};
    changed.find(u"A.5.7"_s)->documents = {u"ISMS-P-001"_s, u"ISMS-P-002"_s};
    const QString text = Soa::write(changed);
    QVERIFY(text.contains(u"无自有机房 No own premises \\| leased"_s)); // a pipe in a cell is escaped
    auto parsed = Soa::parse(text);
    DC_EXPECT_OK(parsed);
    QCOMPARE(parsed.value(), changed);
    QCOMPARE(Soa::write(parsed.value()), text); // stable
}

void TestSoaTable::keepsTextAroundTheTable()
{
    SoaTable table = completeTable();
    table.before = u"# 适用性声明\n\n前言 Introduction.\n\n标准 Standard: 27001:2022\n\n"_s;
    table.after = u"\n## 附注 Notes\n\n批准后生效。\n"_s;
    auto parsed = Soa::parse(Soa::write(table));
    DC_EXPECT_OK(parsed);
    QCOMPARE(parsed->before, table.before);
    QCOMPARE(parsed->after, table.after);
    QCOMPARE(parsed->standard, u"27001:2022"_s);
}

void TestSoaTable::readsLooseValues()
{
    const QString text = u"# SoA\n\n标准 Standard: ISO/IEC 27001:2022\n\n"
                         "| Control | Title | Applicable | Reason | Justification | Status | Owner | Documents |\n"
                         "|:--|--|--|--|--|--|--|--|\n"
                         "| A.5.1 | Policies | yes | risk, 法律/合同；best_practice | | partial | 张三 | ISMS-POL-001、ISMS-P-002 |\n"
                         "| A.5.2 | Roles | 否 |  | 不适用 | | | |\n"_s;
    auto parsed = Soa::parse(text);
    DC_EXPECT_OK(parsed);
    QCOMPARE(parsed->rows.size(), 2);
    const SoaRow &first = parsed->rows.first();
    QCOMPARE(first.applicable, std::optional<bool>(true));
    QCOMPARE(first.reasons, (QList<SoaReason>{SoaReason::RiskAssessment, SoaReason::LegalContractual, SoaReason::BestPractice}));
    QCOMPARE(first.status, std::optional<SoaStatus>(SoaStatus::Partial));
    QCOMPARE(first.documents, (QStringList{u"ISMS-POL-001"_s, u"ISMS-P-002"_s}));
    QCOMPARE(parsed->rows.at(1).applicable, std::optional<bool>(false));
    // Written back, the values take their printed words.
    QVERIFY(Soa::write(parsed.value()).contains(u"| 是 Yes | 风险评估 Risk assessment; 法律/合同 Legal or contractual; 最佳实践 Best practice |"_s));
}

void TestSoaTable::refusesMalformed_data()
{
    const QString head = u"标准 Standard: 27001:2022\n\n| 控制 Control | 标题 | 适用 | 理由 | 排除 | 状态 | 负责人 | 文件 |\n|---|---|---|---|---|---|---|---|\n"_s;
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("named");
    QTest::newRow("no standard line") << u"| 控制 Control | a |\n|---|---|\n"_s << u"标准 Standard"_s;
    QTest::newRow("unknown standard") << u"标准 Standard: ISO/IEC 27001:2005\n"_s << u"27001:2005"_s;
    QTest::newRow("no table") << u"标准 Standard: 27001:2022\n\n正文。\n"_s << u"控制 Control"_s;
    QTest::newRow("no separator") << u"标准 Standard: 27001:2022\n\n| 控制 Control | a |\n| A.5.1 | b |\n"_s << u"line 3"_s;
    QTest::newRow("cells missing") << head + u"| A.5.1 | 策略 | 是 | 风险评估 | | 已实施 |\n"_s << u"A.5.1"_s;
    QTest::newRow("applicable") << head + u"| A.5.1 | 策略 | maybe | | | | | |\n"_s << u"maybe"_s;
    QTest::newRow("reason") << head + u"| A.5.1 | 策略 | 是 | 心情 | | | | |\n"_s << u"心情"_s;
    QTest::newRow("status") << head + u"| A.5.2 | 角色 | 是 | risk | | done | | |\n"_s << u"A.5.2"_s;
}

void TestSoaTable::refusesMalformed()
{
    QFETCH(QString, text);
    QFETCH(QString, named);
    auto parsed = Soa::parse(text);
    DC_EXPECT_ERROR(parsed, ErrorCode::InvalidInput);
    QVERIFY2(parsed.message().contains(named), qPrintable(parsed.message()));
}

void TestSoaTable::validComplete()
{
    DC_EXPECT_OK(Soa::validate(completeTable()));
}

void TestSoaTable::validationFailures_data()
{
    QTest::addColumn<QString>("control");
    QTest::addColumn<QString>("change");
    QTest::newRow("excluded without justification") << u"A.7.5"_s << u"no-justification"_s;
    QTest::newRow("excluded with a status") << u"A.7.5"_s << u"excluded-status"_s;
    QTest::newRow("applicable without reason") << u"A.5.7"_s << u"no-reason"_s;
    QTest::newRow("applicable without status") << u"A.5.7"_s << u"no-status"_s;
    QTest::newRow("undecided") << u"A.8.23"_s << u"undecided"_s;
    QTest::newRow("listed twice") << u"A.5.1"_s << u"twice"_s;
    QTest::newRow("missing") << u"A.8.34"_s << u"missing"_s;
    QTest::newRow("not a control") << u"A.9.9"_s << u"unknown"_s;
}

void TestSoaTable::validationFailures()
{
    QFETCH(QString, control);
    QFETCH(QString, change);
    SoaTable table = completeTable();
    SoaRow *row = table.find(control);
    if (change == u"no-justification"_s)
        row->justification.clear();
    else if (change == u"excluded-status"_s)
        row->status = SoaStatus::Planned;
    else if (change == u"no-reason"_s)
        row->reasons.clear();
    else if (change == u"no-status"_s)
        row->status.reset();
    else if (change == u"undecided"_s)
        row->applicable.reset();
    else if (change == u"twice"_s)
        table.rows.append(*row);
    else if (change == u"missing"_s)
        table.rows.removeLast();
    else if (change == u"unknown"_s)
        table.rows.first().control = control;
    const Status valid = Soa::validate(table);
    DC_EXPECT_ERROR(valid, ErrorCode::InvalidInput);
    QVERIFY2(valid.message().contains(control), qPrintable(valid.message()));
}

void TestSoaTable::implementingDocuments()
{
    SoaTable table = completeTable();
    table.find(u"A.5.2"_s)->documents = {u"OLD-001"_s};
    const QStringList changed = Soa::setImplementingDocuments(table, {{u"A.5.1"_s, {u"ISMS-POL-001"_s}}, {u"A.5.37"_s, {u"ISMS-P-001"_s, u"ISMS-P-002"_s}}});
    QCOMPARE(changed, (QStringList{u"A.5.1"_s, u"A.5.2"_s, u"A.5.37"_s}));
    QCOMPARE(table.find(u"A.5.2"_s)->documents, QStringList());
    QCOMPARE(table.find(u"A.5.37"_s)->documents, (QStringList{u"ISMS-P-001"_s, u"ISMS-P-002"_s}));
    QVERIFY(Soa::setImplementingDocuments(table, {{u"A.5.1"_s, {u"ISMS-POL-001"_s}}, {u"A.5.37"_s, {u"ISMS-P-001"_s, u"ISMS-P-002"_s}}}).isEmpty());
}

void TestSoaTable::differencesNameControls()
{
    const SoaTable before = completeTable();
    SoaTable after = before;
    after.find(u"A.7.5"_s)->applicable = true;
    after.find(u"A.7.5"_s)->justification.clear();
    after.find(u"A.7.5"_s)->reasons = {SoaReason::BusinessRequirement};
    after.find(u"A.7.5"_s)->status = SoaStatus::Planned;
    after.find(u"A.8.23"_s)->status = SoaStatus::Partial;
    const QStringList lines = Soa::differences(before, after);
    QCOMPARE(lines,
             (QStringList{u"A.7.5 适用 Applicable: 否 No → 是 Yes"_s, u"A.7.5 理由 Reason: — → 业务要求 Business requirement"_s,
                          u"A.7.5 排除说明 Justification for exclusion: 无自有机房 No own premises | leased → —"_s,
                          u"A.7.5 实施状态 Status: — → 计划实施 Planned"_s, u"A.8.23 实施状态 Status: 已实施 Implemented → 部分实施 Partially implemented"_s}));
    SoaTable shorter = before;
    shorter.rows.removeLast();
    QCOMPARE(Soa::differences(before, shorter), QStringList{u"A.8.34 removed"_s});
    QCOMPARE(Soa::differences(shorter, before), QStringList{u"A.8.34 added"_s});
}

void TestSoaTable::differencesOfEqualTables()
{
    SoaTable table = completeTable();
    SoaTable reworded = table;
    reworded.before += u"更多说明。\n\n"_s; // text outside the table changes no control
    QVERIFY(Soa::differences(table, reworded).isEmpty());
}

QTEST_GUILESS_MAIN(TestSoaTable)
#include "tst_soatable.moc"
