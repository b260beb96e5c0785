#include "core/services/importpreview.h"

#include "core/fileio/openstores.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace dc {

namespace {

QString displayFormat(DocumentImporter::Format format)
{
    using F = DocumentImporter::Format;
    switch (format) {
    case F::Markdown: return ImportPreview::tr("Markdown text (.md)");
    case F::Html: return ImportPreview::tr("Web page (.html)");
    case F::Odt: return ImportPreview::tr("OpenDocument text (.odt)");
    case F::Docx: return ImportPreview::tr("Word document (.docx)");
    case F::Pdf: return ImportPreview::tr("PDF (.pdf)");
    case F::Unknown: break;
    }
    return ImportPreview::tr("Unknown");
}

// Headings and pipe tables outside fenced code blocks.
void countStructure(const QString &markdown, int &headings, int &tables)
{
    static const QRegularExpression heading(QStringLiteral("^ {0,3}#{1,6}[ \\t]+\\S"));
    static const QRegularExpression delimiter(QStringLiteral("^ {0,3}\\|?[ \\t]*:?-{3,}:?[ \\t]*(\\|[ \\t]*:?-{3,}:?[ \\t]*)*\\|?[ \\t]*$"));
    bool inFence = false;
    QString previous;
    for (const QStringView view : QStringView(markdown).split(u'\n')) {
        const QString line = view.toString();
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QStringLiteral("```")) || trimmed.startsWith(QStringLiteral("~~~"))) {
            inFence = !inFence;
            previous.clear();
            continue;
        }
        if (inFence)
            continue;
        if (heading.match(line).hasMatch())
            ++headings;
        else if (previous.contains(u'|') && line.contains(u'|') && delimiter.match(line).hasMatch())
            ++tables;
        previous = line;
    }
}

// The images the text shows that the file does not carry (a .md next to its pictures).
QStringList missingImages(const QString &markdown, const QSet<QString> &carried)
{
    static const QRegularExpression image(QStringLiteral("!\\[[^\\]]*\\]\\(\\s*<?([^)\\s>]+)"));
    QStringList missing;
    for (auto it = image.globalMatch(markdown); it.hasNext();) {
        const QString target = it.next().captured(1);
        if (target.contains(QStringLiteral("://")) || target.startsWith(QStringLiteral("data:")) || carried.contains(target))
            continue;
        if (!missing.contains(target))
            missing.append(target);
    }
    return missing;
}

// What an HTML page holds that the conversion leaves out.
bool hasDroppedHtmlParts(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(DocumentImporter::kMaxTextFileSize).toLower();
    for (const char *tag : {"<script", "<iframe", "<object", "<embed", "<form", "<video", "<audio"}) {
        if (head.contains(tag))
            return true;
    }
    return false;
}

} // namespace

Result<ImportPreview> ImportPreview::recognise(const QString &path)
{
    ImportPreview preview;
    preview.fileName = QFileInfo(path).fileName();
    preview.format = DocumentImporter::formatOf(path);
    preview.formatName = displayFormat(preview.format);
    if (preview.format == DocumentImporter::Format::Unknown)
        return Error{ErrorCode::InvalidInput, tr("\"%1\" cannot be imported: DocControl imports .md, .html, .odt and .docx files, and attaches .pdf files.")
                                                  .arg(preview.fileName)};
    if (const Status readable = OpenStores::refuseIfOpen(path); !readable)
        return readable.error();

    if (preview.format == DocumentImporter::Format::Pdf) {
        const QFileInfo info(path);
        if (!info.exists())
            return Error{ErrorCode::CannotOpen, tr("\"%1\" does not exist.").arg(path)};
        if (!info.isFile())
            return Error{ErrorCode::InvalidInput, tr("\"%1\" is not a regular file.").arg(path)};
        if (info.size() > (qint64(256) << 20))
            return Error{ErrorCode::InvalidInput, tr("\"%1\" is larger than 256 MiB.").arg(preview.fileName)};
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error{ErrorCode::CannotOpen, tr("\"%1\" cannot be read: %2").arg(path, file.errorString())};
        if (!file.read(5).startsWith("%PDF-"))
            return Error{ErrorCode::InvalidInput, tr("\"%1\" is not a PDF file.").arg(preview.fileName)};
        preview.attachedAsIs = true;
        preview.attachments.append(preview.fileName);
        preview.warnings.append(tr("A PDF is attached as it is to the current draft of a document; its text is not converted."));
        return preview;
    }

    auto imported = DocumentImporter::importFile(path);
    if (!imported) {
        Error error = imported.error();
        if (!error.message.contains(preview.fileName)) // the dialog and a drop show whose problem it is
            error.message = tr("\"%1\": %2").arg(preview.fileName, error.message);
        return error;
    }
    preview.title = imported->title;
    preview.markdown = imported->markdown;
    countStructure(preview.markdown, preview.headings, preview.tables);
    QSet<QString> carried;
    for (const ImportedImage &image : std::as_const(imported->images)) {
        preview.attachments.append(image.name);
        carried.insert(image.name);
    }
    if (preview.markdown.trimmed().isEmpty())
        preview.warnings.append(tr("The file holds no text: the revision would be empty."));
    if (preview.title.trimmed().isEmpty())
        preview.warnings.append(tr("The file has no title of its own (no title property, no first heading): type one for a new document."));
    for (const QString &image : missingImages(preview.markdown, carried))
        preview.warnings.append(tr("The text shows the image \"%1\", which is not in the file: it will be missing.").arg(image));
    if (preview.format == DocumentImporter::Format::Html && hasDroppedHtmlParts(path))
        preview.warnings.append(tr("Scripts, forms and embedded media of the web page are dropped."));
    return preview;
}

QString ImportPreview::markdownStart(int maxChars) const
{
    if (markdown.size() <= maxChars)
        return markdown;
    qsizetype cut = markdown.lastIndexOf(u'\n', maxChars);
    if (cut <= 0)
        cut = maxChars;
    return markdown.left(cut) + u'\n' + tr("… (%n more characters)", nullptr, int(markdown.size() - cut));
}

} // namespace dc
