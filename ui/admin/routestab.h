#pragma once

#include "core/model/enums.h"
#include "core/model/signature.h"
#include "core/model/user.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace dc {

class Session;

// Administration ▸ Routes: each document type's default route (as `route list`): its reviewers
// (parallel, or in the order listed), its approver. Controllers and administrators pick the
// reviewers among the users holding the reviewer role and the approver among the approvers;
// Save goes through WorkflowService::setDefaultRoute (as `route set`), whose refusal is shown
// and changes nothing.
class RoutesTab final : public QWidget {
    Q_OBJECT
public:
    RoutesTab(Session &session, const User &actor, QWidget *parent = nullptr);

    // Selects the row of `type` and shows its route in the editor.
    void selectType(DocumentType type);
    // The route the editor shows for the selected type.
    Route editedRoute() const;
    // Saves the edited route of the selected type; returns whether the core took it.
    bool save();
    // Re-reads the routes and users.
    void reload();

private:
    void typeSelected();
    void showError(const QString &message);
    std::optional<DocumentType> selectedType() const;

    Session &m_session;
    User m_actor;
    QTableWidget *m_table = nullptr;
    QListWidget *m_reviewers = nullptr;
    QComboBox *m_approver = nullptr;
    QCheckBox *m_sequential = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace dc
