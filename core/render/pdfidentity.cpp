#include "core/render/pdfidentity.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace dc::render {

namespace {

const QString kX = QStringLiteral("adobe:ns:meta/");
const QString kRdf = QStringLiteral("http://www.w3.org/1999/02/22-rdf-syntax-ns#");
const QString kDc = QStringLiteral("http://purl.org/dc/elements/1.1/");
const QString kXmp = QStringLiteral("http://ns.adobe.com/xap/1.0/");
const QString kPdf = QStringLiteral("http://ns.adobe.com/pdf/1.3/");
const QString kPdfaId = QStringLiteral("http://www.aiim.org/pdfa/ns/id/");
const QString kPdfaExtension = QStringLiteral("http://www.aiim.org/pdfa/ns/extension/");
const QString kPdfaSchema = QStringLiteral("http://www.aiim.org/pdfa/ns/schema#");
const QString kPdfaProperty = QStringLiteral("http://www.aiim.org/pdfa/ns/property#");
// The DocControl identity schema.
const QString kIdentity = QStringLiteral("urn:doccontrol:pdf-identity:1.0#");
const QString kIdentityPrefix = QStringLiteral("dcid");

struct IdentityProperty {
    const char *name;
    const char *description;
};
constexpr IdentityProperty kIdentityProperties[] = {
    {"number", "Document number"},
    {"revision", "Revision label"},
    {"copy", "Controlled copy number; 0 when the copy is not controlled"},
    {"sha256", "SHA-256 of the revision content, hex"},
    {"stamp", "Stamp: controlled, uncontrolled, draft or obsolete"},
    {"chainSeq", "Sequence number of the store's audit-trail head at export"},
    {"chainHead", "SHA-256 of the store's audit-trail head event at export, hex"},
};

QString xmpDate(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

QString tr(const char *text)
{
    return QCoreApplication::translate("dc::render", text);
}

void writeLanguageAlternative(QXmlStreamWriter &xml, const QString &ns, const QString &name, const QString &text)
{
    xml.writeStartElement(ns, name);
    xml.writeStartElement(kRdf, QStringLiteral("Alt"));
    xml.writeStartElement(kRdf, QStringLiteral("li"));
    xml.writeAttribute(QStringLiteral("xml:lang"), QStringLiteral("x-default"));
    xml.writeCharacters(text);
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();
}

void writeExtensionSchema(QXmlStreamWriter &xml)
{
    xml.writeStartElement(kRdf, QStringLiteral("Description"));
    xml.writeAttribute(kRdf, QStringLiteral("about"), QString());
    xml.writeStartElement(kPdfaExtension, QStringLiteral("schemas"));
    xml.writeStartElement(kRdf, QStringLiteral("Bag"));
    xml.writeStartElement(kRdf, QStringLiteral("li"));
    xml.writeAttribute(kRdf, QStringLiteral("parseType"), QStringLiteral("Resource"));
    xml.writeTextElement(kPdfaSchema, QStringLiteral("schema"), QStringLiteral("DocControl document identity"));
    xml.writeTextElement(kPdfaSchema, QStringLiteral("namespaceURI"), kIdentity);
    xml.writeTextElement(kPdfaSchema, QStringLiteral("prefix"), kIdentityPrefix);
    xml.writeStartElement(kPdfaSchema, QStringLiteral("property"));
    xml.writeStartElement(kRdf, QStringLiteral("Seq"));
    for (const IdentityProperty &property : kIdentityProperties) {
        xml.writeStartElement(kRdf, QStringLiteral("li"));
        xml.writeAttribute(kRdf, QStringLiteral("parseType"), QStringLiteral("Resource"));
        xml.writeTextElement(kPdfaProperty, QStringLiteral("name"), QString::fromLatin1(property.name));
        xml.writeTextElement(kPdfaProperty, QStringLiteral("valueType"), QStringLiteral("Text"));
        xml.writeTextElement(kPdfaProperty, QStringLiteral("category"), QStringLiteral("external"));
        xml.writeTextElement(kPdfaProperty, QStringLiteral("description"), QString::fromLatin1(property.description));
        xml.writeEndElement();
    }
    xml.writeEndElement(); // Seq
    xml.writeEndElement(); // property
    xml.writeEndElement(); // li
    xml.writeEndElement(); // Bag
    xml.writeEndElement(); // schemas
    xml.writeEndElement(); // Description
}

bool isHex(const QString &text)
{
    for (const QChar c : text) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

// Reads the identity attributes from one XMP packet; nullopt when the packet has none.
std::optional<QHash<QString, QString>> identityAttributes(QByteArrayView packet, bool *wellFormed)
{
    QXmlStreamReader xml(QByteArray::fromRawData(packet.data(), packet.size()));
    std::optional<QHash<QString, QString>> found;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        QHash<QString, QString> values;
        for (const QXmlStreamAttribute &attribute : xml.attributes()) {
            if (attribute.namespaceUri() == kIdentity)
                values.insert(attribute.name().toString(), attribute.value().toString());
        }
        if (!values.isEmpty())
            found = values;
    }
    *wellFormed = !xml.hasError();
    return found;
}

} // namespace

QByteArray xmpPacket(const PdfMetadata &metadata)
{
    QByteArray packet;
    QXmlStreamWriter xml(&packet);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(1);
    xml.writeProcessingInstruction(QStringLiteral("xpacket"), QStringLiteral("begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\""));
    xml.writeNamespace(kX, QStringLiteral("x"));
    xml.writeStartElement(kX, QStringLiteral("xmpmeta"));
    xml.writeNamespace(kRdf, QStringLiteral("rdf"));
    xml.writeNamespace(kDc, QStringLiteral("dc"));
    xml.writeNamespace(kXmp, QStringLiteral("xmp"));
    xml.writeNamespace(kPdf, QStringLiteral("pdf"));
    xml.writeNamespace(kIdentity, kIdentityPrefix);
    if (metadata.pdfA) {
        xml.writeNamespace(kPdfaId, QStringLiteral("pdfaid"));
        xml.writeNamespace(kPdfaExtension, QStringLiteral("pdfaExtension"));
        xml.writeNamespace(kPdfaSchema, QStringLiteral("pdfaSchema"));
        xml.writeNamespace(kPdfaProperty, QStringLiteral("pdfaProperty"));
    }
    xml.writeStartElement(kRdf, QStringLiteral("RDF"));

    xml.writeStartElement(kRdf, QStringLiteral("Description"));
    xml.writeAttribute(kRdf, QStringLiteral("about"), QString());
    xml.writeTextElement(kDc, QStringLiteral("format"), QStringLiteral("application/pdf"));
    writeLanguageAlternative(xml, kDc, QStringLiteral("title"), metadata.title);
    xml.writeStartElement(kDc, QStringLiteral("creator"));
    xml.writeStartElement(kRdf, QStringLiteral("Seq"));
    xml.writeTextElement(kRdf, QStringLiteral("li"), metadata.author);
    xml.writeEndElement();
    xml.writeEndElement();
    writeLanguageAlternative(xml, kDc, QStringLiteral("description"), metadata.subject);
    xml.writeEndElement();

    xml.writeStartElement(kRdf, QStringLiteral("Description"));
    xml.writeAttribute(kRdf, QStringLiteral("about"), QString());
    xml.writeAttribute(kXmp, QStringLiteral("CreatorTool"), metadata.creator);
    xml.writeAttribute(kXmp, QStringLiteral("CreateDate"), xmpDate(metadata.created));
    xml.writeAttribute(kXmp, QStringLiteral("ModifyDate"), xmpDate(metadata.created));
    xml.writeAttribute(kPdf, QStringLiteral("Producer"), metadata.producer);
    xml.writeEndElement();

    if (metadata.pdfA) {
        xml.writeStartElement(kRdf, QStringLiteral("Description"));
        xml.writeAttribute(kRdf, QStringLiteral("about"), QString());
        xml.writeAttribute(kPdfaId, QStringLiteral("part"), QStringLiteral("1"));
        xml.writeAttribute(kPdfaId, QStringLiteral("conformance"), QStringLiteral("B"));
        xml.writeEndElement();
        writeExtensionSchema(xml);
    }

    const PdfIdentity &identity = metadata.identity;
    xml.writeStartElement(kRdf, QStringLiteral("Description"));
    xml.writeAttribute(kRdf, QStringLiteral("about"), QString());
    xml.writeAttribute(kIdentity, QStringLiteral("number"), identity.number);
    xml.writeAttribute(kIdentity, QStringLiteral("revision"), identity.revisionLabel);
    xml.writeAttribute(kIdentity, QStringLiteral("copy"), QString::number(identity.copyNumber));
    xml.writeAttribute(kIdentity, QStringLiteral("sha256"), identity.contentSha256);
    xml.writeAttribute(kIdentity, QStringLiteral("stamp"), stampKindKey(identity.stamp));
    if (identity.chainSeq > 0) {
        xml.writeAttribute(kIdentity, QStringLiteral("chainSeq"), QString::number(identity.chainSeq));
        xml.writeAttribute(kIdentity, QStringLiteral("chainHead"), identity.chainHead);
    }
    xml.writeEndElement();

    xml.writeEndElement(); // RDF
    xml.writeEndElement(); // xmpmeta
    xml.writeProcessingInstruction(QStringLiteral("xpacket"), QStringLiteral("end=\"w\""));
    xml.writeEndDocument();
    return packet;
}

Result<PdfIdentity> readPdfIdentity(const QString &pdfPath)
{
    QFile file(pdfPath);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::CannotOpen, tr("Cannot open %1: %2").arg(QFileInfo(pdfPath).fileName(), file.errorString())};
    const qint64 size = file.size();
    if (size <= 0)
        return Error{ErrorCode::InvalidInput, tr("%1 is not a PDF file.").arg(QFileInfo(pdfPath).fileName())};
    // Mapped rather than read: an export with many images may be large.
    if (const uchar *data = file.map(0, size)) {
        return readPdfIdentity(QByteArrayView(reinterpret_cast<const char *>(data), size), QFileInfo(pdfPath).fileName());
    }
    const QByteArray bytes = file.readAll();
    return readPdfIdentity(QByteArrayView(bytes), QFileInfo(pdfPath).fileName());
}

