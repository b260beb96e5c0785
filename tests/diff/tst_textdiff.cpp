// The text diff: the edit script, line splitting, word/CJK tokens, pairing of changed lines,
// hunks with their line numbers, and a large document.

#include "core/diff/difftokens.h"
#include "core/diff/sequencediff.h"
#include "core/diff/textdiff.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

#include <vector>

using namespace dc;
using Kind = DiffLine::Kind;

Q_DECLARE_METATYPE(dc::DiffSpan)

namespace dc {
// Lets QCOMPARE print spans.
inline char *toString(const DiffSpan &span)
{
    const char *op = span.op == DiffOp::Equal ? "=" : (span.op == DiffOp::Delete ? "-" : "+");
    return qstrdup(QByteArray(op).append('"').append(span.text.toUtf8()).append('"').constData());
}
} // namespace dc

namespace {

DiffSpan eq(const char *text) { return {DiffOp::Equal, QString::fromUtf8(text)}; }
DiffSpan del(const char *text) { return {DiffOp::Delete, QString::fromUtf8(text)}; }
DiffSpan ins(const char *text) { return {DiffOp::Insert, QString::fromUtf8(text)}; }

QString lines(std::initializer_list<const char *> items)
{
    QString out;
    for (const char *item : items)
        out += QString::fromUtf8(item) + QLatin1Char('\n');
    return out;
}

// The lines of every hunk, in order.
QList<DiffLine> allLines(const TextDiff &diff)
{
    QList<DiffLine> out;
    for (const DiffHunk &hunk : diff.hunks)
        out += hunk.lines;
    return out;
}

QList<Kind> kinds(const QList<DiffLine> &lines)
{
    QList<Kind> out;
    for (const DiffLine &line : lines)
        out << line.kind;
    return out;
}

// The length of the longest common subsequence, by the textbook table.
qsizetype lcsLength(const QList<int> &a, const QList<int> &b)
{
    std::vector<qsizetype> row(size_t(b.size() + 1), 0);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        qsizetype diagonal = 0;
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const qsizetype above = row[size_t(j)];
            row[size_t(j)] = a[i - 1] == b[j - 1] ? diagonal + 1 : std::max(row[size_t(j)], row[size_t(j - 1)]);
            diagonal = above;
        }
    }
    return row[size_t(b.size())];
}

QString numbered(int i) { return QStringLiteral("第 %1 行：本程序适用于信息安全管理体系范围内的全部活动。").arg(i); }

} // namespace

class TestTextDiff final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void editScriptIsShortestAndRebuildsB();
    void splitLines_data();
    void splitLines();
    void wordTokens_data();
    void wordTokens();
    void diffWords_data();
    void diffWords();

    void identical_data();
    void identical();
    void emptyInputs_data();
    void emptyInputs();
    void pureInsert();
    void pureDelete();
    void changedChineseLineDiffsByCharacter();
    void changedEnglishLineDiffsByWord();
    void unrelatedLinesAreNotPaired();
    void pairsTheSimilarLinesOfABlock();
    void hunksSplitAndMerge_data();
    void hunksSplitAndMerge();
    void zeroContext();
    void largeDocument();
    void largeUnrelatedDocuments();
};

void TestTextDiff::editScriptIsShortestAndRebuildsB()
{
    QRandomGenerator random(20240601);
    for (int round = 0; round < 400; ++round) {
        QList<int> a;
        QList<int> b;
        const int alphabet = 1 + int(random.bounded(6));
        for (int i = int(random.bounded(40)); i > 0; --i)
            a << int(random.bounded(alphabet));
        for (int i = int(random.bounded(40)); i > 0; --i)
            b << int(random.bounded(alphabet));

        qsizetype ai = 0;
        qsizetype edits = 0;
        QList<int> rebuilt;
        QList<int> fromA; // what the script keeps or deletes must be `a`, in order
        for (const diff::EditRun &run : diff::diffSequences(a, b)) {
            QVERIFY(run.count > 0);
            for (qsizetype i = 0; i < run.count; ++i) {
                switch (run.kind) {
                case diff::EditKind::Keep:
                    fromA << a.at(ai);
                    rebuilt << a.at(ai++);
                    break;
                case diff::EditKind::Delete:
                    fromA << a.at(ai++);
                    ++edits;
                    break;
                case diff::EditKind::Insert:
                    rebuilt << b.at(rebuilt.size());
                    ++edits;
                    break;
                }
            }
        }
        QCOMPARE(fromA, a);
        QCOMPARE(rebuilt, b);
        // Kept elements really are common: rebuild keeps only a's elements in place, and the
        // number of edits is the minimum.
        QCOMPARE(edits, a.size() + b.size() - 2 * lcsLength(a, b));
    }
}

