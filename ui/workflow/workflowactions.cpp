#include "ui/workflow/workflowactions.h"

#include "ui/workflow/citingdialog.h"

#include "core/services/session.h"

#include "ui/workflow/commentdialog.h"
#include "ui/document/editconflict.h"
#include "ui/document/editdraftdialog.h"
#include "ui/editor/markdowneditor.h"
#include "ui/workflow/modal.h"
#include "ui/workflow/routedialog.h"
#include "core/services/documentservice.h"
#include "core/services/exportservice.h"
#include "core/services/userservice.h"
#include "core/services/workflowservice.h"
#include "ui/copies/recalldialog.h"
#include "ui/soa/soaeditflow.h"
#include "ui/workflow/signdialog.h"
#include "core/services/settingsservice.h"

#include <QAction>
#include <QFileInfo>
#include <QIcon>
#include <QWidget>

namespace dc {

WorkflowActions::WorkflowActions(Session &session, const User &actor, QWidget *dialogParent)
    : QObject(dialogParent), m_session(session), m_actor(actor), m_parent(dialogParent)
{
    make(WorkflowAction::Edit, tr("&Edit…"), tr("Edit"), QKeySequence(Qt::CTRL | Qt::Key_E), "document-edit");
    make(WorkflowAction::Submit, tr("&Submit for Review…"), tr("Submit"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), "mail-send");
    make(WorkflowAction::SignReview, tr("Sign as &Reviewer…"), tr("Sign Review"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), "dialog-ok");
    make(WorkflowAction::SignApprove, tr("Sign as &Approver…"), tr("Sign Approval"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), "dialog-ok-apply");
    make(WorkflowAction::Reject, tr("Re&ject…"), tr("Reject"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J), "dialog-cancel");
    make(WorkflowAction::Release, tr("Re&lease…"), tr("Release"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), "go-next");
    make(WorkflowAction::PeriodicReview, tr("&Periodic Review…"), tr("Periodic Review"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), "view-calendar");
    make(WorkflowAction::Withdraw, tr("&Withdraw…"), tr("Withdraw"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W), "edit-delete");
    make(WorkflowAction::Acknowledge, tr("A&cknowledge…"), tr("Acknowledge"), QKeySequence(), "mail-mark-read");
    updateActions();
}

QAction *WorkflowActions::make(WorkflowAction which, const QString &text, const QString &iconText, const QKeySequence &shortcut, const char *icon)
{
    auto *action = new QAction(QIcon::fromTheme(QLatin1String(icon)), text, this);
    action->setIconText(iconText);
    action->setShortcut(shortcut);
    static const char *const names[] = {"actionEdit", "actionSubmit", "actionSignReview", "actionSignApprove",
                                        "actionReject", "actionRelease", "actionWithdraw", "actionPeriodicReview", "actionAcknowledge"};
    action->setObjectName(QLatin1String(names[int(which)]));
    connect(action, &QAction::triggered, this, [this, which] { run(which); });
    m_actions.insert(which, action);
    m_order << which;
    return action;
}

QList<QAction *> WorkflowActions::actions() const
{
    QList<QAction *> list;
    for (WorkflowAction which : m_order)
        list << m_actions.value(which);
    return list;
}

void WorkflowActions::setState(const std::optional<DocumentState> &state)
{
    m_state = state;
    updateActions();
}

void WorkflowActions::updateActions()
{
    for (WorkflowAction which : std::as_const(m_order)) {
        QAction *action = m_actions.value(which);
        QString why;
        if (!m_state) {
            why = tr("Select a document first.");
        } else if (const Status allowed = WorkflowRules::availability(m_actor, *m_state, which); !allowed) {
            why = allowed.message();
        }
        action->setEnabled(why.isEmpty());
        QString tip = action->iconText();
        if (which == WorkflowAction::Edit && m_state && m_state->current.status == RevisionStatus::Effective)
            tip = tr("Edit: starts a new revision of %1").arg(m_state->document.number);
        if (!action->shortcut().isEmpty())
            tip += QStringLiteral(" (%1)").arg(action->shortcut().toString(QKeySequence::NativeText));
        if (!why.isEmpty())
            tip += QStringLiteral("\n") + why;
        action->setToolTip(tip);
        action->setStatusTip(why.isEmpty() ? action->iconText() : why);
    }
}

void WorkflowActions::run(WorkflowAction which)
{
    if (!m_state || !WorkflowRules::availability(m_actor, *m_state, which))
        return;
    switch (which) {
    case WorkflowAction::Edit: edit(); break;
    case WorkflowAction::Submit: submit(); break;
    case WorkflowAction::SignReview: signOrRelease(SignatureMeaning::Reviewed); break;
    case WorkflowAction::SignApprove: signOrRelease(SignatureMeaning::Approved); break;
    case WorkflowAction::Reject: reject(); break;
    case WorkflowAction::Release: signOrRelease(SignatureMeaning::Released); break;
    case WorkflowAction::Withdraw: withdraw(); break;
    case WorkflowAction::PeriodicReview: signOrRelease(SignatureMeaning::PeriodicReview); break;
    case WorkflowAction::Acknowledge: signOrRelease(SignatureMeaning::Acknowledged); break;
    }
}

void WorkflowActions::announce(const QString &message)
{
    const QString number = m_state->document.number; // the handlers replace the state
    Q_EMIT documentChanged(number, message);
}

void WorkflowActions::edit()
{
    const DocumentState &s = *m_state;
    if (const auto soa = SoaEditFlow::edit(m_session, m_actor, s, m_parent)) {
        if (!soa->isEmpty())
            announce(*soa);
        return;
    }
    EditRequest request;
    request.store = QFileInfo(m_session.storePath()).fileName();
    request.number = s.document.number;
    request.title = s.document.title;
    request.label = s.current.label;
    request.status = s.current.status;
    request.content = s.current.content;
    if (auto images = m_session.documents().images(m_actor, s.document.number, s.current.label); images)
        request.images = images.value();
    if (s.current.status == RevisionStatus::Effective) {
        const LabelScheme scheme = m_session.settings().labelScheme();
        const auto minor = RevisionLabel::next(s.current.label, scheme, RevisionStep::Minor);
        const auto major = RevisionLabel::next(s.current.label, scheme, RevisionStep::Major);
        request.nextMinor = minor ? minor.value() : QString();
        request.nextMajor = major ? major.value() : QString();
    } else {
        request.summary = s.current.changeSummary;
    }
    EditDraftDialog dialog(request, m_parent);
    Revision saved;
    // The revision this editor started from: a save refuses when somebody saved since.
    DraftBase base = DraftBase::of(s.current);
    QString baseText = s.current.content;
    dialog.setCommit([&]() -> Status {
        DocumentService &documents = m_session.documents();
        auto edited = documents.editDraft(m_actor, request.number, dialog.markdown(), dialog.summary(), dialog.step(), dialog.images(), base);
        if (!edited && edited.code() == ErrorCode::Conflict) {
            auto now = documents.show(m_actor, request.number);
            if (!now)
                return now.error();
            const EditConflict::Choice choice = EditConflict::ask(&dialog, edited.message(), baseText, now->revision.content);
            if (choice == EditConflict::Choice::Cancel)
                return edited.error();
            base = DraftBase::of(now->revision);
            baseText = now->revision.content;
            if (choice == EditConflict::Choice::Reload) {
                auto images = documents.images(m_actor, request.number, now->revision.label);
                dialog.editor()->setMarkdown(now->revision.content, images ? images.value() : QHash<QString, QByteArray>());
                return Error{ErrorCode::Conflict, tr("Loaded the text saved meanwhile (revision %1); edit it and save again.").arg(now->revision.label)};
            }
            edited = documents.editDraft(m_actor, request.number, dialog.markdown(), dialog.summary(), dialog.step(), dialog.images(), base);
        }
        if (!edited)
            return edited.error();
        saved = edited.value();
        return {};
    });
    if (Modal::exec(dialog) != QDialog::Accepted)
        return;
    announce(saved.label == request.label ? tr("Saved the draft of %1 %2").arg(request.number, saved.label)
                                          : tr("Started revision %2 of %1 as a draft").arg(request.number, saved.label));
}

void WorkflowActions::submit()
{
    const DocumentState &s = *m_state;
    auto users = m_session.users().users();
    if (!users) {
        Q_EMIT failed(users.message());
        return;
    }
    const QString heading = tr("%1 %2 — %3").arg(s.document.number, s.current.label, s.document.title);
    RouteDialog dialog(heading, users.value(), s.current.author, m_session.settings().defaultRoute(s.document.type), m_parent);
    dialog.setCommit([&]() -> Status { return Status::from(m_session.workflow().submit(m_actor, s.document.number, dialog.route())); });
    if (Modal::exec(dialog) != QDialog::Accepted)
        return;
    announce(tr("Submitted %1 %2 for review").arg(s.document.number, s.current.label));
}

void WorkflowActions::signOrRelease(SignatureMeaning meaning)
{
    const DocumentState &s = *m_state;
    const Revision *effective = s.effective();
    // A periodic review and an acknowledgement are about the effective revision, not a newer draft.
    const bool periodic = meaning == SignatureMeaning::PeriodicReview || meaning == SignatureMeaning::Acknowledged;
    const Revision &signedRevision = periodic && effective ? *effective : s.current;

    SignRequest request;
    request.meaning = meaning;
    request.number = s.document.number;
    request.title = s.document.title;
    request.label = signedRevision.label;
    request.status = signedRevision.status;
    request.contentHash = signedRevision.contentHash;
    request.signer = s.who(m_actor.name);
    request.today = m_session.workflow().today();
    if (meaning == SignatureMeaning::Approved && s.round) {
        for (const Signature &signature : s.signatures) {
            if (signature.meaning == SignatureMeaning::Reviewed && signature.revisionId == s.current.id
                && signature.submissionId == s.round->submissionId)
                request.reviews.append({s.who(signature.signer), signature.signedAt, signature.comment});
        }
    }
    SignDialog dialog(request, m_parent);

    if (!periodic && effective && effective->id != s.current.id) {
        auto before = m_session.documents().show(m_actor, s.document.number, effective->label);
        if (before) {
            dialog.setComparison(before->revision.content, tr("%1 (effective)").arg(effective->label), s.current.content,
                                 tr("%1 (%2)").arg(s.current.label, displayName(s.current.status)));
        } else {
            Q_EMIT failed(before.message());
        }
    }

    QString done;
    QList<ControlledCopy> toRecall;
    QList<LinkedDocument> citing;
    dialog.setCommit([&]() -> Status {
        WorkflowService &workflow = m_session.workflow();
        const QString &number = s.document.number;
        const QString &label = signedRevision.label;
        switch (meaning) {
        case SignatureMeaning::Reviewed:
        case SignatureMeaning::Approved: {
            auto signature = workflow.sign(m_actor, dialog.password(), number, meaning, dialog.comment());
            if (!signature)
                return signature.error();
            done = meaning == SignatureMeaning::Reviewed ? tr("Signed %1 %2 as reviewer").arg(number, label)
                                                         : tr("Signed %1 %2 as approver").arg(number, label);
            return {};
        }
        case SignatureMeaning::Released: {
            auto released = workflow.release(m_actor, dialog.password(), number, dialog.effectiveDate());
            if (!released)
                return released.error();
            toRecall = released->toRecall;
            citing = released->citedBy;
            const QString date = released->released.effectiveDate.toString(Qt::ISODate);
            if (released->scheduled)
                done = tr("Released %1 %2, effective %3").arg(number, label, date);
            else if (released->superseded)
                done = tr("Released %1 %2, effective today; %3 is superseded").arg(number, label, released->superseded->label);
            else
                done = tr("Released %1 %2, effective today").arg(number, label);
            return {};
        }
        case SignatureMeaning::PeriodicReview: {
            auto reviewed = workflow.periodicReview(m_actor, dialog.password(), number, dialog.comment());
            if (!reviewed)
                return reviewed.error();
            done = tr("Recorded and signed the periodic review of %1 %2").arg(number, label);
            return {};
        }
        case SignatureMeaning::Acknowledged: {
            auto acknowledged = workflow.acknowledge(m_actor, dialog.password(), number);
            if (!acknowledged)
                return acknowledged.error();
            done = tr("Acknowledged %1 %2: read and understood").arg(number, label);
            return {};
        }
        case SignatureMeaning::Withdrawn: // withdraw() runs its own dialog
        case SignatureMeaning::Disposed:  // so does the Disposition dialog
            return {};
        }
        return {};
    });
    if (Modal::exec(dialog) != QDialog::Accepted)
        return;
    announce(done);
    offerRecall(toRecall, tr("%1 %2 is superseded. These controlled copies of it are still out:").arg(s.document.number, toRecall.value(0).label));
    offerReview(s.document.number, citing);
}

void WorkflowActions::offerReview(const QString &cited, const QList<LinkedDocument> &citing)
{
    if (citing.isEmpty())
        return;
    CitingDialog dialog(m_session, m_actor, CitingDialog::Mode::StartReview, cited, citing, m_parent);
    if (Modal::exec(dialog) != QDialog::Accepted || dialog.started().isEmpty())
        return;
    Q_EMIT documentChanged(dialog.started().constFirst(), tr("Started the review of %1").arg(dialog.started().join(QStringLiteral(", "))));
}

void WorkflowActions::offerRecall(const QList<ControlledCopy> &copies, const QString &heading)
{
    if (copies.isEmpty() || !m_actor.isController())
        return;
    RecallDialog dialog(m_session, m_actor, heading, copies, m_parent);
    if (Modal::exec(dialog) != QDialog::Accepted)
        return;
    Q_EMIT documentChanged(copies.constFirst().number, tr("Recalled %n controlled copies", nullptr, dialog.recalled()));
}

void WorkflowActions::reject()
{
    const DocumentState &s = *m_state;
    CommentDialog dialog(tr("Reject %1 %2").arg(s.document.number, s.current.label),
                         tr("Say what must change. The revision goes back to its author as a draft; your comment is kept in its history."),
                         tr("Reject"), m_parent);
    dialog.setObjectName(QStringLiteral("rejectDialog"));
    dialog.setCommit([&]() -> Status { return Status::from(m_session.workflow().reject(m_actor, s.document.number, dialog.comment())); });
    if (Modal::exec(dialog) != QDialog::Accepted)
        return;
    announce(tr("Rejected %1 %2; it is a draft again").arg(s.document.number, s.current.label));
}

void WorkflowActions::withdraw()
{
    const DocumentState s = *m_state;
    const Revision *effective = s.effective();
    const Revision &signedRevision = effective ? *effective : s.current;
    SignRequest request;
    request.meaning = SignatureMeaning::Withdrawn;
    request.number = s.document.number;
    request.title = s.document.title;
    request.label = signedRevision.label;
    request.status = signedRevision.status;
    request.contentHash = signedRevision.contentHash;
    request.signer = s.who(m_actor.name);
    request.today = m_session.workflow().today();
    if (auto copies = m_session.exports().copies(m_actor, s.document.number); copies) {
        for (const ControlledCopy &c : copies.value()) {
            if (c.status == ControlledCopy::Status::Issued)
                request.copiesOut << c;
        }
    }
    // A document that documents in use cite is withdrawn only once the controller confirms it.
    QList<LinkedDocument> inUse = s.links.citedBy;
    inUse.removeIf([](const LinkedDocument &d) { return d.withdrawn; });
    if (!inUse.isEmpty()) {
        CitingDialog confirm(m_session, m_actor, CitingDialog::Mode::Confirm, s.document.number, inUse, m_parent);
        if (Modal::exec(confirm) != QDialog::Accepted)
            return;
    }
    SignDialog dialog(request, m_parent);
    dialog.setObjectName(QStringLiteral("withdrawDialog"));
    QList<ControlledCopy> toRecall;
    QList<LinkedDocument> citing;
    dialog.setCommit([&]() -> Status {
        auto withdrawn = m_session.workflow().withdraw(m_actor, dialog.password(), s.document.number, dialog.comment(), !inUse.isEmpty());
        if (!withdrawn)
            return withdrawn.error();
        toRecall = withdrawn->toRecall;
        citing = withdrawn->citedBy;
        return {};
    });
    if (Modal::exec(dialog) != QDialog::Accepted)
        return;
    Q_EMIT documentChanged(s.document.number, tr("Withdrew %1; it is obsolete").arg(s.document.number));
    offerRecall(toRecall, tr("%1 is withdrawn. These controlled copies of it are still out:").arg(s.document.number));
    offerReview(s.document.number, citing);
}

} // namespace dc
