#include "ui/disposition/dispositiondialog.h"

#include "ui/disposition/holddialog.h"
#include "ui/disposition/keepdialog.h"
#include "ui/workflow/modal.h"
#include "ui/workflow/signdialog.h"

#include "core/services/dispositionservice.h"
#include "core/services/session.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dc {

DispositionDialog::DispositionDialog(Session &session, const User &user, QWidget *parent) : QDialog(parent), m_session(session), m_user(user)
{
    setObjectName(QStringLiteral("dispositionDialog"));
    setWindowTitle(tr("Disposition of Records"));
    auto *layout = new QVBoxLayout(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("dispositionStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("dispositionTable"));
    m_table->setHorizontalHeaderLabels({tr("Number"), tr("Title"), tr("Due"), tr("Retention")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table, 1);
    auto *buttons = new QHBoxLayout;
    m_destroy = new QPushButton(tr("&Destroy…"), this);
    m_destroy->setObjectName(QStringLiteral("destroyButton"));
    m_keep = new QPushButton(tr("&Keep Longer…"), this);
    m_keep->setObjectName(QStringLiteral("keepButton"));
    buttons->addWidget(m_destroy);
    buttons->addWidget(m_keep);
    m_hold = new QPushButton(tr("Legal &Hold…"), this);
    m_hold->setObjectName(QStringLiteral("holdButton"));
    m_hold->setToolTip(tr("A document under a legal hold is kept whatever its retention and cannot be destroyed"));
    buttons->addWidget(m_hold);
    buttons->addStretch(1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addWidget(close);
    layout->addLayout(buttons);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_destroy, &QPushButton::clicked, this, &DispositionDialog::destroySelected);
    connect(m_keep, &QPushButton::clicked, this, &DispositionDialog::keepSelected);
    connect(m_hold, &QPushButton::clicked, this, &DispositionDialog::holdDocument);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &DispositionDialog::updateButtons);
    resize(760, 420);
    reload();
}

void DispositionDialog::reload()
{
    auto due = m_session.disposition().due(m_user);
    m_items = due ? due.value() : QList<DispositionItem>();
    m_table->setRowCount(0);
    for (const DispositionItem &item : std::as_const(m_items)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList cells{item.number, item.title, item.due.toString(Qt::ISODate), describe(item.end, item.retentionYears)};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_status->setText(!due ? due.message()
                      : m_items.isEmpty() ? tr("No record or obsolete document is due for disposition.")
                                          : tr("%n document(s) past their retention. Destroying removes the content; the record, hashes and signatures remain.",
                                               nullptr, int(m_items.size())));
    updateButtons();
}

const DispositionItem *DispositionDialog::selected() const
{
    const int row = m_table->currentRow();
    return m_table->selectionModel()->hasSelection() && row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

QString DispositionDialog::selectedNumber() const
{
    const DispositionItem *item = selected();
    return item ? item->number : QString();
}

void DispositionDialog::updateButtons()
{
    m_destroy->setEnabled(selected() != nullptr);
    m_keep->setEnabled(selected() != nullptr);
}

void DispositionDialog::destroySelected()
{
    const DispositionItem *item = selected();
    if (!item)
        return;
    SignRequest request;
    request.meaning = SignatureMeaning::Disposed;
    request.number = item->number;
    request.title = item->title;
    request.label = item->label;
    request.status = RevisionStatus::Effective;
    request.contentHash = item->contentHash;
    request.signer = m_user.displayName.isEmpty() ? m_user.name : tr("%1 (%2)").arg(m_user.displayName, m_user.name);
    request.today = m_session.clock().nowUtc().toLocalTime().date();
    SignDialog dialog(request, this);
    const QString number = item->number;
    dialog.setCommit([this, &dialog, number]() -> Status {
        return Status::from(m_session.disposition().destroy(m_user, dialog.password(), number, dialog.comment()));
    });
    if (Modal::exec(dialog) == QDialog::Accepted)
        reload();
}

void DispositionDialog::keepSelected()
{
    const DispositionItem *item = selected();
    if (!item)
        return;
    KeepDialog dialog(item->number, m_session.clock().nowUtc().toLocalTime().date(), this);
    const QString number = item->number;
    dialog.setCommit([this, &dialog, number] { return m_session.disposition().keep(m_user, number, dialog.until(), dialog.reason()); });
    if (Modal::exec(dialog) == QDialog::Accepted)
        reload();
}

void DispositionDialog::holdDocument()
{
    HoldDialog dialog(selectedNumber(), this);
    dialog.setCommit([this, &dialog] { return m_session.disposition().setHold(m_user, dialog.number(), dialog.place(), dialog.reason()); });
    if (Modal::exec(dialog) == QDialog::Accepted)
        reload();
}

} // namespace dc
