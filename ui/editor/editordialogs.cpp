#include "ui/editor/editordialogs.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace dc {

namespace {

QDialogButtonBox *addButtons(QDialog *dialog, QVBoxLayout *layout)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    return buttons;
}

} // namespace

InsertTableDialog::InsertTableDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("insertTableDialog"));
    setWindowTitle(tr("Insert Table"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_rows = new QSpinBox(this);
    m_rows->setObjectName(QStringLiteral("tableRows"));
    m_rows->setRange(1, 200);
    m_rows->setValue(3);
    m_rows->setToolTip(tr("The first row is the table's header."));
    m_columns = new QSpinBox(this);
    m_columns->setObjectName(QStringLiteral("tableColumns"));
    m_columns->setRange(1, 20);
    m_columns->setValue(3);
    form->addRow(tr("&Rows:"), m_rows);
    form->addRow(tr("&Columns:"), m_columns);
    layout->addLayout(form);
    addButtons(this, layout);
}

int InsertTableDialog::rows() const
{
    return m_rows->value();
}

int InsertTableDialog::columns() const
{
    return m_columns->value();
}

LinkDialog::LinkDialog(const QString &text, const QString &url, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("linkDialog"));
    setWindowTitle(tr("Insert Link"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_text = new QLineEdit(text, this);
    m_text->setObjectName(QStringLiteral("linkText"));
    m_text->setPlaceholderText(tr("Shown as the address when empty"));
    m_url = new QLineEdit(url, this);
    m_url->setObjectName(QStringLiteral("linkUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://"));
    form->addRow(tr("&Text:"), m_text);
    form->addRow(tr("&Address:"), m_url);
    layout->addLayout(form);
    QPushButton *ok = addButtons(this, layout)->button(QDialogButtonBox::Ok);
    // An existing link may be cleared to remove it; a new one needs an address.
    const bool editing = !url.isEmpty();
    if (editing)
        m_url->setToolTip(tr("Clear the address to remove the link."));
    const auto update = [this, ok, editing] { ok->setEnabled(editing || !m_url->text().trimmed().isEmpty()); };
    connect(m_url, &QLineEdit::textChanged, this, update);
    update();
    (text.isEmpty() ? m_text : m_url)->setFocus();
    setMinimumWidth(420);
}

QString LinkDialog::text() const
{
    return m_text->text();
}

QString LinkDialog::url() const
{
    return m_url->text().trimmed();
}

} // namespace dc
