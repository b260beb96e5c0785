#pragma once

#include "core/model/enums.h"

#include <QLoggingCategory>
#include <QString>

namespace dc {

// doccontrol.workflow: the lifecycle transitions of revisions. Warnings only unless enabled
// (README, "Diagnostics").
Q_DECLARE_LOGGING_CATEGORY(lcWorkflow)

// Logs (info) that revision `label` of `number` moved from `from` to `to` by `actor`'s action,
// in one format for every transition. Cannot fail.
void logTransition(const QString &number, const QString &label, RevisionStatus from, RevisionStatus to, const QString &actor);

} // namespace dc