Result<PdfIdentity> readPdfIdentity(QByteArrayView pdf, const QString &name)
{
    // The header may follow up to 1024 bytes of other data (PDF 1.7, annex H).
    if (!pdf.first(std::min<qsizetype>(pdf.size(), 1024)).contains(QByteArrayView("%PDF-")))
        return Error{ErrorCode::InvalidInput, tr("%1 is not a PDF file.").arg(name)};
    const QByteArray ns = kIdentity.toUtf8();
    // The last packet that declares the identity namespace wins (a later update replaces it).
    const qsizetype at = pdf.lastIndexOf(QByteArrayView(ns));
    if (at < 0)
        return Error{ErrorCode::NotFound, tr("%1 carries no DocControl identity (it was not exported by DocControl).").arg(name)};
    const qsizetype begin = pdf.first(at).lastIndexOf(QByteArrayView("<x:xmpmeta"));
    const qsizetype endTag = pdf.indexOf(QByteArrayView("</x:xmpmeta>"), at);
    const Error damaged{ErrorCode::InvalidInput, tr("The DocControl identity in %1 is damaged.").arg(name)};
    if (begin < 0 || endTag < 0)
        return damaged;
    bool wellFormed = false;
    const auto values = identityAttributes(pdf.sliced(begin, endTag + qsizetype(sizeof("</x:xmpmeta>")) - 1 - begin), &wellFormed);
    if (!wellFormed || !values)
        return damaged;

    PdfIdentity identity;
    identity.number = values->value(QStringLiteral("number"));
    identity.revisionLabel = values->value(QStringLiteral("revision"));
    identity.contentSha256 = values->value(QStringLiteral("sha256"));
    bool copyOk = false;
    identity.copyNumber = values->value(QStringLiteral("copy")).toInt(&copyOk);
    const auto stamp = stampKindFromKey(values->value(QStringLiteral("stamp")));
    const bool hashOk = identity.contentSha256.isEmpty() || (identity.contentSha256.size() == 64 && isHex(identity.contentSha256));
    if (identity.number.isEmpty() || !copyOk || identity.copyNumber < 0 || !stamp || !hashOk)
        return damaged;
    identity.stamp = *stamp;
    identity.chainSeq = values->value(QStringLiteral("chainSeq")).toLongLong(); // absent in exports made before issue 11
    identity.chainHead = values->value(QStringLiteral("chainHead"));
    return identity;
}

} // namespace dc::render
