#pragma once

#include "core/model/user.h"
#include "core/services/documentstate.h"

#include <QString>

#include <optional>

class QWidget;

namespace dc {

class Session;

// Edit on a Statement of Applicability: its table editor (SoaEditDialog) instead of the Markdown
// editor, saving through DocumentService::editDraft; on a conflict the table saved meanwhile is
// loaded to be edited again.
namespace SoaEditFlow {

// Runs the table editor for `state`'s current revision. Returns nothing when the document is no
// SoA or its text holds no readable table (the caller opens the Markdown editor instead);
// otherwise what to announce: empty when the user cancelled.
std::optional<QString> edit(Session &session, const User &actor, const DocumentState &state, QWidget *parent);

} // namespace SoaEditFlow
} // namespace dc
