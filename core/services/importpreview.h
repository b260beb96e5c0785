#pragma once

#include "core/archive/import/documentimporter.h"
#include "core/model/result.h"

#include <QCoreApplication>
#include <QStringList>

namespace dc {

// What an import would bring into the store, recognised without writing anything: the Import
// dialog shows it before the user commits (ImportService::importFile does the same conversion).
struct ImportPreview {
    Q_DECLARE_TR_FUNCTIONS(dc::ImportPreview)
public:
    DocumentImporter::Format format = DocumentImporter::Format::Unknown;
    QString formatName;      // "Word document (.docx)", … translated
    QString fileName;        // without the folder
    QString title;           // the file's own title; empty when it has none
    QString markdown;        // the converted text (empty for a PDF)
    int headings = 0;        // ATX headings in the text
    int tables = 0;          // pipe tables in the text
    QStringList attachments; // the images that become attachments, or the PDF itself
    QStringList warnings;    // what the user should know: no title, dropped parts, missing images
    bool attachedAsIs = false; // a PDF: attached to the current draft as it is, not converted

    // Converts the file at `path` as an import would, store-free. Fails as the import would,
    // with a message naming the file and the problem: unknown extension, missing or unreadable
    // file, a store file, damaged or hostile packages, invalid text, a PDF that is none.
    static Result<ImportPreview> recognise(const QString &path);

    // The first `maxChars` characters of the text, cut at a line end, with a note when cut.
    QString markdownStart(int maxChars = 4000) const;
};

} // namespace dc
