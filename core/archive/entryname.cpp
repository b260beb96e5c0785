#include "core/archive/entryname.h"

#include <QStringDecoder>
#include <QStringList>

namespace dc {

namespace {

constexpr qsizetype kDisplayChars = 120;

bool isControl(char16_t c)
{
    return c < 0x20 || (c >= 0x7f && c < 0xa0) || c == 0xfffd || c == 0x2028 || c == 0x2029;
}

Error invalidName(const QString &display, const QString &why)
{
    return Error{ErrorCode::InvalidInput,
                 QCoreApplication::translate("dc::EntryName", "The archive entry \"%1\" is refused: %2").arg(display, why)};
}

} // namespace

QString EntryName::display(const QString &name)
{
    QString shown;
    shown.reserve(qMin(name.size(), kDisplayChars));
    for (const QChar c : name) {
        if (shown.size() >= kDisplayChars) {
            shown += QChar(0x2026); // …
            break;
        }
        shown += isControl(c.unicode()) ? QChar(0xfffd) : c;
    }
    return shown;
}

QString EntryName::display(const QByteArray &raw)
{
    return display(QString::fromUtf8(raw));
}

Result<QString> EntryName::fromBytes(const QByteArray &raw)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString name = decoder.decode(raw);
    if (decoder.hasError())
        return invalidName(display(raw), tr("its name is not valid UTF-8."));
    return normalise(name);
}

Result<QString> EntryName::normalise(const QString &name)
{
    const QString shown = display(name);
    if (name.isEmpty())
        return invalidName(shown, tr("its name is empty."));
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (isControl(c.unicode()))
            return invalidName(shown, tr("its name contains control characters."));
        const bool pairedHigh = c.isHighSurrogate() && i + 1 < name.size() && name.at(i + 1).isLowSurrogate();
        if (pairedHigh)
            ++i;
        else if (c.isSurrogate())
            return invalidName(shown, tr("its name is not valid Unicode."));
    }
    if (name.startsWith(u'/') || name.startsWith(u'\\'))
        return invalidName(shown, tr("it is an absolute path."));
    if (name.size() >= 2 && name.at(1) == u':' && name.at(0).unicode() < 0x80 && name.at(0).isLetter())
        return invalidName(shown, tr("it is an absolute path (drive letter)."));

    QString slashed = name;
    slashed.replace(u'\\', u'/');
    QStringList parts;
    for (const QString &part : slashed.split(u'/', Qt::SkipEmptyParts)) {
        if (part == u".")
            continue;
        if (part == u"..")
            return invalidName(shown, tr("it has a \"..\" component, which would leave the target folder."));
        if (part.toUtf8().size() > kMaxComponentBytes)
            return invalidName(shown, tr("a part of its name is longer than %1 bytes.").arg(kMaxComponentBytes));
        parts.append(part);
    }
    if (parts.isEmpty())
        return invalidName(shown, tr("its name names no file."));
    const QString normalised = parts.join(u'/').normalized(QString::NormalizationForm_C);
    if (normalised.toUtf8().size() > kMaxNameBytes)
        return invalidName(shown, tr("its name is longer than %1 bytes.").arg(kMaxNameBytes));
    return normalised;
}

Status EntryNameSet::add(const QString &name, bool isDirectory, const QString &shownAs)
{
    const QString shown = shownAs.isEmpty() ? EntryName::display(name) : shownAs;
    const auto existing = m_names.constFind(name);
    if (existing != m_names.cend()) {
        if (isDirectory && *existing != Kind::File) {
            m_names.insert(name, Kind::Directory);
            return {};
        }
        if (!isDirectory && *existing == Kind::File)
            return invalidName(shown, tr("the archive holds this name twice."));
        return invalidName(shown, tr("the name is a file here but a folder elsewhere in the archive."));
    }
    // Every folder above the entry must not be a file.
    qsizetype slash = name.indexOf(u'/');
    while (slash >= 0) {
        const QString parent = name.left(slash);
        const auto found = m_names.constFind(parent);
        if (found != m_names.cend() && *found == Kind::File)
            return invalidName(shown, tr("\"%1\" is a file in the archive, yet used as a folder here.").arg(EntryName::display(parent)));
        if (found == m_names.cend())
            m_names.insert(parent, Kind::ImpliedDirectory);
        slash = name.indexOf(u'/', slash + 1);
    }
    m_names.insert(name, isDirectory ? Kind::Directory : Kind::File);
    return {};
}

} // namespace dc
