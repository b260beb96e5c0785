#include "core/store/sql.h"

#include "core/model/timetext.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDriver>
#include <QSqlField>

namespace dc::Sql {

namespace {

// One bound value as a PostgreSQL literal, escaped by the driver (libpq). Values other than
// bytes and NULL become untyped string literals, which PostgreSQL reads as whatever type the
// column or operator wants — as SQLite's dynamic typing does.
QString literal(const QSqlDriver &driver, const QVariant &value)
{
    if (value.isNull() && value.metaType() != QMetaType::fromType<QString>())
        return QStringLiteral("NULL");
    QSqlField field;
    if (value.metaType() == QMetaType::fromType<QByteArray>()) {
        field = QSqlField(QString(), value.metaType());
        field.setValue(value);
    } else {
        field = QSqlField(QString(), QMetaType::fromType<QString>());
        field.setValue(value.metaType() == QMetaType::fromType<bool>() ? QString::number(value.toBool() ? 1 : 0)
                       : value.metaType() == QMetaType::fromType<double>() ? QString::number(value.toDouble(), 'g', 17)
                                                                            : value.toString());
    }
    return driver.formatValue(field);
}

// `sql` with each `?` outside a quoted string replaced by its value. On PostgreSQL this runs a
// statement in one round trip, where Qt's prepared statements take three (PREPARE, EXECUTE,
// DEALLOCATE) and warn when a failed transaction refuses the DEALLOCATE.
QString inlined(const QSqlDriver &driver, const QString &sql, const QVariantList &binds)
{
    QString out;
    out.reserve(sql.size() + 32 * binds.size());
    bool inString = false;
    qsizetype next = 0;
    for (const QChar c : sql) {
        if (c == QLatin1Char('\''))
            inString = !inString;
        if (c == QLatin1Char('?') && !inString && next < binds.size())
            out += literal(driver, binds.at(next++));
        else
            out += c;
    }
    return out;
}

} // namespace

Result<QSqlQuery> exec(Database &db, const QString &sql, const QVariantList &binds, const QString &doing)
{
    QSqlQuery query(db.connection());
    if (db.isPostgres()) {
        // Rows are fetched whole: a forward-only query on PostgreSQL streams them and loses them
        // when the connection runs another query meanwhile (as a loop that updates what it reads).
        if (!query.exec(inlined(*db.connection().driver(), sql, binds)))
            return db.queryError(query, doing);
        return query;
    }
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
