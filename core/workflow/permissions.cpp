#include "core/workflow/permissions.h"

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

Status mayChooseNumber(const User &actor)
{
    if (!actor.isController())
        return denied(actor, QCoreApplication::translate("dc::Permissions", "choose a document number (document controllers only); leave the number empty to take the next one"));
    return {};
}

Status mayChangeMetadata(const User &actor, const Document &document)
{
    if (!actor.isController())
        return denied(actor, QCoreApplication::translate("dc::Permissions", "change the details of %1 (document controllers only)").arg(document.number));
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

Status mayStartRevision(const User &actor, const Document &document)
{
    if (!actor.has(Role::Author) && !actor.isController())
        return denied(actor, QCoreApplication::translate("dc::Permissions", "start a new revision of %1 (authors or document controllers may)").arg(document.number));
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

Document visibleDocument(const User &actor, Document document, const QList<Revision> &revisions)
{
    if (!seesEffectiveOnly(actor))
        return document;
    document.currentLabel.clear();
    document.currentStatus = RevisionStatus::Draft;
    for (const Revision &r : revisions) {
        if (r.status == RevisionStatus::Effective || r.status == RevisionStatus::Superseded || (r.status == RevisionStatus::Obsolete && r.effectiveDate.isValid())) {
            document.currentLabel = r.label;
            document.currentStatus = r.status;
            document.updatedAt = r.updatedAt;
        }
    }
    return document;
}

Status maySubmit(const User &actor, const Document &document, const Revision &revision)
{
    return mayEditDraft(actor, document, revision);
}

namespace {
Status notTheAuthor(const User &actor, const Document &document, const Revision &revision, const QString &what)
{
    if (actor.name == revision.author || revision.editors.contains(actor.name)) {
        return Error{ErrorCode::PermissionDenied,
                     QCoreApplication::translate("dc::Permissions", "%1 wrote or changed revision %2 of %3 and so may not %4 it (segregation of duties).")
                         .arg(actor.name, revision.label, document.number, what)};
    }
    return {};
}
} // namespace

Status mayReview(const User &actor, const Document &document, const Revision &revision)
{
    if (!actor.has(Role::Reviewer))
        return denied(actor, QCoreApplication::translate("dc::Permissions", "review documents (reviewers only)"));
    return notTheAuthor(actor, document, revision, QCoreApplication::translate("dc::Permissions", "review"));
}

Status mayApprove(const User &actor, const Document &document, const Revision &revision)
{
    if (!actor.has(Role::Approver))
        return denied(actor, QCoreApplication::translate("dc::Permissions", "approve documents (approvers only)"));
    return notTheAuthor(actor, document, revision, QCoreApplication::translate("dc::Permissions", "approve"));
}

Status mayRelease(const User &actor, const Document &document, const QString &approvedBy)
{
    if (!actor.isController() && actor.name != approvedBy)
        return denied(actor, QCoreApplication::translate("dc::Permissions", "release %1 (document controllers or its approver may)").arg(document.number));
    return {};
}

Status mayWithdraw(const User &actor, const Document &document)
{
    if (!actor.isController())
        return denied(actor, QCoreApplication::translate("dc::Permissions", "withdraw %1 (document controllers only)").arg(document.number));
    return {};
}

Status mayPeriodicReview(const User &actor, const Document &document)
{
    const bool allowed = actor.has(Role::Reviewer) || actor.has(Role::Approver) || actor.isController() || actor.name == document.owner;
    if (!allowed)
        return denied(actor, QCoreApplication::translate("dc::Permissions", "carry out the periodic review of %1 (reviewers, approvers, document controllers or its owner may)").arg(document.number));
    return {};
}

Status mayVerify(const User &actor)
{
    if (!actor.has(Role::Admin))
        return denied(actor, QCoreApplication::translate("dc::Permissions", "verify the store (administrators only)"));
    return {};
}

Status mayReadAuditTrail(const User &actor)
{
    if (seesEffectiveOnly(actor))
        return denied(actor, QCoreApplication::translate("dc::Permissions", "read the audit trail (readers only see effective revisions)"));
    return {};
}

Status mayIssueControlledCopy(const User &actor)
{
    if (!actor.isController())
        return denied(actor, QCoreApplication::translate("dc::Permissions", "issue, recall or destroy controlled copies (document controllers only)"));
    return {};
}

} // namespace dc::Permissions
