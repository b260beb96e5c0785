#include "ui/disposition/holddialog.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QRadioButton>

namespace dc {

HoldDialog::HoldDialog(const QString &number, QWidget *parent) : ActionDialog(parent)
{
    setObjectName(QStringLiteral("holdDialog"));
    setWindowTitle(tr("Legal Hold"));
    auto *form = new QFormLayout;
    m_number = new QLineEdit(number, this);
    m_number->setObjectName(QStringLiteral("holdNumber"));
    m_number->setPlaceholderText(tr("Document number, e.g. ISMS-R-001"));
    form->addRow(tr("&Document:"), m_number);
    m_place = new QRadioButton(tr("&Place a hold: keep it whatever its retention"), this);
    m_place->setObjectName(QStringLiteral("holdPlace"));
    m_place->setChecked(true);
    m_lift = new QRadioButton(tr("&Lift the hold"), this);
    m_lift->setObjectName(QStringLiteral("holdLift"));
    auto *choice = new QVBoxLayout;
    choice->addWidget(m_place);
    choice->addWidget(m_lift);
    form->addRow(QString(), choice);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("holdReason"));
    m_reason->setPlaceholderText(tr("Required: the litigation, investigation or request behind it"));
    form->addRow(tr("&Reason:"), m_reason);
    body()->addLayout(form);
    connect(m_number, &QLineEdit::textChanged, this, &HoldDialog::updateOk);
    connect(m_reason, &QLineEdit::textChanged, this, &HoldDialog::updateOk);
    setMinimumWidth(480);
    updateOk();
}

QString HoldDialog::number() const { return m_number->text().trimmed(); }

bool HoldDialog::place() const { return m_place->isChecked(); }

QString HoldDialog::reason() const { return m_reason->text().trimmed(); }

QString HoldDialog::validate() const
{
    if (number().isEmpty())
        return tr("Give the number of the document.");
    return reason().isEmpty() ? tr("Give the reason for the hold.") : QString();
}

} // namespace dc
