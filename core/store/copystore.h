#pragma once

#include "core/model/controlledcopy.h"
#include "core/model/result.h"

#include <QCoreApplication>
#include <QList>

namespace dc {

class Database;

// One recorded print or export of a revision.
struct ExportRecord {
    qint64 id = 0;
    qint64 revisionId = 0;
    QString kind;       // "controlled", "uncontrolled", "draft", "obsolete"
    QString medium;     // "pdf" or "print"
    qint64 copyId = 0;  // controlled copies only
    QString user;
    QDateTime at;
    QString fileSha256; // PDFs only
};

// Reads and writes the controlled-copy register and the record of exports and prints.
class CopyStore final {
    Q_DECLARE_TR_FUNCTIONS(dc::CopyStore)
public:
    explicit CopyStore(Database &db) : m_db(db) {}

    // The copy number the next copy of the revision would get; fails past copy 999.
    Result<int> nextNumber(qint64 revisionId) const;
    // Issues the next copy number of the revision to `holder`; fails past copy 999.
    Result<ControlledCopy> issue(qint64 revisionId, const QString &holder, qint64 issuedBy, const QDateTime &now);
    Status setStatus(qint64 copyId, ControlledCopy::Status from, ControlledCopy::Status to, const QDateTime &now);

    // Copies of one revision (revisionId > 0), of one document (documentId > 0), or all; only
    // those whose document meets `documentCondition` (SQL over the documents row `d`) when given.
    Result<QList<ControlledCopy>> copies(qint64 documentId = 0, qint64 revisionId = 0, const QString &documentCondition = {}) const;
    Result<ControlledCopy> copy(qint64 revisionId, int copyNumber) const;

    Result<qint64> recordExport(const ExportRecord &record, qint64 userId);
    // Exports of a revision whose file had this SHA-256.
    Result<QList<ExportRecord>> exportsWithHash(const QString &fileSha256) const;

private:
    Database &m_db;
};

} // namespace dc
