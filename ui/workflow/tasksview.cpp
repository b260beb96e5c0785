#include "ui/workflow/tasksview.h"

#include "core/services/session.h"

#include "ui/workflow/taskmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace dc {

TasksView::TasksView(Session &session, const User &actor, QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("tasksView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("taskSummary"));
    m_summary->setWordWrap(true);
    m_summary->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);

    m_model = new TaskModel(session, actor, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("tasksTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(TaskModel::TitleColumn, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { Q_EMIT currentDocumentChanged(current.data(TaskModel::NumberRole).toString()); });
    connect(m_table, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { Q_EMIT documentActivated(index.data(TaskModel::NumberRole).toString()); });
    connect(m_model, &TaskModel::countChanged, this, [this](int count) {
        updateSummary();
        Q_EMIT countChanged(count);
    });
    connect(m_model, &TaskModel::errorOccurred, this, &TasksView::updateSummary);
    updateSummary();
}

QString TasksView::currentNumber() const
{
    return m_table->currentIndex().data(TaskModel::NumberRole).toString();
}

void TasksView::refresh()
{
    const QString selected = currentNumber();
    m_model->refresh();
    if (const int row = m_model->rowOfNumber(selected); row >= 0) {
        const QSignalBlocker quiet(m_table->selectionModel());
        m_table->selectRow(row);
    }
}

void TasksView::updateSummary()
{
    if (!m_model->lastError().isEmpty()) {
        m_summary->setText(m_model->lastError());
        return;
    }
    const int count = m_model->rowCount();
    if (count == 0) {
        m_summary->setText(tr("Nothing waits for you."));
        return;
    }
    QString text = tr("%n task(s) wait for you", nullptr, count);
    if (const int overdue = m_model->overdueCount(); overdue > 0)
        text += QStringLiteral(" — ") + tr("%n overdue", nullptr, overdue);
    m_summary->setText(text + QStringLiteral(". ") + tr("Enter opens the document."));
}

} // namespace dc
