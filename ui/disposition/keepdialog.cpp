#include "ui/disposition/keepdialog.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QLineEdit>
#include <QVBoxLayout>

namespace dc {

KeepDialog::KeepDialog(const QString &number, const QDate &today, QWidget *parent) : ActionDialog(parent)
{
    setObjectName(QStringLiteral("keepDialog"));
    setWindowTitle(tr("Keep %1 Longer").arg(number));
    auto *form = new QFormLayout;
    m_until = new QDateEdit(today.addYears(1), this);
    m_until->setObjectName(QStringLiteral("keepUntil"));
    m_until->setCalendarPopup(true);
    m_until->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_until->setMinimumDate(today.addDays(1));
    form->addRow(tr("Keep &until:"), m_until);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("keepReason"));
    m_reason->setPlaceholderText(tr("Required: why it is kept past its retention"));
    form->addRow(tr("&Reason:"), m_reason);
    body()->addLayout(form);
    connect(m_reason, &QLineEdit::textChanged, this, &KeepDialog::updateOk);
    updateOk();
}

QDate KeepDialog::until() const { return m_until->date(); }

QString KeepDialog::reason() const { return m_reason->text().trimmed(); }

QString KeepDialog::validate() const
{
    return reason().isEmpty() ? tr("Give the reason for keeping it longer.") : QString();
}

} // namespace dc
