#pragma once

#include "core/model/user.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace dc {

class Session;

// Administration ▸ Numbering: each document type's numbering pattern (as `numbering list`),
// editable by controllers and administrators, with the next number it gives — or, for a pattern
// being edited, an example of its numbers, or why it is no pattern. Save applies the changed
// ones through SettingsService::setNumberPattern (as `numbering set`); the core's refusal is
// shown and that pattern is left as it was.
class NumberingTab final : public QWidget {
    Q_OBJECT
public:
    NumberingTab(Session &session, const User &actor, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    // Saves every pattern that differs from the store's; stops at the first refusal.
    // Returns whether all were saved.
    bool save();
    // Re-reads the patterns and next numbers from the store.
    void reload();

private:
    void patternEdited(int row, int column);
    void showError(const QString &message);

    Session &m_session;
    User m_actor;
    QTableWidget *m_table = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_error = nullptr;
    bool m_filling = false;
};

} // namespace dc
