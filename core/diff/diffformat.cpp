#include "core/diff/diffformat.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace dc {

namespace {

const QString kRed = u"\x1b[31m"_s;
const QString kGreen = u"\x1b[32m"_s;
const QString kCyan = u"\x1b[36m"_s;
const QString kBold = u"\x1b[1m"_s;
const QString kReset = u"\x1b[0m"_s;

QString hunkHeader(const DiffHunk &hunk)
{
    return u"@@ -%1,%2 +%3,%4 @@"_s.arg(hunk.oldStart).arg(hunk.oldCount).arg(hunk.newStart).arg(hunk.newCount);
}

// A hunk's line range for people: "5", "2–13", or "none" for an empty side.
QString lineRange(int start, int count)
{
    if (count == 0)
        return QCoreApplication::translate("dc::DiffFormat", "none");
    return count == 1 ? QString::number(start) : u"%1\u2013%2"_s.arg(start).arg(start + count - 1);
}

// The heading of a hunk in the HTML view, e.g. "Lines 2–13 → 2–15".
QString hunkTitle(const DiffHunk &hunk)
{
    return QCoreApplication::translate("dc::DiffFormat", "Lines %1 \u2192 %2")
        .arg(lineRange(hunk.oldStart, hunk.oldCount), lineRange(hunk.newStart, hunk.newCount));
}

QString coloured(const QString &text, const QString &colour, bool on)
{
    return on ? colour + text + kReset : text;
}

QString inlineText(const QList<DiffSpan> &spans, bool colour)
{
    QString out;
    for (const DiffSpan &span : spans) {
        switch (span.op) {
        case DiffOp::Equal: out += span.text; break;
        case DiffOp::Delete: out += coloured(u"[-"_s + span.text + u"-]"_s, kRed, colour); break;
        case DiffOp::Insert: out += coloured(u"{+"_s + span.text + u"+}"_s, kGreen, colour); break;
        }
    }
    return out;
}

QString numberCell(int number)
{
    return number > 0 ? QString::number(number) : QString();
}

QString htmlRow(const DiffLine &line)
{
    QString rowClass;
    QString mark;
    QString text;
    switch (line.kind) {
    case DiffLine::Kind::Context:
        rowClass = u"dc-context"_s;
        text = line.oldText.toHtmlEscaped();
        break;
    case DiffLine::Kind::Removed:
        rowClass = u"dc-removed"_s;
        mark = u"\u2212"_s; // minus sign
        text = line.oldText.toHtmlEscaped();
        break;
    case DiffLine::Kind::Added:
        rowClass = u"dc-added"_s;
        mark = u"+"_s;
        text = line.newText.toHtmlEscaped();
        break;
    case DiffLine::Kind::Changed:
        rowClass = u"dc-changed"_s;
        mark = u"~"_s;
        for (const DiffSpan &span : line.spans) {
            switch (span.op) {
            case DiffOp::Equal: text += span.text.toHtmlEscaped(); break;
            case DiffOp::Delete: text += u"<del class=\"dc-del\">"_s + span.text.toHtmlEscaped() + u"</del>"_s; break;
            case DiffOp::Insert: text += u"<ins class=\"dc-ins\">"_s + span.text.toHtmlEscaped() + u"</ins>"_s; break;
            }
        }
        break;
    }
    if (text.isEmpty())
        text = u"&nbsp;"_s; // keeps an empty line's row its height
    // Fixed widths keep the number and mark columns narrow (QTextDocument would share the
    // width out evenly); the text takes the rest.
    return u"<tr class=\"%1\"><td class=\"dc-num\" width=\"44\" align=\"right\">%2</td>"
           "<td class=\"dc-num\" width=\"44\" align=\"right\">%3</td><td class=\"dc-mark\" width=\"18\" align=\"center\">%4</td>"
           "<td class=\"dc-text\">%5</td></tr>\n"_s.arg(rowClass, numberCell(line.oldNumber), numberCell(line.newNumber), mark, text);
}

} // namespace

