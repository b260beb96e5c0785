#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace dc {

// The open round of review of a revision: its route and who has signed so far. The rules of
// the round live here and nowhere else: who is on the route, who has signed, whose turn it is
// in a sequential round and when the reviews are complete. WorkflowService, the document view
// and the tasks query all ask these.
struct ReviewRound {
    qint64 submissionId = 0;
    bool sequential = false;       // the reviewers sign in route order
    QStringList reviewers;         // user names, in route order
    QString approver;              // user name
    QDateTime submittedAt;
    QStringList reviewersSigned;   // who has signed as reviewer in this round, in signing order

    bool isReviewer(const QString &user) const { return reviewers.contains(user); }
    bool isApprover(const QString &user) const { return !user.isEmpty() && approver == user; }
    bool hasSigned(const QString &user) const { return reviewersSigned.contains(user); }

    // The reviewers who have not signed yet, in route order.
    QStringList pendingReviewers() const;
    // In a sequential round, the first reviewer ahead of `user` on the route who has not signed
    // yet (so `user` must wait); empty when nobody is ahead or the round is parallel.
    QString waitingFor(const QString &user) const;
    // True when `user` is a reviewer who has not signed and nobody ahead of them must sign first.
    bool isTurnOf(const QString &user) const;
    // True when every reviewer has signed: the revision goes on to its approver.
    bool reviewsComplete() const;
};

} // namespace dc
