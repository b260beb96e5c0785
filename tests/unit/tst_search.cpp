// Full-text search: Chinese terms of any length, English words (stemmed, prefixes), numbers,
// ranking, snippets, hostile queries, paging and effective-only results.

#include "core/store/searchindex.h"
#include "core/services/documentservice.h"
#include "teststore.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace dc;

namespace {

struct Doc {
    const char *title;
    const char *titleEn;
    DocumentType type;
    const char *content;
};

// Created in this order: the procedures become ISMS-P-001 … ISMS-P-006.
const Doc kDocs[] = {
    {"内部审核程序", "Internal Audit Procedure", DocumentType::Procedure,
     "# 内部审核程序\n\n审核组每年对信息安全管理体系进行一次内部审核。\n\nThe audit team reports to top management."},
    {"信息安全风险评估程序", "Risk Assessment Procedure", DocumentType::Procedure,
     "# 信息安全风险评估程序\n\n本风险评估程序规定了识别、分析和评价信息安全风险的方法。评估结果作为 ISMS-P-001 审核的输入。"},
    {"管理评审程序", "Management Review Procedure", DocumentType::Procedure, "最高管理者每年主持一次管理评审。"},
    {"文件控制程序", "Document Control Procedure", DocumentType::Procedure,
     "文件的编号、发布和回收。\n\nAudits of documents are recorded in the register."},
    {"访问控制程序", "Access Control Procedure", DocumentType::Procedure, "A procedure for granting and revoking access rights."},
    {"信息安全方针", "Information Security Policy", DocumentType::Policy, "本方针依据 ISO/IEC 27001:2022 制定，适用于全公司。"},
    {"渗透测试作业指导书", "Penetration Testing Instruction", DocumentType::WorkInstruction, "测试前须取得书面授权。"},
    {"漏洞管理程序", "Vulnerability Management Procedure", DocumentType::Procedure, "每年由第三方进行一次渗透测试，发现的漏洞在三十天内修复。"},
};

QStringList numbersOf(const SearchResults &results, bool sorted = true)
{
    QStringList numbers;
    for (const SearchHit &hit : results.hits)
        numbers << hit.number;
    if (sorted)
        numbers.sort();
    return numbers;
}

} // namespace

class TestSearch : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { m_db.reset(); }

    void chineseTerms_data();
    void chineseTerms();
    void englishWords_data();
    void englishWords();
    void numberSearch();
    void termsCombineWithAnd();
    void ranking_titleAboveBody();
    void hitFields();
    void snippetHighlights();
    void quotedTermsAreHighlighted();
    void loneCharacterBesideDigits();
    void nothingSearchable_data();
    void nothingSearchable();
    void hostileQueries_data();
    void hostileQueries();
    void totalBeyondLimit();
    void effectiveOnly();

private:
    SearchResults search(const QString &query, int limit = 50, int offset = 0, bool effectiveOnly = false);

    dc::FixedClock m_clock{dctest::fixedNow()};
    dctest::StoreTemplate m_template;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QStringList m_numbers; // of kDocs, in order
};

void TestSearch::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_template.prepare(m_clock), qPrintable(m_template.error));
    auto opened = m_template.copyTo(m_dir.filePath(QStringLiteral("search.dcstore")));
    QVERIFY2(opened.ok(), qPrintable(opened.message()));
    m_db = std::move(opened).value();
    DocumentService service(*m_db, m_clock);
    for (const Doc &doc : kDocs) {
        NewDocument d;
        d.title = QString::fromUtf8(doc.title);
        d.titleEn = QString::fromUtf8(doc.titleEn);
        d.type = doc.type;
        d.owner = QStringLiteral("wangfang");
        d.content = QString::fromUtf8(doc.content);
        auto created = service.create(m_template.controller, d);
        QVERIFY2(created.ok(), qPrintable(created.message()));
        m_numbers << created->number;
    }
    QCOMPARE(m_numbers.first(), QStringLiteral("ISMS-P-001"));
    QCOMPARE(m_numbers.at(7), QStringLiteral("ISMS-P-006"));
    // Five records that all mention 备份, for paging.
    for (int i = 1; i <= 5; ++i) {
        NewDocument d;
        d.title = QStringLiteral("备份与恢复记录（%1）").arg(i);
        d.type = DocumentType::Record;
        d.owner = QStringLiteral("lisi");
        d.retentionYears = 3;
        d.content = QStringLiteral("第 %1 次备份检查：介质完好。").arg(i);
        auto created = service.create(m_template.controller, d);
        QVERIFY2(created.ok(), qPrintable(created.message()));
    }
}

