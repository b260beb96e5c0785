#pragma once

#include "core/model/documentlink.h"
#include "core/model/user.h"
#include "ui/workflow/actiondialog.h"

class QLabel;
class QListWidget;

namespace dc {

class Session;

// The documents that cite one being released or withdrawn (LinkService).
// - Confirm (before a withdrawal): says that they cite it and asks whether to withdraw it anyway;
//   OK ("Withdraw Anyway") only accepts.
// - StartReview (after a release or a withdrawal): a check box per citing document that is
//   effective with no revision in progress; OK starts the review of the checked ones as the
//   workflow offers it: a new draft revision with the same text and a change summary naming the
//   cited document (DocumentService::editDraft), for the owner to revise or submit.
// Object names: citingDialog, citingHeading, citingList.
class CitingDialog final : public ActionDialog {
    Q_OBJECT
public:
    enum class Mode { Confirm, StartReview };

    CitingDialog(Session &session, const User &actor, Mode mode, const QString &cited, const QList<LinkedDocument> &citing, QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    // The documents checked for review.
    QStringList checked() const;
    // The documents whose review was started (after OK).
    QStringList started() const { return m_started; }

protected:
    QString validate() const override;

private:
    Status startReviews();

    Session &m_session;
    User m_actor;
    Mode m_mode;
    QString m_cited;
    QListWidget *m_list = nullptr;
    QStringList m_started;
};

} // namespace dc
