#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace dc {

// The per-desk settings (Tools ▸ Settings…): the language of the interface (the system's,
// Chinese or English; applied when DocControl starts again, as the dialog says), the idle
// time after which the window locks, and the automatic backups (on, where, how many). OK saves them; the caller applies the idle time.
class SettingsDialog final : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    // "" (the system's), "zh_CN" or "en".
    QString language() const;
    // Minutes; 0 never locks.
    int idleLockMinutes() const;

    // Saves the choices (AppSettings::language, idleLockMinutes, autoBackup…).
    void save() const;
    void accept() override;

private:
    QComboBox *m_language = nullptr;
    QSpinBox *m_idle = nullptr;
    QCheckBox *m_backupOn = nullptr;
    QLineEdit *m_backupFolder = nullptr;
    QSpinBox *m_backupKeep = nullptr;
};

} // namespace dc
