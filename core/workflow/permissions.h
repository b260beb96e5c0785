#pragma once

#include "core/model/document.h"
#include "core/model/revision.h"
#include "core/model/user.h"
#include "core/model/result.h"

namespace dc::Permissions {

// Each rule returns ok, or PermissionDenied/InvalidState with a message naming what is missing.
// They are the one place the roles are interpreted; the CLI and the UI both go through them.

Status mayManageUsers(const User &actor);          // admin
Status mayRegisterDocument(const User &actor);     // controller or admin
// Typing a document's number instead of taking the next one of its type's pattern.
Status mayChooseNumber(const User &actor);         // controller or admin
// Changing a document's metadata (titles, owner, department, classification, intervals, clauses).
Status mayChangeMetadata(const User &actor, const Document &document); // controller or admin
// The draft's author, the document's owner when an author, or a controller; only while the
// revision is a draft.
Status mayEditDraft(const User &actor, const Document &document, const Revision &revision);
// Starting the next revision of an effective document: its owner when an author, any author
// or a document controller.
Status mayStartRevision(const User &actor, const Document &document);
// Readers who hold no other role see effective revisions only.
bool seesEffectiveOnly(const User &actor);
Status mayRead(const User &actor, const Revision &revision);
// The document as `actor` may see it: for those who see effective revisions only, its current
// label, status and time are those of its newest revision that was ever effective (the label
// empty when there is none), never of a draft or a revision in review.
Document visibleDocument(const User &actor, Document document, const QList<Revision> &revisions);

// Workflow. Segregation of duties: whoever wrote or changed the content of a revision (its
// author and every editor, Revision::editors) can neither review nor approve it, whatever roles
// they hold.
Status maySubmit(const User &actor, const Document &document, const Revision &revision); // as mayEditDraft
Status mayReview(const User &actor, const Document &document, const Revision &revision);  // reviewer, not the author
Status mayApprove(const User &actor, const Document &document, const Revision &revision); // approver, not the author
// A controller, or the approver who approved the revision.
Status mayRelease(const User &actor, const Document &document, const QString &approvedBy);
Status mayWithdraw(const User &actor, const Document &document);                          // controller
Status mayPeriodicReview(const User &actor, const Document &document);                    // reviewer, approver, controller or the owner
Status mayVerify(const User &actor);
// Reading the audit trail (the log, its filters, its CSV): everyone but those who hold only the
// reader role (they see effective revisions only, not the drafts and reviews the trail records).
Status mayReadAuditTrail(const User &actor);
Status mayIssueControlledCopy(const User &actor); // controller: issue, recall and destroy controlled copies                                                       // admin

} // namespace dc::Permissions
