#include "ui/workflow/actiondialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace dc {

ActionDialog::ActionDialog(QWidget *parent) : QDialog(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_body = new QVBoxLayout;
    layout->addLayout(m_body, 1);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("actionError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    layout->addWidget(m_error);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("actionButtons"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ActionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ActionDialog::reject);
    layout->addWidget(m_buttons);
}

QPushButton *ActionDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void ActionDialog::updateOk()
{
    okButton()->setEnabled(validate().isEmpty());
}

bool ActionDialog::tryAccept()
{
    if (const QString missing = validate(); !missing.isEmpty()) {
        setErrorText(missing);
        return false;
    }
    if (m_commit) {
        const Status done = m_commit();
        if (!done) {
            setErrorText(done.message());
            commitFailed(done.error());
            return false;
        }
    }
    setErrorText({});
    QDialog::accept();
    return true;
}

void ActionDialog::accept()
{
    tryAccept();
}

void ActionDialog::setErrorText(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString ActionDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

} // namespace dc
