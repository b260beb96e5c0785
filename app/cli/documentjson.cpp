#include "app/cli/documentjson.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace dc::cli {

namespace {
QJsonValue dateOrNull(const QDate &date) { return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(); }
QString utc(const QDateTime &time) { return time.toUTC().toString(Qt::ISODate); }
} // namespace

QJsonObject documentJson(const Document &d)
{
    QJsonArray clauses;
    for (const ClauseRef &clause : d.clauses)
        clauses.append(clause.toString());
    return QJsonObject{
        {QStringLiteral("number"), d.number},
        {QStringLiteral("title"), d.title},
        {QStringLiteral("titleEn"), d.titleEn},
        {QStringLiteral("type"), toKey(d.type)},
        {QStringLiteral("owner"), d.owner},
        {QStringLiteral("department"), d.department},
        {QStringLiteral("classification"), toKey(d.classification)},
        {QStringLiteral("reviewIntervalMonths"), d.reviewIntervalMonths},
        {QStringLiteral("retentionYears"), d.retentionYears},
        {QStringLiteral("clauses"), clauses},
        {QStringLiteral("revision"), d.currentLabel},
        {QStringLiteral("status"), toKey(d.currentStatus)},
        {QStringLiteral("created"), utc(d.createdAt)},
        {QStringLiteral("updated"), utc(d.updatedAt)},
    };
}

QJsonObject revisionJson(const Revision &r, bool withContent)
{
    QJsonObject json{
        {QStringLiteral("label"), r.label},
        {QStringLiteral("status"), toKey(r.status)},
        {QStringLiteral("summary"), r.changeSummary},
        {QStringLiteral("author"), r.author},
        {QStringLiteral("sha256"), r.contentHash},
        {QStringLiteral("created"), utc(r.createdAt)},
        {QStringLiteral("updated"), utc(r.updatedAt)},
        {QStringLiteral("effectiveDate"), dateOrNull(r.effectiveDate)},
        {QStringLiteral("nextReviewDate"), dateOrNull(r.nextReviewDate)},
    };
    if (withContent)
        json.insert(QStringLiteral("content"), r.content);
    return json;
}

QJsonObject detailsJson(const DocumentDetails &details)
{
    QJsonObject json = documentJson(details.document);
    QJsonArray history;
    for (const Revision &r : details.history)
        history.append(revisionJson(r, false));
    json.insert(QStringLiteral("shown"), revisionJson(details.revision, true));
    json.insert(QStringLiteral("revisions"), history);
    return json;
}

QJsonObject hitJson(const SearchHit &hit)
{
    return QJsonObject{
        {QStringLiteral("number"), hit.number},
        {QStringLiteral("title"), hit.title},
        {QStringLiteral("titleEn"), hit.titleEn},
        {QStringLiteral("type"), toKey(hit.type)},
        {QStringLiteral("revision"), hit.label},
        {QStringLiteral("status"), toKey(hit.status)},
        {QStringLiteral("score"), hit.score},
        {QStringLiteral("snippet"), hit.snippet.text},
        {QStringLiteral("highlighted"), hit.snippet.marked(QStringLiteral("<mark>"), QStringLiteral("</mark>"))},
    };
}

QString detailsText(const DocumentDetails &details)
{
    const Document &d = details.document;
    const Revision &r = details.revision;
    QStringList clauses;
    for (const ClauseRef &clause : d.clauses)
        clauses << clause.toString();
    QString text;
    text += QStringLiteral("%1  %2\n").arg(d.number, d.title);
    if (!d.titleEn.isEmpty())
        text += QStringLiteral("%1  %2\n").arg(QString(d.number.size(), QLatin1Char(' ')), d.titleEn);
    const QString owner = d.department.isEmpty() ? d.owner : QStringLiteral("%1 (%2)").arg(d.owner, d.department);
    text += QCoreApplication::translate("dc::cli", "Type: %1   Classification: %2   Owner: %3\n").arg(displayName(d.type), displayName(d.classification), owner);
    text += QCoreApplication::translate("dc::cli", "Review every %n month(s)", nullptr, d.reviewIntervalMonths);
    if (d.retentionYears > 0)
        text += QCoreApplication::translate("dc::cli", "   Retain %n year(s)", nullptr, d.retentionYears);
    text += QLatin1Char('\n');
    if (!clauses.isEmpty())
        text += QCoreApplication::translate("dc::cli", "Clauses: %1\n").arg(clauses.join(QStringLiteral(", ")));
    text += QCoreApplication::translate("dc::cli", "Revision %1 (%2) by %3, updated %4: %5\nSHA-256 %6\n")
                .arg(r.label, displayName(r.status), r.author, utc(r.updatedAt), r.changeSummary, r.contentHash);
    if (details.history.size() > 1) {
        text += QCoreApplication::translate("dc::cli", "Revisions:");
        for (const Revision &h : details.history)
            text += QCoreApplication::translate("dc::cli", " %1 (%2)").arg(h.label, displayName(h.status));
        text += QLatin1Char('\n');
    }
    text += QStringLiteral("\n") + r.content;
    if (!r.content.endsWith(QLatin1Char('\n')))
        text += QLatin1Char('\n');
    return text;
}

} // namespace dc::cli
