#include "services/appsettings.h"
#include "settingsdialog.h"


#include <QComboBox>
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
}

void SettingsDialog::accept()
{
    save();
    QDialog::accept();
}

} // namespace dc
