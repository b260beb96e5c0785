// The diff's terminal and HTML forms and its one-line summary.

#include "core/diff/diffformat.h"

#include <QStandardPaths>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>

using namespace dc;

namespace {

const QString kBefore = QStringLiteral(
    "# 信息安全方针\n"
    "\n"
    "管理评审每年审核一次。\n"
    "Scope: all services.\n"
    "旧条款\n"
    "end\n");
const QString kAfter = QStringLiteral(
    "# 信息安全方针\n"
    "\n"
    "管理评审每半年审核一次。\n"
    "Scope: all services.\n"
    "end\n"
    "新增：Appendix B\n");

} // namespace

class TestDiffFormat final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void plainText();
    void plainTextLabelsAndColour();
    void plainTextOfIdenticalTextsIsEmpty();
    void htmlMarksChangesAndEscapes();
    void htmlHunkTitles();
    void htmlOfIdenticalTexts();
    void htmlRendersInQTextDocument();
    void summary_data();
    void summary();
};

void TestDiffFormat::plainText()
{
    const QString expected = QStringLiteral(
        "@@ -1,6 +1,6 @@\n"
        " # 信息安全方针\n"
        " \n"
        "~管理评审每{+半+}年审核一次。\n"
        " Scope: all services.\n"
        "-旧条款\n"
        " end\n"
        "+新增：Appendix B\n");
    QCOMPARE(formatDiffText(diffTexts(kBefore, kAfter)), expected);
}

void TestDiffFormat::plainTextLabelsAndColour()
{
    DiffTextOptions options;
    options.oldLabel = QStringLiteral("ISMS-P-001 A/0");
    options.newLabel = QStringLiteral("ISMS-P-001 A/1");
    const QString plain = formatDiffText(diffTexts(QStringLiteral("Backups are tested monthly.\n"), QStringLiteral("Backups are tested weekly.\n")), options);
    QCOMPARE(plain,
             QStringLiteral("--- ISMS-P-001 A/0\n+++ ISMS-P-001 A/1\n@@ -1,1 +1,1 @@\n~Backups are tested [-monthly-]{+weekly+}.\n"));
    QVERIFY(!plain.contains(QLatin1Char('\x1b')));

    options.colour = true;
    const QString coloured = formatDiffText(diffTexts(QStringLiteral("a\nb\n"), QStringLiteral("a\nc\n")), options);
    QVERIFY2(coloured.contains(QStringLiteral("\x1b[31m-b\x1b[0m")), qPrintable(coloured));
    QVERIFY2(coloured.contains(QStringLiteral("\x1b[32m+c\x1b[0m")), qPrintable(coloured));
}

void TestDiffFormat::plainTextOfIdenticalTextsIsEmpty()
{
    QVERIFY(formatDiffText(diffTexts(kBefore, kBefore)).isEmpty());
}

void TestDiffFormat::htmlMarksChangesAndEscapes()
{
    const QString html = formatDiffHtml(diffTexts(QStringLiteral("说明 <b>粗体</b> & 链接\nsame\n"),
                                                  QStringLiteral("说明 <i>粗体</i> & 链接\nsame\n<script>alert(1)</script>\n")));
    QVERIFY(!html.contains(QStringLiteral("<script>")));
    QVERIFY(!html.contains(QStringLiteral("<b>")));
    QVERIFY(!html.contains(QStringLiteral("<i>")));
    QVERIFY(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
    QVERIFY(html.contains(QStringLiteral("&amp; 链接")));
    // The edit inside the changed line, escaped too.
    QVERIFY2(html.contains(QStringLiteral("&lt;<del class=\"dc-del\">b</del><ins class=\"dc-ins\">i</ins>&gt;")), qPrintable(html));
    QVERIFY(html.contains(QStringLiteral("<tr class=\"dc-added\">")));
    QVERIFY(html.contains(QStringLiteral("<tr class=\"dc-changed\">")));
    QVERIFY2(html.contains(QStringLiteral("Lines 1–2 → 1–3")), qPrintable(html));
    QVERIFY(html.contains(diffStyleSheet()));
}

void TestDiffFormat::htmlHunkTitles()
{
    // One line changed in the middle of three; one line added to an empty text.
    const QString one = formatDiffHtml(diffTexts(QStringLiteral("a\nb\nc\n"), QStringLiteral("a\nB b\nc\n"), 0));
    QVERIFY2(one.contains(QStringLiteral(">Lines 2 → 2<")), qPrintable(one));
    const QString added = formatDiffHtml(diffTexts(QString(), QStringLiteral("x\n")));
    QVERIFY2(added.contains(QStringLiteral(">Lines none → 1<")), qPrintable(added));
}

void TestDiffFormat::htmlOfIdenticalTexts()
{
    const QString html = formatDiffHtml(diffTexts(kBefore, kBefore));
    QVERIFY(html.contains(QStringLiteral("No differences")));
    QVERIFY(!html.contains(QStringLiteral("<table")));
}

void TestDiffFormat::htmlRendersInQTextDocument()
{
    QTextDocument document;
    document.setHtml(formatDiffHtml(diffTexts(kBefore, kAfter)));
    const QString text = document.toPlainText();
    QVERIFY2(text.contains(QStringLiteral("管理评审每半年审核一次。")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("旧条款")));
    QVERIFY(text.contains(QStringLiteral("新增：Appendix B")));
    QVERIFY(!text.contains(QStringLiteral("dc-del")));
    // The inserted character is highlighted, the rest of the line is not.
    const int at = int(text.indexOf(QStringLiteral("半")));
    QTextCursor cursor(&document);
    cursor.setPosition(at + 1);
    const QColor inserted = cursor.charFormat().background().color();
    cursor.setPosition(at);
    const QColor before = cursor.charFormat().background().color();
    QVERIFY(inserted.isValid());
    QVERIFY(inserted != before);
}

void TestDiffFormat::summary_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QStringList>("numbers"); // added, removed, changed as printed
    QTest::newRow("mixed") << kBefore << kAfter << QStringList{QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("1")};
    QTest::newRow("three added") << QStringLiteral("a\n") << QStringLiteral("a\nb\nc\nd\n")
                                 << QStringList{QStringLiteral("3"), QStringLiteral("0"), QStringLiteral("0")};
}

void TestDiffFormat::summary()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QStringList, numbers);
    const QString text = diffSummary(diffTexts(before, after));
    const QStringList parts = text.split(QStringLiteral(", "));
    QCOMPARE(parts.size(), 3);
    for (int i = 0; i < 3; ++i)
        QVERIFY2(parts.at(i).startsWith(numbers.at(i) + QLatin1Char(' ')), qPrintable(text));
    QVERIFY(parts.at(0).contains(QStringLiteral("added")));
    QVERIFY(parts.at(1).contains(QStringLiteral("removed")));
    QVERIFY(parts.at(2).contains(QStringLiteral("changed")));
    QCOMPARE(diffSummary(diffTexts(before, before)), QStringLiteral("No differences"));
}

QTEST_MAIN(TestDiffFormat)
#include "tst_diffformat.moc"
