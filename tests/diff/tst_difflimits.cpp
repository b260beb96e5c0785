// The diff's bounded work: the edit script within a budget is still a correct script (and the
// shortest while the budget lasts); huge revisions with little in common fall back to whole
// removed and added lines, say so, and still describe the change exactly: applying the diff to
// the old text gives the new one. No timings are asserted; bench_limits measures them.

#include "core/diff/diffformat.h"
#include "core/diff/difftokens.h"
#include "core/diff/sequencediff.h"
#include "core/diff/textdiff.h"

#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

#include <vector>

using namespace dc;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(dc::DiffPrecision)

namespace dc {
inline char *toString(DiffPrecision precision)
{
    switch (precision) {
    case DiffPrecision::Exact: return qstrdup("Exact");
    case DiffPrecision::WordsOmitted: return qstrdup("WordsOmitted");
    case DiffPrecision::Blocks: return qstrdup("Blocks");
    }
    return qstrdup("?");
}
} // namespace dc

namespace {

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

// Words from a seed: two seeds give texts that share a vocabulary but hardly a line.
QString words(QRandomGenerator &random, int count)
{
    static const QStringList vocabulary{u"信息安全"_s, u"管理"_s, u"评审"_s, u"记录"_s, u"access"_s, u"review"_s, u"backup"_s, u"risk"_s};
    QString out;
    for (int i = 0; i < count; ++i)
        out += vocabulary.at(random.bounded(int(vocabulary.size()))) + QString::number(random.bounded(1000)) + u' ';
    return out;
}

// Paragraphs separated by blank lines, so that two texts always share their blank lines.
QString paragraphs(quint32 seed, int count)
{
    QRandomGenerator random(seed);
    QString out;
    for (int i = 0; i < count; ++i)
        out += words(random, 8) + u"\n\n"_s;
    return out;
}

QString oneLine(quint32 seed, int words)
{
    QRandomGenerator random(seed);
    return ::words(random, words) + u'\n';
}

// Applies `diff` to the lines of `before`, checking every line it claims of the old text, and
// returns the new lines. Changed lines' spans must rebuild both their old and new text.
QStringList apply(const TextDiff &diff, const QString &before)
{
    const QStringList old = diff::splitLines(before);
    QStringList out;
    qsizetype at = 0; // old lines used so far
    for (const DiffHunk &hunk : diff.hunks) {
        const qsizetype start = hunk.oldCount == 0 ? hunk.oldStart : hunk.oldStart - 1;
        while (at < start)
            out << old.at(at++);
        for (const DiffLine &line : hunk.lines) {
            switch (line.kind) {
            case DiffLine::Kind::Context:
                if (old.value(at) != line.oldText || line.oldText != line.newText)
                    qFatal("context line %lld does not match", qlonglong(at + 1));
                out << old.at(at++);
                break;
            case DiffLine::Kind::Removed:
                if (old.value(at++) != line.oldText)
                    qFatal("removed line %lld does not match", qlonglong(at));
                break;
            case DiffLine::Kind::Added:
                out << line.newText;
                break;
            case DiffLine::Kind::Changed: {
                QString fromOld;
                QString fromNew;
                for (const DiffSpan &span : line.spans) {
                    if (span.op != DiffOp::Insert)
                        fromOld += span.text;
                    if (span.op != DiffOp::Delete)
                        fromNew += span.text;
                }
                if (old.value(at++) != line.oldText || fromOld != line.oldText || fromNew != line.newText)
                    qFatal("changed line %lld does not match", qlonglong(at));
                out << line.newText;
                break;
            }
            }
        }
    }
    while (at < old.size())
        out << old.at(at++);
    return out;
}

} // namespace

class TestDiffLimits final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void editScriptWithinBudget_data();
    void editScriptWithinBudget();
    void hugeRevisions_fallBack_data();
    void hugeRevisions_fallBack();
    void ordinaryRevisions_areExact();
    void hugeLines_diffWordsStaysCorrect();
    void notice_data();
    void notice();
};

void TestDiffLimits::editScriptWithinBudget_data()
{
    QTest::addColumn<qint64>("budget");
    QTest::addColumn<bool>("mayRunOut");
    QTest::newRow("none") << qint64(0) << true;
    QTest::newRow("tiny") << qint64(20) << true;
    QTest::newRow("small") << qint64(300) << true;
    QTest::newRow("ample") << qint64(1'000'000) << false;
}

