#include "tscatalogue.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace dc::i18n {

namespace {

// "doccontrol_zh_CN.ts:42: dc::Enums | Draft — why": enough to find the message in the file
// and in the sources.
QString describe(const TsCatalogue &catalogue, const TsMessage &m, const QString &why)
{
    QString source = m.source;
    source.replace(u'\n', u"\\n"_s);
    return u"%1:%2: %3 | %4 — %5"_s.arg(QFileInfo(catalogue.path).fileName()).arg(m.line).arg(m.context, source, why);
}

bool finished(const TsMessage &m)
{
    return m.type.isEmpty();
}

// The translation's text and plural forms, read up to the closing </translation>.
void readTranslation(QXmlStreamReader &xml, TsMessage &message)
{
    message.type = xml.attributes().value(QLatin1String("type")).toString();
    if (!message.numerus) {
        message.forms = {xml.readElementText(QXmlStreamReader::IncludeChildElements)};
        return;
    }
    while (xml.readNextStartElement()) {
        if (xml.name() == u"numerusform")
            message.forms << xml.readElementText(QXmlStreamReader::IncludeChildElements);
        else
            xml.skipCurrentElement();
    }
}

} // namespace

Result<TsCatalogue> readCatalogue(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::CannotOpen, u"Cannot read %1: %2"_s.arg(path, file.errorString())};
    TsCatalogue catalogue;
    catalogue.path = path;
    QXmlStreamReader xml(&file);
    bool sawRoot = false;
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = xml.name();
        if (name == u"TS") {
            sawRoot = true;
            catalogue.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == u"context") {
            context.clear();
        } else if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            message = TsMessage{};
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
            message.line = xml.lineNumber();
        } else if (name == u"source") {
            message.source = xml.readElementText();
        } else if (name == u"comment") {
            message.comment = xml.readElementText();
        } else if (name == u"translation") {
            readTranslation(xml, message);
            catalogue.messages.append(message);
        }
    }
    if (xml.hasError())
        return Error{ErrorCode::InvalidInput, u"%1:%2: %3"_s.arg(path).arg(xml.lineNumber()).arg(xml.errorString())};
    if (!sawRoot)
        return Error{ErrorCode::InvalidInput, u"%1 is not a Qt Linguist catalogue (no <TS> element)."_s.arg(path)};
    return catalogue;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%L?(?:[1-9][0-9]?|n)"_s);
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const QString p = it.next().captured();
        if (!found.contains(p))
            found << p;
    }
    found.sort();
    return found;
}

bool hasAccelerator(const QString &text)
{
    static const QRegularExpression pattern(u"&[^\\s&]"_s);
    QString plain = text;
    plain.remove(u"&&"_s);
    return plain.contains(pattern);
}

QStringList unfinishedMessages(const TsCatalogue &catalogue)
{
    QStringList problems;
    for (const TsMessage &m : catalogue.messages) {
        if (m.retired())
            continue;
        if (m.type == u"unfinished")
            problems << describe(catalogue, m, u"unfinished"_s);
        else if (m.forms.isEmpty() || std::any_of(m.forms.cbegin(), m.forms.cend(), [](const QString &f) { return f.trimmed().isEmpty(); }))
            problems << describe(catalogue, m, u"empty translation"_s);
    }
    return problems;
}

QStringList placeholderMismatches(const TsCatalogue &catalogue)
{
    QStringList problems;
    for (const TsMessage &m : catalogue.messages) {
        if (!finished(m))
            continue;
        const QStringList expected = placeholders(m.source);
        for (const QString &form : m.forms) {
            if (form.trimmed().isEmpty())
                continue; // reported by unfinishedMessages()
            if (const QStringList got = placeholders(form); got != expected) {
                problems << describe(catalogue, m, u"placeholders %1 in the translation, %2 in the source"_s.arg(got.join(u' '), expected.join(u' ')));
                break;
            }
        }
    }
    return problems;
}

QStringList acceleratorMismatches(const TsCatalogue &catalogue)
{
    QStringList problems;
    for (const TsMessage &m : catalogue.messages) {
        if (!finished(m) || m.forms.isEmpty() || m.forms.constFirst().trimmed().isEmpty())
            continue;
        const bool source = hasAccelerator(m.source);
        if (hasAccelerator(m.forms.constFirst()) != source)
            problems << describe(catalogue, m, source ? u"the translation lost the accelerator (&)"_s : u"the translation adds an accelerator (&)"_s);
    }
    return problems;
}

QStringList missingPluralForms(const TsCatalogue &catalogue, int formsNeeded)
{
    QStringList problems;
    for (const TsMessage &m : catalogue.messages) {
        if (m.retired() || !m.numerus)
            continue;
        qsizetype filled = 0;
        for (const QString &form : m.forms)
            filled += form.trimmed().isEmpty() ? 0 : 1;
        if (!finished(m))
            problems << describe(catalogue, m, u"plural forms unfinished"_s);
        else if (filled < formsNeeded)
            problems << describe(catalogue, m, u"%1 of %2 plural forms"_s.arg(filled).arg(formsNeeded));
    }
    return problems;
}

} // namespace dc::i18n
