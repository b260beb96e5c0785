#pragma once

#include "core/model/distribution.h"
#include "core/model/result.h"

#include <QList>

namespace dc {

class Database;

// Reads and writes documents' distribution lists (document_distribution). Checks nothing but
// what the schema guarantees; the rules live in DocumentService.
class DistributionStore final {
public:
    explicit DistributionStore(Database &db) : m_db(db) {}

    // The document's list, users first, then departments, each by name.
    Result<DistributionList> members(qint64 documentId) const;
    // Every document's list by document number (for verify's replay).
    Result<QMap<QString, DistributionList>> all() const;
    // Adds a user (by their id) or a department to the list.
    Status add(qint64 documentId, const DistributionMember &member);
    Status remove(qint64 documentId, const DistributionMember &member);
    // The names of the active users the list reaches: the users on it and the active users of
    // its departments, each once, by name.
    Result<QStringList> recipients(qint64 documentId) const;

private:
    Database &m_db;
};

} // namespace dc