void TestTextDiff::splitLines_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("empty") << QString() << QStringList();
    QTest::newRow("one line, no break") << QStringLiteral("a") << QStringList{QStringLiteral("a")};
    QTest::newRow("final break") << QStringLiteral("a\n") << QStringList{QStringLiteral("a")};
    QTest::newRow("only a break") << QStringLiteral("\n") << QStringList{QString()};
    QTest::newRow("blank line kept") << QStringLiteral("a\n\nb") << QStringList{QStringLiteral("a"), QString(), QStringLiteral("b")};
    QTest::newRow("crlf") << QStringLiteral("a\r\nb\r\n") << QStringList{QStringLiteral("a"), QStringLiteral("b")};
    QTest::newRow("lone cr") << QStringLiteral("a\rb") << QStringList{QStringLiteral("a"), QStringLiteral("b")};
}

void TestTextDiff::splitLines()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(diff::splitLines(text), expected);
}

void TestTextDiff::wordTokens_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("tokens");
    const auto list = [](std::initializer_list<const char *> items) {
        QStringList out;
        for (const char *item : items)
            out << QString::fromUtf8(item);
        return out;
    };
    QTest::newRow("english words and spaces") << QStringLiteral("Review  every year.") << list({"Review", "  ", "every", " ", "year", "."});
    QTest::newRow("one CJK character each") << QStringLiteral("每年审核") << list({"每", "年", "审", "核"});
    QTest::newRow("mixed") << QStringLiteral("ISO/IEC 27001:2013条款") << list({"ISO", "/", "IEC", " ", "27001", ":", "2013", "条", "款"});
    QTest::newRow("punctuation one by one") << QStringLiteral("**粗体**，") << list({"*", "*", "粗", "体", "*", "*", "，"});
    QTest::newRow("supplementary plane character") << QStringLiteral("𠀀字") << list({"𠀀", "字"});
    QTest::newRow("empty") << QString() << QStringList();
}

void TestTextDiff::wordTokens()
{
    QFETCH(QString, line);
    QFETCH(QStringList, tokens);
    QCOMPARE(diff::wordTokens(line), tokens);
    QCOMPARE(tokens.join(QString()), line);
}

void TestTextDiff::diffWords_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QList<DiffSpan>>("spans");
    QTest::newRow("one chinese character inserted")
        << QStringLiteral("每年审核一次") << QStringLiteral("每半年审核一次") << QList<DiffSpan>{eq("每"), ins("半"), eq("年审核一次")};
    QTest::newRow("chinese characters replaced")
        << QStringLiteral("由信息安全经理批准。") << QStringLiteral("由总经理批准。") << QList<DiffSpan>{eq("由"), del("信息安全"), ins("总"), eq("经理批准。")};
    QTest::newRow("english word replaced")
        << QStringLiteral("Backups are tested monthly.") << QStringLiteral("Backups are tested weekly.")
        << QList<DiffSpan>{eq("Backups are tested "), del("monthly"), ins("weekly"), eq(".")};
    QTest::newRow("neighbouring words read as one change")
        << QStringLiteral("the cat sat") << QStringLiteral("a dog sat") << QList<DiffSpan>{del("the cat"), ins("a dog"), eq(" sat")};
    QTest::newRow("words are not split") << QStringLiteral("version 2013") << QStringLiteral("version 2022")
                                         << QList<DiffSpan>{eq("version "), del("2013"), ins("2022")};
    QTest::newRow("same") << QStringLiteral("abc") << QStringLiteral("abc") << QList<DiffSpan>{eq("abc")};
}

void TestTextDiff::diffWords()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QList<DiffSpan>, spans);
    const QList<DiffSpan> actual = dc::diffWords(before, after);
    QCOMPARE(actual, spans);
}

void TestTextDiff::identical_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::newRow("same text") << lines({"# 标题", "", "正文"}) << lines({"# 标题", "", "正文"});
    QTest::newRow("crlf against lf") << QStringLiteral("# 标题\r\n\r\n正文\r\n") << QStringLiteral("# 标题\n\n正文\n");
    QTest::newRow("final line break") << QStringLiteral("a\nb") << QStringLiteral("a\nb\n");
    QTest::newRow("both empty") << QString() << QString();
}

