#include "ui/soa/soaeditdialog.h"

#include "ui/document/unsavedchanges.h"
#include "ui/soa/soadelegate.h"
#include "ui/soa/soatablemodel.h"
#include "ui/windowfit.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace dc {

SoaEditDialog::SoaEditDialog(const EditRequest &request, const SoaTable &table, MappingSource mapping, QWidget *parent)
    : ActionDialog(parent), m_request(request), m_mapping(std::move(mapping))
{
    setObjectName(QStringLiteral("soaEditDialog"));
    const bool newRevision = request.status == RevisionStatus::Effective;
    setWindowTitle(tr("Edit %1 — %2").arg(request.number, request.title));
    if (newRevision) {
        auto *notice = new QLabel(tr("%1 %2 is effective. Saving starts the next revision as a new draft; %2 stays in force "
                                     "until the new revision is approved and released.")
                                      .arg(request.number, request.label),
                                  this);
        notice->setObjectName(QStringLiteral("newRevisionNotice"));
        notice->setWordWrap(true);
        body()->addWidget(notice);
    }

    m_model = new SoaTableModel(this);
    m_model->setTable(table);
    QUndoStack *undo = m_model->undoStack();

    auto *tools = new QHBoxLayout;
    auto *undoButton = new QPushButton(tr("&Undo"), this);
    undoButton->setObjectName(QStringLiteral("soaUndoButton"));
    undoButton->setShortcut(QKeySequence::Undo);
    auto *redoButton = new QPushButton(tr("&Redo"), this);
    redoButton->setObjectName(QStringLiteral("soaRedoButton"));
    redoButton->setShortcut(QKeySequence::Redo);
    auto *refresh = new QPushButton(tr("Fill &Implementing Documents"), this);
    refresh->setObjectName(QStringLiteral("soaRefreshButton"));
    refresh->setToolTip(tr("Lists, for each control, the effective documents mapped to it"));
    tools->addWidget(undoButton);
    tools->addWidget(redoButton);
    tools->addWidget(refresh);
    tools->addStretch(1);
    body()->addLayout(tools);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("soaTable"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new SoaDelegate(m_view));
    m_view->setWordWrap(true);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(SoaTableModel::Control, 70);
    m_view->setColumnWidth(SoaTableModel::Title, 260);
    m_view->setColumnWidth(SoaTableModel::Applicable, 80);
    m_view->setColumnWidth(SoaTableModel::Reason, 180);
    m_view->setColumnWidth(SoaTableModel::Justification, 200);
    m_view->setColumnWidth(SoaTableModel::Status, 140);
    m_view->setColumnWidth(SoaTableModel::Owner, 90);
    body()->addWidget(m_view, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("soaReadiness"));
    m_status->setWordWrap(true);
    body()->addWidget(m_status);

    body()->addLayout(changeSummaryForm(this, request, newRevision, m_summary, m_step));
    okButton()->setText(newRevision ? tr("Start Revision") : tr("Save Draft"));

    connect(undoButton, &QPushButton::clicked, undo, &QUndoStack::undo);
    connect(redoButton, &QPushButton::clicked, undo, &QUndoStack::redo);
    connect(undo, &QUndoStack::canUndoChanged, undoButton, &QPushButton::setEnabled);
    connect(undo, &QUndoStack::canRedoChanged, redoButton, &QPushButton::setEnabled);
    undoButton->setEnabled(false);
    redoButton->setEnabled(false);
    connect(refresh, &QPushButton::clicked, this, &SoaEditDialog::refreshDocuments);
    connect(undo, &QUndoStack::indexChanged, this, &SoaEditDialog::updateStatus);
    connect(m_summary, &QLineEdit::textChanged, this, &SoaEditDialog::updateOk);
    updateStatus();
    WindowFit::resizeWithin(this, QSize(1200, 760));
}

QString SoaEditDialog::markdown() const
{
    return Soa::write(m_model->table());
}

QString SoaEditDialog::summary() const
{
    return m_summary->text().trimmed();
}

RevisionStep SoaEditDialog::step() const
{
    return m_step ? RevisionStep(m_step->currentData().toInt()) : RevisionStep::Minor;
}

bool SoaEditDialog::hasChanges() const
{
    return !m_model->undoStack()->isClean() || summary() != m_request.summary.trimmed();
}

void SoaEditDialog::reload(const SoaTable &table)
{
    m_model->setTable(table);
    updateStatus();
}

void SoaEditDialog::refreshDocuments()
{
    if (!m_mapping)
        return;
    auto mapped = m_mapping();
    if (!mapped) {
        setErrorText(mapped.message());
        return;
    }
    const QStringList changed = m_model->setImplementingDocuments(mapped.value());
    setErrorText(changed.isEmpty() ? tr("The implementing documents are up to date.")
                                   : tr("Implementing documents changed for %n control(s): %1", nullptr, int(changed.size()))
                                         .arg(changed.join(QLatin1String(", "))));
}

QString SoaEditDialog::readiness() const
{
    const Soa::Counts n = Soa::count(m_model->table());
    const QString counts = tr("%1 controls: %2 applicable, %3 excluded, %4 undecided.")
                               .arg(m_model->table().rows.size())
                               .arg(n.applicable)
                               .arg(n.excluded)
                               .arg(n.undecided);
    const Status valid = Soa::validate(m_model->table());
    return counts + QLatin1Char(' ') + (valid ? tr("Ready to submit.") : tr("Not ready to submit: %1").arg(valid.message()));
}

void SoaEditDialog::updateStatus()
{
    m_status->setText(readiness());
    updateOk();
}

QString SoaEditDialog::validate() const
{
    if (summary().isEmpty())
        return tr("A change summary (修订说明) is required.");
    if (m_request.status != RevisionStatus::Effective && !hasChanges())
        return tr("Nothing has changed yet: edit the table or the change summary to save the draft.");
    return {};
}

void SoaEditDialog::reject()
{
    if (hasChanges() && !UnsavedChanges::confirmClose(this, m_request.number))
        return; // still open
    ActionDialog::reject();
}

} // namespace dc
