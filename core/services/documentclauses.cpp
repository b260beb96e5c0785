// DocumentService::mapClauses: adding and removing a document's clause references (`doc clauses`,
// the Details tab's clause picker).
#include "core/services/documentservice.h"

#include "core/model/clausecatalog.h"
#include "core/store/database.h"
#include "core/store/documentstore.h"
#include "core/workflow/permissions.h"

#include <algorithm>

namespace dc {

Result<Document> DocumentService::mapClauses(const User &actor, const QString &number, const ClauseRefs &add, const ClauseRefs &remove,
                                             const QString &reason)
{
    Document named;
    named.number = number;
    if (const Status allowed = Permissions::mayChangeMetadata(actor, named); !allowed)
        return allowed.error();
    if (add.isEmpty() && remove.isEmpty())
        return Error{ErrorCode::InvalidInput, tr("Name at least one clause to add or remove.")};
    for (const ClauseRef &ref : add) {
        if (const Status known = validateClauseRef(ref); !known)
            return known.error();
    }
    // One transaction: the list read is the list changed (setMetadata's write nests in it).
    return m_db.write([&]() -> Result<Document> {
        auto found = DocumentStore(m_db).find(number);
        if (!found)
            return found.error();
        ClauseRefs clauses = found->clauses;
        for (const ClauseRef &ref : remove) {
            const ClauseRef normal{ref.standard, ref.clause.toUpper()};
            const auto mapped = std::find_if(clauses.begin(), clauses.end(), [&](const ClauseRef &c) {
                return c.standard == normal.standard && c.clause.compare(normal.clause, Qt::CaseInsensitive) == 0;
            });
            if (mapped == clauses.end())
                return Error{ErrorCode::NotFound, tr("%1 is not mapped to clause %2 of %3; nothing was changed.").arg(number, ref.clause, ref.standard)};
            clauses.erase(mapped);
        }
        for (const ClauseRef &ref : add) {
            // The catalogue's spelling of the number ("a.5.1" → "A.5.1").
            const ClauseRef canonical{ref.standard, ClauseCatalog::builtin(ref.standard)->find(ref.clause)->number};
            if (!clauses.contains(canonical))
                clauses.append(canonical);
        }
        MetadataChange change;
        change.clauses = clauses;
        return setMetadata(actor, number, change, reason);
    });
}

Result<TransitionProposal> DocumentService::proposeTransition(const User &actor, const QString &number, const QString &to)
{
    auto found = show(actor, number);
    if (!found)
        return found.error();
    return dc::proposeTransition(found->document.clauses, to);
}

Result<Document> DocumentService::moveClauses(const User &actor, const QString &number, const QString &to, const QString &reason)
{
    Document named;
    named.number = number;
    if (const Status allowed = Permissions::mayChangeMetadata(actor, named); !allowed)
        return allowed.error();
    // The proposal read is the proposal applied.
    return m_db.write([&]() -> Result<Document> {
        auto found = DocumentStore(m_db).find(number);
        if (!found)
            return found.error();
        auto proposal = dc::proposeTransition(found->clauses, to);
        if (!proposal)
            return proposal.error();
        if (proposal->isEmpty())
            return Error{ErrorCode::InvalidState, tr("%1 is mapped to no clause of %2; there is nothing to move to %3.").arg(number, proposal->from, to)};
        return mapClauses(actor, number, proposal->add, proposal->remove, reason);
    });
}

} // namespace dc
