// What reviewers compare (issue 14 item 8): the text as read, without Markdown syntax, with
// changes of structure named.

#include "core/diff/readablemarkdown.h"
#include "core/diff/textdiff.h"

#include <QTest>

using namespace dc;

class TestReadableMarkdown final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void lines_data();
    void lines();
    void keepsOneLinePerSourceLine();
    void structureChangeIsAChange();
};

void TestReadableMarkdown::lines_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("readable");
    QTest::newRow("heading") << QStringLiteral("### 4.2 职责") << QStringLiteral("Heading 3: 4.2 职责");
    QTest::newRow("closed heading") << QStringLiteral("## Scope ##") << QStringLiteral("Heading 2: Scope");
    QTest::newRow("table row") << QStringLiteral("| 角色 | 职责 |") << QStringLiteral("Table row: 角色 │ 职责");
    QTest::newRow("table rule") << QStringLiteral("|------|:----:|") << QString();
    QTest::newRow("escaped pipe") << QStringLiteral("| a \\| b | c |") << QStringLiteral("Table row: a | b │ c");
    QTest::newRow("bullet") << QStringLiteral("- 每年审核") << QStringLiteral("• 每年审核");
    QTest::newRow("numbered") << QStringLiteral("2. 批准") << QStringLiteral("2. 批准");
    QTest::newRow("emphasis") << QStringLiteral("**必须**在 *五日* 内完成 `检查`") << QStringLiteral("必须在 五日 内完成 检查");
    QTest::newRow("snake case stays") << QStringLiteral("see file_name_here") << QStringLiteral("see file_name_here");
    QTest::newRow("link") << QStringLiteral("见 [ISO](https://www.iso.org)") << QStringLiteral("见 ISO (link: https://www.iso.org)");
    QTest::newRow("image") << QStringLiteral("![机柜](image-1.png)") << QStringLiteral("[Image: 机柜]");
    QTest::newRow("quote") << QStringLiteral("> 注意") << QStringLiteral("Quote: 注意");
    QTest::newRow("plain") << QStringLiteral("规范事件管理。") << QStringLiteral("规范事件管理。");
}

void TestReadableMarkdown::lines()
{
    QFETCH(QString, markdown);
    QFETCH(QString, readable);
    QCOMPARE(readableMarkdown(markdown), readable);
}

void TestReadableMarkdown::keepsOneLinePerSourceLine()
{
    const QString md = QStringLiteral("# 目的\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```\n# not a heading\n```\n");
    const QString readable = readableMarkdown(md);
    QCOMPARE(readable.count(QLatin1Char('\n')), md.count(QLatin1Char('\n')));
    QVERIFY(!readable.contains(QStringLiteral("|")));
    QVERIFY(readable.contains(QStringLiteral("# not a heading"))); // code stays as written
}

void TestReadableMarkdown::structureChangeIsAChange()
{
    const TextDiff diff = diffTexts(readableMarkdown(QStringLiteral("范围\n")), readableMarkdown(QStringLiteral("## 范围\n")));
    QVERIFY(!diff.identical);
}

QTEST_GUILESS_MAIN(TestReadableMarkdown)
#include "tst_readablemarkdown.moc"
