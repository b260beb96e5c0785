// markdownToPlainText: the text a reader sees in a revision's Markdown, which is what the
// search index holds (issue 17: words split by inline markup were not found).

#include "core/search/plaintext.h"
#include "core/search/snippet.h"
#include "core/search/tokenizer.h"

#include <QStandardPaths>
#include <QTest>

using namespace dc;

class TestPlainText : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void plainText_data();
    void plainText();
    void breaksSeparateTokens_data();
    void breaksSeparateTokens();
    void hostileInputTerminates();
};

void TestPlainText::plainText_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("plain");

    // The four cases of issue 17.
    QTest::newRow("issue 17: bold inside a phrase") << QStringLiteral("本程序规定**风险**评估的要求。") << QStringLiteral("本程序规定风险评估的要求。");
    QTest::newRow("issue 17: italic at the start") << QStringLiteral("*内部*审核") << QStringLiteral("内部审核");
    QTest::newRow("issue 17: link inside a phrase") << QStringLiteral("[风险](x.md)评估") << QStringLiteral("风险评估");
    QTest::newRow("issue 17: demo manual") << QStringLiteral("任命**陈静**同志为管理者代表") << QStringLiteral("任命陈静同志为管理者代表");

    // Emphasis and strikethrough.
    QTest::newRow("bold and italic") << QStringLiteral("***重要***事项") << QStringLiteral("重要事项");
    QTest::newRow("underscore emphasis") << QStringLiteral("__风险__ 与 _评估_") << QStringLiteral("风险 与 评估");
    QTest::newRow("underscore emphasis before punctuation") << QStringLiteral("_注意_：请勿外传") << QStringLiteral("注意：请勿外传");
    QTest::newRow("strikethrough") << QStringLiteral("~~旧~~新的要求") << QStringLiteral("旧新的要求");
    QTest::newRow("single tilde strikethrough") << QStringLiteral("~旧~新") << QStringLiteral("旧新");
    QTest::newRow("emphasis across a wrapped line") << QStringLiteral("**风险\n评估**") << QStringLiteral("风险\n评估");
    QTest::newRow("nested emphasis") << QStringLiteral("**外部*内部*外部**") << QStringLiteral("外部内部外部");
    QTest::newRow("english emphasis") << QStringLiteral("The **audit** plan") << QStringLiteral("The audit plan");

    // What is not emphasis stays as written.
    QTest::newRow("multiplication") << QStringLiteral("2*3 = 6，2 * 3 = 6") << QStringLiteral("2*3 = 6，2 * 3 = 6");
    QTest::newRow("snake_case") << QStringLiteral("设置 max_retry_count 与 file_name.md") << QStringLiteral("设置 max_retry_count 与 file_name.md");
    QTest::newRow("underscores inside chinese") << QStringLiteral("风险_评估_要求") << QStringLiteral("风险_评估_要求");
    QTest::newRow("unmatched asterisk") << QStringLiteral("星号*结尾") << QStringLiteral("星号*结尾");
    QTest::newRow("spaced asterisks") << QStringLiteral("a * b * c") << QStringLiteral("a * b * c");
    QTest::newRow("long tilde run") << QStringLiteral("约~~~3 天") << QStringLiteral("约~~~3 天");
    QTest::newRow("backslash escapes") << QStringLiteral("\\*不是强调\\* \\_ \\# \\[x\\] C:\\路径")
                                       << QStringLiteral("*不是强调* _ # [x] C:\\路径");

    // Code.
    QTest::newRow("inline code") << QStringLiteral("使用`gpg --verify`校验") << QStringLiteral("使用gpg --verify校验");
    QTest::newRow("inline code keeps markup") << QStringLiteral("写作 `` **粗体** ``") << QStringLiteral("写作 **粗体**");
    QTest::newRow("unclosed backtick") << QStringLiteral("a ` b") << QStringLiteral("a ` b");
    QTest::newRow("code fence") << QStringLiteral("```cpp\nint a = 2*3; // **x**\n```\n正文") << QStringLiteral("int a = 2*3; // **x**\n正文");
    QTest::newRow("tilde fence") << QStringLiteral("~~~\n# 不是标题\n~~~") << QStringLiteral("# 不是标题");
    QTest::newRow("unclosed fence") << QStringLiteral("```\n**原样**") << QStringLiteral("**原样**");

    // Links and images.
    QTest::newRow("image keeps alt") << QStringLiteral("![组织结构图](images/org.png \"图1\")说明") << QStringLiteral("组织结构图说明");
    QTest::newRow("link text with emphasis") << QStringLiteral("[**风险**评估](risk.md \"程序\")") << QStringLiteral("风险评估");
    QTest::newRow("link destination with parentheses") << QStringLiteral("[附录](a_(b).md)结束") << QStringLiteral("附录结束");
    QTest::newRow("reference link") << QStringLiteral("见[程序][p1]。\n\n[p1]: https://example.com/p1") << QStringLiteral("见程序。");
    QTest::newRow("shortcut reference link") << QStringLiteral("见[程序]。\n\n[程序]: p1.md") << QStringLiteral("见程序。");
    QTest::newRow("brackets that are no link") << QStringLiteral("[注]正文 [a](b c)") << QStringLiteral("[注]正文 [a](b c)");
    QTest::newRow("autolink") << QStringLiteral("见 <https://example.com/a_b>。") << QStringLiteral("见 https://example.com/a_b。");
    QTest::newRow("email autolink") << QStringLiteral("<audit@example.com>") << QStringLiteral("audit@example.com");

    // HTML and entities.
    QTest::newRow("inline html") << QStringLiteral("风险<span style=\"color:red\">评估</span>") << QStringLiteral("风险评估");
    QTest::newRow("html break separates") << QStringLiteral("风险<br>评估<br/>要求") << QStringLiteral("风险\n评估\n要求");
    QTest::newRow("html comment") << QStringLiteral("风险<!-- 备注 -->评估") << QStringLiteral("风险评估");
    QTest::newRow("less than is text") << QStringLiteral("a < b > c") << QStringLiteral("a < b > c");
    QTest::newRow("entities") << QStringLiteral("A&amp;B &lt;x&gt; &#x4E2D;&#25991; &bogus;") << QStringLiteral("A&B <x> 中文 &bogus;");

    // Blocks.
    QTest::newRow("heading") << QStringLiteral("## 7.5 文件化信息 ##") << QStringLiteral("7.5 文件化信息");
    QTest::newRow("heading with emphasis") << QStringLiteral("# **风险**评估\n正文") << QStringLiteral("风险评估\n正文");
    QTest::newRow("hash without space") << QStringLiteral("#5 号楼") << QStringLiteral("#5 号楼");
    QTest::newRow("setext heading") << QStringLiteral("标题\n===\n正文") << QStringLiteral("标题\n正文");
    QTest::newRow("block quote") << QStringLiteral("> **注**：仅供参考\n> 第二行") << QStringLiteral("注：仅供参考\n第二行");
    QTest::newRow("nested quote") << QStringLiteral("> > 引用") << QStringLiteral("引用");
    QTest::newRow("bullet list") << QStringLiteral("- 第一条\n- 第二条\n* 第三条\n+ 第四条") << QStringLiteral("第一条\n第二条\n第三条\n第四条");
    QTest::newRow("ordered list") << QStringLiteral("1. 策划\n2) 实施") << QStringLiteral("策划\n实施");
    QTest::newRow("nested list") << QStringLiteral("- 外层\n  - *内层*") << QStringLiteral("外层\n内层");
    QTest::newRow("task list") << QStringLiteral("- [x] 已完成\n- [ ] 未完成") << QStringLiteral("已完成\n未完成");
    QTest::newRow("numbers are no list") << QStringLiteral("3.14 与 -5 度") << QStringLiteral("3.14 与 -5 度");
    QTest::newRow("thematic break") << QStringLiteral("上文\n\n---\n\n***\n下文") << QStringLiteral("上文\n\n下文");
    QTest::newRow("paragraphs kept apart") << QStringLiteral("风险\n\n\n评估") << QStringLiteral("风险\n\n评估");
    QTest::newRow("line break kept") << QStringLiteral("风险\n评估") << QStringLiteral("风险\n评估");
    QTest::newRow("hard line breaks") << QStringLiteral("风险  \n评估\\\n要求") << QStringLiteral("风险\n评估\n要求");
    QTest::newRow("windows line ends") << QStringLiteral("**风险**\r\n\r\n评估") << QStringLiteral("风险\n\n评估");
    QTest::newRow("empty") << QString() << QString();

    // Tables: cells apart, separator rows gone.
    QTest::newRow("table") << QStringLiteral("| 版本 | 修订说明 |\n|---|---|\n| A/0 | **首次**发布 |") << QStringLiteral("版本\t修订说明\nA/0\t首次发布");
    QTest::newRow("aligned table") << QStringLiteral("| 条款 | 要求 |\n| :--- | ---: |\n| 7.5 | 文件化信息 |") << QStringLiteral("条款\t要求\n7.5\t文件化信息");
    QTest::newRow("table without outer pipes") << QStringLiteral("版本 | 说明\n--- | ---\nA/0 | 首次") << QStringLiteral("版本\t说明\nA/0\t首次");
    QTest::newRow("table escaped pipe") << QStringLiteral("| a \\| b | c |\n|---|---|") << QStringLiteral("a | b\tc");
    QTest::newRow("table ends at a blank line") << QStringLiteral("| 甲 | 乙 |\n|---|---|\n\n*丙*") << QStringLiteral("甲\t乙\n\n丙");
    QTest::newRow("pipe outside a table") << QStringLiteral("是|否") << QStringLiteral("是|否");
}

