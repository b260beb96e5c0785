#pragma once

#include "model/document.h"
#include "model/revision.h"
#include "model/user.h"
#include "result.h"

namespace dc::Permissions {

// Each rule returns ok, or PermissionDenied/InvalidState with a message naming what is missing.
// They are the one place the roles are interpreted; the CLI and the UI both go through them.

Status mayManageUsers(const User &actor);          // admin
Status mayRegisterDocument(const User &actor);     // controller or admin
// The draft's author, the document's owner when an author, or a controller; only while the
// revision is a draft.
Status mayEditDraft(const User &actor, const Document &document, const Revision &revision);
// Readers who hold no other role see effective revisions only.
bool seesEffectiveOnly(const User &actor);
Status mayRead(const User &actor, const Revision &revision);

} // namespace dc::Permissions
