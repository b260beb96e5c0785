#include "core/archive/import/officepackage.h"

#include "core/archive/archivereader.h"

#include <QFileInfo>
#include <QXmlStreamReader>

namespace dc::importing {

ArchiveLimits officeLimits()
{
    ArchiveLimits limits;
    limits.maxTotalSize = qint64(256) << 20;
    limits.maxEntrySize = qint64(128) << 20;
    limits.maxEntries = 5000;
    return limits;
}

Result<OfficePackage> OfficePackage::read(ArchiveReader &reader, const QString &kind)
{
    OfficePackage package;
    package.m_kind = kind;
    for (;;) {
        const Result<bool> more = reader.next();
        if (!more)
            return Error{more.code(), tr("The %1 file cannot be imported: %2").arg(kind, more.message())};
        if (!*more)
            break;
        if (reader.entry().type != ArchiveEntryType::File)
            continue;
        const QString name = reader.entry().name;
        Result<QByteArray> content = reader.readEntryAll();
        if (!content)
            return Error{content.code(), tr("The %1 file cannot be imported: %2").arg(kind, content.message())};
        if (name.endsWith(u".xml", Qt::CaseInsensitive) || name.endsWith(u".rels", Qt::CaseInsensitive)) {
            if (const int depth = xmlNestingDepth(*content); depth > kMaxNestingLevels)
                return nestingError(kind, depth, name);
        }
        package.m_parts.insert(name, std::move(content).value());
    }
    return package;
}

Error OfficePackage::xmlError(const QString &part, const QXmlStreamReader &xml) const
{
    return Error{ErrorCode::InvalidInput, tr("The %1 file is damaged: %2, line %3: %4")
                                              .arg(m_kind, part).arg(xml.lineNumber()).arg(xml.errorString())};
}

Error OfficePackage::missingPart(const QString &part) const
{
    return Error{ErrorCode::InvalidInput, tr("The %1 file is damaged or of another kind: it has no %2.").arg(m_kind, part)};
}

bool openRoot(QXmlStreamReader &xml)
{
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::DTD:
            xml.raiseError(QCoreApplication::translate("dc::OfficePackage", "a document type declaration (DTD) is not allowed"));
            return false;
        case QXmlStreamReader::StartElement:
            return true;
        default:
            break;
        }
    }
    return false;
}

QString ImageCollector::sniffImage(const QByteArray &data)
{
    if (data.startsWith("\x89PNG\r\n\x1a\n"))
        return QStringLiteral("image/png");
    if (data.startsWith("\xff\xd8\xff"))
        return QStringLiteral("image/jpeg");
    if (data.startsWith("GIF87a") || data.startsWith("GIF89a"))
        return QStringLiteral("image/gif");
    if (data.startsWith("BM") && data.size() > 14)
        return QStringLiteral("image/bmp");
    if (data.startsWith("RIFF") && data.mid(8, 4) == "WEBP")
        return QStringLiteral("image/webp");
    if (data.startsWith("II*\0") || data.startsWith(QByteArray("MM\0*", 4)))
        return QStringLiteral("image/tiff");
    if (data.startsWith(QByteArray("\x01\0\0\0", 4)) && data.mid(40, 4) == " EMF")
        return QStringLiteral("image/emf");
    if (data.startsWith(QByteArray("\xd7\xcd\xc6\x9a", 4)))
        return QStringLiteral("image/wmf");
    const QByteArray head = data.left(1024);
    if ((head.startsWith("<?xml") || head.trimmed().startsWith("<svg")) && head.contains("<svg"))
        return QStringLiteral("image/svg+xml");
    return {};
}

namespace {

QString suffixFor(const QString &mimeType)
{
    if (mimeType == u"image/jpeg")
        return QStringLiteral("jpg");
    if (mimeType == u"image/svg+xml")
        return QStringLiteral("svg");
    return mimeType.mid(mimeType.indexOf(u'/') + 1);
}

// A file name of [A-Za-z0-9_-] characters, whatever the package called the image.
QString safeBase(const QString &key)
{
    const QString base = QFileInfo(key).completeBaseName();
    QString safe;
    for (const QChar c : base) {
        const bool plain = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-' || c == u'_';
        if (plain)
            safe += c;
        else if (!safe.endsWith(u'_'))
            safe += u'_';
        if (safe.size() >= 60)
            break;
    }
    while (safe.startsWith(u'_') || safe.startsWith(u'-'))
        safe.remove(0, 1);
    while (safe.endsWith(u'_'))
        safe.chop(1);
    return safe.isEmpty() ? QStringLiteral("image") : safe;
}

} // namespace

QString ImageCollector::add(const QString &key, const QByteArray &data)
{
    if (const auto known = m_byKey.constFind(key); known != m_byKey.cend())
        return *known;
    const QString mimeType = sniffImage(data);
    if (mimeType.isEmpty())
        return {};
    const QString base = safeBase(key);
    const QString suffix = suffixFor(mimeType);
    QString name = base + u'.' + suffix;
    for (int n = 2; m_names.contains(name.toLower()); ++n)
        name = base + u'-' + QString::number(n) + u'.' + suffix;
    m_names.insert(name.toLower());
    m_byKey.insert(key, name);
    m_images.append(ImportedImage{name, data, mimeType});
    return name;
}

} // namespace dc::importing