QString formatDiffText(const TextDiff &diff, const DiffTextOptions &options)
{
    if (diff.identical)
        return {};
    const bool c = options.colour;
    QString out;
    if (!options.oldLabel.isEmpty() || !options.newLabel.isEmpty()) {
        out += coloured(u"--- "_s + options.oldLabel, kBold, c) + u'\n';
        out += coloured(u"+++ "_s + options.newLabel, kBold, c) + u'\n';
    }
    for (const DiffHunk &hunk : diff.hunks) {
        out += coloured(hunkHeader(hunk), kCyan, c) + u'\n';
        for (const DiffLine &line : hunk.lines) {
            switch (line.kind) {
            case DiffLine::Kind::Context: out += u' ' + line.oldText; break;
            case DiffLine::Kind::Removed: out += coloured(u'-' + line.oldText, kRed, c); break;
            case DiffLine::Kind::Added: out += coloured(u'+' + line.newText, kGreen, c); break;
            case DiffLine::Kind::Changed: out += u'~' + inlineText(line.spans, c); break;
            }
            out += u'\n';
        }
    }
    return out;
}

QString diffStyleSheet()
{
    return u"table.dc-diff { border-collapse: collapse; margin-bottom: 12px; }\n"
           "tr.dc-hunk td { background-color: #eef2f8; color: #44546a; }\n"
           "td.dc-num { color: #8a8f98; font-family: monospace; }\n"
           "td.dc-mark { color: #57606a; font-family: monospace; font-weight: bold; }\n"
           "td.dc-text { white-space: pre-wrap; }\n"
           "tr.dc-removed td { background-color: #ffebe9; }\n"
           "tr.dc-added td { background-color: #e6ffec; }\n"
           "tr.dc-changed td { background-color: #fff8e1; }\n"
           "del.dc-del { background-color: #ffc1bd; color: #82071e; text-decoration: line-through; }\n"
           "ins.dc-ins { background-color: #abf2bc; color: #055d20; text-decoration: none; }\n"
           "p.dc-same { color: #57606a; }\n"_s;
}

QString formatDiffHtml(const TextDiff &diff)
{
    QString body;
    if (diff.identical) {
        body = u"<p class=\"dc-same\">"_s + QCoreApplication::translate("dc::DiffFormat", "No differences").toHtmlEscaped() + u"</p>"_s;
    } else {
        for (const DiffHunk &hunk : diff.hunks) {
            body += u"<table class=\"dc-diff\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">\n"_s;
            body += u"<tr class=\"dc-hunk\"><td colspan=\"4\">"_s + hunkTitle(hunk).toHtmlEscaped() + u"</td></tr>\n"_s;
            for (const DiffLine &line : hunk.lines)
                body += htmlRow(line);
            body += u"</table>\n"_s;
        }
    }
    return u"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><style>\n"_s + diffStyleSheet() + u"</style></head>\n<body>\n"_s + body
        + u"</body></html>\n"_s;
}

QString diffSummary(const TextDiff &diff)
{
    if (diff.identical)
        return QCoreApplication::translate("dc::DiffFormat", "No differences");
    return QCoreApplication::translate("dc::DiffFormat", "%n line(s) added", nullptr, diff.added) + u", "_s
        + QCoreApplication::translate("dc::DiffFormat", "%n removed", nullptr, diff.removed) + u", "_s
        + QCoreApplication::translate("dc::DiffFormat", "%n changed", nullptr, diff.changed);
}

QString diffNotice(const TextDiff &diff)
{
    switch (diff.precision) {
    case DiffPrecision::Exact:
        return {};
    case DiffPrecision::WordsOmitted:
        return QCoreApplication::translate("dc::DiffFormat",
                                           "Some replaced lines were too long to compare word by word: they are shown as removed and added lines.");
    case DiffPrecision::Blocks:
        return QCoreApplication::translate("dc::DiffFormat",
                                           "The revisions differ too much to compare in full: some passages are shown as wholly removed and added.");
    }
    return {};
}

} // namespace dc
