#pragma once

#include "ui/workflow/actiondialog.h"
#include "core/model/signature.h"
#include "core/model/user.h"

class QCheckBox;
class QComboBox;
class QListWidget;
class QPushButton;

namespace dc {

// Chooses the route of a submission: the reviewers (active users with the reviewer role
// other than the revision's author, checked in a list whose order is the order of sequential
// reviews), whether they review in order, and the approver (an active approver other than the
// author). Starts from the document type's default route.
class RouteDialog final : public ActionDialog {
    Q_OBJECT
public:
    // `heading` says what is submitted ("ISMS-P-001 A/1 — 信息安全事件管理程序").
    RouteDialog(const QString &heading, const QList<User> &users, const QString &author, const Route &defaults,
                QWidget *parent = nullptr);

    // The route as chosen: the checked reviewers in list order.
    Route route() const;
    // Checks or unchecks the reviewer `name`; returns whether the list offers that user.
    bool setReviewerChecked(const QString &name, bool checked);
    // Chooses the approver `name`; returns whether the list offers that user.
    bool setApprover(const QString &name);

protected:
    QString validate() const override;

private:
    void move(int by);

    QListWidget *m_reviewers = nullptr;
    QCheckBox *m_sequential = nullptr;
    QComboBox *m_approver = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
};

} // namespace dc