SearchResults TestSearch::search(const QString &query, int limit, int offset, bool effectiveOnly)
{
    auto results = SearchIndex::search(*m_db, query, limit, offset, effectiveOnly);
    if (!results) {
        qWarning("search %s: %s", qPrintable(query), qPrintable(results.message()));
        return SearchResults{{}, -1};
    }
    return results.value();
}

void TestSearch::chineseTerms_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("one character") << QStringLiteral("审");
    QTest::newRow("two characters") << QStringLiteral("审核");
    QTest::newRow("six characters") << QStringLiteral("风险评估程序");
    QTest::newRow("three across words") << QStringLiteral("评估程");
    QTest::newRow("in a title only") << QStringLiteral("作业指导书");
    QTest::newRow("in a body only") << QStringLiteral("书面授权");
    QTest::newRow("absent") << QStringLiteral("审计");
    QTest::newRow("absent single") << QStringLiteral("猫");
    QTest::newRow("characters not adjacent") << QStringLiteral("审程"); // 审 and 程 both occur, never together
}

void TestSearch::chineseTerms()
{
    QFETCH(QString, query);
    // Chinese matches exactly where the text contains the term.
    QStringList expected;
    for (qsizetype i = 0; i < qsizetype(std::size(kDocs)); ++i) {
        const QString text = QString::fromUtf8(kDocs[i].title) + QLatin1Char('\n') + QString::fromUtf8(kDocs[i].content);
        if (text.contains(query))
            expected << m_numbers[i];
    }
    expected.sort();
    const SearchResults results = search(query);
    QCOMPARE(results.total, expected.size());
    QCOMPARE(numbersOf(results), expected);
    if (query == QLatin1String("审"))
        QCOMPARE(results.total, 3);
    if (query == QLatin1String("风险评估程序"))
        QCOMPARE(numbersOf(results), QStringList{QStringLiteral("ISMS-P-002")});
}

void TestSearch::englishWords_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("numbers");
    const QStringList audit{QStringLiteral("ISMS-P-001"), QStringLiteral("ISMS-P-004")};
    QTest::newRow("word") << QStringLiteral("audit") << audit;
    QTest::newRow("upper case") << QStringLiteral("AUDIT") << audit;
    QTest::newRow("plural finds singular") << QStringLiteral("audits") << audit;
    QTest::newRow("other inflection") << QStringLiteral("auditing") << audit;
    QTest::newRow("prefix") << QStringLiteral("proced")
                            << QStringList{QStringLiteral("ISMS-P-001"), QStringLiteral("ISMS-P-002"), QStringLiteral("ISMS-P-003"),
                                           QStringLiteral("ISMS-P-004"), QStringLiteral("ISMS-P-005"), QStringLiteral("ISMS-P-006")};
    QTest::newRow("english title") << QStringLiteral("penetration") << QStringList{QStringLiteral("ISMS-WI-001")};
    QTest::newRow("standard name") << QStringLiteral("ISO/IEC 27001") << QStringList{QStringLiteral("ISMS-POL-001")};
    QTest::newRow("absent") << QStringLiteral("firewall") << QStringList();
}

void TestSearch::englishWords()
{
    QFETCH(QString, query);
    QFETCH(QStringList, numbers);
    const SearchResults results = search(query);
    QCOMPARE(results.total, numbers.size());
    QCOMPARE(numbersOf(results), numbers);
}

void TestSearch::numberSearch()
{
    const SearchResults p2 = search(QStringLiteral("ISMS-P-002"));
    QCOMPARE(numbersOf(p2), QStringList{QStringLiteral("ISMS-P-002")});
    // ISMS-P-001 is a number and is also cited in ISMS-P-002's text: the number ranks first.
    const SearchResults p1 = search(QStringLiteral("ISMS-P-001"));
    QCOMPARE(p1.total, 2);
    QCOMPARE(numbersOf(p1, false), (QStringList{QStringLiteral("ISMS-P-001"), QStringLiteral("ISMS-P-002")}));
    QCOMPARE(numbersOf(search(QStringLiteral("isms-pol-001"))), QStringList{QStringLiteral("ISMS-POL-001")});
    QCOMPARE(search(QStringLiteral("ISMS-R")).total, 5);
}

