#pragma once

#include "core/model/acknowledgement.h"
#include "core/model/result.h"

#include <QList>
#include <QStringList>
#include <optional>

namespace dc {

class Database;

// Reads and writes read-and-acknowledge requests (acknowledgements). Only requests on
// revisions still effective are read: a superseded or withdrawn revision asks nothing more.
// The rules live in WorkflowService and AcknowledgementReport.
class AcknowledgementStore final {
public:
    explicit AcknowledgementStore(Database &db) : m_db(db) {}

    // Asks each of `users` (names) to acknowledge the revision; one who is already asked is skipped.
    Status request(qint64 revisionId, const QStringList &users, const QDateTime &at);
    // The id of the request on `revisionId` that `userId` has not answered yet, if any.
    Result<std::optional<qint64>> openRequest(qint64 revisionId, qint64 userId) const;
    // Records the signature that answers the request.
    Status answer(qint64 requestId, qint64 signatureId);
    // The requests on effective revisions that `filter` selects, by document, department, user.
    Result<QList<Acknowledgement>> find(const AcknowledgementFilter &filter) const;
    // Every request as "NUMBER LABEL|user" → answered (for verify's replay), whatever the status.
    Result<QMap<QString, bool>> all() const;

private:
    Database &m_db;
};

} // namespace dc
