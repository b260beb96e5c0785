#pragma once

#include "core/model/transitiontable.h"
#include "core/model/user.h"
#include "ui/workflow/actiondialog.h"

class QLineEdit;
class QTableWidget;

namespace dc {

class Session;

// "Move to 27001:2022…": shows what moving one document's clause mapping from the withdrawn
// edition onto its successor changes (each old clause and the clauses that take it up, from
// DocumentService::proposeTransition) and, with a reason, applies it in one audited change
// (moveClauses). A failure is shown inline and the dialog stays open.
class TransitionDialog final : public ActionDialog {
    Q_OBJECT
public:
    TransitionDialog(Session &session, const User &actor, const QString &number, const TransitionProposal &proposal, QWidget *parent = nullptr);

    void setReason(const QString &reason);

protected:
    QString validate() const override;

private:
    QLineEdit *m_reason = nullptr;
    QTableWidget *m_steps = nullptr;
};

} // namespace dc
