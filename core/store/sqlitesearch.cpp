#include "core/store/sqlitesearch.h"

#include "core/model/parallel.h"
#include "core/store/database.h"
#include "core/store/documentrow.h"
#include "core/store/indexedtext.h"
#include "core/store/searchquery.h"
#include "core/store/sql.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <future>
#include <vector>

namespace dc::SqliteSearch {

namespace {

constexpr qint64 kCurrent = 1;
constexpr qint64 kEffective = 2;

qint64 entryKey(qint64 documentId, qint64 flags) { return documentId * 4 + flags; }

QString doingUpdate() { return QCoreApplication::translate("dc::SearchIndex", "update the search index"); }

QString fingerprint(const QString &content)
{
    return QString::fromLatin1(QCryptographicHash::hash(content.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
}

// What an entry was written from: enough to give FTS5 its tokens again.
struct Source {
    qint64 entry = 0;
    QVariant revisionId;
    QString number, title, titleEn, content;
};

// An entry ready to write: its tokens made and its text fingerprinted.
struct Prepared {
    Source source;
    QVariantList tokenColumns; // rowid, number, title, body, title_chars, body_chars
    QString fingerprint;
};

QVariantList tokenColumns(const Source &source)
{
    const IndexedText text = IndexedText::of(source.number, source.title, source.titleEn, source.content);
    return {source.entry,
            IndexedText::joined(text.number),
            IndexedText::joined(text.title),
            IndexedText::joined(text.body),
            IndexedText::joined(text.titleChars),
            IndexedText::joined(text.bodyChars)};
}

Prepared prepare(Source source)
{
    QVariantList columns = tokenColumns(source);
    QString print = fingerprint(source.content);
    return {std::move(source), std::move(columns), std::move(print)};
}

Status write(Database &db, const Prepared &entry)
{
    if (auto inserted = Sql::exec(db,
                                  QStringLiteral("INSERT INTO search_index(rowid, number, title, body, title_chars, body_chars)"
                                                 " VALUES (?, ?, ?, ?, ?, ?)"),
                                  entry.tokenColumns, doingUpdate());
        !inserted)
        return inserted.error();
    const Source &source = entry.source;
    return Status::from(Sql::exec(db,
                                  QStringLiteral("INSERT INTO search_entries(entry, revision_id, number, title, title_en, fingerprint)"
                                                 " VALUES (?, ?, ?, ?, ?, ?)"),
                                  {source.entry, source.revisionId, source.number, source.title, source.titleEn, entry.fingerprint},
                                  doingUpdate()));
}

Status erase(Database &db, const Source &source)
{
    if (auto removed = Sql::exec(db,
                                 QStringLiteral("INSERT INTO search_index(search_index, rowid, number, title, body, title_chars, body_chars)"
                                                " VALUES ('delete', ?, ?, ?, ?, ?, ?)"),
                                 tokenColumns(source), doingUpdate());
        !removed)
        return removed.error();
    return Status::from(Sql::exec(db, QStringLiteral("DELETE FROM search_entries WHERE entry = ?"), {source.entry}, doingUpdate()));
}

// Every document's entries (or one document's): the current revision, and the effective one
// when it is another.
const QString &documentsQuery()
{
    static const QString query = QStringLiteral(
        "SELECT d.id, d.number, d.title, d.title_en, d.current_revision_id, rc.content, d.effective_revision_id, re.content"
        " FROM documents d LEFT JOIN revisions rc ON rc.id = d.current_revision_id"
        " LEFT JOIN revisions re ON re.id = d.effective_revision_id");
    return query;
}

// The entries of the document in a row of documentsQuery(): none, one or two.
void appendEntries(const QSqlQuery &row, std::vector<Source> &entries)
{
    const qint64 id = row.value(0).toLongLong();
    const Source document{0, {}, row.value(1).toString(), row.value(2).toString(), row.value(3).toString(), {}};
    const QVariant current = row.value(4);
    const QVariant effective = row.value(6);
    const bool shared = !current.isNull() && current == effective;
    if (!current.isNull()) {
        Source &entry = entries.emplace_back(document);
        entry.entry = entryKey(id, shared ? kCurrent | kEffective : kCurrent);
        entry.revisionId = current;
        entry.content = row.value(5).toString();
    }
    if (!effective.isNull() && !shared) {
        Source &entry = entries.emplace_back(document);
        entry.entry = entryKey(id, kEffective);
        entry.revisionId = effective;
        entry.content = row.value(7).toString();
    }
}

// Tokenizing needs nothing from the store and can run on every core.
std::vector<Prepared> prepareAll(std::vector<Source> entries)
{
    std::vector<Prepared> prepared(entries.size());
    inParallel(qsizetype(entries.size()), [&](qsizetype i) { prepared[size_t(i)] = prepare(std::move(entries[size_t(i)])); });
    return prepared;
}

Status writeAll(Database &db, const std::vector<Prepared> &entries)
{
    for (const Prepared &entry : entries) {
        if (const Status written = write(db, entry); !written)
            return written;
    }
    return {};
}

// Removes the document's entries; true when that took rebuilding the whole index, which has
// written the document's entries anew.
Result<bool> removeEntries(Database &db, qint64 documentId)
{
    auto rows = Sql::exec(db,
                          QStringLiteral("SELECT e.entry, e.revision_id, e.number, e.title, e.title_en, e.fingerprint, r.content"
                                         " FROM search_entries e LEFT JOIN revisions r ON r.id = e.revision_id WHERE e.entry BETWEEN ? AND ?"),
                          {entryKey(documentId, 0), entryKey(documentId, 3)}, doingUpdate());
    if (!rows)
        return rows.error();
    std::vector<Source> sources;
    bool stale = false;
    while (rows.value().next()) {
        const QSqlQuery &q = rows.value();
        sources.push_back({q.value(0).toLongLong(), q.value(1), q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                           q.value(6).toString()});
        stale = stale || fingerprint(sources.back().content) != q.value(5).toString();
    }
    // FTS5 keeps each entry's length in its docsize table: an entry there that search_entries
    // does not describe (its row deleted by hand) cannot be removed either.
    auto indexed = Sql::exec(db, QStringLiteral("SELECT count(*) FROM search_index_docsize WHERE id BETWEEN ? AND ?"),
                             {entryKey(documentId, 0), entryKey(documentId, 3)}, doingUpdate());
    if (!indexed)
        return indexed.error();
    stale = stale || !indexed.value().next() || indexed.value().value(0).toLongLong() != qint64(sources.size());
    if (stale) { // the tokens an entry was written with are gone: only starting afresh removes it
        if (const Status rebuilt = rebuild(db); !rebuilt)
            return rebuilt.error();
        return true;
    }
    for (const Source &source : sources) {
        if (const Status erased = erase(db, source); !erased)
            return erased.error();
    }
    return false;
}

} // namespace

Status forget(Database &db, qint64 documentId)
{
    return Status::from(removeEntries(db, documentId));
}

Status refresh(Database &db, qint64 documentId)
{
    auto removed = removeEntries(db, documentId);
    if (!removed)
        return removed.error();
    if (removed.value()) // the rebuild wrote this document's entries
        return {};
    auto row = Sql::exec(db, documentsQuery() + QStringLiteral(" WHERE d.id = ?"), {documentId}, doingUpdate());
    if (!row)
        return row.error();
    std::vector<Source> entries;
    if (row.value().next())
        appendEntries(row.value(), entries);
    return writeAll(db, prepareAll(std::move(entries)));
}

Status rebuild(Database &db)
{
    const QString doing = QCoreApplication::translate("dc::SearchIndex", "rebuild the search index");
    if (const Status cleared = Sql::execAll(db, {QStringLiteral("INSERT INTO search_index(search_index) VALUES ('delete-all')"),
                                                 QStringLiteral("DELETE FROM search_entries")}, doing);
        !cleared)
        return cleared;
    auto rows = Sql::exec(db, documentsQuery() + QStringLiteral(" ORDER BY d.id"), {}, doing);
    if (!rows)
        return rows.error();
    // In batches, so that only a small part of the texts is in memory: while one batch is
    // written, the next is tokenized on other threads (tokenizing takes about as long as
    // writing).
    constexpr size_t kBatch = 1024;
    std::vector<Source> batch;
    std::future<std::vector<Prepared>> pending;
    const auto handOver = [&]() -> Status {
        std::future<std::vector<Prepared>> next = std::async(std::launch::async, prepareAll, std::move(batch));
        batch.clear();
        const Status written = pending.valid() ? writeAll(db, pending.get()) : Status{};
        pending = std::move(next);
        return written;
    };
    while (rows.value().next()) {
        appendEntries(rows.value(), batch);
        if (batch.size() >= kBatch) {
            if (const Status written = handOver(); !written)
                return written;
        }
    }
    if (const Status written = handOver(); !written)
        return written;
    if (const Status written = writeAll(db, pending.get()); !written)
        return written;
    // One b-tree per term instead of many small segments: smaller, and faster to query.
    return Sql::execAll(db, {QStringLiteral("INSERT INTO search_index(search_index) VALUES ('optimize')")}, doing);
}

Result<SearchResults> search(Database &db, const SearchQuery::Parsed &parsed, int limit, int offset, bool effectiveOnly,
                             const QString &visibleDocuments)
{
    QStringList expressions;
    for (const SearchQuery::Atom &atom : parsed.atoms) {
        // Tokens are letters and digits only, so quoting them is safe whatever the user typed.
        expressions << (atom.character ? QStringLiteral("({title_chars body_chars} : \"%1\")").arg(atom.tokens.first())
                                       : QStringLiteral("({number title body} : \"%1\"%2)").arg(IndexedText::joined(atom.tokens), atom.prefix ? QStringLiteral("*") : QString()));
    }
    const QString match = expressions.join(QStringLiteral(" AND "));
    // Staff search the current revisions, readers the effective ones. Entries of documents the
    // searcher may not see are never counted nor read.
    QString visible = QStringLiteral(" AND (search_index.rowid & %1) <> 0").arg(effectiveOnly ? kEffective : kCurrent);
    if (!visibleDocuments.isEmpty())
        visible += QStringLiteral(" AND (search_index.rowid >> 2) IN (SELECT d.id FROM documents d WHERE %1)").arg(visibleDocuments);
    const QString documentJoin = QStringLiteral(" JOIN documents d ON d.id = top.entry >> 2")
                                 + (effectiveOnly ? DocumentRow::effectiveRevisionJoin() : DocumentRow::currentRevisionJoin());
    const QString doing = QCoreApplication::translate("dc::SearchIndex", "search");

    SearchResults results;
    auto counted = Sql::exec(db, QStringLiteral("SELECT count(*) FROM search_index WHERE search_index MATCH ?") + visible, {match}, doing);
    if (!counted)
        return counted.error();
    if (counted.value().next())
        results.total = counted.value().value(0).toInt();

    // Rank inside the index and read the documents and texts of the page's hits only: a term
    // found in most of the store must not read every match's text.
    auto rows = Sql::exec(db,
                          QStringLiteral("WITH top AS (SELECT search_index.rowid AS entry, bm25(search_index, 8.0, 4.0, 1.0, 2.0, 0.5) AS score"
                                         " FROM search_index WHERE search_index MATCH ?")
                              + visible + QStringLiteral(" ORDER BY score, search_index.rowid LIMIT ? OFFSET ?) SELECT ") + SearchQuery::hitColumns()
                              + QStringLiteral(", top.score FROM top") + documentJoin + QStringLiteral(" ORDER BY top.score, d.number"),
                          {match, limit, offset}, doing);
    if (!rows)
        return rows.error();
    QSqlQuery &q = rows.value();
    while (q.next())
        results.hits.append(SearchQuery::hitFrom(q, parsed.highlightTerms, -q.value(8).toDouble())); // bm25 is lower-is-better
    return results;
}

} // namespace dc::SqliteSearch
