// HTML to Markdown through QTextDocument. The document never loads anything: no file, no
// network; images come only from data: URLs inside the HTML itself.

#include "core/archive/import/importers.h"

#include "core/archive/import/markdownbuilder.h"
#include "core/archive/import/nesting.h"
#include "core/archive/import/officepackage.h"

#include <QCoreApplication>
#include <QStringDecoder>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextImageFormat>
#include <QUrl>

namespace dc::importing {

namespace {

constexpr qsizetype kMaxDataUrl = qsizetype(32) << 20;
// As much text as a revision may hold (DocumentService::kMaxContentChars).
constexpr qsizetype kMaxImportedTextChars = qsizetype(8) * 1024 * 1024;

// A QTextDocument that refuses every external resource: hostile HTML could otherwise make it
// read local files (<img src="/dev/zero">) while it lays out.
class OfflineTextDocument final : public QTextDocument {
public:
    using QTextDocument::QTextDocument;

protected:
    QVariant loadResource(int, const QUrl &) override { return {}; }
};

// The bytes of a base64 data: URL, or nothing.
QByteArray decodeDataUrl(const QString &url)
{
    if (!url.startsWith(u"data:", Qt::CaseInsensitive) || url.size() > kMaxDataUrl)
        return {};
    const qsizetype comma = url.indexOf(u',');
    if (comma < 0 || !url.left(comma).endsWith(u";base64", Qt::CaseInsensitive))
        return {};
    const auto decoded = QByteArray::fromBase64Encoding(url.mid(comma + 1).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    return decoded ? *decoded : QByteArray();
}

// Gives the images of data: URLs a name and turns every other image into its alt text.
void collectImages(QTextDocument &document, ImageCollector &images)
{
    struct Found {
        int position;
        int length;
        QTextImageFormat format;
    };
    QList<Found> found;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.isValid() && fragment.charFormat().isImageFormat())
                found.append(Found{fragment.position(), fragment.length(), fragment.charFormat().toImageFormat()});
        }
    }
    QStringList names;
    for (qsizetype i = 0; i < found.size(); ++i)
        names.append(images.add(QStringLiteral("image-%1").arg(i + 1), decodeDataUrl(found[i].format.name())));
    // From the end, so that replacing text does not move what is still to do.
    for (qsizetype i = found.size() - 1; i >= 0; --i) {
        QTextCursor cursor(&document);
        cursor.setPosition(found[i].position);
        cursor.setPosition(found[i].position + found[i].length, QTextCursor::KeepAnchor);
        if (!names[i].isEmpty()) {
            found[i].format.setName(names[i]);
            cursor.setCharFormat(found[i].format);
        } else {
            cursor.insertText(found[i].format.property(QTextFormat::ImageAltText).toString(), QTextCharFormat());
        }
    }
}

} // namespace

namespace {

// The characters outside markup tags: about the text a reader would see.
qsizetype htmlTextLength(const QString &html)
{
    qsizetype count = 0;
    bool inTag = false;
    for (const QChar c : html) {
        if (c == u'<')
            inTag = true;
        else if (c == u'>')
            inTag = false;
        else if (!inTag)
            ++count;
    }
    return count;
}

} // namespace

Result<ImportedDocument> importHtml(const QByteArray &data)
{
    QStringDecoder decoder = QStringDecoder::decoderForHtml(data);
    if (!decoder.isValid())
        decoder = QStringDecoder(QStringDecoder::Utf8);
    const QString html = decoder.decode(data);
    // Qt's HTML parser takes time far beyond linear in the nesting: refuse before it runs.
    if (const int depth = htmlNestingDepth(html); depth > kMaxNestingLevels)
        return nestingError(QStringLiteral("HTML"), depth);
    // A revision holds at most 8 Mi characters: more text could never be saved, and parsing it
    // would take Qt's HTML parser many seconds. Counted outside tags, in one pass.
    if (const qsizetype text = htmlTextLength(html); text > kMaxImportedTextChars) {
        return Error{ErrorCode::InvalidInput, QCoreApplication::translate("dc::DocumentImporter", "The HTML file holds %1 million characters of text; a revision holds at most %2 characters.")
                                                  .arg(double(text) / 1e6, 0, 'f', 1)
                                                  .arg(kMaxImportedTextChars)};
    }

    OfflineTextDocument document;
    document.setHtml(html);
    ImageCollector images;
    collectImages(document, images);

    ImportedDocument imported;
    imported.markdown = document.toMarkdown(QTextDocument::MarkdownDialectGitHub).trimmed();
    if (!imported.markdown.isEmpty())
        imported.markdown += u'\n';
    imported.images = images.images();
    imported.title = document.metaInformation(QTextDocument::DocumentTitle).simplified();
    if (imported.title.isEmpty()) {
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
            if (block.blockFormat().headingLevel() > 0 && !block.text().trimmed().isEmpty()) {
                imported.title = block.text().simplified();
                break;
            }
        }
    }
    return imported;
}

} // namespace dc::importing
