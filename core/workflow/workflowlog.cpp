#include "core/workflow/workflowlog.h"

namespace dc {

Q_LOGGING_CATEGORY(lcWorkflow, "doccontrol.workflow", QtWarningMsg)

void logTransition(const QString &number, const QString &label, RevisionStatus from, RevisionStatus to, const QString &actor)
{
    qCInfo(lcWorkflow).noquote() << number << label << toKey(from) << "->" << toKey(to) << "by" << actor;
}

} // namespace dc
