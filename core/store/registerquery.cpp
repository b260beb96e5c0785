#include "core/store/registerquery.h"

#include "core/store/database.h"
#include "core/store/documentrow.h"
#include "core/store/sql.h"

#include <QCoreApplication>

namespace dc {

namespace {


QString orderColumn(RegisterColumn column)
{
    switch (column) {
    case RegisterColumn::Number: return QStringLiteral("d.number");
    case RegisterColumn::Title: return QStringLiteral("d.title");
    case RegisterColumn::Type: return QStringLiteral("d.type");
    case RegisterColumn::Status: return QStringLiteral("r.status");
    case RegisterColumn::Owner: return QStringLiteral("u.name");
    case RegisterColumn::Department: return QStringLiteral("d.department");
    case RegisterColumn::Classification: return QStringLiteral("d.classification");
    case RegisterColumn::Updated: return QStringLiteral("r.updated_at");
    }
    return QStringLiteral("d.number");
}

// LIKE with the user's text taken literally.
QString likeContaining(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

struct Where {
    QStringList conditions;
    QVariantList binds;
};

// `like` is LIKE on SQLite, which ignores ASCII case, and ILIKE on PostgreSQL, where LIKE does not.
Result<Where> whereOf(const RegisterFilter &f, const QString &like)
{
    Where w;
    auto add = [&w](const QString &condition, const QVariantList &binds) {
        w.conditions << condition;
        w.binds << binds;
    };
    if (f.type)
        add(QStringLiteral("d.type = ?"), {toKey(*f.type)});
    if (f.status)
        add(QStringLiteral("r.status = ?"), {toKey(*f.status)});
    if (f.classification)
        add(QStringLiteral("d.classification = ?"), {toKey(*f.classification)});
    if (!f.owner.isEmpty())
        add(QStringLiteral("u.name = ?"), {f.owner});
    if (!f.department.isEmpty())
        add(QStringLiteral("d.department = ?"), {f.department});
    if (!f.text.trimmed().isEmpty()) {
        const QString pattern = likeContaining(f.text.trimmed());
        add(QStringLiteral("(d.number %1 ? ESCAPE '\\' OR d.title %1 ? ESCAPE '\\' OR d.title_en %1 ? ESCAPE '\\')").arg(like), {pattern, pattern, pattern});
    }
    if (!f.clause.trimmed().isEmpty()) {
        const QStringList parts = f.clause.simplified().split(QLatin1Char(' '));
        const QString clause = parts.last();
        if (parts.size() > 2 || (parts.size() == 2 && !ClauseRef::knownStandards().contains(parts.first()))) {
            return Error{ErrorCode::InvalidInput,
                         QCoreApplication::translate("dc::RegisterQuery", "The clause filter \"%1\" should be a clause (7.5) or a standard and a clause (27001:2013 7.5).").arg(f.clause)};
        }
        QString condition = QStringLiteral("EXISTS (SELECT 1 FROM document_clauses c WHERE c.document_id = d.id"
                                           " AND (c.clause = ? OR substr(c.clause, 1, ?) = ?)");
        QVariantList binds{clause, int(clause.size()) + 1, QString(clause + QLatin1Char('.'))};
        if (parts.size() == 2) {
            condition += QStringLiteral(" AND c.standard = ?");
            binds << parts.first();
        }
        add(condition + QLatin1Char(')'), binds);
    }
    return w;
}

} // namespace

Result<RegisterPage> queryRegister(Database &db, const RegisterQuery &query)
{
    auto where = whereOf(query.filter, db.isPostgres() ? QStringLiteral("ILIKE") : QStringLiteral("LIKE"));
    if (!where)
        return where.error();
    const QString whereSql = where->conditions.isEmpty() ? QString()
                                                         : QStringLiteral(" WHERE ") + where->conditions.join(QStringLiteral(" AND "));
    // Readers see each document as its effective revision; everyone else as its latest one.
    const QString from = query.filter.effectiveOnly ? DocumentRow::fromWithEffectiveRevision() : DocumentRow::fromWithCurrentRevision();
    RegisterPage page;
    auto counted = Sql::exec(db, QStringLiteral("SELECT count(*)") + from + whereSql, where->binds, QCoreApplication::translate("dc::RegisterQuery", "count the register"));
    if (!counted)
        return counted.error();
    counted.value().next();
    page.total = counted.value().value(0).toInt();

    const QString direction = query.order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QVariantList binds = where->binds;
    binds << query.limit << query.offset;
    auto rows = Sql::exec(db,
                          QStringLiteral("SELECT ") + DocumentRow::columns() + from + whereSql + QStringLiteral(" ORDER BY ") + orderColumn(query.sortBy) + direction
                              + QStringLiteral(", d.number") + direction + QStringLiteral(" LIMIT ? OFFSET ?"),
                          binds, QCoreApplication::translate("dc::RegisterQuery", "read the register"));
    if (!rows)
        return rows.error();
    QSqlQuery &q = rows.value();
    while (q.next())
        page.rows.append(DocumentRow::documentFrom(q));
    return page;
}

} // namespace dc
