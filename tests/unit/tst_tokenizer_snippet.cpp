// The search tokenizer (CJK bigrams + single characters, lower-cased words) and snippets.

#include "core/search/snippet.h"
#include "core/search/tokenizer.h"

#include <QStandardPaths>
#include <QTest>

using namespace dc;

namespace {
QStringList split(const char *spaced)
{
    return QString::fromUtf8(spaced).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// The highlighted pieces of a snippet, in order.
QStringList highlighted(const Snippet &s)
{
    QStringList out;
    for (const Snippet::Range &r : s.highlights)
        out << s.text.mid(r.start, r.length);
    return out;
}
} // namespace

class TestTokenizerSnippet : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void tokenize_data();
    void tokenize();
    void isCjk();

    void snippet_highlightsEveryOccurrence();
    void snippet_caseInsensitive();
    void snippet_cutsWithEllipsis();
    void snippet_noMatchGivesOpening();
    void snippet_shortTextNotCut();
    void snippet_overlappingTerms();
    void marked();

    void plainText_data();
    void plainText();
};

void TestTokenizerSnippet::tokenize_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("sequence");
    QTest::addColumn<QStringList>("chars");
    QTest::newRow("chinese run") << QStringLiteral("风险评估程序") << split("风险 险评 评估 估程 程序") << split("风 险 评 估 程 序");
    QTest::newRow("mixed") << QStringLiteral("ISO/IEC 27001 审核") << split("iso iec 27001 审核") << split("审 核");
    QTest::newRow("lone character") << QStringLiteral("审") << split("审") << split("审");
    QTest::newRow("lone characters between words") << QStringLiteral("第3章") << split("第 3 章") << split("第 章");
    QTest::newRow("chinese punctuation separates") << QStringLiteral("风险，评估。") << split("风险 评估") << split("风 险 评 估");
    QTest::newRow("number") << QStringLiteral("ISMS-P-002") << split("isms p 002") << QStringList();
    QTest::newRow("letters touching chinese") << QStringLiteral("ISMS手册v2") << split("isms 手册 v2") << split("手 册");
    QTest::newRow("upper case folded") << QStringLiteral("Audit AUDITS") << split("audit audits") << QStringList();
    QTest::newRow("kana") << QStringLiteral("セキュリティ") << split("セキ キュ ュリ リテ ティ") << split("セ キ ュ リ テ ィ");
    QTest::newRow("only punctuation") << QStringLiteral("\"*()—!?") << QStringList() << QStringList();
    QTest::newRow("empty") << QString() << QStringList() << QStringList();
    QTest::newRow("markdown") << QStringLiteral("## 7.5 文件化信息") << split("7 5 文件 件化 化信 信息") << split("文 件 化 信 息");
}

void TestTokenizerSnippet::tokenize()
{
    QFETCH(QString, text);
    QFETCH(QStringList, sequence);
    QFETCH(QStringList, chars);
    const SearchTokens::Tokens tokens = SearchTokens::tokenize(text);
    QCOMPARE(tokens.sequence, sequence);
    QCOMPARE(tokens.chars, chars);
}

void TestTokenizerSnippet::isCjk()
{
    QVERIFY(SearchTokens::isCjk(U'审'));
    QVERIFY(SearchTokens::isCjk(U'カ'));
    QVERIFY(SearchTokens::isCjk(U'한'));
    QVERIFY(SearchTokens::isCjk(U'𠀀')); // outside the BMP (CJK Extension B)
    QVERIFY(!SearchTokens::isCjk(U'a'));
    QVERIFY(!SearchTokens::isCjk(U'7'));
    QVERIFY(!SearchTokens::isCjk(U'，'));
    QVERIFY(!SearchTokens::isCjk(U'。'));

    // One character, whether it takes one UTF-16 unit or two.
    QVERIFY(SearchTokens::isSingleCjkCharacter(QStringLiteral("审")));
    QVERIFY(SearchTokens::isSingleCjkCharacter(QString::fromUcs4(U"𠀀", 1)));
    QVERIFY(!SearchTokens::isSingleCjkCharacter(QStringLiteral("审核")));
    QVERIFY(!SearchTokens::isSingleCjkCharacter(QStringLiteral("a")));
    QVERIFY(!SearchTokens::isSingleCjkCharacter(QString()));
    QVERIFY(SearchTokens::startsWithCjk(QString::fromUcs4(U"𠀀审", 2)));
    QVERIFY(SearchTokens::startsWithCjk(QStringLiteral("审核")));
    QVERIFY(!SearchTokens::startsWithCjk(QStringLiteral("iso")));
    QVERIFY(!SearchTokens::startsWithCjk(QString()));
}

void TestTokenizerSnippet::snippet_highlightsEveryOccurrence()
{
    const QString text = QStringLiteral("内部审核每年进行一次。审核组长编制审核计划，审核发现记入审核报告。");
    const Snippet s = makeSnippet(text, {QStringLiteral("审核")});
    QCOMPARE(s.text, text);
    QCOMPARE(s.highlights.size(), 5);
    QCOMPARE(highlighted(s), QStringList(5, QStringLiteral("审核")));
    for (qsizetype i = 1; i < s.highlights.size(); ++i)
        QVERIFY(s.highlights[i].start >= s.highlights[i - 1].start + s.highlights[i - 1].length);
    QCOMPARE(s.highlights.first().start, 2);
}

void TestTokenizerSnippet::snippet_caseInsensitive()
{
    const Snippet s = makeSnippet(QStringLiteral("Audit plan. The AUDIT team audits twice a year."), {QStringLiteral("audit")});
    QCOMPARE(highlighted(s), (QStringList{QStringLiteral("Audit"), QStringLiteral("AUDIT"), QStringLiteral("audit")}));
    QCOMPARE(s.highlights.at(0).start, 0);
    QCOMPARE(s.highlights.at(1).start, 16);
    QCOMPARE(s.highlights.at(2).start, 27);
}

