#pragma once

#include <QJsonObject>

#include "core/model/enums.h"
#include "core/model/signature.h"
#include "core/model/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace dc {

class Database;

// A user's signing key as stored.
struct StoredKey {
    qint64 id = 0;
    qint64 userId = 0;
    QByteArray publicKey;
    QByteArray sealedSecret;
};

struct RouteMember {
    qint64 userId = 0;
    QString name;
};

// One round of review and approval of a revision, from submission to its outcome.
struct Submission {
    qint64 id = 0;
    qint64 revisionId = 0;
    bool sequential = false;
    QList<RouteMember> reviewers; // in their order
    RouteMember approver;
    QDateTime submittedAt;
};

// Reads and writes the workflow tables: keys, submissions, signatures and revision status.
// It checks nothing but what the schema guarantees; the rules live in WorkflowService.
class WorkflowStore final {
    Q_DECLARE_TR_FUNCTIONS(dc::WorkflowStore)
public:
    explicit WorkflowStore(Database &db) : m_db(db) {}

    Result<qint64> insertKey(qint64 userId, const QByteArray &publicKey, const QByteArray &sealedSecret, const QDateTime &now);
    Result<StoredKey> currentKey(qint64 userId) const; // NotFound when the user has none yet
    Result<QByteArray> publicKey(qint64 keyId) const;
    Status resealKey(qint64 keyId, const QByteArray &sealedSecret);
    Status retireKey(qint64 keyId, const QDateTime &now);

    Result<qint64> insertSubmission(qint64 revisionId, qint64 submittedBy, const QDateTime &now, bool sequential, qint64 approverId,
                                    const QList<qint64> &reviewerIds);
    Result<Submission> openSubmission(qint64 revisionId) const; // NotFound when none is open
    Status closeSubmission(qint64 submissionId, const QString &outcome, qint64 closedBy, const QDateTime &now, const QString &comment);

    // Stores a signature with the content hash it was made over (a later edit after a rejection
    // changes the revision's hash, not what was signed).
    Result<qint64> insertSignature(const Signature &signature, qint64 signerId);
    // What the audit trail records of a stored signature (its signature.MEANING event's details),
    // from which verify checks it.
    static QJsonObject eventDetails(const Signature &signature);
    // Signatures with their document number, label and content hash; `revisionId` 0 = all.
    Result<QList<Signature>> signatures(qint64 revisionId = 0) const;
    // The names of those who signed `meaning` in a submission.
    Result<QStringList> signersIn(qint64 submissionId, SignatureMeaning meaning) const;

    // Moves a revision from one status to another; InvalidState when it is no longer in `from`.
    Status setStatus(qint64 revisionId, RevisionStatus from, RevisionStatus to);
    Status setDates(qint64 revisionId, const QDate &effective, const QDate &nextReview);

private:
    Database &m_db;
};

} // namespace dc
