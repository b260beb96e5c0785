// Page breaking (where pages may end, table headers repeated, headings kept with what follows),
// splitting Markdown for parallel layout, and the exact stamp texts.

#include "core/render/flowdocument.h"
#include "core/render/pagination.h"
#include "core/render/pagestyle.h"
#include "core/render/renderinput.h"

#include <QAbstractTextDocumentLayout>
#include <QTest>
#include <QTextBlock>
#include <QTextFrame>
#include <QTextTable>

using namespace dc;
using namespace dc::render;

namespace {

FlowBreaks column(qreal height, const QList<qreal> &points, int header = -1, FlowBreaks::Band band = {})
{
    FlowBreaks breaks;
    breaks.height = height;
    for (qreal y : points)
        breaks.points.append({y, header});
    if (header >= 0)
        breaks.headers.append(band);
    return breaks;
}

} // namespace

class TestPagination : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(ensureRenderFont().ok()); }

    void shortColumnIsOnePage()
    {
        const FlowBreaks flow = column(300, {0, 100, 200});
        const QList<Page> pages = paginate({&flow}, 1000);
        QCOMPARE(pages.size(), 1);
        QCOMPARE(pages[0].slices.size(), 1);
        QCOMPARE(pages[0].slices[0].top, 0.0);
        QCOMPARE(pages[0].slices[0].bottom, 300.0);
    }

    void pagesEndAtTheLastBreakThatFits()
    {
        const FlowBreaks flow = column(2500, {0, 400, 900, 1100, 1700, 2100});
        const QList<Page> pages = paginate({&flow}, 1000);
        QCOMPARE(pages.size(), 3);
        QCOMPARE(pages[0].slices[0].bottom, 900.0);
        QCOMPARE(pages[1].slices[0].top, 900.0);
        QCOMPARE(pages[1].slices[0].bottom, 1700.0);
        QCOMPARE(pages[2].slices[0].top, 1700.0);
        QCOMPARE(pages[2].slices[0].bottom, 2500.0);
        // Nothing lost, nothing twice.
        qreal covered = 0;
        for (const Page &page : pages) {
            for (const Slice &slice : page.slices)
                covered += slice.bottom - slice.top;
        }
        QCOMPARE(covered, 2500.0);
    }

    void tableHeaderRepeatsOnTheNextPage()
    {
        const FlowBreaks flow = column(1800, {500, 700, 900, 1100, 1300}, 0, {100, 150});
        const QList<Page> pages = paginate({&flow}, 1000);
        QCOMPARE(pages.size(), 2);
        QCOMPARE(pages[1].slices.size(), 2);
        const Slice header = pages[1].slices[0];
        QVERIFY(header.repeated);
        QCOMPARE(header.top, 100.0);
        QCOMPARE(header.bottom, 150.0);
        QCOMPARE(header.pageY, 0.0);
        const Slice body = pages[1].slices[1];
        QVERIFY(!body.repeated);
        QCOMPARE(body.top, 900.0);
        QCOMPARE(body.pageY, 50.0);  // below the repeated header
    }

    void unbreakableContentIsCut()
    {
        const FlowBreaks flow = column(2500, {});
        const QList<Page> pages = paginate({&flow}, 1000);
        QCOMPARE(pages.size(), 3);
        QCOMPARE(pages[0].slices[0].bottom, 1000.0);
        QCOMPARE(pages[2].slices[0].bottom, 2500.0);
    }

    void columnsOfASectionFollowOnTheSamePage()
    {
        const FlowBreaks first = column(700, {0, 300, 600});
        const FlowBreaks second = column(900, {0, 200, 400, 600});
        const QList<Page> pages = paginate({&first, &second}, 1000);
        QCOMPARE(pages.size(), 2);
        QCOMPARE(pages[0].slices.size(), 2);
        QCOMPARE(pages[0].slices[1].flow, 1);
        QCOMPARE(pages[0].slices[1].pageY, 700.0);
        QCOMPARE(pages[0].slices[1].bottom, 200.0);
        const PagePosition position = locate(pages, 1, 450);
        QCOMPARE(position.page, 1);
        QCOMPARE(position.y, 250.0);
        QCOMPARE(locate(pages, 0, 100).page, 0);
    }

    void emptySectionIsOnePage()
    {
        const FlowBreaks flow = column(0, {});
        QCOMPARE(paginate({&flow}, 1000).size(), 1);
    }

    // Qt's Markdown importer would join an empty cell to the one on its left, and that cell's
    // text would run across the empty ones; an empty cell in code stays as it was written.
    void emptyTableCellsStayCells()
    {
        FlowDocument document(mm(170));
        document.setContentMarkdown(QStringLiteral("| A | B | C |\n|---|---|---|\n| 1 |  |  |\n| 2 | x \\| y || \n\n"
                                                   "```\n| a |  |\n```\n"));
        QTextTable *table = nullptr;
        for (auto it = document.rootFrame()->begin(); !it.atEnd() && !table; ++it)
            table = qobject_cast<QTextTable *>(it.currentFrame());
        QVERIFY(table);
        QCOMPARE(table->rows(), 3);
        for (int row = 1; row < 3; ++row) {
            for (int column = 0; column < 3; ++column) {
                const QTextTableCell cell = table->cellAt(row, column);
                QCOMPARE(cell.column(), column);
                QCOMPARE(cell.columnSpan(), 1);
            }
        }
        QVERIFY(document.toPlainText().contains(QStringLiteral("x | y")));
        QVERIFY(document.toPlainText().contains(QStringLiteral("| a |  |")));
    }

    void headingsStayWithWhatFollows()
    {
        FlowDocument document(mm(170));
        document.setContentMarkdown(QStringLiteral("Intro paragraph.\n\n## 1 范围 Scope\n\nBody text after the heading.\n\n"
                                                   "## 2 职责\n\n| A | B |\n|---|---|\n| 1 | 2 |\n| 3 | 4 |\n| 5 | 6 |\n"));
        document.layOut();
        const FlowBreaks &breaks = document.breaks();
        QList<qreal> tops;
        for (const BreakPoint &point : breaks.points)
            tops.append(point.y);
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
            const qreal top = document.documentLayout()->blockBoundingRect(block).top();
            if (block.text() == QStringLiteral("Body text after the heading."))
                QVERIFY2(!tops.contains(top), "a page may end between a heading and its text");
            if (block.text() == QStringLiteral("Intro paragraph."))
                QVERIFY(tops.contains(top));
            if (block.text().startsWith(QStringLiteral("1 范围")))
                QVERIFY2(tops.contains(top), "a page may end before a heading");
        }
        // The table: breaks between its rows (not before the first body row), its header band
        // and its grid.
        QCOMPARE(breaks.headers.size(), 1);
        QCOMPARE(breaks.grids.size(), 1);
        QCOMPARE(breaks.grids[0].rows.size(), 5);     // top, between four rows, bottom
        QCOMPARE(breaks.grids[0].columns.size(), 3);  // left, between two columns, right
        int inTable = 0;
        for (const BreakPoint &point : breaks.points)
            inTable += point.header == 0 ? 1 : 0;
        QCOMPARE(inTable, 2);  // before rows 3 and 4
        QVERIFY(breaks.height > breaks.headers[0].bottom);
    }

    void splitsMarkdownAtSections()
    {
        QString md;
        for (int i = 0; i < 40; ++i)
            md += QStringLiteral("## Section %1\n\n").arg(i) + QString(500, u'字') + QStringLiteral("\n\n```\n## not a heading\n```\n\n");
        const QStringList parts = flow::splitMarkdown(md, 4000);
        QVERIFY(parts.size() > 2);
        QCOMPARE(parts.join(QString()), md);
        for (const QString &part : parts)
            QVERIFY2(part.startsWith(QStringLiteral("## Section")), qPrintable(part.left(40)));
        // Reference-style link definitions must stay with their links: no split.
        QCOMPARE(flow::splitMarkdown(md + QStringLiteral("[iso]: https://www.iso.org\n"), 4000).size(), 1);
        QCOMPARE(flow::splitMarkdown(QStringLiteral("## short\n\ntext\n"), 4000).size(), 1);
    }

    void stampTexts_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("copy");
        QTest::addColumn<QString>("holder");
        QTest::addColumn<QString>("expected");
        QTest::newRow("controlled") << int(StampKind::Controlled) << 7 << QStringLiteral("IT 部")
                                    << QStringLiteral("受控文件 CONTROLLED COPY No. 007 — 持有人 Holder: IT 部");
        QTest::newRow("controlled 3 digits") << int(StampKind::Controlled) << 123 << QStringLiteral("质量部")
                                             << QStringLiteral("受控文件 CONTROLLED COPY No. 123 — 持有人 Holder: 质量部");
        QTest::newRow("uncontrolled") << int(StampKind::Uncontrolled) << 0 << QString()
                                      << QStringLiteral("非受控 UNCONTROLLED COPY — 打印于 printed 2026-11-21，仅当日有效 valid on that day only");
        QTest::newRow("draft") << int(StampKind::Draft) << 0 << QString() << QStringLiteral("草稿 DRAFT — not for use");
        QTest::newRow("obsolete") << int(StampKind::Obsolete) << 0 << QString() << QStringLiteral("作废 OBSOLETE");
    }
    void stampTexts()
    {
        QFETCH(int, kind);
        QFETCH(int, copy);
        QFETCH(QString, holder);
        QFETCH(QString, expected);
        const Stamp stamp{StampKind(kind), copy, holder, QDate(2026, 11, 21), {}};
        QCOMPARE(stampText(stamp), expected);
        QCOMPARE(stampKindFromKey(stampKindKey(StampKind(kind))), std::optional<StampKind>(StampKind(kind)));
    }
};

QTEST_MAIN(TestPagination)
#include "tst_pagination.moc"
