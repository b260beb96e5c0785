#include "core/services/manualreferences.h"

#include "core/search/citations.h"
#include "core/store/database.h"
#include "core/store/documentstore.h"
#include "core/workflow/permissions.h"
#include "core/store/visibility.h"

#include <algorithm>

namespace dc::ManualReferences {

Result<QList<render::ReferencedDocument>> collect(Database &db, const User &actor, const QString &manualNumber, const QString &markdown)
{
    DocumentStore documents(db);
    QList<render::ReferencedDocument> rows;
    for (const auto &[cited, sections] : Citations::inText(markdown)) {
        if (cited == manualNumber)
            continue;
        auto document = Visibility::find(db, actor, cited);
        if (!document) {
            if (document.code() == ErrorCode::NotFound)
                continue;  // a number the store does not hold (or text that only looks like one), or one hidden from the actor
            return document.error();
        }
        auto revisions = documents.revisions(document->id);
        if (!revisions)
            return revisions.error();
        render::ReferencedDocument row;
        row.number = document->number;
        row.title = document->title;
        for (const Revision &r : revisions.value()) {
            if (r.status == RevisionStatus::Effective) {
                row.revisionLabel = r.label;
                row.effectiveDate = r.effectiveDate;
            }
        }
        if (row.revisionLabel.isEmpty() && Permissions::seesEffectiveOnly(actor))
            continue;
        row.citedIn = sections.join(QStringLiteral(", "));
        rows.append(row);
    }
    std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a.number < b.number; });
    return rows;
}

} // namespace dc::ManualReferences
