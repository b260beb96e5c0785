// The diff view: summary line, coloured hunks, titles and messages.

#include "core/diff/diffformat.h"
#include "ui/diff/diffview.h"

#include <QApplication>
#include <QLabel>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>

using namespace dc;

Q_DECLARE_METATYPE(dc::DiffPrecision)

namespace {

const QString kBefore = QStringLiteral(
    "# 访问控制策略\n\n"
    "## 1 目的\n\n"
    "访问权限每年审核一次。\n\n"
    "## 2 范围\n\n"
    "本策略适用于全部信息系统。\n"
    "临时账号由部门经理批准。\n");
const QString kAfter = QStringLiteral(
    "# 访问控制策略\n\n"
    "## 1 目的\n\n"
    "访问权限每半年审核一次。\n\n"
    "## 2 范围\n\n"
    "本策略适用于全部信息系统和云服务。\n"
    "特权账号须使用多因素认证。\n"
    "远程访问须经 VPN。\n"
    "离职人员的账号当日停用。\n");

} // namespace

class TestDiffView final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsSummaryAndHunks();
    void showsTitles();
    void identicalTexts();
    void messageReplacesTheDiff();
    void fallbackNotice_data();
    void fallbackNotice();
    void screenshot();
};

void TestDiffView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setFont(QFont(QStringLiteral("WenQuanYi Micro Hei"), 10));
}

void TestDiffView::showsSummaryAndHunks()
{
    DiffView view;
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.showTexts(kBefore, kAfter);
    QCOMPARE(view.diff().changed, 2);
    QCOMPARE(view.diff().added, 3);
    QCOMPARE(view.diff().removed, 1);

    auto *summary = view.findChild<QLabel *>(QStringLiteral("diffSummary"));
    QVERIFY(summary && summary->isVisible());
    QCOMPARE(summary->text(), diffSummary(view.diff()));
    const QStringList parts = summary->text().split(QStringLiteral(", "));
    QCOMPARE(parts.size(), 3);
    QVERIFY2(parts.at(0).startsWith(QStringLiteral("3 ")) && parts.at(1).startsWith(QStringLiteral("1 "))
                 && parts.at(2).startsWith(QStringLiteral("2 ")),
             qPrintable(summary->text()));

    auto *browser = view.findChild<QTextBrowser *>(QStringLiteral("diffBrowser"));
    QVERIFY(browser);
    const QString shown = browser->toPlainText();
    QVERIFY2(shown.contains(QStringLiteral("访问权限每半年审核一次。")), qPrintable(shown));
    QVERIFY(shown.contains(QStringLiteral("临时账号由部门经理批准。")));
    QVERIFY(shown.contains(QStringLiteral("远程访问须经 VPN。")));
    QVERIFY2(shown.contains(QStringLiteral("Lines 2–10 → 2–12")), qPrintable(shown));
    QVERIFY(!shown.contains(QStringLiteral("dc-del")));
}

void TestDiffView::showsTitles()
{
    DiffView view;
    view.showTexts(kBefore, kAfter, QStringLiteral("A/0"), QStringLiteral("A/1"));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *titles = view.findChild<QLabel *>(QStringLiteral("diffTitles"));
    QVERIFY(titles && titles->isVisible());
    QVERIFY(titles->text().contains(QStringLiteral("A/0")) && titles->text().contains(QStringLiteral("A/1")));
    view.showTexts(kBefore, kAfter);
    QVERIFY(!titles->isVisible());
}

void TestDiffView::identicalTexts()
{
    DiffView view;
    view.showTexts(kBefore, QString(kBefore).replace(QStringLiteral("\n"), QStringLiteral("\r\n")));
    QVERIFY(view.diff().identical);
    QCOMPARE(view.summaryText(), QStringLiteral("No differences"));
    QVERIFY(view.findChild<QTextBrowser *>(QStringLiteral("diffBrowser"))->toPlainText().contains(QStringLiteral("No differences")));
}

void TestDiffView::messageReplacesTheDiff()
{
    DiffView view;
    view.showTexts(kBefore, kAfter);
    view.showMessage(QStringLiteral("Revision B/0 does not exist."));
    QCOMPARE(view.summaryText(), QStringLiteral("Revision B/0 does not exist."));
    QVERIFY(view.findChild<QTextBrowser *>(QStringLiteral("diffBrowser"))->toPlainText().isEmpty());
    QVERIFY(view.diff().hunks.isEmpty());
}

void TestDiffView::fallbackNotice_data()
{
    QTest::addColumn<DiffPrecision>("precision");
    QTest::newRow("exact") << DiffPrecision::Exact;
    QTest::newRow("words omitted") << DiffPrecision::WordsOmitted;
    QTest::newRow("blocks") << DiffPrecision::Blocks;
}

// A diff that fell back to coarser detail says so under the summary; an exact one shows nothing.
void TestDiffView::fallbackNotice()
{
    QFETCH(DiffPrecision, precision);
    DiffView view;
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    TextDiff diff = diffTexts(kBefore, kAfter);
    diff.precision = precision;
    view.showDiff(diff);
    auto *notice = view.findChild<QLabel *>(QStringLiteral("diffNotice"));
    QVERIFY(notice);
    QCOMPARE(notice->isVisible(), diff.approximate());
    QCOMPARE(view.noticeText(), diffNotice(diff));
    QCOMPARE(notice->text().isEmpty(), !diff.approximate());
    view.showMessage(QStringLiteral("x"));
    QVERIFY(!notice->isVisible());
}

void TestDiffView::screenshot()
{
    const QString path = qEnvironmentVariable("DC_SCREENSHOT");
    if (path.isEmpty())
        QSKIP("set DC_SCREENSHOT to write a screenshot");
    DiffView view;
    view.resize(820, 520);
    view.showTexts(kBefore + QStringLiteral("\nAccess rights are reviewed every year by the owner.\n<script>x</script>\n"),
                   kAfter + QStringLiteral("\nAccess rights are reviewed every quarter by the owner.\n<script>x</script>\n"),
                   QStringLiteral("A/0"), QStringLiteral("A/1"));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTest::qWait(50);
    QVERIFY(view.grab().save(path));
}

QTEST_MAIN(TestDiffView)
#include "tst_diffview.moc"