void TestTextDiff::identical()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    const TextDiff diff = diffTexts(before, after);
    QVERIFY(diff.identical);
    QVERIFY(diff.hunks.isEmpty());
    QCOMPARE(diff.added, 0);
    QCOMPARE(diff.removed, 0);
    QCOMPARE(diff.changed, 0);
}

void TestTextDiff::emptyInputs_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<int>("added");
    QTest::addColumn<int>("removed");
    QTest::addColumn<QString>("header");
    QTest::newRow("from empty") << QString() << QStringLiteral("a\nb\n") << 2 << 0 << QStringLiteral("-0,0 +1,2");
    QTest::newRow("to empty") << QStringLiteral("a\nb\n") << QString() << 0 << 2 << QStringLiteral("-1,2 +0,0");
}

void TestTextDiff::emptyInputs()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(int, added);
    QFETCH(int, removed);
    QFETCH(QString, header);
    const TextDiff diff = diffTexts(before, after);
    QVERIFY(!diff.identical);
    QCOMPARE(diff.added, added);
    QCOMPARE(diff.removed, removed);
    QCOMPARE(diff.changed, 0);
    QCOMPARE(diff.hunks.size(), 1);
    const DiffHunk &h = diff.hunks.first();
    QCOMPARE(QStringLiteral("-%1,%2 +%3,%4").arg(h.oldStart).arg(h.oldCount).arg(h.newStart).arg(h.newCount), header);
}

void TestTextDiff::pureInsert()
{
    QStringList before;
    for (int i = 1; i <= 10; ++i)
        before << QStringLiteral("line %1").arg(i);
    QStringList after = before;
    after.insert(5, QStringLiteral("新增的第一行"));
    after.insert(6, QStringLiteral("新增的第二行"));
    const TextDiff diff = diffTexts(before.join(QLatin1Char('\n')), after.join(QLatin1Char('\n')));
    QCOMPARE(diff.added, 2);
    QCOMPARE(diff.removed, 0);
    QCOMPARE(diff.changed, 0);
    QCOMPARE(diff.oldLineCount, 10);
    QCOMPARE(diff.newLineCount, 12);
    QCOMPARE(diff.hunks.size(), 1);
    const DiffHunk &h = diff.hunks.first();
    // Three lines of context on either side: old lines 3–8, new lines 3–10.
    QCOMPARE(h.oldStart, 3);
    QCOMPARE(h.oldCount, 6);
    QCOMPARE(h.newStart, 3);
    QCOMPARE(h.newCount, 8);
    QCOMPARE(kinds(h.lines), (QList<Kind>{Kind::Context, Kind::Context, Kind::Context, Kind::Added, Kind::Added, Kind::Context, Kind::Context,
                                          Kind::Context}));
    QCOMPARE(h.lines.at(3).newNumber, 6);
    QCOMPARE(h.lines.at(3).oldNumber, 0);
    QCOMPARE(h.lines.at(3).newText, QStringLiteral("新增的第一行"));
    QCOMPARE(h.lines.at(5).oldNumber, 6);
    QCOMPARE(h.lines.at(5).newNumber, 8);
    QCOMPARE(h.lines.at(5).oldText, QStringLiteral("line 6"));
}

void TestTextDiff::pureDelete()
{
    const TextDiff diff = diffTexts(lines({"a", "b", "c", "d"}), lines({"a", "d"}));
    QCOMPARE(diff.removed, 2);
    QCOMPARE(diff.added, 0);
    const QList<DiffLine> all = allLines(diff);
    QCOMPARE(kinds(all), (QList<Kind>{Kind::Context, Kind::Removed, Kind::Removed, Kind::Context}));
    QCOMPARE(all.at(1).oldNumber, 2);
    QCOMPARE(all.at(2).oldNumber, 3);
    QCOMPARE(all.at(2).oldText, QStringLiteral("c"));
    QCOMPARE(all.at(3).oldNumber, 4);
    QCOMPARE(all.at(3).newNumber, 2);
}

void TestTextDiff::changedChineseLineDiffsByCharacter()
{
    const TextDiff diff = diffTexts(lines({"## 5.3 管理评审", "管理评审每年审核一次。", "由总经理主持。"}),
                                    lines({"## 5.3 管理评审", "管理评审每半年审核一次。", "由总经理主持。"}));
    QCOMPARE(diff.changed, 1);
    QCOMPARE(diff.added, 0);
    QCOMPARE(diff.removed, 0);
    const QList<DiffLine> all = allLines(diff);
    QCOMPARE(all.size(), 3);
    const DiffLine &line = all.at(1);
    QCOMPARE(line.kind, Kind::Changed);
    QCOMPARE(line.oldNumber, 2);
    QCOMPARE(line.newNumber, 2);
    QCOMPARE(line.oldText, QStringLiteral("管理评审每年审核一次。"));
    QCOMPARE(line.newText, QStringLiteral("管理评审每半年审核一次。"));
    QCOMPARE(line.spans, (QList<DiffSpan>{eq("管理评审每"), ins("半"), eq("年审核一次。")}));
}

