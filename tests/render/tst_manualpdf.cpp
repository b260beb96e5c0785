// The compiled manual as PDF: cover, release order with its signatures, a table of contents
// whose page numbers are where the chapters start and whose entries link there, bookmarks, the
// revision history, and the header, footer and stamp on every page.

#include "core/render/pdfexport.h"
#include "rendertestsupport.h"

#include <QFile>
#include <QPdfBookmarkModel>
#include <QPdfDocument>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

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

} // namespace

class TestManualPdf : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    ManualRender m_input;
    int m_pages = 0;
    QMap<QString, int> m_contents;  // entry → page number, as printed in the contents

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_input = sampleManual(11);
        m_path = m_dir.filePath(QStringLiteral("manual.pdf"));
        const Status status = writeManualPdf(m_input, {}, m_path);
        QVERIFY2(status.ok(), qPrintable(status.message()));
    }

    void coverAndReleaseOrder()
    {
        RENDERTEST_TOOL(cover, "pdftotext", (QStringList{QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), m_path, QStringLiteral("-")}));
        for (const QString &expected : {QStringLiteral("文件编号"), m_input.header.number, QStringLiteral("受控状态"), m_input.controlledStatus,
                                        m_input.header.title, QStringLiteral("ISO/IEC 27001:2013"), QStringLiteral("ISO/IEC 20000-1:2018"),
                                        m_input.header.organisation})
            QVERIFY2(cover.contains(expected), qPrintable(expected));
        RENDERTEST_TOOL(release, "pdftotext", (QStringList{QStringLiteral("-f"), QStringLiteral("2"), QStringLiteral("-l"), QStringLiteral("2"), m_path, QStringLiteral("-")}));
        for (const QString &expected : {QStringLiteral("发布令"), QStringLiteral("全体员工必须遵照执行"), QStringLiteral("编制 Prepared"),
                                        QStringLiteral("审核 Reviewed"), QStringLiteral("批准 Approved"), QStringLiteral("王强"),
                                        QStringLiteral("2026-10-28")})
            QVERIFY2(release.contains(expected), qPrintable(expected));
    }

    void contentsPageNumbersAreWhereChaptersStart()
    {
        RENDERTEST_TOOL(info, "pdfinfo", QStringList{m_path});
        m_pages = infoValue(info, QStringLiteral("Pages")).toInt();
        RENDERTEST_TOOL(contents, "pdftotext", (QStringList{QStringLiteral("-layout"), QStringLiteral("-f"), QStringLiteral("3"), QStringLiteral("-l"), QStringLiteral("3"), m_path, QStringLiteral("-")}));
        QVERIFY(contents.contains(QStringLiteral("目录")));
        static const QRegularExpression entry(QStringLiteral("^\\s*(\\S.*\\S)\\s{2,}(\\d+)\\s*$"), QRegularExpression::MultilineOption);
        auto it = entry.globalMatch(contents);
        while (it.hasNext()) {
            const auto match = it.next();
            m_contents.insert(match.captured(1).simplified(), match.captured(2).toInt());
        }
        QCOMPARE(m_contents.value(QStringLiteral("发布令 Release order")), 2);
        int previous = 3;
        for (const ManualChapter &chapter : std::as_const(m_input.chapters)) {
            QVERIFY2(m_contents.contains(chapter.title), qPrintable(chapter.title));
            const int page = m_contents.value(chapter.title);
            QVERIFY2(page > previous, qPrintable(chapter.title));  // each chapter on pages of its own
            previous = page;
            const QString number = QString::number(page);
            RENDERTEST_TOOL(text, "pdftotext", (QStringList{QStringLiteral("-f"), number, QStringLiteral("-l"), number, m_path, QStringLiteral("-")}));
            // The chapter's title opens the page's body (after the header's four lines).
            const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
            QVERIFY2(lines.mid(0, 6).contains(chapter.title), qPrintable(chapter.title + QStringLiteral(" not at the top of page ") + number));
        }
        const int history = m_contents.value(QStringLiteral("修订记录 Revision history"));
        QCOMPARE(history, m_pages);
        RENDERTEST_TOOL(last, "pdftotext", (QStringList{QStringLiteral("-f"), QString::number(m_pages), QStringLiteral("-l"), QString::number(m_pages), m_path, QStringLiteral("-")}));
        QVERIFY(last.contains(QStringLiteral("换版 Edition 2")));
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
        // Every link annotation sits on the contents page and jumps to a page the contents names.
        static const QRegularExpression link(QStringLiteral("/Subtype /Link\\s*/Rect \\[[^\\]]*\\]\\s*/Border \\[0 0 0\\]\\s*/F 4\\s*/Dest \\[(\\d+) 0 R /XYZ"));
        QList<int> targets;
        auto it = link.globalMatch(QString::fromLatin1(pdf));
        while (it.hasNext())
            targets.append(int(pages.indexOf(it.next().captured(1).toInt())) + 1);
        QList<int> expected = m_contents.values();
        std::sort(expected.begin(), expected.end());
        std::sort(targets.begin(), targets.end());
        QCOMPARE(targets, expected);
        // And the contents page holds them.
        const QByteArray annotations = "/Annots";
        QVERIFY(pdf.contains(annotations));
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
        QCOMPARE(bookmarks.value(QStringLiteral("目录 Contents")), 3);
        for (auto it = m_contents.constBegin(); it != m_contents.constEnd(); ++it)
            QCOMPARE(bookmarks.value(it.key()), it.value());
    }

    void everyPageFramedAndNumbered()
    {
        if (m_pages == 0)
            QSKIP("needs the page count from pdfinfo");
        RENDERTEST_TOOL(all, "pdftotext", (QStringList{m_path, QStringLiteral("-")}));
        const QStringList pages = all.split(u'\f');
        for (int page = 1; page <= m_pages; ++page) {
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
