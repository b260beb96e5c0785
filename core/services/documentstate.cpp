#include "core/services/documentstate.h"

#include "core/services/externalregister.h"
#include "core/services/linkservice.h"

#include "core/services/documentservice.h"
#include "core/services/userservice.h"
#include "core/services/workflowservice.h"
#include "core/store/database.h"
#include "core/store/acknowledgementstore.h"

#include <QCoreApplication>

namespace dc {

namespace {

// The strings of this file keep the translation context they had in the screens.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(dc::WorkflowRules)
};

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

const Revision *DocumentState::effective() const
{
    for (auto it = revisions.crbegin(); it != revisions.crend(); ++it) {
        if (it->status == RevisionStatus::Effective)
            return &*it;
    }
    return nullptr;
}

QString DocumentState::who(const QString &userName) const
{
    const QString display = displayNames.value(userName);
    if (display.isEmpty() || display == userName)
        return userName;
    return Text::tr("%1 (%2)").arg(display, userName);
}

Result<DocumentState> DocumentState::load(Database &db, const User &actor, const QString &number)
{
    auto details = DocumentService(db).show(actor, number);
    if (!details)
        return details.error();
    WorkflowService workflow(db);
    auto history = workflow.history(actor, number);
    if (!history)
        return history.error();
    auto users = UserService(db).users();
    if (!users)
        return users.error();

    DocumentState state;
    state.document = details->document;
    state.current = details->revision;
    state.revisions = history->revisions;
    state.signatures = history->signatures;
    state.events = history->events;
    state.hasEffective = state.effective() != nullptr;
    state.readOnlyStore = db.isReadOnly();
    for (const User &u : users.value())
        state.displayNames.insert(u.name, u.displayName);
    for (const Signature &s : state.signatures) {
        if (s.revisionId == state.current.id && s.meaning == SignatureMeaning::Approved)
            state.approvedBy = s.signer;
    }

    AcknowledgementFilter mine;
    mine.number = number;
    mine.user = actor.name;
    auto due = AcknowledgementStore(db).find(mine);
    if (!due)
        return due.error();
    state.acknowledgementDue = !due->isEmpty();

    const RevisionStatus status = state.current.status;
    if (status == RevisionStatus::InReview || status == RevisionStatus::InApproval) {
        auto round = workflow.openRound(state.current.id);
        if (!round)
            return round.error();
        state.round = round.value();
    }
    auto links = LinkService(db).links(actor, number);
    if (!links)
        return links.error();
    state.links = links.value();
    if (state.document.type == DocumentType::External) {
        auto origin = ExternalRegister(db).origin(number);
        if (!origin)
            return origin.error();
        state.external = origin.value();
    }
    return state;
}

namespace WorkflowRules {

QString progressText(const DocumentState &s)
{
    const Revision &r = s.current;
    const auto names = [&s](const QStringList &users) {
        QStringList shown;
        for (const QString &u : users)
            shown << s.who(u);
        return shown.join(Text::tr(", "));
    };
    switch (r.status) {
    case RevisionStatus::Draft:
        return Text::tr("Draft %1 by %2 — edit it, then submit it for review.").arg(r.label, s.who(r.author));
    case RevisionStatus::InReview:
    case RevisionStatus::InApproval: {
        if (!s.round)
            return displayName(r.status);
        QStringList parts;
        if (!s.round->reviewersSigned.isEmpty())
            parts << Text::tr("reviewed by %1").arg(names(s.round->reviewersSigned));
        if (const QStringList pending = s.round->pendingReviewers(); !pending.isEmpty())
            parts << (s.round->sequential ? Text::tr("waiting for %1 (in this order)") : Text::tr("waiting for %1")).arg(names(pending));
        parts << (r.status == RevisionStatus::InApproval ? Text::tr("waiting for the approver %1") : Text::tr("approver %1"))
                     .arg(s.who(s.round->approver));
        return Text::tr("%1 %2 — %3").arg(displayName(r.status), r.label, parts.join(QStringLiteral("; ")));
    }
    case RevisionStatus::Approved:
        if (r.effectiveDate.isValid())
            return Text::tr("Approved %1 by %2 — released, effective %3.").arg(r.label, s.who(s.approvedBy), isoDate(r.effectiveDate));
        return Text::tr("Approved %1 by %2 — waiting to be released.").arg(r.label, s.who(s.approvedBy));
    case RevisionStatus::Effective:
        if (r.nextReviewDate.isValid())
            return Text::tr("Effective %1 since %2 · next review %3.").arg(r.label, isoDate(r.effectiveDate), isoDate(r.nextReviewDate));
        return Text::tr("Effective %1 since %2.").arg(r.label, isoDate(r.effectiveDate));
    case RevisionStatus::Superseded:
    case RevisionStatus::Obsolete:
        break;
    }
    return Text::tr("%1 %2.").arg(displayName(r.status), r.label);
}

} // namespace WorkflowRules
} // namespace dc