void TestSearch::termsCombineWithAnd()
{
    QCOMPARE(numbersOf(search(QStringLiteral("审核 audit"))), QStringList{QStringLiteral("ISMS-P-001")});
    QCOMPARE(numbersOf(search(QStringLiteral("审核  风险"))), QStringList{QStringLiteral("ISMS-P-002")});
    QCOMPARE(numbersOf(search(QStringLiteral("渗透测试 漏洞"))), QStringList{QStringLiteral("ISMS-P-006")});
    QCOMPARE(search(QStringLiteral("审核 firewall")).total, 0);
    QCOMPARE(search(QStringLiteral("审核\t管理评审")).total, 0);
}

void TestSearch::ranking_titleAboveBody()
{
    // 渗透测试 is the title of ISMS-WI-001 and only in the body of ISMS-P-006.
    const SearchResults results = search(QStringLiteral("渗透测试"));
    QCOMPARE(numbersOf(results, false), (QStringList{QStringLiteral("ISMS-WI-001"), QStringLiteral("ISMS-P-006")}));
    QVERIFY(results.hits.at(0).score > results.hits.at(1).score);
    // 审核: the title 内部审核程序 beats a body-only mention.
    const SearchResults audit = search(QStringLiteral("审核"));
    QCOMPARE(numbersOf(audit, false), (QStringList{QStringLiteral("ISMS-P-001"), QStringLiteral("ISMS-P-002")}));
}

void TestSearch::hitFields()
{
    const SearchResults results = search(QStringLiteral("信息安全方针"));
    QCOMPARE(results.hits.size(), 1);
    const SearchHit &hit = results.hits.first();
    QCOMPARE(hit.number, QStringLiteral("ISMS-POL-001"));
    QCOMPARE(hit.title, QStringLiteral("信息安全方针"));
    QCOMPARE(hit.titleEn, QStringLiteral("Information Security Policy"));
    QCOMPARE(hit.type, DocumentType::Policy);
    QCOMPARE(hit.label, QStringLiteral("A/0"));
    QCOMPARE(hit.status, RevisionStatus::Draft);
    QVERIFY(hit.documentId > 0);
}

void TestSearch::snippetHighlights()
{
    const SearchResults risk = search(QStringLiteral("风险评估"));
    QCOMPARE(risk.hits.size(), 1);
    const QString marked = risk.hits.first().snippet.marked(QStringLiteral("["), QStringLiteral("]"));
    QVERIFY2(marked.contains(QStringLiteral("本[风险评估]程序")), qPrintable(marked));
    QVERIFY2(!marked.contains(QLatin1Char('#')), qPrintable(marked)); // Markdown flattened

    const SearchResults both = search(QStringLiteral("审核 audit"));
    QCOMPARE(both.hits.size(), 1);
    const QString markedBoth = both.hits.first().snippet.marked(QStringLiteral("<"), QStringLiteral(">"));
    QVERIFY2(markedBoth.contains(QStringLiteral("<审核>")), qPrintable(markedBoth));
    QVERIFY2(markedBoth.contains(QStringLiteral("<audit>")), qPrintable(markedBoth));
    QCOMPARE(markedBoth.count(QStringLiteral("<审核>")), 3);
}

void TestSearch::quotedTermsAreHighlighted()
{
    const SearchResults quoted = search(QStringLiteral("\"风险评估\""));
    QCOMPARE(quoted.hits.size(), 1);
    const QString marked = quoted.hits.first().snippet.marked(QStringLiteral("["), QStringLiteral("]"));
    QVERIFY2(marked.contains(QStringLiteral("[风险评估]")), qPrintable(marked));
}

// "2022制" is 2022 followed by a lone character that the text holds only as half of 制定.
void TestSearch::loneCharacterBesideDigits()
{
    const SearchResults results = search(QStringLiteral("2022制"));
    QCOMPARE(numbersOf(results), QStringList{m_numbers.at(5)});
    QCOMPARE(search(QStringLiteral("2023制")).total, 0);
}

void TestSearch::nothingSearchable_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("empty") << QString();
    QTest::newRow("spaces") << QStringLiteral("   ");
    QTest::newRow("punctuation") << QStringLiteral("!!! --- ???");
    QTest::newRow("chinese punctuation") << QStringLiteral("，。、《》");
    QTest::newRow("fts operators") << QStringLiteral("( ) * \" : ^");
}

void TestSearch::nothingSearchable()
{
    QFETCH(QString, query);
    auto results = SearchIndex::search(*m_db, query);
    DC_EXPECT_ERROR(results, ErrorCode::InvalidInput);
    QVERIFY2(results.message().contains(QLatin1Char('"') + query + QLatin1Char('"')), qPrintable(results.message()));
}

