#pragma once

#include "core/archive/import/importeddocument.h"
#include "core/model/result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace dc {

// Converts an existing document (.md, .html, .odt, .docx) to GitHub-flavoured Markdown with
// its images, store-free. Hostile files are refused with a message naming the problem:
// damaged or malformed XML, missing parts, zip bombs and unsafe package entries. PDFs are not
// converted: they are attached to a revision as they are.
class DocumentImporter final {
    Q_DECLARE_TR_FUNCTIONS(dc::DocumentImporter)
public:
    enum class Format { Markdown, Html, Odt, Docx, Pdf, Unknown };

    // The format by file extension (case-insensitive): .md .markdown .html .htm .odt .docx .pdf.
    static Format formatOf(const QString &path);

    // Imports the file at `path`. Fails with InvalidInput for a PDF (not converted: attach it),
    // an unknown extension, a damaged or hostile file; CannotOpen when it cannot be read.
    static Result<ImportedDocument> importFile(const QString &path);

    // Imports bytes of the given format (Markdown, Html, Odt or Docx).
    static Result<ImportedDocument> importData(const QByteArray &data, Format format);

    // Markdown and HTML files larger than this are refused (the store keeps 8 M characters).
    static constexpr qint64 kMaxTextFileSize = qint64(16) << 20;
};

} // namespace dc