void TestTextDiff::changedEnglishLineDiffsByWord()
{
    const TextDiff diff = diffTexts(QStringLiteral("Access rights are reviewed every year by the owner.\n"),
                                    QStringLiteral("Access rights are reviewed every quarter by the owner.\n"));
    QCOMPARE(diff.changed, 1);
    const DiffLine line = allLines(diff).first();
    QCOMPARE(line.spans, (QList<DiffSpan>{eq("Access rights are reviewed every "), del("year"), ins("quarter"), eq(" by the owner.")}));
}

void TestTextDiff::unrelatedLinesAreNotPaired()
{
    const TextDiff diff = diffTexts(lines({"same", "Scope of the policy", "same too"}), lines({"same", "附录 A 控制措施", "same too"}));
    QCOMPARE(diff.changed, 0);
    QCOMPARE(diff.removed, 1);
    QCOMPARE(diff.added, 1);
    QCOMPARE(kinds(allLines(diff)), (QList<Kind>{Kind::Context, Kind::Removed, Kind::Added, Kind::Context}));
}

void TestTextDiff::pairsTheSimilarLinesOfABlock()
{
    // Three lines become two: the first is edited, the second dropped, the third edited.
    const TextDiff diff = diffTexts(lines({"# 标题", "信息安全方针每年评审一次。", "本条已经废止，不再适用。", "由总经理批准发布。", "end"}),
                                    lines({"# 标题", "信息安全方针每半年评审一次。", "由管理者代表批准发布。", "end"}));
    QCOMPARE(diff.changed, 2);
    QCOMPARE(diff.removed, 1);
    QCOMPARE(diff.added, 0);
    const QList<DiffLine> all = allLines(diff);
    QCOMPARE(kinds(all), (QList<Kind>{Kind::Context, Kind::Changed, Kind::Removed, Kind::Changed, Kind::Context}));
    QCOMPARE(all.at(1).oldNumber, 2);
    QCOMPARE(all.at(1).newNumber, 2);
    QCOMPARE(all.at(2).oldNumber, 3);
    QCOMPARE(all.at(3).oldNumber, 4);
    QCOMPARE(all.at(3).newNumber, 3);
    QCOMPARE(all.at(3).spans, (QList<DiffSpan>{eq("由"), del("总经理"), ins("管理者代表"), eq("批准发布。")}));
    QCOMPARE(all.at(4).oldNumber, 5);
    QCOMPARE(all.at(4).newNumber, 4);
}

void TestTextDiff::hunksSplitAndMerge_data()
{
    QTest::addColumn<int>("firstChange");
    QTest::addColumn<int>("secondChange");
    QTest::addColumn<QStringList>("headers");
    // 30 lines; lines `firstChange` and `secondChange` (1-based) are replaced by unrelated ones.
    QTest::newRow("far apart") << 5 << 20 << QStringList{QStringLiteral("-2,7 +2,7"), QStringLiteral("-17,7 +17,7")};
    QTest::newRow("six lines between merge") << 5 << 12 << QStringList{QStringLiteral("-2,14 +2,14")};
    QTest::newRow("seven lines between split") << 5 << 13 << QStringList{QStringLiteral("-2,7 +2,7"), QStringLiteral("-10,7 +10,7")};
    QTest::newRow("at both ends") << 1 << 30 << QStringList{QStringLiteral("-1,4 +1,4"), QStringLiteral("-27,4 +27,4")};
}

