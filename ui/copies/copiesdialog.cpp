#include "ui/copies/copiesdialog.h"

#include "ui/workflow/modal.h"
#include "core/services/exportservice.h"
#include "core/services/session.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dc {

CopiesDialog::CopiesDialog(Session &session, const User &actor, QWidget *parent) : QDialog(parent), m_session(session), m_actor(actor)
{
    setObjectName(QStringLiteral("copiesDialog"));
    setWindowTitle(tr("Controlled Copies"));
    auto *layout = new QVBoxLayout(this);
    m_onlyToRecall = new QCheckBox(tr("Only copies to &recall (their revision is superseded or withdrawn)"), this);
    m_onlyToRecall->setObjectName(QStringLiteral("onlyToRecall"));
    connect(m_onlyToRecall, &QCheckBox::toggled, this, &CopiesDialog::fill);
    layout->addWidget(m_onlyToRecall);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("copiesTable"));
    m_table->setHorizontalHeaderLabels({tr("Number"), tr("Revision"), tr("Copy"), tr("Holder"), tr("Issued"), tr("Issued by"), tr("State")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &CopiesDialog::updateButtons);
    layout->addWidget(m_table, 1);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("copiesError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_recall = buttons->addButton(tr("Re&call"), QDialogButtonBox::ActionRole);
    m_recall->setObjectName(QStringLiteral("recallCopyButton"));
    m_destroy = buttons->addButton(tr("&Destroy…"), QDialogButtonBox::ActionRole);
    m_destroy->setObjectName(QStringLiteral("destroyCopyButton"));
    const bool controller = actor.isController();
    const QString why = tr("Only document controllers recall and destroy controlled copies.");
    m_recall->setToolTip(controller ? tr("Record that the selected copy came back") : why);
    m_destroy->setToolTip(controller ? tr("Record that the selected copy was destroyed") : why);
    connect(m_recall, &QPushButton::clicked, this, &CopiesDialog::recallSelected);
    connect(m_destroy, &QPushButton::clicked, this, &CopiesDialog::destroySelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(860, 480);
    reload();
}

bool CopiesDialog::reload()
{
    ExportService &exports = m_session.exports();
    auto copies = exports.copies(m_actor);
    auto toRecall = copies ? exports.toRecall(m_actor) : Result<QList<ControlledCopy>>(copies.error());
    if (!copies || !toRecall) {
        m_error->setText(copies ? toRecall.message() : copies.message());
        m_error->show();
        m_copies.clear();
        fill();
        return false;
    }
    m_copies = copies.value();
    m_toRecall.clear();
    for (const ControlledCopy &c : toRecall.value())
        m_toRecall.insert(c.id);
    fill();
    return true;
}

void CopiesDialog::fill()
{
    m_table->setRowCount(0);
    for (int i = 0; i < m_copies.size(); ++i) {
        const ControlledCopy &c = m_copies.at(i);
        const bool recall = m_toRecall.contains(c.id);
        if (m_onlyToRecall->isChecked() && !recall)
            continue;
        QString state = displayName(c.status);
        if (recall)
            state = tr("Issued — to recall");
        else if (c.status == ControlledCopy::Status::Recalled)
            state = tr("Recalled %1").arg(c.recalledAt.toLocalTime().date().toString(Qt::ISODate));
        else if (c.status == ControlledCopy::Status::Destroyed)
            state = tr("Destroyed %1").arg(c.destroyedAt.toLocalTime().date().toString(Qt::ISODate));
        const QStringList cells{c.number, c.label, QStringLiteral("%1").arg(c.copyNumber, 3, 10, QLatin1Char('0')), c.holder,
                                c.issuedAt.toLocalTime().date().toString(Qt::ISODate), c.issuedBy, state};
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, i);
            if (recall)
                item->setForeground(QColor(0xb0, 0x00, 0x20));
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    updateButtons();
}

const ControlledCopy *CopiesDialog::selected() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    if (items.isEmpty())
        return nullptr;
    return &m_copies.at(items.first()->data(Qt::UserRole).toInt());
}

void CopiesDialog::updateButtons()
{
    const ControlledCopy *c = selected();
    const bool controller = m_actor.isController();
    m_recall->setEnabled(controller && c && c->status == ControlledCopy::Status::Issued);
    m_destroy->setEnabled(controller && c && c->status != ControlledCopy::Status::Destroyed);
}

void CopiesDialog::recallSelected()
{
    change(false);
}

void CopiesDialog::destroySelected()
{
    change(true);
}

void CopiesDialog::change(bool destroy)
{
    const ControlledCopy *c = selected();
    if (!c)
        return;
    const ControlledCopy copy = *c;
    const QString copyNumber = QStringLiteral("%1").arg(copy.copyNumber, 3, 10, QLatin1Char('0'));
    if (destroy) {
        QMessageBox ask(QMessageBox::Question, tr("Destroy Controlled Copy"),
                        tr("Record that controlled copy No. %1 of %2 %3 (%4) was destroyed? This cannot be undone.").arg(copyNumber, copy.number, copy.label, copy.holder),
                        QMessageBox::Yes | QMessageBox::Cancel, this);
        ask.setObjectName(QStringLiteral("confirmDestroy"));
        if (Modal::exec(ask) != QMessageBox::Yes)
            return;
    }
    ExportService &exports = m_session.exports();
    auto changed = destroy ? exports.destroy(m_actor, copy.number, copy.label, copy.copyNumber) : exports.recall(m_actor, copy.number, copy.label, copy.copyNumber);
    if (!changed) {
        m_error->setText(changed.message());
        m_error->show();
        return;
    }
    m_error->hide();
    reload();
}

QString CopiesDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

} // namespace dc
