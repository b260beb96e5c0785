#include "core/store/sql.h"

#include "core/model/timetext.h"

#include <QDate>
#include <QDateTime>

namespace dc::Sql {

Result<QSqlQuery> exec(Database &db, const QString &sql, const QVariantList &binds, const QString &doing)
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return db.queryError(query, doing);
    for (const QVariant &value : binds) {
        // A null QString would bind as SQL NULL; text columns want the empty string.
        const bool nullText = value.metaType() == QMetaType::fromType<QString>() && value.toString().isNull();
        query.addBindValue(nullText ? QVariant(QLatin1String("")) : value);
    }
    if (!query.exec())
        return db.queryError(query, doing);
    return query;
}

Status execAll(Database &db, const QStringList &statements, const QString &doing)
{
    QSqlQuery query(db.connection());
    for (const QString &statement : statements) {
        if (!query.exec(statement))
            return db.queryError(query, doing);
    }
    return {};
}

QString toText(const QDateTime &utc)
{
    return TimeText::fromUtc(utc);
}

QDateTime dateTimeFrom(const QVariant &value)
{
    return TimeText::toUtc(value.toString());
}

QVariant dateOrNull(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QDate dateFrom(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

} // namespace dc::Sql
