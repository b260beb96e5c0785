#include "core/archive/import/documentimporter.h"

#include "core/archive/archivereader.h"
#include "core/archive/import/importers.h"
#include "core/archive/import/officepackage.h"

#include <QFile>
#include <QFileInfo>

namespace dc {

DocumentImporter::Format DocumentImporter::formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"md" || suffix == u"markdown")
        return Format::Markdown;
    if (suffix == u"html" || suffix == u"htm" || suffix == u"xhtml")
        return Format::Html;
    if (suffix == u"odt")
        return Format::Odt;
    if (suffix == u"docx")
        return Format::Docx;
    if (suffix == u"pdf")
        return Format::Pdf;
    return Format::Unknown;
}

Result<ImportedDocument> DocumentImporter::importFile(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    const Format format = formatOf(path);
    if (format == Format::Pdf)
        return Error{ErrorCode::InvalidInput, tr("\"%1\" is a PDF: PDF files are not converted to Markdown. Attach the PDF to a revision instead.").arg(name)};
    if (format == Format::Unknown)
        return Error{ErrorCode::InvalidInput, tr("\"%1\" cannot be imported: DocControl imports .md, .html, .odt and .docx files.").arg(name)};
    const QFileInfo info(path);
    if (!info.exists())
        return Error{ErrorCode::CannotOpen, tr("\"%1\" does not exist.").arg(path)};
    if (!info.isFile())
        return Error{ErrorCode::InvalidInput, tr("\"%1\" is not a regular file.").arg(path)};

    if (format == Format::Odt || format == Format::Docx) {
        Result<std::unique_ptr<ArchiveReader>> reader = ArchiveReader::open(path, importing::officeLimits());
        if (!reader)
            return Error{reader.code(), tr("\"%1\" cannot be imported: %2").arg(name, reader.message())};
        return format == Format::Odt ? importing::importOdt(**reader) : importing::importDocx(**reader);
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::CannotOpen, tr("\"%1\" cannot be read: %2").arg(path, file.errorString())};
    const QByteArray data = file.read(kMaxTextFileSize + 1);
    if (data.size() > kMaxTextFileSize)
        return Error{ErrorCode::InvalidInput, tr("\"%1\" is larger than %2 MiB; it is refused.").arg(name).arg(kMaxTextFileSize >> 20)};
    return importData(data, format);
}

Result<ImportedDocument> DocumentImporter::importData(const QByteArray &data, Format format)
{
    switch (format) {
    case Format::Markdown:
        if (data.size() > kMaxTextFileSize)
            break;
        return importing::importMarkdown(data);
    case Format::Html:
        if (data.size() > kMaxTextFileSize)
            break;
        return importing::importHtml(data);
    case Format::Odt:
    case Format::Docx: {
        Result<std::unique_ptr<ArchiveReader>> reader = ArchiveReader::fromData(data, importing::officeLimits());
        if (!reader)
            return Error{reader.code(), tr("The %1 file cannot be imported: %2")
                                            .arg(format == Format::Odt ? QStringLiteral("ODT") : QStringLiteral("DOCX"), reader.message())};
        return format == Format::Odt ? importing::importOdt(**reader) : importing::importDocx(**reader);
    }
    case Format::Pdf:
        return Error{ErrorCode::InvalidInput, tr("PDF files are not converted to Markdown. Attach the PDF to a revision instead.")};
    case Format::Unknown:
        return Error{ErrorCode::InvalidInput, tr("DocControl imports Markdown, HTML, ODT and DOCX documents only.")};
    }
    return Error{ErrorCode::InvalidInput, tr("The document is larger than %1 MiB; it is refused.").arg(kMaxTextFileSize >> 20)};
}

} // namespace dc
