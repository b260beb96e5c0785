#pragma once

#include "core/model/controlledcopy.h"
#include "core/services/documentstate.h"
#include "core/model/user.h"

#include <QMap>
#include <QObject>

#include <optional>

class QAction;
class QWidget;

namespace dc {

class Session;

// The actions on the document shown — Edit, Submit, Sign as reviewer, Sign as approver,
// Reject, Release, Withdraw, Periodic review, Acknowledge — as QActions with shortcuts, enabled only when
// WorkflowRules allow them (the tool tip of a disabled one says why). Triggering one runs its
// dialog (through Modal::exec) and the core call; core's refusals are shown in the dialog,
// which stays open. A change of the store is announced with documentChanged().
class WorkflowActions final : public QObject {
    Q_OBJECT
public:
    // Dialogs open over `dialogParent`.
    WorkflowActions(Session &session, const User &actor, QWidget *dialogParent);

    QAction *action(WorkflowAction which) const { return m_actions.value(which); }
    // Every action, in the order of the tool bar.
    QList<QAction *> actions() const;

    // The document the actions apply to; nothing disables them all.
    void setState(const std::optional<DocumentState> &state);
    const std::optional<DocumentState> &state() const { return m_state; }

    // Runs `which` on the current document when it is available.
    void run(WorkflowAction which);

Q_SIGNALS:
    // The store changed: `message` says what was done ("Signed ISMS-P-001 A/1 as reviewer").
    void documentChanged(const QString &number, const QString &message);
    // Something failed outside a dialog (e.g. reading the effective revision to compare with).
    void failed(const QString &message);

private:
    QAction *make(WorkflowAction which, const QString &text, const QString &iconText, const QKeySequence &shortcut, const char *icon);
    void updateActions();
    void signOrRelease(SignatureMeaning meaning);
    void edit();
    void submit();
    void reject();
    void withdraw();
    void announce(const QString &message);
    // After a release or withdrawal: offers to recall the copies still out (RecallDialog).
    void offerRecall(const QList<ControlledCopy> &copies, const QString &heading);
    // After a release or withdrawal: offers to start the review of the documents citing `cited` (CitingDialog).
    void offerReview(const QString &cited, const QList<LinkedDocument> &citing);

    Session &m_session;
    User m_actor;
    QWidget *m_parent;
    QMap<WorkflowAction, QAction *> m_actions;
    QList<WorkflowAction> m_order;
    std::optional<DocumentState> m_state;
};

} // namespace dc
