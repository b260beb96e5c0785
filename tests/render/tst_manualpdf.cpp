// The compiled manual as PDF, as an auditor compares it with a paper manual: a cover with no
// running header or page number and both dates, the revision history at the front with its six
// columns, a table of contents to the fourth heading level with dot leaders and the page numbers
// where the headings are (and links there), the release order with room for the handwritten
// signature and the seal and the cover's dates, bookmarks, the annex, and the header, footer and
// stamp on every other page.

#include "core/render/pdfexport.h"
#include "rendertestsupport.h"

#include <QFile>
#include <QPdfBookmarkModel>
#include <QPdfDocument>
#include <QPdfWriter>
#include <QProcess>
#include <QSet>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <optional>

using namespace dc;
using namespace dc::render;
using namespace rendertest;

namespace {

// The page objects of a PDF written by DocControl, in order (Qt writes one flat page tree).
QList<int> pageObjects(const QByteArray &pdf)
{
    const qsizetype kids = pdf.indexOf("/Kids");
    const qsizetype end = pdf.indexOf(']', kids);
    QList<int> pages;
    static const QRegularExpression reference(QStringLiteral("(\\d+) 0 R"));
    auto it = reference.globalMatch(QString::fromLatin1(pdf.mid(kids, end - kids)));
    while (it.hasNext())
        pages.append(it.next().captured(1).toInt());
    return pages;
}

// The text of page `page` (from 1), as pdftotext gives it (-layout keeps the lines).
QString pageText(const QString &path, int page, bool layout = false)
{
    QProcess process;
    QStringList arguments{QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"), QString::number(page), path, QStringLiteral("-")};
    if (layout)
        arguments.prepend(QStringLiteral("-layout"));
    process.start(QStringLiteral("pdftotext"), arguments);
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The words of page `page` with their boxes, in points from the top-left corner (pdftotext -bbox).
struct Word {
    QString text;
    QRectF box;
};
QList<Word> pageWords(const QString &path, int page)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                                QString::number(page), path, QStringLiteral("-")});
    process.waitForFinished(60000);
    static const QRegularExpression word(
        QStringLiteral("<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>"));
    QList<Word> words;
    for (auto it = word.globalMatch(QString::fromUtf8(process.readAllStandardOutput())); it.hasNext();) {
        const auto m = it.next();
        words.append({m.captured(5), QRectF(QPointF(m.captured(1).toDouble(), m.captured(2).toDouble()),
                                            QPointF(m.captured(3).toDouble(), m.captured(4).toDouble()))});
    }
    return words;
}

std::optional<QRectF> findWord(const QList<Word> &words, const QString &text)
{
    for (const Word &w : words) {
        if (w.text.contains(text))
            return w.box;
    }
    return std::nullopt;
}

// One line of the contents: indentation, title, a dot leader, the page number.
struct ContentsLine {
    QString title;
    int indent = 0;
    int page = 0;
};

} // namespace