void TestPlainText::plainText()
{
    QFETCH(QString, markdown);
    QFETCH(QString, plain);
    QCOMPARE(markdownToPlainText(markdown), plain);
}

// A table cell boundary, a paragraph end or a list item never lets a bigram span it.
void TestPlainText::breaksSeparateTokens_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::newRow("table cells") << QStringLiteral("| 风险 | 评估 |\n|---|---|");
    QTest::newRow("table rows") << QStringLiteral("| 甲 | 风险 |\n|---|---|\n| 评估 | 乙 |");
    QTest::newRow("paragraphs") << QStringLiteral("**风险**\n\n*评估*");
    QTest::newRow("list items") << QStringLiteral("- 风险\n- 评估");
    QTest::newRow("heading and paragraph") << QStringLiteral("# 风险\n评估");
    QTest::newRow("html break") << QStringLiteral("风险<br>评估");
    QTest::newRow("code fence") << QStringLiteral("风险\n```\n评估\n```");
}

void TestPlainText::breaksSeparateTokens()
{
    QFETCH(QString, markdown);
    const QStringList tokens = SearchTokens::tokenize(markdownToPlainText(markdown)).sequence;
    QVERIFY2(tokens.contains(QStringLiteral("风险")) && tokens.contains(QStringLiteral("评估")), qPrintable(tokens.join(u' ')));
    QVERIFY2(!tokens.contains(QStringLiteral("险评")), qPrintable(tokens.join(u' ')));
}

// Input that looks like the start of much markup and ends none of it reads in linear-ish time.
void TestPlainText::hostileInputTerminates()
{
    const QString stars = QString(20000, QLatin1Char('*')) + QStringLiteral("风险") + QString(3, QLatin1Char('_'));
    QString mixed;
    for (int i = 0; i < 5000; ++i)
        mixed += QStringLiteral("*a _b [c ![d `e <f &g ");
    const QString brackets = QString(5000, QLatin1Char('[')) + QString(5000, QLatin1Char(']')) + QStringLiteral("(x)");
    for (const QString &input : {stars, mixed, brackets}) {
        const QString plain = markdownToPlainText(input);
        QVERIFY(!plain.isEmpty());
    }
    QVERIFY(markdownToPlainText(stars).contains(QStringLiteral("风险")));
}

QTEST_GUILESS_MAIN(TestPlainText)
#include "tst_plaintext.moc"
