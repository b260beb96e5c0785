#include "core/store/documentstore.h"

#include "core/store/database.h"
#include "core/store/documentrow.h"
#include "core/store/sql.h"

#include <QCoreApplication>

namespace dc {

namespace {

const QString kRevisionColumns = QStringLiteral(
    "r.id, r.document_id, r.label, r.status, r.content, r.content_hash, r.change_summary, u.name,"
    " r.created_at, r.updated_at, r.effective_date, r.next_review_date");

Revision revisionFrom(const QSqlQuery &q)
{
    Revision r;
    r.id = q.value(0).toLongLong();
    r.documentId = q.value(1).toLongLong();
    r.label = q.value(2).toString();
    r.status = revisionStatusFromKey(q.value(3).toString()).value_or(RevisionStatus::Draft);
    r.content = q.value(4).toString();
    r.contentHash = q.value(5).toString();
    r.changeSummary = q.value(6).toString();
    r.author = q.value(7).toString();
    r.createdAt = Sql::dateTimeFrom(q.value(8));
    r.updatedAt = Sql::dateTimeFrom(q.value(9));
    r.effectiveDate = Sql::dateFrom(q.value(10));
    r.nextReviewDate = Sql::dateFrom(q.value(11));
    return r;
}
} // namespace

Result<qint64> DocumentStore::insertDocument(const Document &d, qint64 ownerId)
{
    return m_db.write([&]() -> Result<qint64> {
        auto inserted = Sql::exec(m_db,
                                  QStringLiteral("INSERT INTO documents(number, title, title_en, type, owner_id, department,"
                                                 " classification, review_interval_months, retention_years, created_at)"
                                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                  {d.number, d.title, d.titleEn, toKey(d.type), ownerId, d.department, toKey(d.classification),
                                   d.reviewIntervalMonths, d.retentionYears, Sql::toText(d.createdAt)},
                                  QCoreApplication::translate("dc::DocumentStore", "register the document"));
        if (!inserted)
            return inserted.error();
        const qint64 id = inserted.value().lastInsertId().toLongLong();
        if (const Status clauses = insertClauses(id, d.clauses); !clauses)
            return clauses.error();
        return id;
    });
}

Status DocumentStore::insertClauses(qint64 documentId, const ClauseRefs &clauses)
{
    for (const ClauseRef &ref : clauses) {
        auto clause = Sql::exec(m_db, QStringLiteral("INSERT INTO document_clauses(document_id, standard, clause) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"),
                                {documentId, ref.standard, ref.clause}, QCoreApplication::translate("dc::DocumentStore", "record the clause references"));
        if (!clause)
            return clause.error();
    }
    return {};
}

Status DocumentStore::updateMetadata(const Document &d, qint64 ownerId)
{
    return m_db.write([&]() -> Status {
        auto updated = Sql::exec(m_db,
                                 QStringLiteral("UPDATE documents SET title = ?, title_en = ?, owner_id = ?, department = ?, classification = ?,"
                                                " review_interval_months = ?, retention_years = ? WHERE id = ?"),
                                 {d.title, d.titleEn, ownerId, d.department, toKey(d.classification), d.reviewIntervalMonths, d.retentionYears, d.id},
                                 QCoreApplication::translate("dc::DocumentStore", "change the document's details"));
        if (!updated)
            return updated.error();
        auto removed = Sql::exec(m_db, QStringLiteral("DELETE FROM document_clauses WHERE document_id = ?"), {d.id},
                                 QCoreApplication::translate("dc::DocumentStore", "record the clause references"));
        if (!removed)
            return removed.error();
        return insertClauses(d.id, d.clauses);
    });
}

Result<qint64> DocumentStore::insertRevision(const Revision &r, qint64 authorId)
{
    auto inserted = m_db.write([&]() {
        return Sql::exec(m_db,
                         QStringLiteral("INSERT INTO revisions(document_id, label, status, content, content_hash, change_summary,"
                                        " author_id, created_at, updated_at, effective_date, next_review_date)"
                                        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                         {r.documentId, r.label, toKey(r.status), r.content, r.contentHash, r.changeSummary, authorId,
                          Sql::toText(r.createdAt), Sql::toText(r.updatedAt), Sql::dateOrNull(r.effectiveDate),
                          Sql::dateOrNull(r.nextReviewDate)},
                         QCoreApplication::translate("dc::DocumentStore", "save the revision"));
    });
    if (!inserted)
        return inserted.error();
    return inserted.value().lastInsertId().toLongLong();
}

Status DocumentStore::updateDraft(qint64 revisionId, const QString &content, const QString &hash, const QString &summary,
                                  const QDateTime &updatedAt)
{
    return m_db.write([&]() {
        // The status condition makes the store itself refuse to change a submitted revision.
        auto updated = Sql::exec(m_db,
                                 QStringLiteral("UPDATE revisions SET content = ?, content_hash = ?, change_summary = ?, updated_at = ?"
                                                " WHERE id = ? AND status = 'draft'"),
                                 {content, hash, summary, Sql::toText(updatedAt), revisionId}, QCoreApplication::translate("dc::DocumentStore", "save the draft"));
        if (!updated)
            return Status(updated.error());
        if (updated.value().numRowsAffected() != 1)
            return Status(Error{ErrorCode::InvalidState, QCoreApplication::translate("dc::DocumentStore", "The revision is no longer a draft and cannot be changed.")});
        return Status();
    });
}

Error DocumentStore::noSuchDocument(const QString &number)
{
    return Error{ErrorCode::NotFound, QCoreApplication::translate("dc::DocumentStore", "There is no document numbered \"%1\".").arg(number)};
}

Result<Document> DocumentStore::find(const QString &number) const
{
    auto q = Sql::exec(m_db,
                       QStringLiteral("SELECT ") + DocumentRow::columns() + DocumentRow::fromWithCurrentRevision()
                           + QStringLiteral(" WHERE d.number = ?"),
                       {number}, QCoreApplication::translate("dc::DocumentStore", "look up the document"));
    if (!q)
        return q.error();
    if (!q.value().next())
        return noSuchDocument(number);
    Document d = DocumentRow::documentFrom(q.value());

    auto clauses = Sql::exec(m_db, QStringLiteral("SELECT standard, clause FROM document_clauses WHERE document_id = ? ORDER BY standard, clause"),
                             {d.id}, QCoreApplication::translate("dc::DocumentStore", "read the clause references"));
    if (!clauses)
        return clauses.error();
    while (clauses.value().next())
        d.clauses.append(ClauseRef{clauses.value().value(0).toString(), clauses.value().value(1).toString()});
    return d;
}

bool DocumentStore::numberExists(const QString &number) const
{
    auto q = Sql::exec(m_db, QStringLiteral("SELECT 1 FROM documents WHERE number = ?"), {number}, QCoreApplication::translate("dc::DocumentStore", "look up the document"));
    return q && q.value().next();
}

Result<Revision> DocumentStore::oneRevision(const QString &where, const QVariantList &binds) const
{
    auto q = Sql::exec(m_db, QStringLiteral("SELECT ") + kRevisionColumns + QStringLiteral(" FROM revisions r JOIN users u ON u.id = r.author_id WHERE ") + where,
                       binds, QCoreApplication::translate("dc::DocumentStore", "read the revision"));
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error{ErrorCode::NotFound, QCoreApplication::translate("dc::DocumentStore", "There is no such revision.")};
    Revision revision = revisionFrom(q.value());
    if (const Status filled = fillEditors(revision); !filled)
        return filled.error();
    return revision;
}

Status DocumentStore::fillEditors(Revision &revision) const
{
    // Who changed the content is what the trail says: the author, and every later edit or import.
    auto q = Sql::exec(m_db,
                       QStringLiteral("SELECT e.user_name FROM events e WHERE e.object = (SELECT number FROM documents WHERE id = ?) || ' ' || ?"
                                      " AND e.action IN (") + DocumentRow::editingActions() + QStringLiteral(") ORDER BY e.seq"),
                       {revision.documentId, revision.label}, QCoreApplication::translate("dc::DocumentStore", "read who changed the revision"));
    if (!q)
        return q.error();
    revision.editors = {revision.author};
    while (q.value().next()) {
        const QString name = q.value().value(0).toString();
        if (!revision.editors.contains(name))
            revision.editors << name;
    }
    return {};
}

Result<QList<Revision>> DocumentStore::revisions(qint64 documentId) const
{
    auto q = Sql::exec(m_db, QStringLiteral("SELECT ") + kRevisionColumns
                                 + QStringLiteral(" FROM revisions r JOIN users u ON u.id = r.author_id WHERE r.document_id = ? ORDER BY r.id"),
                       {documentId}, QCoreApplication::translate("dc::DocumentStore", "read the revisions"));
    if (!q)
        return q.error();
    QList<Revision> all;
    while (q.value().next())
        all.append(revisionFrom(q.value()));
    for (Revision &revision : all) {
        if (const Status filled = fillEditors(revision); !filled)
            return filled.error();
    }
    return all;
}

Result<Revision> DocumentStore::currentRevision(qint64 documentId) const
{
    return oneRevision(QStringLiteral("r.id = (SELECT max(id) FROM revisions WHERE document_id = ?)"), {documentId});
}

Result<Revision> DocumentStore::revision(qint64 documentId, const QString &label) const
{
    return oneRevision(QStringLiteral("r.document_id = ? AND r.label = ?"), {documentId, label});
}

Result<QStringList> DocumentStore::numbersStartingWith(const QString &prefix) const
{
    auto q = Sql::exec(m_db, QStringLiteral("SELECT number FROM documents WHERE substr(number, 1, ?) = ?"),
                       {prefix.size(), prefix}, QCoreApplication::translate("dc::DocumentStore", "find the next document number"));
    if (!q)
        return q.error();
    QStringList numbers;
    while (q.value().next())
        numbers << q.value().value(0).toString();
    return numbers;
}

} // namespace dc