// Whatever the budget, the script turns a into b; while it lasts, the script is the shortest.
void TestDiffLimits::editScriptWithinBudget()
{
    QFETCH(qint64, budget);
    QFETCH(bool, mayRunOut);
    QRandomGenerator random(20260601);
    int ranOut = 0;
    for (int round = 0; round < 300; ++round) {
        QList<int> a;
        QList<int> b;
        const int alphabet = 2 + int(random.bounded(5));
        for (int i = int(random.bounded(80)); i > 0; --i)
            a << int(random.bounded(alphabet));
        for (int i = int(random.bounded(80)); i > 0; --i)
            b << int(random.bounded(alphabet));
        diff::DiffBudget allowance(budget);
        qsizetype ai = 0;
        qsizetype edits = 0;
        QList<int> rebuilt;
        QList<int> fromA;
        for (const diff::EditRun &run : diff::diffSequences(a, b, allowance)) {
            QVERIFY(run.count > 0);
            for (qsizetype i = 0; i < run.count; ++i) {
                switch (run.kind) {
                case diff::EditKind::Keep:
                    QCOMPARE(a.at(ai), b.at(rebuilt.size()));
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
        if (allowance.exhausted())
            ++ranOut;
        else
            QCOMPARE(edits, a.size() + b.size() - 2 * lcsLength(a, b));
    }
    QCOMPARE(ranOut > 0, mayRunOut);
}

void TestDiffLimits::hugeRevisions_fallBack_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<DiffPrecision>("precision");
    // 2 × 30,000 unrelated paragraphs: the line search needs far more than its budget.
    QTest::newRow("unrelated paragraphs") << paragraphs(1, 30000) << paragraphs(2, 30000) << DiffPrecision::Blocks;
    QTest::newRow("unrelated, common start and end")
        << u"# 标题\n\n"_s + paragraphs(3, 30000) + u"end\n"_s << u"# 标题\n\n"_s + paragraphs(4, 30000) + u"end\n"_s << DiffPrecision::Blocks;
    // One line each, 300,000 words: too long to compare word by word.
    QTest::newRow("one huge line each") << oneLine(5, 300000) << oneLine(6, 300000) << DiffPrecision::WordsOmitted;
}

void TestDiffLimits::hugeRevisions_fallBack()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(DiffPrecision, precision);
    const TextDiff diff = diffTexts(before, after);
    QCOMPARE(diff.precision, precision);
    QVERIFY(diff.approximate());
    QVERIFY(!diff.identical);
    QVERIFY(!diffNotice(diff).isEmpty());
    QCOMPARE(apply(diff, before), diff::splitLines(after));
    QCOMPARE(diff.oldLineCount, int(diff::splitLines(before).size()));
    // The counts still add up.
    QVERIFY(diff.removed + diff.changed <= diff.oldLineCount);
    QVERIFY(diff.added + diff.changed <= diff.newLineCount);
}

// Revisions of thousands of lines with scattered edits stay exact, word detail included.
void TestDiffLimits::ordinaryRevisions_areExact()
{
    const QString before = paragraphs(7, 20000);
    QStringList lines = before.split(u'\n');
    for (qsizetype i = 0; i < 300; ++i) {
        QString &line = lines[(i * 7919) % lines.size()];
        line = line.isEmpty() ? u"新增段落 added paragraph"_s : line.left(line.size() / 2) + u" 修订 revised"_s;
    }
    const QString after = lines.join(u'\n');
    const TextDiff diff = diffTexts(before, after);
    QCOMPARE(diff.precision, DiffPrecision::Exact);
    QVERIFY(!diff.approximate());
    QVERIFY(diffNotice(diff).isEmpty());
    QVERIFY(diff.changed > 0);
    QCOMPARE(apply(diff, before), diff::splitLines(after));
}

// diffWords on two huge lines is bounded too, and its spans still rebuild both lines.
void TestDiffLimits::hugeLines_diffWordsStaysCorrect()
{
    const QString a = oneLine(8, 200000).trimmed();
    const QString b = oneLine(9, 200000).trimmed();
    QString fromOld;
    QString fromNew;
    for (const DiffSpan &span : diffWords(a, b)) {
        if (span.op != DiffOp::Insert)
            fromOld += span.text;
        if (span.op != DiffOp::Delete)
            fromNew += span.text;
    }
    QCOMPARE(fromOld, a);
    QCOMPARE(fromNew, b);
}

void TestDiffLimits::notice_data()
{
    QTest::addColumn<DiffPrecision>("precision");
    QTest::addColumn<QString>("expected");
    QTest::newRow("exact") << DiffPrecision::Exact << QString();
    QTest::newRow("words omitted") << DiffPrecision::WordsOmitted << u"too long to compare word by word"_s;
    QTest::newRow("blocks") << DiffPrecision::Blocks << u"differ too much to compare in full"_s;
}

void TestDiffLimits::notice()
{
    QFETCH(DiffPrecision, precision);
    QFETCH(QString, expected);
    TextDiff diff = diffTexts(u"a\n"_s, u"b\n"_s);
    diff.precision = precision;
    QCOMPARE(diff.approximate(), precision != DiffPrecision::Exact);
    if (expected.isEmpty())
        QVERIFY(diffNotice(diff).isEmpty());
    else
        QVERIFY2(diffNotice(diff).contains(expected), qPrintable(diffNotice(diff)));
}

QTEST_GUILESS_MAIN(TestDiffLimits)
#include "tst_difflimits.moc"
