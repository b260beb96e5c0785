#include "core/store/registerquery.h"

#include "core/store/database.h"
#include "core/store/documentrow.h"
#include "core/store/sql.h"
#include "core/store/visibility.h"

#include <QCoreApplication>

namespace dc {

namespace {

// The register pages by document ids first: filters and sort keys are columns of `documents`
// (the current and effective revision's status and time are kept there by triggers, see
// migration 7), so one walk along a covering index in sort order finds the page's ids, and
// only the rows shown are joined to their owner and revision.

// The sort key, then the number in the same direction: every order is total. Readers see
// effective revisions only, whose status is always "effective": status sorts by number.
QStringList orderColumns(RegisterColumn column, bool effectiveOnly)
{
    switch (column) {
    case RegisterColumn::Number: return {QStringLiteral("d.number")};
    case RegisterColumn::Title: return {QStringLiteral("d.title"), QStringLiteral("d.number")};
    case RegisterColumn::Type: return {QStringLiteral("d.type"), QStringLiteral("d.number")};
    case RegisterColumn::Status:
        if (effectiveOnly)
            return {QStringLiteral("d.number")};
        return {QStringLiteral("d.current_status"), QStringLiteral("d.number")};
    case RegisterColumn::Owner: return {QStringLiteral("u.name"), QStringLiteral("d.number")};
    case RegisterColumn::Department: return {QStringLiteral("d.department"), QStringLiteral("d.number")};
    case RegisterColumn::Classification: return {QStringLiteral("d.classification"), QStringLiteral("d.number")};
    case RegisterColumn::Updated:
        return {effectiveOnly ? QStringLiteral("d.effective_updated_at") : QStringLiteral("d.current_updated_at"), QStringLiteral("d.number")};
    }
    return {QStringLiteral("d.number")};
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

// The filters as conditions on documents d. With `keepToSortIndex`, on SQLite an equality
// filter's column is written +column, which keeps the planner on the sort column's covering index (it holds every filter
// column) instead of searching the filter's index and sorting what it finds: a walk of the
// whole index costs a few milliseconds, a sort of half the register hundreds. `like` is LIKE
// on SQLite, which ignores ASCII case, and ILIKE on PostgreSQL, where LIKE does not.
Result<Where> whereOf(const RegisterFilter &f, bool postgres, bool keepToSortIndex)
{
    Where w;
    const QString like = postgres ? QStringLiteral("ILIKE") : QStringLiteral("LIKE");
    auto add = [&w](const QString &condition, const QVariantList &binds) {
        w.conditions << condition;
        w.binds << binds;
    };
    const bool unary = !postgres && keepToSortIndex;
    auto equals = [&add, unary](const char *column, const QVariant &value, const char *placeholder = "?") {
        add((unary ? QStringLiteral("+") : QString()) + QLatin1String(column) + QStringLiteral(" = ") + QLatin1String(placeholder), {value});
    };
    // Readers see documents with an effective revision; everyone else those with any revision.
    add(f.effectiveOnly ? QStringLiteral("d.effective_revision_id IS NOT NULL") : QStringLiteral("d.current_status IS NOT NULL"), {});
    if (f.viewer)
        add(Visibility::condition(*f.viewer), {});
    if (f.type)
        equals("d.type", toKey(*f.type));
    if (f.status) {
        if (!f.effectiveOnly)
            equals("d.current_status", toKey(*f.status));
        else if (*f.status != RevisionStatus::Effective)
            add(QStringLiteral("1 = 0"), {}); // an effective revision has no other status
    }
    if (f.classification)
        equals("d.classification", toKey(*f.classification));
    if (!f.owner.isEmpty())
        equals("d.owner_id", f.owner, "(SELECT id FROM users WHERE name = ?)");
    if (!f.department.isEmpty())
        equals("d.department", f.department);
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
        // A set computed once, not a lookup per document walked.
        QString condition = QStringLiteral("d.id IN (SELECT c.document_id FROM document_clauses c WHERE (c.clause = ? OR substr(c.clause, 1, ?) = ?)");
        QVariantList binds{clause, int(clause.size()) + 1, QString(clause + QLatin1Char('.'))};
        if (parts.size() == 2) {
            condition += QStringLiteral(" AND c.standard = ?");
            binds << parts.first();
        }
        add(condition + QLatin1Char(')'), binds);
    }
    return w;
}

QString orderBy(const QStringList &columns, Qt::SortOrder order)
{
    const QString direction = order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    return QStringLiteral(" ORDER BY ") + columns.join(direction + QStringLiteral(", ")) + direction;
}

} // namespace

Result<RegisterPage> queryRegister(Database &db, const RegisterQuery &query)
{
    const bool effectiveOnly = query.filter.effectiveOnly;
    auto where = whereOf(query.filter, db.isPostgres(), true);
    if (!where)
        return where.error();
    const QString whereSql = QStringLiteral(" WHERE ") + where->conditions.join(QStringLiteral(" AND "));
    // The count has no order to keep: it may search a filter's own index.
    const auto counting = whereOf(query.filter, db.isPostgres(), false);
    RegisterPage page;
    auto counted = Sql::exec(db, QStringLiteral("SELECT count(*) FROM documents d WHERE ") + counting->conditions.join(QStringLiteral(" AND ")), counting->binds,
                             QCoreApplication::translate("dc::RegisterQuery", "count the register"));
    if (!counted)
        return counted.error();
    counted.value().next();
    page.total = counted.value().value(0).toInt();
    if (query.offset >= page.total)
        return page;

    // Ids of the page first (owners joined only to sort by their names), then the rows shown.
    const QString order = orderBy(orderColumns(query.sortBy, effectiveOnly), query.order);
    const QString ids = QStringLiteral("SELECT d.id FROM ")
                        + (query.sortBy == RegisterColumn::Owner ? QStringLiteral("users u JOIN documents d ON d.owner_id = u.id") : QStringLiteral("documents d"))
                        + whereSql + order + QStringLiteral(" LIMIT ? OFFSET ?");
    const QString revision = effectiveOnly ? QStringLiteral("d.effective_revision_id") : QStringLiteral("d.current_revision_id");
    QVariantList binds = where->binds;
    binds << query.limit << query.offset;
    auto rows = Sql::exec(db,
                          QStringLiteral("SELECT ") + DocumentRow::columns() + QStringLiteral(" FROM (") + ids
                              + QStringLiteral(") page JOIN documents d ON d.id = page.id JOIN users u ON u.id = d.owner_id JOIN revisions r ON r.id = ")
                              + revision + order,
                          binds, QCoreApplication::translate("dc::RegisterQuery", "read the register"));
    if (!rows)
        return rows.error();
    QSqlQuery &q = rows.value();
    while (q.next())
        page.rows.append(DocumentRow::documentFrom(q));
    return page;
}

} // namespace dc
