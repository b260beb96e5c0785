// WorkflowService::acknowledge: a distribution member's "I have read and understood" (已阅知悉)
// on a released revision, signed like every other signature.
#include "core/services/workflowservice.h"

#include "core/services/keyring.h"
#include "core/services/workflowtarget.h"
#include "core/store/acknowledgementstore.h"
#include "core/store/database.h"
#include "core/store/visibility.h"
#include "core/workflow/workflowlog.h"

namespace dc {

Result<Signature> WorkflowService::acknowledge(const User &actor, const QString &password, const QString &number)
{
    auto target = load(number);
    if (!target)
        return target.error();
    if (const Status visible = Visibility::check(m_db, actor, target->document.id, number); !visible)
        return visible.error();
    const Revision *effective = target->withStatus(RevisionStatus::Effective);
    if (!effective)
        return Error{ErrorCode::InvalidState, tr("%1 has no effective revision to acknowledge.").arg(number)};
    AcknowledgementStore store(m_db);
    auto request = store.openRequest(effective->id, actor.id);
    if (!request)
        return request.error();
    if (!request.value())
        return Error{ErrorCode::InvalidState, tr("%1 %2 waits for no acknowledgement from %3.").arg(number, effective->label, actor.name)};
    auto key = Keyring(m_db, m_clock).unlock(actor, password);
    if (!key)
        return key.error();
    const Revision acknowledged = *effective;
    return m_db.write([&]() -> Result<Signature> {
        // Again inside the transaction: another desk may have answered it meanwhile.
        auto open = store.openRequest(acknowledged.id, actor.id);
        if (!open)
            return open.error();
        if (!open.value())
            return Error{ErrorCode::Conflict, tr("%1 %2 was acknowledged by %3 meanwhile.").arg(number, acknowledged.label, actor.name)};
        auto signature = makeSignature(actor, key.value(), target.value(), acknowledged, SignatureMeaning::Acknowledged, 0, QString());
        if (!signature)
            return signature;
        if (const Status answered = store.answer(*open.value(), signature->id); !answered)
            return answered.error();
        qCInfo(lcWorkflow).noquote() << number << acknowledged.label << "acknowledged by" << actor.name;
        return signature;
    });
}

} // namespace dc
