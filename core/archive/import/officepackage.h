#pragma once

// What the .odt and .docx importers share: the zip package read into memory within limits,
// the images it carries, and the errors of its XML parts.

#include "core/archive/archive.h"
#include "core/archive/import/importeddocument.h"
#include "core/archive/import/nesting.h"
#include "core/model/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

class QXmlStreamReader;

namespace dc {
class ArchiveReader;
}

namespace dc::importing {

// The limits for a word-processor file: far below an archive's, for a document of pages.
ArchiveLimits officeLimits();

class OfficePackage final {
    Q_DECLARE_TR_FUNCTIONS(dc::OfficePackage)
public:
    // Reads every file of the package. Fails (naming `kind`, e.g. "ODT") when the zip is
    // damaged, hostile or over the limits, or when an XML part nests its elements deeper
    // than kMaxNestingLevels.
    static Result<OfficePackage> read(ArchiveReader &reader, const QString &kind);

    bool contains(const QString &name) const { return m_parts.contains(name); }
    QByteArray part(const QString &name) const { return m_parts.value(name); }

    // The error for a part whose XML does not parse (or was refused: a DTD, too deep).
    Error xmlError(const QString &part, const QXmlStreamReader &xml) const;
    Error missingPart(const QString &part) const;

private:
    QString m_kind;
    QHash<QString, QByteArray> m_parts;
};

// Gives each image of a document a unique, safe file name and keeps its bytes once.
class ImageCollector final {
public:
    // Registers the image stored under `key` (its path in the package); returns its name, or
    // an empty string when the bytes are no image format DocControl knows.
    QString add(const QString &key, const QByteArray &data);
    QList<ImportedImage> images() const { return m_images; }

    // The MIME type of image bytes by their signature (empty: not an image).
    static QString sniffImage(const QByteArray &data);

private:
    QHash<QString, QString> m_byKey;
    QSet<QString> m_names;
    QList<ImportedImage> m_images;
};

// Reads up to the root element, refusing a DTD (no office format has one; entities are a bomb).
bool openRoot(QXmlStreamReader &xml);

// Guards recursion on nested elements: hostile XML nests without end. OfficePackage::read
// refuses deeper parts before any parser sees them; this is the second line.
constexpr int kMaxNesting = kMaxNestingLevels;

} // namespace dc::importing
