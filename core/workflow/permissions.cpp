#include "permissions.h"

#include <QCoreApplication>

namespace dc::Permissions {

namespace {

Error denied(const User &actor, const QString &what)
{
    return Error{ErrorCode::PermissionDenied, QCoreApplication::translate("dc::Permissions", "%1 may not %2.").arg(actor.name, what)};
}
} // namespace

Status mayManageUsers(const User &actor)
{
    if (!actor.has(Role::Admin))
        return denied(actor, QCoreApplication::translate("dc::Permissions", "manage users (administrators only)"));
    return {};
}

Status mayRegisterDocument(const User &actor)
{
    if (!actor.isController())
        return denied(actor, QCoreApplication::translate("dc::Permissions", "register documents (document controllers only)"));
    return {};
}

Status mayEditDraft(const User &actor, const Document &document, const Revision &revision)
{
    if (revision.status != RevisionStatus::Draft) {
        return Error{ErrorCode::InvalidState,
                     QCoreApplication::translate("dc::Permissions", "Revision %1 of %2 is %3; only drafts can be edited.").arg(revision.label, document.number, displayName(revision.status))};
    }
    const bool isAuthor = actor.name == revision.author;
    const bool isOwningAuthor = actor.has(Role::Author) && actor.name == document.owner;
    if (!isAuthor && !isOwningAuthor && !actor.isController())
        return denied(actor, QCoreApplication::translate("dc::Permissions", "edit the draft of %1 (its author, its owner or a document controller may)").arg(document.number));
    return {};
}

bool seesEffectiveOnly(const User &actor)
{
    return !(actor.roles & ~Roles(Role::Reader));
}

Status mayRead(const User &actor, const Revision &revision)
{
    if (seesEffectiveOnly(actor) && revision.status != RevisionStatus::Effective)
        return denied(actor, QCoreApplication::translate("dc::Permissions", "read revision %1, which is not effective (readers see effective revisions only)").arg(revision.label));
    return {};
}

} // namespace dc::Permissions