class TestManualPdf : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    ManualRender m_input;
    int m_pages = 0;
    QList<ContentsLine> m_lines;    // the contents, in order
    QMap<QString, int> m_contents;  // entry → page number, as printed in the contents

    bool havePoppler() const { return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_input = sampleManual(11);
        m_path = m_dir.filePath(QStringLiteral("manual.pdf"));
        const Status status = writeManualPdf(m_input, {}, m_path);
        QVERIFY2(status.ok(), qPrintable(status.message()));
        if (!havePoppler())
            return;
        RENDERTEST_TOOL(info, "pdfinfo", QStringList{m_path});
        m_pages = infoValue(info, QStringLiteral("Pages")).toInt();
        // The contents start on page 3 and run until the release order (0.1) begins.
        static const QRegularExpression entry(QStringLiteral("^( *)(\\S.*?) ?\\.{4,} *(\\d+) *$"));
        for (int page = 3; page <= m_pages; ++page) {
            const QString text = pageText(m_path, page, true);
            if (page > 3 && !text.contains(QStringLiteral("...."))) break;
            for (const QString &line : text.split(u'\n')) {
                const auto match = entry.match(line);
                if (match.hasMatch())
                    m_lines.append({match.captured(2).simplified(), int(match.captured(1).size()), match.captured(3).toInt()});
            }
        }
        for (const ContentsLine &line : std::as_const(m_lines))
            m_contents.insert(line.title, line.page);
    }

    void coverHasNoRunningHeaderAndBothDates()
    {
        RENDERTEST_TOOL(cover, "pdftotext", (QStringList{QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), m_path, QStringLiteral("-")}));
        for (const QString &expected : {QStringLiteral("文件编号"), m_input.header.number, QStringLiteral("受控状态"), m_input.controlledStatus,
                                        m_input.header.title, QStringLiteral("ISO/IEC 27001:2013"), QStringLiteral("ISO/IEC 20000-1:2018"),
                                        m_input.header.organisation, QStringLiteral("发布日期 Released: 2026-10-30"),
                                        QStringLiteral("实施日期 Effective: 2026-11-01")})
            QVERIFY2(cover.contains(expected), qPrintable(expected));
        // No page number, no footer, no running header.
        for (const QString &absent : {QStringLiteral("第 1 页"), QStringLiteral("Page 1 of"), QStringLiteral("密级 Classification"),
                                      QStringLiteral("文件编号 No. "), QStringLiteral("生效日期 Effective")})
            QVERIFY2(!cover.contains(absent), qPrintable(absent));
    }

    void revisionHistoryAtTheFront()
    {
        RENDERTEST_TOOL(history, "pdftotext", (QStringList{QStringLiteral("-f"), QStringLiteral("2"), QStringLiteral("-l"), QStringLiteral("2"), m_path, QStringLiteral("-")}));
        const QString text = simplified(history);
        QVERIFY(text.contains(QStringLiteral("修订记录")));
        // The six columns, in order.
        qsizetype at = 0;
        for (const QString &column : {QStringLiteral("版本"), QStringLiteral("修订内容及章节"), QStringLiteral("修订人"), QStringLiteral("审核"),
                                      QStringLiteral("批准"), QStringLiteral("日期")}) {
            const qsizetype next = text.indexOf(column, at);
            QVERIFY2(next >= 0, qPrintable(column + QStringLiteral(" missing or out of order in: ") + text.left(300)));
            at = next + column.size();
        }
        for (const QString &expected : {QStringLiteral("首次发布 First issue"), QStringLiteral("换版 Edition 2"), QStringLiteral("李娜、陈静"),
                                        QStringLiteral("2022-03-01"), QStringLiteral("2026-11-01")})
            QVERIFY2(text.contains(expected), qPrintable(expected));
    }

    void contentsToTheFourthLevelWithLeaders()
    {
        if (!havePoppler())
            QSKIP("pdftotext (poppler-utils) is not installed");
        QVERIFY2(pageText(m_path, 3).contains(QStringLiteral("目录")), "the contents are on page 3");
        QVERIFY2(!m_lines.isEmpty(), "no contents line with a dot leader and a page number");
        // Front matter first, numbered as in the paper manual; no invented foreword.
        QCOMPARE(m_lines.value(0).title, QStringLiteral("0.1 发布令"));
        QCOMPARE(m_lines.value(1).title, QStringLiteral("0.2 任命书"));
        for (const ContentsLine &line : std::as_const(m_lines))
            QVERIFY2(!line.title.contains(QStringLiteral("前言")) && !line.title.contains(QStringLiteral("Foreword")), qPrintable(line.title));
        // Every level is there, each indented more than the one above.
        const QStringList levels{QStringLiteral("4 组织环境 Context"), QStringLiteral("4.1 小节 Section 4.1"), QStringLiteral("4.1.1 条款 Clause 4.1.1"),
                                 QStringLiteral("4.1.1.1 细则 Detail 4.1.1.1")};
        int indent = -1;
        for (const QString &title : levels) {
            const auto it = std::find_if(m_lines.cbegin(), m_lines.cend(), [&](const ContentsLine &l) { return l.title == title; });
            QVERIFY2(it != m_lines.cend(), qPrintable(title + QStringLiteral(" not in the contents")));
            QVERIFY2(it->indent > indent, qPrintable(title + QStringLiteral(" not indented under its parent")));
            indent = it->indent;
        }
        // The numbers are right-aligned: they all end at the same x.
        QList<qreal> ends;
        static const QRegularExpression digits(QStringLiteral("^\\d+$"));
        for (const Word &w : pageWords(m_path, 3)) {
            if (digits.match(w.text).hasMatch() && w.box.left() > 300 && w.box.top() < 760)  // not the footer
                ends.append(w.box.right());
        }
        QVERIFY2(ends.size() > 20, "too few page numbers found on the contents' first page");
        const auto [low, high] = std::minmax_element(ends.cbegin(), ends.cend());
        QVERIFY2(*high - *low < 1.0, qPrintable(QStringLiteral("the page numbers end between x = %1 and %2").arg(*low).arg(*high)));
    }

    void contentsPageNumbersAreWhereHeadingsAre()
    {
        if (m_lines.isEmpty())
            QSKIP("needs the contents read by pdftotext");
        int previous = 3;
        for (const ContentsLine &line : std::as_const(m_lines)) {
            QVERIFY2(line.page >= previous, qPrintable(line.title + QStringLiteral(": pages out of order")));
            previous = line.page;
            const QString text = simplified(pageText(m_path, line.page));
            QVERIFY2(text.contains(line.title), qPrintable(line.title + QStringLiteral(" is not on page ") + QString::number(line.page)));
        }
        // Each chapter on pages of its own, its title first in the body.
        for (const ManualChapter &chapter : std::as_const(m_input.chapters)) {
            const int page = m_contents.value(chapter.title);
            QVERIFY2(page > 0, qPrintable(chapter.title));
            const QStringList lines = pageText(m_path, page).split(u'\n', Qt::SkipEmptyParts);
            QVERIFY2(lines.mid(0, 6).contains(chapter.title), qPrintable(chapter.title + QStringLiteral(" not at the top of page ") + QString::number(page)));
        }
        // The annex comes last, with the documents and their current revisions.
        const int annex = m_lines.constLast().page;
        QVERIFY(m_lines.constLast().title.startsWith(QStringLiteral("附录 A")));
        QCOMPARE(annex, m_pages);
        const QString last = simplified(pageText(m_path, m_pages));
        for (const QString &expected : {QStringLiteral("ISMS-P-001"), QStringLiteral("文件和记录控制程序"), QStringLiteral("B/0"), QStringLiteral("1.1.1, 2.1.1"),
                                        QStringLiteral("ISMS-P-007"), QStringLiteral("未生效")})
            QVERIFY2(last.contains(expected), qPrintable(expected));
    }

    void releaseOrderHasRoomForSignatureAndSealAndTheCoversDates()
    {
        if (m_lines.isEmpty())
            QSKIP("needs the contents read by pdftotext");
        const int page = m_contents.value(QStringLiteral("0.1 发布令"));
        QVERIFY(page > 3);
        const QString text = simplified(pageText(m_path, page));
        for (const QString &expected : {QStringLiteral("全体员工必须遵照执行"), QStringLiteral("总经理签字"), QStringLiteral("公司盖章"),
                                        QStringLiteral("批准日期 Approved: 2026-10-28"), QStringLiteral("编制 Prepared"),
                                        QStringLiteral("审核 Reviewed"), QStringLiteral("批准 Approved"), QStringLiteral("王强")})
            QVERIFY2(text.contains(expected), qPrintable(expected));
        // The same dates as the cover, and no other.
        const QString cover = simplified(pageText(m_path, 1));
        static const QRegularExpression dated(QStringLiteral("(发布日期 Released|实施日期 Effective): (\\d{4}-\\d{2}-\\d{2})"));
        QMap<QString, QString> onCover, onOrder;
        for (auto it = dated.globalMatch(cover); it.hasNext();) {
            const auto m = it.next();
            onCover.insert(m.captured(1), m.captured(2));
        }
        for (auto it = dated.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            onOrder.insert(m.captured(1), m.captured(2));
        }
        QCOMPARE(onCover.size(), 2);
        QCOMPARE(onOrder, onCover);
        // The blank box: the seal needs about 40 mm between the box's hint and the dates below.
        const QList<Word> words = pageWords(m_path, page);
        const auto top = findWord(words, QStringLiteral("盖章处"));
        const auto bottom = findWord(words, QStringLiteral("批准日期"));
        QVERIFY2(top && bottom, "the seal box or the dates not found");
        QVERIFY2(bottom->top() - top->bottom() > 40 / 25.4 * 72, qPrintable(QStringLiteral("only %1 pt of room").arg(bottom->top() - top->bottom())));
    }

    void contentsEntriesLinkToTheirPages()
    {
        if (m_contents.isEmpty())
            QSKIP("needs the contents read by pdftotext");
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray pdf = file.readAll();
        const QList<int> pages = pageObjects(pdf);
        QCOMPARE(pages.size(), m_pages);
        // Every link annotation jumps to the page the contents line names.
        static const QRegularExpression link(QStringLiteral("/Subtype /Link\\s*/Rect \\[[^\\]]*\\]\\s*/Border \\[0 0 0\\]\\s*/F 4\\s*/Dest \\[(\\d+) 0 R /XYZ"));
        QList<int> targets;
        auto it = link.globalMatch(QString::fromLatin1(pdf));
        while (it.hasNext())
            targets.append(int(pages.indexOf(it.next().captured(1).toInt())) + 1);
        QList<int> expected;
        for (const ContentsLine &line : std::as_const(m_lines))
            expected.append(line.page);
        std::sort(expected.begin(), expected.end());
        std::sort(targets.begin(), targets.end());
        QCOMPARE(targets, expected);
    }

    void bookmarksForEveryChapter()
    {
        if (m_contents.isEmpty())
            QSKIP("needs the contents read by pdftotext");
        QPdfDocument pdf;
        QCOMPARE(pdf.load(m_path), QPdfDocument::Error::None);
        QCOMPARE(pdf.pageCount(), m_pages);
        QPdfBookmarkModel model;
        model.setDocument(&pdf);
        QMap<QString, int> bookmarks;  // title → page from 1
        std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
            for (int row = 0; row < model.rowCount(parent); ++row) {
                const QModelIndex index = model.index(row, 0, parent);
                bookmarks.insert(index.data(int(QPdfBookmarkModel::Role::Title)).toString(),
                                 index.data(int(QPdfBookmarkModel::Role::Page)).toInt() + 1);
                walk(index);
            }
        };
        walk(QModelIndex());
        QCOMPARE(bookmarks.value(QStringLiteral("封面 Cover")), 1);
        QCOMPARE(bookmarks.value(QStringLiteral("修订记录 Revision history")), 2);
        QCOMPARE(bookmarks.value(QStringLiteral("目录 Contents")), 3);
        for (const ManualChapter &chapter : std::as_const(m_input.chapters))
            QCOMPARE(bookmarks.value(chapter.title), m_contents.value(chapter.title));
    }

    void everyPageButTheCoverFramedAndNumbered()
    {
        if (m_pages == 0)
            QSKIP("needs the page count from pdfinfo");
        RENDERTEST_TOOL(all, "pdftotext", (QStringList{m_path, QStringLiteral("-")}));
        const QStringList pages = all.split(u'\f');
        for (int page = 2; page <= m_pages; ++page) {
            const QString text = simplified(pages.value(page - 1));
            QVERIFY2(text.contains(QStringLiteral("第 %1 页 共 %2 页 / Page %1 of %2").arg(page).arg(m_pages)), qPrintable(text.right(120)));
            QVERIFY(text.contains(m_input.header.number));
            QVERIFY(text.contains(m_input.header.revisionLabel));
            QVERIFY(!text.contains(QStringLiteral("UNCONTROLLED")));
        }
        const auto identity = readPdfIdentity(m_path);
        QVERIFY2(identity.ok(), qPrintable(identity.message()));
        QCOMPARE(identity.value(), identityOf(m_input));
        RENDERTEST_TOOL(info, "pdfinfo", QStringList{m_path});
        QCOMPARE(infoValue(info, QStringLiteral("Subject")), QStringLiteral("ISMS-0001-2022 A/1"));
    }

    void noAnnexWithoutReferences()
    {
        ManualRender input = sampleManual(2);
        input.references.clear();
        const QString path = m_dir.filePath(QStringLiteral("no-annex.pdf"));
        QVERIFY(writeManualPdf(input, {}, path).ok());
        RENDERTEST_TOOL(text, "pdftotext", (QStringList{path, QStringLiteral("-")}));
        QVERIFY(!text.contains(QStringLiteral("附录 A")));
    }

    // A store whose readers need no English: stamp, header, footer, cover and the signature
    // table in Chinese only.
    void chineseOnlyLabels()
    {
        ManualRender input = sampleManual(2);
        input.header.language = LabelLanguage::Chinese;
        input.stamp.language = LabelLanguage::Chinese;
        input.footer.classification = QStringLiteral("内部");
        input.controlledStatus = QStringLiteral("非受控");
        QCOMPARE(stampText(input.stamp), QStringLiteral("非受控文件 — 打印于 2026-11-21，仅当日有效"));
        Stamp controlled{StampKind::Controlled, 7, QStringLiteral("IT 部"), {}, {}, LabelLanguage::Chinese};
        QCOMPARE(stampText(controlled), QStringLiteral("受控文件 第 007 号 — 持有人：IT 部"));
        const QString path = m_dir.filePath(QStringLiteral("chinese.pdf"));
        QVERIFY(writeManualPdf(input, {}, path).ok());
        RENDERTEST_TOOL(cover, "pdftotext", (QStringList{QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), path, QStringLiteral("-")}));
        for (const QString &expected : {QStringLiteral("文件编号: ISMS-0001-2022"), QStringLiteral("受控状态: 非受控"), QStringLiteral("发布日期: 2026-10-30"),
                                        QStringLiteral("实施日期: 2026-11-01")})
            QVERIFY2(cover.contains(expected), qPrintable(expected));
        RENDERTEST_TOOL(all, "pdftotext", (QStringList{path, QStringLiteral("-")}));
        const QStringList pages = all.split(u'\f', Qt::SkipEmptyParts);
        const int count = int(pages.size());
        for (int page = 1; page <= count; ++page) {
            const QString text = simplified(pages.at(page - 1));
            if (page > 1) {
                // (pdftotext may drop the spaces between Chinese characters and digits)
                QVERIFY2(QString(text).remove(u' ').contains(QStringLiteral("第%1页共%2页").arg(page).arg(count)), qPrintable(text.right(80)));
                QVERIFY2(text.contains(QStringLiteral("文件编号 ISMS-0001-2022")) && text.contains(QStringLiteral("密级: 内部")), qPrintable(text.left(120)));
            }
            // No English label on the page's frame, the cover or the front matter's headings.
            for (const QString &english : {QStringLiteral("Page "), QStringLiteral("Classification"), QStringLiteral("Revision"), QStringLiteral("Effective"),
                                           QStringLiteral("Document No."), QStringLiteral("Contents"), QStringLiteral("Company seal"),
                                           QStringLiteral("Prepared"), QStringLiteral("Reviewed"), QStringLiteral("Role")})
                QVERIFY2(!text.contains(english), qPrintable(QStringLiteral("page %1 says %2").arg(page).arg(english)));
        }
    }

    void paintsOnAnyPagedDevice()
    {
        if (m_pages == 0)
            QSKIP("needs the page count from pdfinfo");
        const QString path = m_dir.filePath(QStringLiteral("printed-manual.pdf"));
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        const Result<int> pages = paintManual(m_input, &writer);
        QVERIFY2(pages.ok(), qPrintable(pages.message()));
        QCOMPARE(pages.value(), m_pages);
    }
};

QTEST_MAIN(TestManualPdf)
#include "tst_manualpdf.moc"