void TestTokenizerSnippet::snippet_cutsWithEllipsis()
{
    const QString before = QString(200, QLatin1Char('a'));
    const QString after = QString(200, QLatin1Char('b'));
    const QString text = before + QStringLiteral(" 风险评估程序 ") + after;
    const Snippet s = makeSnippet(text, {QStringLiteral("风险评估程序")}, 60);
    QVERIFY2(s.text.startsWith(QStringLiteral("…")), qPrintable(s.text));
    QVERIFY2(s.text.endsWith(QStringLiteral("…")), qPrintable(s.text));
    QCOMPARE(s.text.size(), 60 + 2);
    QCOMPARE(highlighted(s), QStringList{QStringLiteral("风险评估程序")});
    // The match sits a third of the way in, so there is context before it.
    QCOMPARE(s.highlights.first().start, 1 + 60 / 3);

    // A match near the start is not cut at the start.
    const Snippet early = makeSnippet(QStringLiteral("审核 ") + after, {QStringLiteral("审核")}, 40);
    QVERIFY(!early.text.startsWith(QStringLiteral("…")));
    QVERIFY(early.text.endsWith(QStringLiteral("…")));
    QCOMPARE(early.highlights.first().start, 0);
}

void TestTokenizerSnippet::snippet_noMatchGivesOpening()
{
    const QString text = QStringLiteral("# 信息安全方针\n\n本方针适用于公司全部信息系统。") + QString(300, QLatin1Char('x'));
    const Snippet s = makeSnippet(text, {QStringLiteral("审核")}, 50);
    QVERIFY(s.highlights.isEmpty());
    QVERIFY2(s.text.startsWith(QStringLiteral("信息安全方针 本方针")), qPrintable(s.text));
    QVERIFY(s.text.endsWith(QStringLiteral("…")));
    QCOMPARE(s.text.size(), 51);
    QCOMPARE(s.marked(QStringLiteral("["), QStringLiteral("]")), s.text);
}

void TestTokenizerSnippet::snippet_shortTextNotCut()
{
    const Snippet s = makeSnippet(QStringLiteral("文件控制程序"), {QStringLiteral("控制")});
    QCOMPARE(s.text, QStringLiteral("文件控制程序"));
    QCOMPARE(highlighted(s), QStringList{QStringLiteral("控制")});
    const Snippet empty = makeSnippet(QString(), {QStringLiteral("控制")});
    QVERIFY(empty.text.isEmpty());
    QVERIFY(empty.highlights.isEmpty());
}

void TestTokenizerSnippet::snippet_overlappingTerms()
{
    // "风险评估" and "评估程序" overlap: the ranges stay ordered and disjoint.
    const Snippet s = makeSnippet(QStringLiteral("风险评估程序与评估程序"), {QStringLiteral("风险评估"), QStringLiteral("评估程序")});
    QCOMPARE(highlighted(s), (QStringList{QStringLiteral("风险评估"), QStringLiteral("评估程序")}));
    QCOMPARE(s.highlights.at(0).start, 0);
    QCOMPARE(s.highlights.at(1).start, 7);
    // An empty term is ignored rather than matching everywhere.
    const Snippet withEmpty = makeSnippet(QStringLiteral("审核"), {QString(), QStringLiteral("审核")});
    QCOMPARE(withEmpty.highlights.size(), 1);
}

void TestTokenizerSnippet::marked()
{
    const Snippet s = makeSnippet(QStringLiteral("The audit and the AUDIT report"), {QStringLiteral("audit")});
    QCOMPARE(s.marked(QStringLiteral("<b>"), QStringLiteral("</b>")), QStringLiteral("The <b>audit</b> and the <b>AUDIT</b> report"));
}

void TestTokenizerSnippet::plainText_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("plain");
    QTest::newRow("heading and emphasis") << QStringLiteral("# 文件控制程序\n\n本程序**规定**了_文件_的`编号`规则。")
                                          << QStringLiteral("文件控制程序 本程序规定了_文件_的编号规则。");
    QTest::newRow("table") << QStringLiteral("| 版本 | 修订说明 |\n|---|---|\n| A/0 | 首次发布 |")
                           << QStringLiteral("版本 修订说明 A/0 首次发布");
    QTest::newRow("aligned table rule") << QStringLiteral("| 条款 | 要求 |\n| :--- | ---: |\n| 7.5 | 文件化信息 |")
                                        << QStringLiteral("条款 要求 7.5 文件化信息");
    QTest::newRow("quote") << QStringLiteral("> 注：仅供参考") << QStringLiteral("注：仅供参考");
    QTest::newRow("white space collapsed") << QStringLiteral("a\n\n\n  b\tc") << QStringLiteral("a b c");
    QTest::newRow("list markers dropped") << QStringLiteral("- 第一条\n- 第二条") << QStringLiteral("第一条 第二条");
    QTest::newRow("link shows its text") << QStringLiteral("见[风险](x.md)评估") << QStringLiteral("见风险评估");
    QTest::newRow("snake_case and 2*3 kept") << QStringLiteral("max_retry_count = 2*3") << QStringLiteral("max_retry_count = 2*3");
}

void TestTokenizerSnippet::plainText()
{
    QFETCH(QString, markdown);
    QFETCH(QString, plain);
    QCOMPARE(plainTextOfMarkdown(markdown), plain);
}

QTEST_GUILESS_MAIN(TestTokenizerSnippet)
#include "tst_tokenizer_snippet.moc"
