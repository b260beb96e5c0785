#pragma once

#include "core/model/controlledcopy.h"
#include "core/model/user.h"

#include <QDialog>
#include <QSet>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace dc {

class Session;

// File ▸ Controlled Copies: the register of every controlled copy (发放/回收登记) — document,
// revision, copy number, holder, issued date and by whom, and its state (issued, to recall
// because its revision is no longer effective, recalled, destroyed). A document controller
// recalls or destroys the selected copy; core decides who may, and a refusal is shown in the
// dialog with the register unchanged.
class CopiesDialog final : public QDialog {
    Q_OBJECT
public:
    CopiesDialog(Session &session, const User &actor, QWidget *parent = nullptr);

    // Reads the register again; false (with the message shown) when it cannot be read.
    bool reload();
    // Recalls / destroys the copy in the selected row; destroying asks first (Modal::exec).
    void recallSelected();
    void destroySelected();
    QString errorText() const;

    enum Column { Number, Revision, Copy, Holder, Issued, IssuedBy, State, ColumnCount };

private:
    void fill();
    void updateButtons();
    const ControlledCopy *selected() const;
    void change(bool destroy);

    Session &m_session;
    User m_actor;
    QList<ControlledCopy> m_copies;
    QSet<qint64> m_toRecall; // copy ids
    QTableWidget *m_table = nullptr;
    QCheckBox *m_onlyToRecall = nullptr;
    QPushButton *m_recall = nullptr;
    QPushButton *m_destroy = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace dc
