#include "ui/document/linksdialog.h"

#include "core/services/documentservice.h"
#include "core/services/linkservice.h"
#include "core/services/session.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

#include <algorithm>

namespace dc {

namespace {

QStringList minus(const QStringList &a, const QStringList &b)
{
    QStringList left;
    for (const QString &s : a) {
        if (!b.contains(s))
            left << s;
    }
    return left;
}

} // namespace

LinksDialog::LinksDialog(Session &session, const User &actor, const DocumentLinks &links, QWidget *parent)
    : ActionDialog(parent), m_session(session), m_actor(actor), m_number(links.number)
{
    setObjectName(QStringLiteral("linksDialog"));
    setWindowTitle(tr("Documents %1 cites").arg(m_number));
    QStringList inText;
    for (const LinkedDocument &d : links.cites) {
        if (d.manual)
            m_manual << d.number;
        if (d.text)
            inText << d.number;
    }
    m_checked = m_manual;

    RegisterQuery everything;
    everything.limit = 5000;
    if (auto page = m_session.documents().list(m_actor, everything)) {
        for (const Document &d : page->rows) {
            if (d.number != m_number)
                m_documents.append({d.number, d.title});
        }
    }

    auto *form = new QFormLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("linksSearch"));
    m_search->setPlaceholderText(tr("Number or words of the title, e.g. ISMS-P-001, 变更"));
    m_search->setClearButtonEnabled(true);
    form->addRow(tr("S&earch:"), m_search);
    body()->addLayout(form);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("linksList"));
    m_list->setUniformItemSizes(true);
    m_list->setMinimumHeight(m_list->fontMetrics().lineSpacing() * 12);
    body()->addWidget(m_list, 1);

    auto *bottom = new QFormLayout;
    m_checkedLabel = new QLabel(this);
    m_checkedLabel->setObjectName(QStringLiteral("linksChecked"));
    m_checkedLabel->setWordWrap(true);
    m_checkedLabel->setTextFormat(Qt::PlainText);
    bottom->addRow(tr("Linked by hand:"), m_checkedLabel);
    auto *text = new QLabel(inText.isEmpty() ? tr("None") : inText.join(QStringLiteral(", ")), this);
    text->setObjectName(QStringLiteral("linksInText"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    text->setToolTip(tr("Document numbers found in the text of the latest revision; they follow the text as it is saved"));
    bottom->addRow(tr("Named in the text:"), text);
    body()->addLayout(bottom);
    okButton()->setText(tr("Save Links"));

    connect(m_search, &QLineEdit::textChanged, this, &LinksDialog::fillList);
    connect(m_list, &QListWidget::itemChanged, this, &LinksDialog::itemChanged);
    setCommit([this]() -> Status { return Status::from(m_session.links().changeLinks(m_actor, m_number, added(), removed())); });
    fillList();
    showChecked();
    setMinimumSize(560, 480);
}

void LinksDialog::fillList()
{
    m_filling = true;
    m_list->clear();
    const QString text = m_search->text().trimmed();
    for (const auto &[number, title] : m_documents) {
        if (!text.isEmpty() && !number.contains(text, Qt::CaseInsensitive) && !title.contains(text, Qt::CaseInsensitive))
            continue;
        auto *item = new QListWidgetItem(number + QStringLiteral("  ") + title, m_list);
        item->setData(Qt::UserRole, number);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(m_checked.contains(number) ? Qt::Checked : Qt::Unchecked);
    }
    m_filling = false;
}

void LinksDialog::itemChanged(QListWidgetItem *item)
{
    if (m_filling)
        return;
    const QString number = item->data(Qt::UserRole).toString();
    if (item->checkState() == Qt::Checked) {
        if (!m_checked.contains(number))
            m_checked << number;
    } else {
        m_checked.removeAll(number);
    }
    showChecked();
}

void LinksDialog::showChecked()
{
    const QStringList shown = checked();
    m_checkedLabel->setText(shown.isEmpty() ? tr("None") : shown.join(QStringLiteral(", ")));
    updateOk();
}

QStringList LinksDialog::checked() const
{
    QStringList sorted = m_checked;
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}

QStringList LinksDialog::added() const
{
    return minus(checked(), m_manual);
}

QStringList LinksDialog::removed() const
{
    return minus(m_manual, m_checked);
}

QString LinksDialog::validate() const
{
    if (added().isEmpty() && removed().isEmpty())
        return tr("Nothing has changed yet.");
    return {};
}

} // namespace dc
