#pragma once

#include "core/model/disposition.h"
#include "core/model/user.h"

#include <QDialog>
#include <QList>

class QLabel;
class QPushButton;
class QTableWidget;

namespace dc {

class Session;

// Records and obsolete documents whose retention ended (DispositionService::due), for document
// controllers: Destroy… signs the destruction of the selected document's content (SignDialog,
// meaning disposed, reason required); Keep Longer… keeps it until a later day with a reason;
// Legal Hold… places or lifts a hold on any document (the selected one offered first).
// Every decision is core's; a refusal is shown in the dialog it came from. The list reloads
// after each decision.
class DispositionDialog final : public QDialog {
    Q_OBJECT
public:
    DispositionDialog(Session &session, const User &user, QWidget *parent = nullptr);

    // Reads the list again (after a decision, or when the store changed).
    void reload();
    // The selected row's document number, empty when none.
    QString selectedNumber() const;
    // Destroy… and Keep Longer… on the selected row, through Modal::exec.
    void destroySelected();
    void keepSelected();
    // Legal Hold… for the selected document, or one typed in (HoldDialog).
    void holdDocument();

private:
    void updateButtons();
    const DispositionItem *selected() const;

    Session &m_session;
    const User &m_user;
    QList<DispositionItem> m_items;
    QTableWidget *m_table = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_destroy = nullptr;
    QPushButton *m_keep = nullptr;
    QPushButton *m_hold = nullptr;
};

} // namespace dc
