#include "ui/settings/settingsdialog.h"

#include "core/services/appsettings.h"
#include "core/services/autobackup.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace dc {

SettingsDialog::SettingsDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(AppSettings::get(AppSettings::language))));
    form->addRow(tr("&Language:"), m_language);
    auto *restart = new QLabel(tr("A new language applies when DocControl is started again."), this);
    restart->setObjectName(QStringLiteral("languageNote"));
    restart->setWordWrap(true);
    restart->setStyleSheet(QStringLiteral("color: #555;"));
    form->addRow(QString(), restart);

    m_idle = new QSpinBox(this);
    m_idle->setObjectName(QStringLiteral("idleLockMinutes"));
    m_idle->setRange(0, 240);
    m_idle->setSuffix(tr(" min"));
    m_idle->setSpecialValueText(tr("Never"));
    m_idle->setValue(std::clamp(AppSettings::get(AppSettings::idleLockMinutes), 0, 240));
    m_idle->setToolTip(tr("After this long without keyboard or mouse input the window locks and asks for your password."));
    form->addRow(tr("Lock when idle &for:"), m_idle);

    // Automatic backups (AutoBackup): on or off, where, how many per store.
    const AutoBackup::Settings backups = AutoBackup::Settings::current();
    m_backupOn = new QCheckBox(tr("Back up each store I write to, daily and when I sign out"), this);
    m_backupOn->setObjectName(QStringLiteral("autoBackupCheck"));
    m_backupOn->setChecked(backups.enabled);
    form->addRow(tr("Automatic &backups:"), m_backupOn);
    m_backupFolder = new QLineEdit(QDir::toNativeSeparators(backups.folder), this);
    m_backupFolder->setObjectName(QStringLiteral("autoBackupFolder"));
    auto *browse = new QPushButton(tr("B&rowse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder for Automatic Backups"), m_backupFolder->text());
        if (!folder.isEmpty())
            m_backupFolder->setText(QDir::toNativeSeparators(folder));
    });
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_backupFolder, 1);
    folderRow->addWidget(browse);
    form->addRow(tr("Backup &folder:"), folderRow);
    m_backupKeep = new QSpinBox(this);
    m_backupKeep->setObjectName(QStringLiteral("autoBackupKeep"));
    m_backupKeep->setRange(1, 365);
    m_backupKeep->setValue(backups.keep);
    m_backupKeep->setSuffix(tr(" per store"));
    form->addRow(tr("&Keep the newest:"), m_backupKeep);
    connect(m_backupOn, &QCheckBox::toggled, m_backupFolder, &QWidget::setEnabled);
    connect(m_backupOn, &QCheckBox::toggled, browse, &QWidget::setEnabled);
    connect(m_backupOn, &QCheckBox::toggled, m_backupKeep, &QWidget::setEnabled);
    m_backupFolder->setEnabled(backups.enabled);
    browse->setEnabled(backups.enabled);
    m_backupKeep->setEnabled(backups.enabled);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

QString SettingsDialog::language() const
{
    return m_language->currentData().toString();
}

int SettingsDialog::idleLockMinutes() const
{
    return m_idle->value();
}

void SettingsDialog::save() const
{
    AppSettings::set(AppSettings::language, language());
    AppSettings::set(AppSettings::idleLockMinutes, idleLockMinutes());
    AppSettings::set(AppSettings::autoBackupEnabled, m_backupOn->isChecked());
    // The default folder is stored as "" so it follows the user's data folder.
    const QString folder = QDir::fromNativeSeparators(m_backupFolder->text().trimmed());
    AppSettings::set(AppSettings::autoBackupFolder, folder == AutoBackup::Settings::defaultFolder() ? QString() : folder);
    AppSettings::set(AppSettings::autoBackupKeep, m_backupKeep->value());
}

void SettingsDialog::accept()
{
    save();
    QDialog::accept();
}

} // namespace dc
