#pragma once

#include "core/model/user.h"
#include "ui/workflow/actiondialog.h"

class QDateEdit;
class QLineEdit;

namespace dc {

class Session;

// Record Earlier Revision… on the Details tab (document controllers): a revision released on
// paper before the store existed — label, release date (today or earlier, before the first
// revision kept here), change summary and the approver's name as text — so the revision
// history of exports starts where the paper one did. It is marked "recorded, not signed here".
// OK runs DocumentService::recordEarlierRevision; a refusal is shown in the dialog.
// Object names: earlierRevisionDialog, earlierLabel, earlierDate, earlierSummary, earlierApprover.
class EarlierRevisionDialog final : public ActionDialog {
    Q_OBJECT
public:
    EarlierRevisionDialog(Session &session, const User &actor, const QString &number, QWidget *parent = nullptr);

protected:
    QString validate() const override;

private:
    Session &m_session;
    User m_actor;
    QString m_number;
    QLineEdit *m_label = nullptr;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_summary = nullptr;
    QLineEdit *m_approver = nullptr;
};

} // namespace dc
