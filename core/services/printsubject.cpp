#include "core/services/printsubject.h"

#include "core/services/dispositionservice.h"
#include "core/services/exportinput.h"
#include "core/store/documentstore.h"
#include "core/store/visibility.h"
#include "core/workflow/permissions.h"

namespace dc {

Result<PrintSubject> PrintSubject::load(Database &db, const User &actor, const QString &number, const QString &label)
{
    DocumentStore documents(db);
    auto document = Visibility::find(db, actor, number);
    if (!document)
        return document.error();
    if (const Status kept = DispositionService::checkNotDisposed(db, document->id, number); !kept)
        return kept.error();
    auto revisions = documents.revisions(document->id);
    if (!revisions)
        return revisions.error();
    const Revision *chosen = ExportInput::choose(revisions.value(), label);
    if (!chosen)
        return Error{ErrorCode::NotFound, tr("%1 has no revision %2.").arg(number, label)};
    if (const Status readable = Permissions::mayRead(actor, *chosen); !readable)
        return readable.error();

    PrintSubject subject;
    subject.number = document->number;
    subject.title = document->title;
    subject.type = document->type;
    subject.label = chosen->label;
    subject.status = chosen->status;
    subject.controlledCopy = Permissions::mayIssueControlledCopy(actor);
    if (subject.controlledCopy && chosen->status != RevisionStatus::Effective) {
        subject.controlledCopy = Error{ErrorCode::InvalidState, tr("Only an effective revision has controlled copies; %1 %2 is %3.")
                                                                    .arg(subject.number, subject.label, displayName(chosen->status))};
    }
    return subject;
}

} // namespace dc
