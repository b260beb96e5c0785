#pragma once

#include "core/model/user.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace dc {

class Session;

// Administration ▸ Printed Pages: the language of the fixed labels on every printed or exported
// page (stamps, headers, footers, the manual's cover and signature tables) — Chinese with
// English, or Chinese only for stores whose readers do not need English (as `labels set`).
// Controllers and administrators change it through SettingsService::setLabelLanguage; the
// others see the choice and why they cannot change it.
class PrintingTab final : public QWidget {
    Q_OBJECT
public:
    PrintingTab(Session &session, const User &actor, QWidget *parent = nullptr);

    QComboBox *labels() const { return m_labels; }
    // Saves the chosen label language when it differs from the store's; returns whether the
    // store now holds it (a refusal is shown and changes nothing).
    bool save();

private:
    void showError(const QString &message);

    Session &m_session;
    User m_actor;
    QComboBox *m_labels = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace dc
