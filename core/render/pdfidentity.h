#pragma once

// The machine-readable identity an export carries, in the PDF's XMP metadata (which QPdfWriter
// stores uncompressed): document number, revision, copy number, content hash and stamp. The
// identity names the copy; it is not a signature — anyone can write such a file.

#include "core/render/renderinput.h"
#include "core/model/result.h"

#include <QByteArray>
#include <QDateTime>

namespace dc::render {

// Everything the XMP packet of an export says.
struct PdfMetadata {
    QString title;
    QString author;
    QString subject;   // "ISMS-0001-2022 A/1"
    QString creator;   // the application
    QString producer;  // the PDF library
    QDateTime created;
    bool pdfA = false;  // adds the PDF/A-1b identification and the schema of the identity
    PdfIdentity identity;
};

// The XMP packet for `metadata` (UTF-8).
QByteArray xmpPacket(const PdfMetadata &metadata);

// Reads the identity back from an exported PDF, without a PDF library. Fails with CannotOpen
// when the file cannot be read, InvalidInput when it is no PDF or its identity is damaged,
// NotFound when it is a PDF without a DocControl identity.
Result<PdfIdentity> readPdfIdentity(const QString &pdfPath);

// The same, from the bytes of a file; `name` is used in messages.
Result<PdfIdentity> readPdfIdentity(QByteArrayView pdf, const QString &name);

} // namespace dc::render
