// Markdown files: UTF-8 checked, line ends, stray control characters and Unicode forms
// normalised; the title is the first heading.

#include "core/archive/import/importers.h"
#include "core/archive/import/nesting.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringDecoder>

namespace dc::importing {

namespace {

QString firstHeading(const QString &markdown)
{
    static const QRegularExpression atx(QStringLiteral("^ {0,3}#{1,6}[ \\t]+(.*?)[ \\t]*#*[ \\t]*$"));
    bool inFence = false;
    for (const QStringView line : QStringView(markdown).split(u'\n')) {
        const QStringView trimmed = line.trimmed();
        if (trimmed.startsWith(u"```") || trimmed.startsWith(u"~~~")) {
            inFence = !inFence;
            continue;
        }
        if (inFence)
            continue;
        const auto match = atx.match(line.toString());
        if (match.hasMatch()) {
            QString title = match.captured(1);
            title.remove(QRegularExpression(QStringLiteral("[*_`]")));
            title = title.simplified();
            if (!title.isEmpty())
                return title;
        }
    }
    return {};
}

} // namespace

Result<ImportedDocument> importMarkdown(const QByteArray &data)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(data.startsWith("\xef\xbb\xbf") ? data.mid(3) : data);
    if (decoder.hasError())
        return Error{ErrorCode::InvalidInput, QCoreApplication::translate("dc::DocumentImporter",
                                                                          "The Markdown file is not valid UTF-8 text.")};
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(u'\r', u'\n');
    QString clean;
    clean.reserve(text.size());
    for (const QChar c : std::as_const(text)) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\n' && u != u'\t') || u == 0x7f)
            continue; // NUL and other control characters have no place in a document
        clean += c;
    }
    clean = clean.normalized(QString::NormalizationForm_C);
    // No trailing blank lines; one final line end.
    qsizetype end = clean.size();
    while (end > 0 && clean.at(end - 1).isSpace())
        --end;
    clean.truncate(end);
    while (clean.startsWith(u'\n'))
        clean.remove(0, 1);
    if (!clean.isEmpty())
        clean += u'\n';

    // The editor and the renderer nest a QTextList or a quote per level: refuse what no
    // document needs.
    if (const int depth = markdownNestingDepth(clean); depth > kMaxNestingLevels)
        return nestingError(QStringLiteral("Markdown"), depth);

    ImportedDocument imported;
    imported.title = firstHeading(clean);
    imported.markdown = clean;
    return imported;
}

} // namespace dc::importing
