// Limits benchmark: imports hostile and very large documents (deeply nested HTML, .docx and
// .odt XML, 16 MiB of text) and diffs very large, unrelated revisions, each case in a child
// process of its own so that its time and peak memory are its own and a case that runs away
// is stopped. Prints figures; checks only that each case gives the expected kind of answer.
//
//   bench_limits [--timeout SECONDS] [--scale S] [NAME...]
//     --timeout  a case still running after this is stopped and reported as such (default 60)
//     --scale    multiplies the input sizes (default 1; sizes are those of the issue report)
//     NAME       runs only the cases whose name contains NAME
#include "core/archive/import/documentimporter.h"
#include "core/diff/diffformat.h"

#include "fixtures.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QProcess>
#include <QRandomGenerator>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace dc;
using namespace Qt::StringLiterals;

namespace {

double g_scale = 1.0;

qsizetype scaled(double n)
{
    return std::max<qsizetype>(1, qsizetype(n * g_scale));
}

long peakRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

QByteArray repeated(const QByteArray &open, const QByteArray &middle, const QByteArray &close, qsizetype count)
{
    return open.repeated(count) + middle + close.repeated(count);
}

// `open` and `close` nested until the whole is about `bytes` long.
QByteArray nestedToSize(const QByteArray &open, const QByteArray &middle, const QByteArray &close, qsizetype bytes)
{
    return repeated(open, middle, close, std::max<qsizetype>(1, bytes / (open.size() + close.size())));
}

QByteArray withPart(QList<std::pair<QString, QByteArray>> parts, const QString &name, const QByteArray &content)
{
    for (auto &part : parts)
        if (part.first == name)
            part.second = content;
    return fixtures::zipPackage(parts);
}

const QByteArray kW = "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>";
const QByteArray kOdt = "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                        "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text>";

// Words of a revision: Chinese and English, from a seed, so two seeds give unrelated texts.
QString words(QRandomGenerator &random, int count)
{
    static const QStringList vocabulary{u"信息安全"_s, u"管理"_s, u"评审"_s, u"记录"_s, u"供应商"_s, u"变更"_s, u"服务"_s, u"access"_s,
                                        u"review"_s, u"backup"_s, u"control"_s, u"incident"_s, u"policy"_s, u"asset"_s, u"risk"_s};
    QString out;
    for (int i = 0; i < count; ++i)
        out += vocabulary.at(random.bounded(int(vocabulary.size()))) + (i % 3 == 2 ? u" "_s : QString()) + QString::number(random.bounded(1000));
    return out;
}

// A Markdown revision of about `bytes` UTF-8 bytes: headings, paragraphs separated by blank
// lines, list items.
QString revision(quint32 seed, qsizetype bytes)
{
    QRandomGenerator random(seed);
    QString out;
    qsizetype size = 0;
    for (int line = 0; size < bytes; ++line) {
        QString text;
        if (line % 40 == 0)
            text = u"## "_s + words(random, 3) + u"\n\n"_s;
        else if (line % 7 == 0)
            text = u"- "_s + words(random, 8) + u'\n';
        else
            text = words(random, 8) + u"\n\n"_s;
        size += text.toUtf8().size();
        out += text;
    }
    return out;
}

QString oneLine(quint32 seed, qsizetype bytes)
{
    QRandomGenerator random(seed);
    QString out;
    while (out.size() * 2 < bytes)
        out += words(random, 1000) + u' ';
    return out;
}

struct Case {
    QString name;
    QString what;
    std::function<QString()> run; // builds its input, times the work, returns the outcome
};

QElapsedTimer g_timer;
qint64 g_workNs = 0;

template <typename F>
auto timed(F &&work)
{
    g_timer.start();
    auto result = work();
    g_workNs = g_timer.nsecsElapsed();
    return result;
}

QString importOutcome(const Result<ImportedDocument> &imported)
{
    if (!imported)
        return u"refused: "_s + imported.message().left(110);
    return u"imported, %1 characters of Markdown"_s.arg(imported->markdown.size());
}

Case importCase(const QString &name, const QString &what, DocumentImporter::Format format, std::function<QByteArray()> make)
{
    return Case{name, what, [format, make] {
                    const QByteArray data = make();
                    return importOutcome(timed([&] { return DocumentImporter::importData(data, format); }));
                }};
}

Case diffCase(const QString &name, const QString &what, std::function<std::pair<QString, QString>()> make)
{
    return Case{name, what, [make] {
                    const auto [before, after] = make();
                    const TextDiff diff = timed([&] { return diffTexts(before, after); });
                    return u"%1 + %2 - %3 ~ lines, %4 hunks%5"_s.arg(diff.added).arg(diff.removed).arg(diff.changed).arg(diff.hunks.size())
                        .arg(diff.approximate() ? u", approximate: "_s + diffNotice(diff) : QString());
                }};
}

QList<Case> cases()
{
    using F = DocumentImporter::Format;
    const qsizetype mib16 = scaled(16 << 20);
    QList<Case> all;
    all << importCase(u"html-div-16000"_s, u"HTML, 16,000 nested <div>"_s, F::Html,
                      []() -> QByteArray { return repeated("<div>", "x", "</div>", scaled(16000)); });
    all << importCase(u"html-div-16mib"_s, u"HTML, 16 MiB of nested <div>"_s, F::Html,
                      [=]() -> QByteArray { return nestedToSize("<div>", "x", "</div>", mib16); });
    all << importCase(u"html-span-16mib"_s, u"HTML, 16 MiB of nested <span>"_s, F::Html,
                      [=]() -> QByteArray { return nestedToSize("<span>", "x", "</span>", mib16); });
    all << importCase(u"html-open-16mib"_s, u"HTML, 16 MiB of unclosed <li><p><b>"_s, F::Html,
                      [=]() -> QByteArray { return QByteArray("<ul>") + QByteArray("<li><p><b>x ").repeated(mib16 / 12); });
    all << importCase(u"html-flat-16mib"_s, u"HTML, 16 MiB of flat paragraphs"_s, F::Html, [=]() -> QByteArray {
        const QByteArray paragraph = "<p>Access rights are <b>reviewed</b> every year. 访问权限每年评审。</p>\n";
        return QByteArray("<html><body>") + paragraph.repeated(mib16 / paragraph.size() - 1);
    });
    all << importCase(u"md-quotes-16mib"_s, u"Markdown, 16 MiB of nested quotes and lists"_s, F::Markdown, [=]() -> QByteArray {
        QByteArray out;
        for (qsizetype i = 0;; ++i) {
            const QByteArray line = QByteArray(">").repeated(i % 4000) + QByteArray("  ").repeated(i % 500) + "- item\n";
            if (out.size() + line.size() > mib16)
                return out;
            out += line;
        }
    });
    all << importCase(u"md-heading-16mib"_s, u"Markdown, a 16 MiB heading line of spaces"_s, F::Markdown,
                      [=]() -> QByteArray { return QByteArray("# ") + QByteArray(" ").repeated(mib16 - 8) + "x\n"; });
    all << importCase(u"docx-tables-16mib"_s, u"DOCX, 16 MiB document.xml of nested tables"_s, F::Docx, [=]() -> QByteArray {
        return withPart(fixtures::manualDocxParts(), u"word/document.xml"_s,
                        kW + nestedToSize("<w:tbl><w:tr><w:tc>", "<w:p/>", "</w:tc></w:tr></w:tbl>", mib16) + "</w:body></w:document>");
    });
    all << importCase(u"docx-skipped-16mib"_s, u"DOCX, 16 MiB nested inside a skipped element"_s, F::Docx, [=]() -> QByteArray {
        return withPart(fixtures::manualDocxParts(), u"word/document.xml"_s,
                        kW + "<w:sectPr>" + nestedToSize("<w:x>", "", "</w:x>", mib16) + "</w:sectPr></w:body></w:document>");
    });
    all << importCase(u"docx-styles-16mib"_s, u"DOCX, 16 MiB styles.xml of nested <w:pPr>"_s, F::Docx, [=]() -> QByteArray {
        return withPart(fixtures::manualDocxParts(), u"word/styles.xml"_s,
                        "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:style w:styleId=\"a\">"
                            + nestedToSize("<w:pPr>", "", "</w:pPr>", mib16) + "</w:style></w:styles>");
    });
    all << importCase(u"odt-sections-16mib"_s, u"ODT, 16 MiB content.xml of nested sections"_s, F::Odt, [=]() -> QByteArray {
        return withPart(fixtures::manualOdtParts(), u"content.xml"_s,
                        kOdt + nestedToSize("<text:section>", "<text:p>x</text:p>", "</text:section>", mib16)
                            + "</office:text></office:body></office:document-content>");
    });

    const qsizetype mb5 = scaled(5'000'000);
    all << diffCase(u"diff-unrelated-5mb"_s, u"diff, two unrelated 5 MB revisions"_s,
                    [=] { return std::pair{revision(1, mb5), revision(2, mb5)}; });
    all << diffCase(u"diff-oneline-5mb"_s, u"diff, two unrelated 5 MB one-line revisions"_s,
                    [=] { return std::pair{oneLine(1, mb5), oneLine(2, mb5)}; });
    all << diffCase(u"diff-unrelated-8m"_s, u"diff, two unrelated revisions of 8 M characters (the store's limit)"_s, [=] {
        QString a = revision(3, scaled(8 << 20) * 3 / 2);
        QString b = revision(4, scaled(8 << 20) * 3 / 2);
        a.truncate(scaled(8 << 20));
        b.truncate(scaled(8 << 20));
        return std::pair{a, b};
    });
    all << diffCase(u"diff-edited-5mb"_s, u"diff, a 5 MB revision with 200 scattered edits"_s, [=] {
        const QString before = revision(5, mb5);
        QStringList lines = before.split(u'\n');
        for (qsizetype i = 0; i < 200; ++i) {
            QString &line = lines[(i * 7919) % lines.size()];
            line = line.isEmpty() ? u"新增段落 added paragraph"_s : line.left(line.size() / 2) + u" 修订 revised"_s;
        }
        return std::pair{before, lines.join(u'\n')};
    });
    return all;
}

int runChild(const QString &name)
{
    for (const Case &c : cases()) {
        if (c.name != name)
            continue;
        const QString outcome = c.run();
        std::printf("%.1f\t%ld\t%s\n", double(g_workNs) / 1e6, peakRssKb(), qPrintable(outcome));
        return 0;
    }
    std::fprintf(stderr, "bench_limits: no case %s\n", qPrintable(name));
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QStringList arguments = app.arguments().mid(1);
    int timeout = 60;
    QStringList only;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments[i] == u"--case" && i + 1 < arguments.size()) {
            for (qsizetype j = 0; j < arguments.size(); ++j)
                if (arguments[j] == u"--scale" && j + 1 < arguments.size())
                    g_scale = arguments[j + 1].toDouble();
            return runChild(arguments[i + 1]);
        }
        if (arguments[i] == u"--timeout" && i + 1 < arguments.size())
            timeout = arguments[++i].toInt();
        else if (arguments[i] == u"--scale" && i + 1 < arguments.size())
            g_scale = arguments[++i].toDouble();
        else
            only << arguments[i];
    }
    std::printf("bench_limits (scale %.2f, timeout %d s)\n", g_scale, timeout);
    std::printf("  %-20s %10s %10s  %s\n", "case", "time", "peak RSS", "outcome");
    int failures = 0;
    for (const Case &c : cases()) {
        if (!only.isEmpty() && std::none_of(only.cbegin(), only.cend(), [&](const QString &o) { return c.name.contains(o); }))
            continue;
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(app.applicationFilePath(), {u"--case"_s, c.name, u"--scale"_s, QString::number(g_scale)});
        if (!child.waitForFinished(timeout * 1000)) {
            child.kill();
            child.waitForFinished();
            std::printf("  %-20s %10s %10s  %s   [%s]\n", qPrintable(c.name), qPrintable(u">%1 s"_s.arg(timeout)), "-", "still running, stopped",
                        qPrintable(c.what));
            ++failures;
            continue;
        }
        const QStringList fields = QString::fromUtf8(child.readAllStandardOutput()).trimmed().split(u'\t');
        if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0 || fields.size() < 3) {
            std::printf("  %-20s %10s %10s  %s   [%s]\n", qPrintable(c.name), "-", "-", "crashed", qPrintable(c.what));
            ++failures;
            continue;
        }
        std::printf("  %-20s %8.0f ms %7.0f MiB  %s   [%s]\n", qPrintable(c.name), fields[0].toDouble(), fields[1].toDouble() / 1024.0,
                    qPrintable(fields[2]), qPrintable(c.what));
    }
    return failures == 0 ? 0 : 1;
}
