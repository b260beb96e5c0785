// WorkflowService::dueReviews: the review-due list — periodic reviews of effective revisions and
// the checks of external documents for a newer edition.
#include "core/services/workflowservice.h"

#include "core/services/externalregister.h"
#include "core/store/database.h"
#include "core/store/documentstore.h"
#include "core/store/sql.h"
#include "core/store/visibility.h"

#include <algorithm>

namespace dc {

Result<QList<DueReview>> WorkflowService::dueReviews(const User &actor, QDate until) const
{
    // Every signed-in user may see what is due of the documents they may see.
    if (!until.isValid())
        until = today();
    auto q = Sql::exec(m_db,
                       QStringLiteral("SELECT d.number, r.label FROM revisions r JOIN documents d ON d.id = r.document_id"
                                      " WHERE r.status = 'effective' AND r.next_review_date IS NOT NULL AND r.next_review_date <= ? AND ")
                           + Visibility::condition(actor) + QStringLiteral(" ORDER BY r.next_review_date, d.number"),
                       {until.toString(Qt::ISODate)}, tr("list the documents due for review"));
    if (!q)
        return q.error();
    QList<DueReview> due;
    DocumentStore documents(m_db);
    while (q.value().next()) {
        auto document = documents.find(q.value().value(0).toString());
        if (!document)
            return document.error();
        auto revision = documents.revision(document->id, q.value().value(1).toString());
        if (!revision)
            return revision.error();
        Revision entry = revision.value();
        entry.content.clear();
        due.append(DueReview{document.value(), entry, entry.nextReviewDate < today(), false, entry.nextReviewDate});
    }
    auto checks = ExternalRegister(m_db, m_clock).dueChecks(until);
    if (!checks)
        return checks.error();
    for (const ExternalEntry &check : checks.value()) {
        auto document = documents.find(check.number);
        if (!document)
            return document.error();
        if (!Visibility::check(m_db, actor, document->id, check.number))
            continue;  // hidden from the actor: not theirs to see as due
        auto revision = documents.currentRevision(document->id);
        if (!revision)
            return revision.error();
        Revision entry = revision.value();
        entry.content.clear();
        due.append(DueReview{document.value(), entry, check.origin.nextCheck < today(), true, check.origin.nextCheck});
    }
    std::stable_sort(due.begin(), due.end(), [](const DueReview &a, const DueReview &b) { return a.due < b.due; });
    return due;
}

} // namespace dc
