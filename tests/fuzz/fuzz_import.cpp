// libFuzzer harness for one importer, chosen at build time (DC_FUZZ_FORMAT: Markdown, Html,
// Odt or Docx): DocumentImporter::importData must return a document or an error, never
// crash, hang or leak. For .odt and .docx an input whose first byte is odd is XML instead:
// it replaces one part of the manual's package (content.xml, styles.xml, meta.xml /
// word/document.xml, word/styles.xml, word/numbering.xml), so that mutations reach the XML
// parsers rather than dying on the zip's checksums.

#include "core/archive/import/documentimporter.h"
#include "fixtures.h"
#include "fuzzsupport.h"

using Format = dc::DocumentImporter::Format;
using namespace Qt::StringLiterals;

constexpr Format kFormat = Format::DC_FUZZ_FORMAT;

namespace {

QByteArray wrapXml(const uint8_t *data, size_t size)
{
    static const auto parts = kFormat == Format::Odt ? fixtures::manualOdtParts() : fixtures::manualDocxParts();
    static const QStringList targets = kFormat == Format::Odt
        ? QStringList{u"content.xml"_s, u"styles.xml"_s, u"meta.xml"_s}
        : QStringList{u"word/document.xml"_s, u"word/styles.xml"_s, u"word/numbering.xml"_s};
    const QString target = targets.at((data[0] >> 1) % targets.size());
    auto replaced = parts;
    for (auto &part : replaced)
        if (part.first == target)
            part.second = QByteArray(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    return fixtures::zipPackage(replaced);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzzsupport::init();
    const bool xml = (kFormat == Format::Odt || kFormat == Format::Docx) && size > 0 && (data[0] & 1);
    const QByteArray bytes = xml ? wrapXml(data, size) : QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto imported = dc::DocumentImporter::importData(bytes, kFormat);
    if (imported.ok() && imported->markdown.size() > 0 && !imported->markdown.endsWith(u'\n'))
        __builtin_trap(); // the importers promise a final line end
    return 0;
}
