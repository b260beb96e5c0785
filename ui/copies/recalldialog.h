#pragma once

#include "ui/workflow/actiondialog.h"
#include "core/model/controlledcopy.h"
#include "core/model/user.h"

class QListWidget;

namespace dc {

class Session;

// The recall step after a release or a withdrawal: the controlled copies still out, each
// checked; "Recall" records the checked ones as recalled in one transaction (core decides who
// may), a refusal is shown inline and nothing is recalled.
class RecallDialog final : public ActionDialog {
    Q_OBJECT
public:
    RecallDialog(Session &session, const User &actor, const QString &heading, const QList<ControlledCopy> &copies, QWidget *parent = nullptr);

    // The copies checked now.
    QList<ControlledCopy> checked() const;
    // How many the commit recalled.
    int recalled() const { return m_recalled; }

protected:
    QString validate() const override;

private:
    Session &m_session;
    User m_actor;
    QList<ControlledCopy> m_copies;
    QListWidget *m_list = nullptr;
    int m_recalled = 0;
};

} // namespace dc
