#include "core/store/taskquery.h"

#include "core/store/database.h"
#include "core/store/documentrow.h"
#include "core/store/sql.h"

#include <QCoreApplication>
#include <QHash>

namespace dc::TaskQuery {

namespace {

QString doing()
{
    return QCoreApplication::translate("dc::TaskQuery", "find the tasks");
}

// Documents d with owner u, revision r with author ra: DocumentRow's columns, then these.
const QString kRevisionColumns = QStringLiteral(", r.id, r.label, r.status, ra.name, r.created_at, r.updated_at, r.effective_date, r.next_review_date");
const QString kFrom = QStringLiteral(" FROM revisions r JOIN documents d ON d.id = r.document_id JOIN users u ON u.id = d.owner_id"
                                     " JOIN users ra ON ra.id = r.author_id");
constexpr int kFirstExtra = 23; // the first column after DocumentRow's 15 and the revision's 8

// Rounds and releases concern the current (latest) revision of a document.
const QString kCurrent = QStringLiteral(" AND r.id = (SELECT max(id) FROM revisions WHERE document_id = r.document_id)");

// The open rounds of current revisions in review or approval with the user (bound twice) on
// their route. Read with revisions r and submissions s.
const QString kRoundsOfUser = QStringLiteral(
    " WHERE r.status IN ('in_review', 'in_approval')") + kCurrent + QStringLiteral(
    " AND (s.approver_id = (SELECT id FROM users WHERE name = ?)"
    "  OR EXISTS (SELECT 1 FROM submission_reviewers m JOIN users mu ON mu.id = m.user_id WHERE m.submission_id = s.id AND mu.name = ?))");
const QString kOpenRound = QStringLiteral(" JOIN submissions s ON s.revision_id = r.id AND s.outcome = 'open'");

TaskCandidate candidateFrom(const QSqlQuery &q)
{
    TaskCandidate c;
    c.document = DocumentRow::documentFrom(q);
    Revision &r = c.revision;
    r.id = q.value(15).toLongLong();
    r.documentId = c.document.id;
    r.label = q.value(16).toString();
    r.status = revisionStatusFromKey(q.value(17).toString()).value_or(RevisionStatus::Draft);
    r.author = q.value(18).toString();
    r.editors = {r.author};
    r.createdAt = Sql::dateTimeFrom(q.value(19));
    r.updatedAt = Sql::dateTimeFrom(q.value(20));
    r.effectiveDate = Sql::dateFrom(q.value(21));
    r.nextReviewDate = Sql::dateFrom(q.value(22));
    return c;
}

Status addRounds(Database &db, const QString &userName, QList<TaskCandidate> &out)
{
    auto rounds = Sql::exec(db,
                            QStringLiteral("SELECT ") + DocumentRow::columns() + kRevisionColumns
                                + QStringLiteral(", s.id, s.sequential, s.submitted_at, s.approver_id, a.name") + kFrom + kOpenRound
                                + QStringLiteral(" JOIN users a ON a.id = s.approver_id") + kRoundsOfUser,
                            {userName, userName}, doing());
    if (!rounds)
        return rounds.error();
    QHash<qint64, qsizetype> bySubmission, byRevision; // → index in `out`
    while (rounds.value().next()) {
        const QSqlQuery &q = rounds.value();
        TaskCandidate c = candidateFrom(q);
        Submission s;
        s.id = q.value(kFirstExtra).toLongLong();
        s.revisionId = c.revision.id;
        s.sequential = q.value(kFirstExtra + 1).toBool();
        s.submittedAt = Sql::dateTimeFrom(q.value(kFirstExtra + 2));
        s.approver = RouteMember{q.value(kFirstExtra + 3).toLongLong(), q.value(kFirstExtra + 4).toString()};
        c.submission = s;
        bySubmission.insert(s.id, out.size());
        byRevision.insert(c.revision.id, out.size());
        out << c;
    }
    if (bySubmission.isEmpty())
        return {};

    // The same rounds again, as a subquery, for their reviewers, signatures and editors.
    const QString submissionIds = QStringLiteral("SELECT s.id FROM revisions r") + kOpenRound + kRoundsOfUser;
    auto reviewers = Sql::exec(db,
                               QStringLiteral("SELECT sr.submission_id, sr.user_id, ru.name FROM submission_reviewers sr JOIN users ru ON ru.id = sr.user_id"
                                              " WHERE sr.submission_id IN (") + submissionIds + QStringLiteral(") ORDER BY sr.submission_id, sr.position"),
                               {userName, userName}, doing());
    if (!reviewers)
        return reviewers.error();
    while (reviewers.value().next()) {
        const QSqlQuery &q = reviewers.value();
        if (const auto at = bySubmission.constFind(q.value(0).toLongLong()); at != bySubmission.cend())
            out[*at].submission->reviewers << RouteMember{q.value(1).toLongLong(), q.value(2).toString()};
    }

    auto signers = Sql::exec(db,
                             QStringLiteral("SELECT g.submission_id, gu.name FROM signatures g JOIN users gu ON gu.id = g.signer_id"
                                            " WHERE g.meaning = ? AND g.submission_id IN (") + submissionIds + QStringLiteral(") ORDER BY g.id"),
                             {toKey(SignatureMeaning::Reviewed), userName, userName}, doing());
    if (!signers)
        return signers.error();
    while (signers.value().next()) {
        if (const auto at = bySubmission.constFind(signers.value().value(0).toLongLong()); at != bySubmission.cend())
            out[*at].reviewersSigned << signers.value().value(1).toString();
    }

    const QString revisionIds = QStringLiteral("SELECT r.id FROM revisions r") + kOpenRound + kRoundsOfUser;
    auto editors = Sql::exec(db,
                             QStringLiteral("SELECT r.id, e.user_name FROM revisions r JOIN documents d ON d.id = r.document_id"
                                            " JOIN events e ON e.object = d.number || ' ' || r.label"
                                            " WHERE e.action IN (") + DocumentRow::editingActions() + QStringLiteral(") AND r.id IN (") + revisionIds
                                 + QStringLiteral(") ORDER BY e.seq"),
                             {userName, userName}, doing());
    if (!editors)
        return editors.error();
    while (editors.value().next()) {
        if (const auto at = byRevision.constFind(editors.value().value(0).toLongLong()); at != byRevision.cend()) {
            QStringList &names = out[*at].revision.editors;
            if (const QString name = editors.value().value(1).toString(); !names.contains(name))
                names << name;
        }
    }
    return {};
}

Status addReleases(Database &db, QList<TaskCandidate> &out)
{
    // The latest approval signature of each approved revision that has no effective date yet.
    auto q = Sql::exec(db,
                       QStringLiteral("SELECT ") + DocumentRow::columns() + kRevisionColumns + QStringLiteral(", a.name, g.signed_at") + kFrom
                           + QStringLiteral(" LEFT JOIN signatures g ON g.id = (SELECT max(id) FROM signatures WHERE revision_id = r.id AND meaning = ?)"
                                            " LEFT JOIN users a ON a.id = g.signer_id"
                                            " WHERE r.status = 'approved' AND r.effective_date IS NULL")
                           + kCurrent,
                       {toKey(SignatureMeaning::Approved)}, doing());
    if (!q)
        return q.error();
    while (q.value().next()) {
        TaskCandidate c = candidateFrom(q.value());
        c.approvedBy = q.value().value(kFirstExtra).toString();
        c.approvedAt = Sql::dateTimeFrom(q.value().value(kFirstExtra + 1));
        out << c;
    }
    return {};
}

Status addDueReviews(Database &db, QDate until, QList<TaskCandidate> &out)
{
    auto q = Sql::exec(db,
                       QStringLiteral("SELECT ") + DocumentRow::columns() + kRevisionColumns + kFrom
                           + QStringLiteral(" WHERE r.status = 'effective' AND r.next_review_date IS NOT NULL AND r.next_review_date <= ?"
                                            " ORDER BY r.next_review_date, d.number"),
                       {until.toString(Qt::ISODate)}, doing());
    if (!q)
        return q.error();
    while (q.value().next())
        out << candidateFrom(q.value());
    return {};
}

} // namespace

Result<QList<TaskCandidate>> candidates(Database &db, const QString &userName, QDate reviewsDueBy)
{
    QList<TaskCandidate> found;
    if (const Status read = addRounds(db, userName, found); !read)
        return read.error();
    if (const Status read = addReleases(db, found); !read)
        return read.error();
    if (const Status read = addDueReviews(db, reviewsDueBy, found); !read)
        return read.error();
    return found;
}

} // namespace dc::TaskQuery