void TestTextDiff::hunksSplitAndMerge()
{
    QFETCH(int, firstChange);
    QFETCH(int, secondChange);
    QFETCH(QStringList, headers);
    QStringList before;
    QStringList after;
    for (int i = 1; i <= 30; ++i) {
        before << QStringLiteral("line %1").arg(i);
        after << (i == firstChange || i == secondChange ? QStringLiteral("完全不同的内容 %1").arg(i) : before.last());
    }
    const TextDiff diff = diffTexts(before.join(QLatin1Char('\n')), after.join(QLatin1Char('\n')));
    QStringList actual;
    for (const DiffHunk &h : diff.hunks) {
        actual << QStringLiteral("-%1,%2 +%3,%4").arg(h.oldStart).arg(h.oldCount).arg(h.newStart).arg(h.newCount);
        int oldLines = 0;
        int newLines = 0;
        for (const DiffLine &line : h.lines) {
            oldLines += line.oldNumber > 0 ? 1 : 0;
            newLines += line.newNumber > 0 ? 1 : 0;
        }
        QCOMPARE(oldLines, h.oldCount);
        QCOMPARE(newLines, h.newCount);
        QCOMPARE(h.lines.first().oldNumber, h.oldStart);
    }
    QCOMPARE(actual, headers);
    QCOMPARE(diff.removed, 2);
    QCOMPARE(diff.added, 2);
}

void TestTextDiff::zeroContext()
{
    const TextDiff diff = diffTexts(lines({"a", "b", "c", "d", "e"}), lines({"a", "B2", "c", "d", "e", "f"}), 0);
    QCOMPARE(diff.hunks.size(), 2);
    QCOMPARE(kinds(diff.hunks.at(0).lines), (QList<Kind>{Kind::Removed, Kind::Added}));
    QCOMPARE(diff.hunks.at(0).oldStart, 2);
    QCOMPARE(diff.hunks.at(0).newStart, 2);
    // A pure addition after line 5: the old range is empty and starts at the line before.
    QCOMPARE(kinds(diff.hunks.at(1).lines), (QList<Kind>{Kind::Added}));
    QCOMPARE(diff.hunks.at(1).oldStart, 5);
    QCOMPARE(diff.hunks.at(1).oldCount, 0);
    QCOMPARE(diff.hunks.at(1).newStart, 6);
    QCOMPARE(diff.hunks.at(1).newCount, 1);
}

void TestTextDiff::largeDocument()
{
    // 5,000 lines; 50 lines edited in place, 10 inserted and 10 deleted, scattered.
    QStringList before;
    for (int i = 1; i <= 5000; ++i)
        before << numbered(i);
    QStringList after = before;
    for (int k = 0; k < 50; ++k) {
        const int i = 40 + 100 * k;
        after[i].replace(QStringLiteral("全部活动"), QStringLiteral("主要活动"));
    }
    for (int k = 9; k >= 0; --k) // delete from the end first so the indices stay right
        after.removeAt(90 + 500 * k);
    for (int k = 9; k >= 0; --k)
        after.insert(300 + 500 * k, QStringLiteral("新增条款 %1：Added clause about supplier security.").arg(k));

    QElapsedTimer timer;
    timer.start();
    const TextDiff diff = diffTexts(before.join(QLatin1Char('\n')), after.join(QLatin1Char('\n')));
    qInfo("5,000 lines with 70 scattered changes: %lld ms", qlonglong(timer.elapsed()));
    QCOMPARE(diff.changed, 50);
    QCOMPARE(diff.added, 10);
    QCOMPARE(diff.removed, 10);
    QCOMPARE(diff.oldLineCount, 5000);
    QCOMPARE(diff.newLineCount, 5000);
    QVERIFY(!diff.identical);
    QCOMPARE(diff.precision, DiffPrecision::Exact); // far within the cost limit
    for (const DiffLine &line : allLines(diff)) {
        if (line.kind == Kind::Changed)
            QCOMPARE(line.spans, (QList<DiffSpan>{{DiffOp::Equal, line.oldText.left(line.oldText.indexOf(QStringLiteral("全部")))},
                                                  del("全部"),
                                                  ins("主要"),
                                                  eq("活动。")}));
    }
}

void TestTextDiff::largeUnrelatedDocuments()
{
    // The worst case: two 3,000-line texts with little in common.
    QStringList before;
    QStringList after;
    for (int i = 0; i < 3000; ++i) {
        before << QStringLiteral("old %1").arg(i);
        after << (i % 10 == 0 ? QStringLiteral("old %1").arg(i) : QStringLiteral("new %1").arg(i));
    }
    QElapsedTimer timer;
    timer.start();
    const TextDiff diff = diffTexts(before.join(QLatin1Char('\n')), after.join(QLatin1Char('\n')));
    qInfo("3,000 lines, 90%% replaced: %lld ms", qlonglong(timer.elapsed()));
    QCOMPARE(diff.added + diff.changed, 2700);
    QCOMPARE(diff.removed + diff.changed, 2700);
    QVERIFY(!diff.approximate());
}

QTEST_GUILESS_MAIN(TestTextDiff)
#include "tst_textdiff.moc"
