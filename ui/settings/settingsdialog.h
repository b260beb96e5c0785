#pragma once

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace dc {

// The per-desk settings (Tools ▸ Settings…): the language of the interface (the system's,
// Chinese or English; applied when DocControl starts again, as the dialog says) and the idle
// time after which the window locks. OK saves them; the caller applies the idle time.
class SettingsDialog final : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    // "" (the system's), "zh_CN" or "en".
    QString language() const;
    // Minutes; 0 never locks.
    int idleLockMinutes() const;

    // Saves the choices (AppSettings::language, AppSettings::idleLockMinutes).
    void save() const;
    void accept() override;

private:
    QComboBox *m_language = nullptr;
    QSpinBox *m_idle = nullptr;
};

} // namespace dc
