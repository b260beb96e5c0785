#include "core/store/workflowstore.h"

#include "core/store/database.h"
#include "core/store/sql.h"
#include "core/model/lifecycle.h"

#include <QCoreApplication>

namespace dc {

Result<qint64> WorkflowStore::insertKey(qint64 userId, const QByteArray &publicKey, const QByteArray &sealedSecret, const QDateTime &now)
{
    auto q = Sql::exec(m_db, QStringLiteral("INSERT INTO user_keys(user_id, public_key, sealed_secret, created_at) VALUES (?, ?, ?, ?)"),
                       {userId, publicKey, sealedSecret, Sql::toText(now)}, tr("store the signing key"));
    if (!q)
        return q.error();
    return q.value().lastInsertId().toLongLong();
}

Result<StoredKey> WorkflowStore::currentKey(qint64 userId) const
{
    auto q = Sql::exec(m_db, QStringLiteral("SELECT id, public_key, sealed_secret FROM user_keys WHERE user_id = ? AND retired_at IS NULL"),
                       {userId}, tr("read the signing key"));
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error{ErrorCode::NotFound, tr("The user has no signing key yet.")};
    return StoredKey{q.value().value(0).toLongLong(), userId, q.value().value(1).toByteArray(), q.value().value(2).toByteArray()};
}

Result<QByteArray> WorkflowStore::publicKey(qint64 keyId) const
{
    auto q = Sql::exec(m_db, QStringLiteral("SELECT public_key FROM user_keys WHERE id = ?"), {keyId}, tr("read the signing key"));
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error{ErrorCode::NotFound, tr("Signing key %1 does not exist.").arg(keyId)};
    return q.value().value(0).toByteArray();
}

Status WorkflowStore::resealKey(qint64 keyId, const QByteArray &sealedSecret)
{
    return Status::from(Sql::exec(m_db, QStringLiteral("UPDATE user_keys SET sealed_secret = ? WHERE id = ?"), {sealedSecret, keyId},
                                  tr("re-seal the signing key")));
}

Status WorkflowStore::retireKey(qint64 keyId, const QDateTime &now)
{
    return Status::from(Sql::exec(m_db, QStringLiteral("UPDATE user_keys SET retired_at = ? WHERE id = ?"), {Sql::toText(now), keyId},
                                  tr("retire the signing key")));
}

Result<qint64> WorkflowStore::insertSubmission(qint64 revisionId, qint64 submittedBy, const QDateTime &now, bool sequential,
                                               qint64 approverId, const QList<qint64> &reviewerIds)
{
    auto q = Sql::exec(m_db,
                       QStringLiteral("INSERT INTO submissions(revision_id, submitted_by, submitted_at, sequential, approver_id)"
                                      " VALUES (?, ?, ?, ?, ?)"),
                       {revisionId, submittedBy, Sql::toText(now), sequential ? 1 : 0, approverId}, tr("record the submission"));
    if (!q)
        return q.error();
    const qint64 id = q.value().lastInsertId().toLongLong();
    for (int i = 0; i < reviewerIds.size(); ++i) {
        auto r = Sql::exec(m_db, QStringLiteral("INSERT INTO submission_reviewers(submission_id, position, user_id) VALUES (?, ?, ?)"),
                           {id, i + 1, reviewerIds.at(i)}, tr("record the reviewers"));
        if (!r)
            return r.error();
    }
    return id;
}

Result<Submission> WorkflowStore::openSubmission(qint64 revisionId) const
{
    auto q = Sql::exec(m_db,
                       QStringLiteral("SELECT s.id, s.sequential, s.approver_id, u.name, s.submitted_at FROM submissions s"
                                      " JOIN users u ON u.id = s.approver_id WHERE s.revision_id = ? AND s.outcome = 'open'"),
                       {revisionId}, tr("read the submission"));
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error{ErrorCode::NotFound, tr("The revision is not under review.")};
    Submission s;
    s.id = q.value().value(0).toLongLong();
    s.revisionId = revisionId;
    s.sequential = q.value().value(1).toBool();
    s.approver = RouteMember{q.value().value(2).toLongLong(), q.value().value(3).toString()};
    s.submittedAt = Sql::dateTimeFrom(q.value().value(4));
    auto r = Sql::exec(m_db,
                       QStringLiteral("SELECT sr.user_id, u.name FROM submission_reviewers sr JOIN users u ON u.id = sr.user_id"
                                      " WHERE sr.submission_id = ? ORDER BY sr.position"),
                       {s.id}, tr("read the reviewers"));
    if (!r)
        return r.error();
    while (r.value().next())
        s.reviewers.append(RouteMember{r.value().value(0).toLongLong(), r.value().value(1).toString()});
    return s;
}

Status WorkflowStore::closeSubmission(qint64 submissionId, const QString &outcome, qint64 closedBy, const QDateTime &now,
                                      const QString &comment)
{
    return Status::from(Sql::exec(m_db,
                                  QStringLiteral("UPDATE submissions SET outcome = ?, closed_by = ?, closed_at = ?, comment = ?"
                                                 " WHERE id = ? AND outcome = 'open'"),
                                  {outcome, closedBy, Sql::toText(now), comment, submissionId}, tr("close the submission")));
}

QJsonObject WorkflowStore::eventDetails(const Signature &s)
{
    return QJsonObject{{QStringLiteral("signature_id"), s.id},
                       {QStringLiteral("key_id"), s.keyId},
                       {QStringLiteral("content_sha256"), s.contentHash},
                       {QStringLiteral("signed_at"), Sql::toText(s.signedAt)},
                       {QStringLiteral("comment"), s.comment},
                       {QStringLiteral("signature"), QString::fromLatin1(s.signature.toBase64())}};
}

Result<qint64> WorkflowStore::insertSignature(const Signature &s, qint64 signerId)
{
    auto q = Sql::exec(m_db,
                       QStringLiteral("INSERT INTO signatures(revision_id, submission_id, signer_id, key_id, meaning, content_hash, signed_at, comment, signature)"
                                      " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       {s.revisionId, s.submissionId > 0 ? QVariant(s.submissionId) : QVariant(QMetaType::fromType<qint64>()), signerId, s.keyId,
                        toKey(s.meaning), s.contentHash, Sql::toText(s.signedAt), s.comment, s.signature},
                       tr("store the signature"));
    if (!q)
        return q.error();
    return q.value().lastInsertId().toLongLong();
}

Result<QList<Signature>> WorkflowStore::signatures(qint64 revisionId) const
{
    QString sql = QStringLiteral("SELECT s.id, s.revision_id, d.number, r.label, s.content_hash, s.meaning, u.name, u.display_name,"
                                 " s.signed_at, s.comment, s.key_id, s.signature, coalesce(s.submission_id, 0)"
                                 " FROM signatures s JOIN revisions r ON r.id = s.revision_id JOIN documents d ON d.id = r.document_id"
                                 " JOIN users u ON u.id = s.signer_id");
    QVariantList binds;
    if (revisionId > 0) {
        sql += QStringLiteral(" WHERE s.revision_id = ?");
        binds << revisionId;
    }
    sql += QStringLiteral(" ORDER BY s.id");
    auto q = Sql::exec(m_db, sql, binds, tr("read the signatures"));
    if (!q)
        return q.error();
    QList<Signature> all;
    while (q.value().next()) {
        const QSqlQuery &row = q.value();
        Signature s;
        s.id = row.value(0).toLongLong();
        s.revisionId = row.value(1).toLongLong();
        s.documentNumber = row.value(2).toString();
        s.revisionLabel = row.value(3).toString();
        s.contentHash = row.value(4).toString();
        s.meaning = signatureMeaningFromKey(row.value(5).toString()).value_or(SignatureMeaning::Reviewed);
        s.signer = row.value(6).toString();
        s.signerDisplayName = row.value(7).toString().isEmpty() ? s.signer : row.value(7).toString();
        s.signedAt = Sql::dateTimeFrom(row.value(8));
        s.comment = row.value(9).toString();
        s.keyId = row.value(10).toLongLong();
        s.signature = row.value(11).toByteArray();
        s.submissionId = row.value(12).toLongLong();
        all.append(s);
    }
    return all;
}

Result<QStringList> WorkflowStore::signersIn(qint64 submissionId, SignatureMeaning meaning) const
{
    auto q = Sql::exec(m_db,
                       QStringLiteral("SELECT u.name FROM signatures s JOIN users u ON u.id = s.signer_id"
                                      " WHERE s.submission_id = ? AND s.meaning = ? ORDER BY s.id"),
                       {submissionId, toKey(meaning)}, tr("read the signatures"));
    if (!q)
        return q.error();
    QStringList names;
    while (q.value().next())
        names << q.value().value(0).toString();
    return names;
}

Status WorkflowStore::setStatus(qint64 revisionId, RevisionStatus from, RevisionStatus to)
{
    if (!Lifecycle::isAllowed(from, to))
        return Error{ErrorCode::InvalidState, tr("A revision cannot go from %1 to %2.").arg(displayName(from), displayName(to))};
    auto q = Sql::exec(m_db, QStringLiteral("UPDATE revisions SET status = ? WHERE id = ? AND status = ?"), {toKey(to), revisionId, toKey(from)},
                       tr("change the revision's status"));
    if (!q)
        return q.error();
    if (q.value().numRowsAffected() != 1)
        return Error{ErrorCode::InvalidState, tr("The revision's status changed meanwhile; nothing was done.")};
    return {};
}

Status WorkflowStore::setDates(qint64 revisionId, const QDate &effective, const QDate &nextReview)
{
    return Status::from(Sql::exec(m_db, QStringLiteral("UPDATE revisions SET effective_date = ?, next_review_date = ? WHERE id = ?"),
                                  {Sql::dateOrNull(effective), Sql::dateOrNull(nextReview), revisionId}, tr("record the revision's dates")));
}

} // namespace dc
