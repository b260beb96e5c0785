#include "core/services/templates.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>

namespace dc::DocumentTemplates {

namespace {

// The document's own words for its classification: its text is bilingual whatever the desk's language.
QString bilingual(Classification classification)
{
    switch (classification) {
    case Classification::Public: return QStringLiteral("公开 Public");
    case Classification::Internal: return QStringLiteral("内部 Internal");
    case Classification::Confidential: return QStringLiteral("秘密 Confidential");
    case Classification::Secret: return QStringLiteral("机密 Secret");
    }
    return {};
}

} // namespace

QString builtIn(DocumentType type)
{
    QFile file(QStringLiteral(":/templates/") + toKey(type) + QStringLiteral(".md"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("# {title}\n\n{title_en}\n"); // every type has one; a safe minimum all the same
    return QString::fromUtf8(file.readAll());
}

QString fill(const QString &text, const Document &document, const QString &organisation)
{
    const QHash<QString, QString> values{
        {QStringLiteral("number"), document.number},
        {QStringLiteral("title"), document.title},
        {QStringLiteral("title_en"), document.titleEn},
        {QStringLiteral("department"), document.department},
        {QStringLiteral("classification"), bilingual(document.classification)},
        {QStringLiteral("organisation"), organisation},
    };
    static const QRegularExpression placeholder(QStringLiteral("\\{(number|title|title_en|department|classification|organisation)\\}"));
    const QStringList lines = text.split(QLatin1Char('\n'));
    QStringList filled;
    filled.reserve(lines.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &raw = lines.at(i);
        // One pass, so a value that looks like a placeholder stays as it is.
        QString line;
        qsizetype done = 0;
        bool hadPlaceholder = false;
        for (auto it = placeholder.globalMatch(raw); it.hasNext();) {
            const auto match = it.next();
            line += QStringView(raw).mid(done, match.capturedStart() - done);
            line += values.value(match.captured(1));
            done = match.capturedEnd();
            hadPlaceholder = true;
        }
        line += QStringView(raw).mid(done);
        if (!hadPlaceholder || !line.trimmed().isEmpty()) {
            filled.append(line);
            continue;
        }
        // Left out; between two blank lines, one of them goes too, so no double gap remains.
        if ((filled.isEmpty() || filled.constLast().trimmed().isEmpty()) && i + 1 < lines.size() && lines.at(i + 1).trimmed().isEmpty())
            ++i;
    }
    return filled.join(QLatin1Char('\n'));
}

} // namespace dc::DocumentTemplates
