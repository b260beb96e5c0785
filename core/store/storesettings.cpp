#include "core/store/storesettings.h"

#include "core/store/database.h"
#include "core/store/sql.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dc {

namespace {
QString patternKey(DocumentType type) { return QStringLiteral("numbering.") + toKey(type); }
} // namespace

QString StoreSettings::value(const QString &key, const QString &fallback) const
{
    auto query = Sql::exec(m_db, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key}, QCoreApplication::translate("dc::StoreSettings", "read the settings"));
    if (query && query.value().next())
        return query.value().value(0).toString();
    return fallback;
}

Status StoreSettings::setValue(const QString &key, const QString &value)
{
    return m_db.write([&]() {
        return Status::from(Sql::exec(m_db,
                                      QStringLiteral("INSERT INTO settings(key, value) VALUES (?, ?)"
                                                     " ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                                      {key, value}, QCoreApplication::translate("dc::StoreSettings", "save the settings")));
    });
}

QString StoreSettings::labelLanguage() const
{
    const QString language = value(QStringLiteral("labels.language"), QStringLiteral("bilingual"));
    return language == QLatin1String("zh") ? language : QStringLiteral("bilingual");
}

Status StoreSettings::setLabelLanguage(const QString &language)
{
    if (language != QLatin1String("zh") && language != QLatin1String("bilingual")) {
        return Error{ErrorCode::InvalidInput, QCoreApplication::translate("dc::StoreSettings", "The label language must be \"zh\" (Chinese only) or \"bilingual\", not \"%1\".")
                                                  .arg(language)};
    }
    return setValue(QStringLiteral("labels.language"), language);
}

Result<QMap<QString, int>> StoreSettings::dueDays() const
{
    QMap<QString, int> days;
    auto query = Sql::exec(m_db, QStringLiteral("SELECT key, value FROM settings WHERE key LIKE 'due.%'"), {},
                           QCoreApplication::translate("dc::StoreSettings", "read the settings"));
    if (!query)
        return query.error();
    while (query.value().next()) {
        bool number = false;
        const int n = query.value().value(1).toString().toInt(&number);
        if (number)
            days.insert(query.value().value(0).toString(), n);
    }
    return days;
}

Status StoreSettings::setDueDays(const QString &key, int days)
{
    return setValue(key, QString::number(days));
}

namespace {
QString sequenceKey(const QString &pattern, const QString &scope)
{
    return QStringLiteral("sequence.") + pattern + QLatin1Char('|') + scope;
}
} // namespace

int StoreSettings::highestSequence(const QString &pattern, const QString &scope) const
{
    bool number = false;
    const int seq = value(sequenceKey(pattern, scope)).toInt(&number);
    return number ? seq : -1;
}

Status StoreSettings::setHighestSequence(const QString &pattern, const QString &scope, int seq)
{
    return setValue(sequenceKey(pattern, scope), QString::number(seq));
}

QString StoreSettings::organisation() const { return value(QStringLiteral("organisation")); }
QString StoreSettings::organisationEn() const { return value(QStringLiteral("organisation_en")); }

LabelScheme StoreSettings::labelScheme() const
{
    return labelSchemeFromKey(value(QStringLiteral("label_scheme"))).value_or(LabelScheme::EditionRevision);
}

QString StoreSettings::numberPrefix() const { return value(QStringLiteral("number_prefix"), QStringLiteral("ISMS")); }

NumberPattern StoreSettings::numberPattern(DocumentType type) const
{
    auto stored = NumberPattern::parse(value(patternKey(type)));
    return stored ? stored.value() : NumberPattern::parse(defaultNumberPattern(type)).value();
}

Status StoreSettings::setOrganisation(const QString &name, const QString &nameEn)
{
    if (name.trimmed().isEmpty())
        return Error{ErrorCode::InvalidInput, QCoreApplication::translate("dc::StoreSettings", "The organisation name is empty.")};
    return m_db.write([&]() -> Status {
        if (const Status saved = setValue(QStringLiteral("organisation"), name.trimmed()); !saved)
            return saved;
        return setValue(QStringLiteral("organisation_en"), nameEn.trimmed());
    });
}

Status StoreSettings::setLabelScheme(LabelScheme scheme) { return setValue(QStringLiteral("label_scheme"), toKey(scheme)); }

Status StoreSettings::validatePrefix(const QString &prefix)
{
    if (prefix.isEmpty() || prefix.size() > 16 || !NumberPattern::parse(prefix + QStringLiteral("-{seq}")))
        return Error{ErrorCode::InvalidInput,
                     QCoreApplication::translate("dc::StoreSettings", "The number prefix \"%1\" must be 1 to 16 ASCII letters, digits or - _ . /").arg(prefix)};
    return {};
}

Status StoreSettings::setNumberPrefix(const QString &prefix)
{
    if (const Status valid = validatePrefix(prefix); !valid)
        return valid;
    return setValue(QStringLiteral("number_prefix"), prefix);
}

Status StoreSettings::setNumberPattern(DocumentType type, const QString &pattern)
{
    auto parsed = NumberPattern::parse(pattern);
    if (!parsed)
        return parsed.error();
    return setValue(patternKey(type), pattern);
}

namespace {
QString routeKey(DocumentType type) { return QStringLiteral("route.") + toKey(type); }
} // namespace

Route StoreSettings::defaultRoute(DocumentType type) const
{
    const QJsonObject o = QJsonDocument::fromJson(value(routeKey(type)).toUtf8()).object();
    Route route;
    for (const QJsonValue &v : o.value(QLatin1String("reviewers")).toArray())
        route.reviewers << v.toString();
    route.approver = o.value(QLatin1String("approver")).toString();
    route.sequential = o.value(QLatin1String("sequential")).toBool();
    return route;
}

Status StoreSettings::setDefaultRoute(DocumentType type, const Route &route)
{
    const QJsonObject o{{QStringLiteral("reviewers"), QJsonArray::fromStringList(route.reviewers)},
                        {QStringLiteral("approver"), route.approver},
                        {QStringLiteral("sequential"), route.sequential}};
    return setValue(routeKey(type), QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
}

namespace {
QString acknowledgementKey(DocumentType type) { return QStringLiteral("acknowledge.") + toKey(type); }
} // namespace

bool StoreSettings::requiresAcknowledgement(DocumentType type) const
{
    const QString stored = value(acknowledgementKey(type));
    if (stored.isEmpty())
        return type == DocumentType::Policy;
    return stored == QLatin1String("yes");
}

Status StoreSettings::setRequiresAcknowledgement(DocumentType type, bool required)
{
    return setValue(acknowledgementKey(type), required ? QStringLiteral("yes") : QStringLiteral("no"));
}

namespace {
QString templateKey(DocumentType type) { return QStringLiteral("template.") + toKey(type); }
} // namespace

QString StoreSettings::documentTemplate(DocumentType type) const { return value(templateKey(type)); }

Status StoreSettings::setDocumentTemplate(DocumentType type, const QString &text) { return setValue(templateKey(type), text); }

int StoreSettings::defaultReviewIntervalMonths(DocumentType type)
{
    switch (type) {
    case DocumentType::Manual:
    case DocumentType::Policy:
    case DocumentType::Soa:
        return 12;
    case DocumentType::Procedure:
    case DocumentType::WorkInstruction:
    case DocumentType::Form:
        return 24;
    case DocumentType::Record:
    case DocumentType::External:
        return 36;
    }
    return 12;
}

} // namespace dc
