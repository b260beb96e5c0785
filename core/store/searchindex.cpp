#include "core/store/searchindex.h"

#include "core/store/database.h"
#include "core/store/indexedtext.h"
#include "core/store/pgsearch.h"
#include "core/store/searchquery.h"
#include "core/store/sql.h"
#include "core/store/sqlitesearch.h"
#include "core/store/visibility.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace dc::SearchIndex {

namespace {

QString doingUpdate() { return QCoreApplication::translate("dc::SearchIndex", "update the search index"); }

// PostgreSQL keeps the current revision under the document id and the effective one under the
// negated id; an entry is removed by its key, so nothing needs forgetting first. One query reads
// both revisions (Sql::exec fetches PostgreSQL rows whole, so the writes may follow while it is
// open).
Status refreshPostgres(Database &db, qint64 documentId)
{
    auto row = Sql::exec(db,
                         QStringLiteral("SELECT d.number, d.title, d.title_en, rc.content, re.content FROM documents d"
                                        " LEFT JOIN revisions rc ON rc.id = d.current_revision_id"
                                        " LEFT JOIN revisions re ON re.id = d.effective_revision_id WHERE d.id = ?"),
                         {documentId}, doingUpdate());
    if (!row)
        return row.error();
    QSqlQuery &q = row.value();
    const bool exists = q.next(); // a document that is gone has neither entry
    for (const bool effective : {false, true}) {
        const qint64 key = effective ? -documentId : documentId;
        const QVariant content = exists ? q.value(effective ? 4 : 3) : QVariant();
        const Status written = content.isNull() ? PgSearch::remove(db, key)
                                                : PgSearch::index(db, key, IndexedText::of(q.value(0).toString(), q.value(1).toString(),
                                                                                           q.value(2).toString(), content.toString()));
        if (!written)
            return written;
    }
    return {};
}

Status rebuildPostgres(Database &db)
{
    const QString doing = QCoreApplication::translate("dc::SearchIndex", "rebuild the search index");
    if (auto cleared = Sql::exec(db, QStringLiteral("DELETE FROM search_index"), {}, doing); !cleared)
        return cleared.error();
    // The ids first, then one document at a time: PostgreSQL's rows arrive whole, and every text
    // at once would be a large part of the store in memory.
    auto rows = Sql::exec(db, QStringLiteral("SELECT id FROM documents ORDER BY id"), {}, doing);
    if (!rows)
        return rows.error();
    QList<qint64> ids;
    while (rows.value().next())
        ids.append(rows.value().value(0).toLongLong());
    for (const qint64 id : ids) {
        if (const Status indexed = refreshPostgres(db, id); !indexed)
            return indexed;
    }
    return {};
}

} // namespace

Status forget(Database &db, qint64 documentId)
{
    return db.isPostgres() ? Status{} : SqliteSearch::forget(db, documentId);
}

Status refresh(Database &db, qint64 documentId)
{
    return db.isPostgres() ? refreshPostgres(db, documentId) : SqliteSearch::refresh(db, documentId);
}

Status rebuild(Database &db)
{
    return db.isPostgres() ? rebuildPostgres(db) : SqliteSearch::rebuild(db);
}

Result<SearchResults> search(Database &db, const QString &query, int limit, int offset, bool effectiveOnly, const std::optional<User> &viewer)
{
    const Result<SearchQuery::Parsed> parsed = SearchQuery::parse(query);
    if (!parsed)
        return parsed.error();
    const QString visibleDocuments = viewer && !viewer->seesEveryClassification() ? Visibility::condition(*viewer) : QString();
    if (db.isPostgres())
        return PgSearch::search(db, parsed.value(), limit, offset, effectiveOnly, visibleDocuments);
    return SqliteSearch::search(db, parsed.value(), limit, offset, effectiveOnly, visibleDocuments);
}

} // namespace dc::SearchIndex
