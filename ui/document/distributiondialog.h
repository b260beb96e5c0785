#pragma once

#include "core/model/distribution.h"
#include "core/model/user.h"
#include "ui/workflow/actiondialog.h"

class QComboBox;
class QListWidget;
class QPushButton;

namespace dc {

class Session;

// Distribution… on the Details tab (document controllers): the document's distribution list
// (分发范围), users first, then departments. Add puts the user or department picked beside it
// on the list, Remove takes the selected members off; OK sends what was added and removed
// (DocumentService::changeDistribution: one audited change) and shows core's message when it
// is refused. Object names: distributionDialog, distributionList, distributionCandidate,
// distributionAdd, distributionRemove.
class DistributionDialog final : public ActionDialog {
    Q_OBJECT
public:
    DistributionDialog(Session &session, const User &actor, const QString &number, const DistributionList &members, QWidget *parent = nullptr);

    // The list as it stands in the dialog, sorted (sortDistribution).
    DistributionList members() const { return m_members; }
    DistributionList added() const;
    DistributionList removed() const;
    // Adds the candidate at `index` of the picker (as Add does); false when there is none.
    bool addCandidate(int index);
    // Removes the member shown in row `row` (as Remove does on a selection).
    void removeRow(int row);

protected:
    QString validate() const override;

private:
    void fill();

    Session &m_session;
    User m_actor;
    QString m_number;
    DistributionList m_before;
    DistributionList m_members;
    DistributionList m_candidates; // every user and department, in the picker's order
    QHash<QString, QString> m_userNames; // login → display name
    QListWidget *m_list = nullptr;
    QComboBox *m_candidate = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
};

// How a member reads in a list: "王芳 (wangfang)" for a user, "部门 Department: IT 部" for a department.
QString distributionText(const DistributionMember &member, const QHash<QString, QString> &userNames);

} // namespace dc