void TestSearch::hostileQueries_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("total");
    QTest::newRow("quoted") << QStringLiteral("\"审核\"") << 2;
    QTest::newRow("unbalanced quote") << QStringLiteral("审核\"") << 2;
    QTest::newRow("star") << QStringLiteral("audit*") << 2;
    QTest::newRow("parenthesised") << QStringLiteral("(audit)") << 2;
    QTest::newRow("minus") << QStringLiteral("-audit") << 2;
    QTest::newRow("caret") << QStringLiteral("^审核") << 2;
    QTest::newRow("NEAR group") << QStringLiteral("NEAR(audit") << 0;
    QTest::newRow("NEAR alone") << QStringLiteral("NEAR") << 0;
    QTest::newRow("column filter") << QStringLiteral("title:audit") << 0;
    QTest::newRow("column set") << QStringLiteral("{number}:ISMS") << 0;
    QTest::newRow("sql injection") << QStringLiteral("'; DROP TABLE documents; --") << 0;
    QTest::newRow("AND keyword") << QStringLiteral("AND 审核") << 0;
    QTest::newRow("lone paren and a word") << QStringLiteral("( 审核") << 2;
}

void TestSearch::hostileQueries()
{
    QFETCH(QString, query);
    QFETCH(int, total);
    auto results = SearchIndex::search(*m_db, query);
    QVERIFY2(results.ok(), qPrintable(results.message()));
    QCOMPARE(results->total, total);
    QCOMPARE(results->hits.size(), total);
    QCOMPARE(dctest::rowCount(*m_db, QStringLiteral("documents")), 13);
}

void TestSearch::totalBeyondLimit()
{
    const SearchResults first = search(QStringLiteral("备份"), 2, 0);
    QCOMPARE(first.total, 5);
    QCOMPARE(first.hits.size(), 2);
    const SearchResults second = search(QStringLiteral("备份"), 2, 2);
    const SearchResults third = search(QStringLiteral("备份"), 2, 4);
    QCOMPARE(second.total, 5);
    QCOMPARE(second.hits.size(), 2);
    QCOMPARE(third.hits.size(), 1);
    QStringList all = numbersOf(first) + numbersOf(second) + numbersOf(third);
    all.sort();
    all.removeDuplicates();
    QCOMPARE(all.size(), 5); // disjoint pages
    QVERIFY(search(QStringLiteral("备份"), 2, 10).hits.isEmpty());

    // The service clamps what it is asked for.
    DocumentService service(*m_db, m_clock);
    auto clamped = service.search(m_template.controller, QStringLiteral("备份"), 0, -4);
    DC_EXPECT_OK(clamped);
    QCOMPARE(clamped->hits.size(), 1);
    QCOMPARE(clamped->total, 5);
}

void TestSearch::effectiveOnly()
{
    QCOMPARE(search(QStringLiteral("审核")).total, 2);
    const SearchResults none = search(QStringLiteral("审核"), 50, 0, true);
    QCOMPARE(none.total, 0);
    QVERIFY(none.hits.isEmpty());
    DocumentService service(*m_db, m_clock);
    auto forReader = service.search(m_template.reader, QStringLiteral("审核"));
    DC_EXPECT_OK(forReader);
    QCOMPARE(forReader->total, 0);
    auto forController = service.search(m_template.controller, QStringLiteral("审核"));
    DC_EXPECT_OK(forController);
    QCOMPARE(forController->total, 2);

    // Once one revision is effective, exactly that document is found.
    const qint64 released = dctest::scalar(*m_db, QStringLiteral("SELECT id FROM documents WHERE number = 'ISMS-P-002'")).toLongLong();
    DC_EXPECT_OK(dctest::forceStatus(*m_db, released, RevisionStatus::Effective));
    DC_EXPECT_OK(SearchIndex::refresh(*m_db, released));
    QCOMPARE(numbersOf(search(QStringLiteral("审核"), 50, 0, true)), QStringList{QStringLiteral("ISMS-P-002")});
    QCOMPARE(service.search(m_template.reader, QStringLiteral("审核"))->total, 1);
    QCOMPARE(service.search(m_template.reader, QStringLiteral("审核"))->hits.first().status, RevisionStatus::Effective);
    // Back to drafts for the other tests: the store refuses that step, so lift its guard here.
    DC_EXPECT_OK(Sql::execAll(*m_db, {dctest::portableSql(*m_db, QStringLiteral("DROP TRIGGER revisions_lifecycle")), QStringLiteral("UPDATE revisions SET status = 'draft'")},
                              QStringLiteral("undo")));
    DC_EXPECT_OK(SearchIndex::refresh(*m_db, released));
}

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
