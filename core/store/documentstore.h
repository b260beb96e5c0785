#pragma once

#include "core/model/document.h"
#include "core/model/revision.h"
#include "core/model/result.h"

#include <QList>
#include <QStringList>

namespace dc {

class Database;

// Reads and writes documents, their clause references and revisions. It checks nothing but
// what the schema guarantees; the rules live in DocumentService.
class DocumentStore final {
public:
    explicit DocumentStore(Database &db) : m_db(db) {}

    // Inserts the document and its clause references; returns its id.
    Result<qint64> insertDocument(const Document &document, qint64 ownerId);
    // Replaces the metadata of the document `document.id` (titles, owner, department,
    // classification, review interval, retention) and its clause references; never a revision.
    Status updateMetadata(const Document &document, qint64 ownerId);
    Result<qint64> insertRevision(const Revision &revision, qint64 authorId);
    Status updateDraft(qint64 revisionId, const QString &content, const QString &hash, const QString &summary,
                       const QDateTime &updatedAt);

    // The document with its clauses and current (latest) revision's label and status.
    Result<Document> find(const QString &number) const;
    // The error of find() for a number no document has (also what a hidden document looks like).
    static Error noSuchDocument(const QString &number);
    bool numberExists(const QString &number) const;
    Result<QList<Revision>> revisions(qint64 documentId) const;      // oldest first
    Result<Revision> currentRevision(qint64 documentId) const;       // the latest
    Result<Revision> revision(qint64 documentId, const QString &label) const;
    // Numbers that start with `prefix`, for finding the next free sequence number.
    Result<QStringList> numbersStartingWith(const QString &prefix) const;

private:
    Status insertClauses(qint64 documentId, const ClauseRefs &clauses);
    Status fillEditors(Revision &revision) const;
    Result<Revision> oneRevision(const QString &where, const QVariantList &binds) const;
    Database &m_db;
};

} // namespace dc
