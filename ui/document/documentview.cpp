#include "ui/document/documentview.h"

#include "core/services/session.h"

#include "core/workflow/permissions.h"
#include "ui/document/detailspage.h"
#include "ui/document/clausepickerdialog.h"
#include "ui/document/distributiondialog.h"
#include "ui/document/editdetailsdialog.h"
#include "ui/document/earlierrevisiondialog.h"
#include "ui/document/externaldialog.h"
#include "ui/document/linksdialog.h"
#include "ui/workflow/modal.h"
#include "ui/preview/documentpreview.h"
#include "ui/document/revisionsmodel.h"
#include "core/services/acknowledgements.h"
#include "core/services/documentservice.h"
#include "core/services/userservice.h"
#include "ui/document/timelinemodel.h"
#include "ui/workflow/workflowactions.h"

#include <QHeaderView>
#include <QLabel>
#include <QTabWidget>

#include "ui/print/pdfpreviewpane.h"
#include "ui/print/printactions.h"
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace dc {

DocumentView::DocumentView(Session &session, const User &actor, QWidget *parent) : QWidget(parent), m_session(session), m_actor(actor)
{
    setObjectName(QStringLiteral("documentView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_actions = new WorkflowActions(m_session, m_actor, this);
    m_toolBar = new QToolBar(tr("Document"), this);
    m_toolBar->setObjectName(QStringLiteral("documentToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(16, 16));
    // Print and Export first: every role uses them, and on a laptop's screen the tool bar's
    // end goes behind "»" (the rarer workflow actions are there, and in the menu).
    m_print = new PrintActions(m_session, m_actor, this);
    m_toolBar->addAction(m_print->printAction());
    m_toolBar->addAction(m_print->exportAction());
    m_toolBar->addSeparator();
    const QList<QAction *> actions = m_actions->actions();
    for (QAction *action : actions) {
        m_toolBar->addAction(action);
        if (action == m_actions->action(WorkflowAction::Release))
            m_toolBar->addSeparator();
    }
    layout->addWidget(m_toolBar);

    m_progress = new QLabel(this);
    m_progress->setObjectName(QStringLiteral("workflowProgress"));
    m_progress->setWordWrap(true);
    m_progress->setTextFormat(Qt::PlainText);
    m_progress->setContentsMargins(8, 4, 8, 4);
    m_progress->setStyleSheet(QStringLiteral("QLabel { background: #eef2f7; color: #333; }"));
    m_progress->hide();
    layout->addWidget(m_progress);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("documentTabs"));
    m_tabs->setDocumentMode(true);
    m_preview = new DocumentPreview(m_tabs);
    m_details = new DetailsPage(m_tabs);
    m_revisions = new RevisionsModel(this);
    m_timeline = new TimelineModel(this);
    m_revisionsTable = makeTable("revisionsTable");
    m_revisionsTable->setModel(m_revisions);
    m_revisionsTable->horizontalHeader()->setSectionResizeMode(RevisionsModel::SummaryColumn, QHeaderView::Stretch);
    m_timelineTable = makeTable("timelineTable");
    m_timelineTable->setModel(m_timeline);
    m_timelineTable->horizontalHeader()->setSectionResizeMode(TimelineModel::DetailColumn, QHeaderView::Interactive);
    m_timelineTable->horizontalHeader()->setStretchLastSection(true); // the details, as wide as there is room
    m_tabs->addTab(m_preview, tr("Co&ntent"));
    m_tabs->addTab(m_details, tr("Detai&ls"));
    m_tabs->addTab(m_revisionsTable, tr("Re&visions"));
    m_tabs->addTab(m_timelineTable, tr("Ti&meline"));
    m_pdfPreview = new PdfPreviewPane(m_tabs);
    m_tabs->addTab(m_pdfPreview, tr("Print &Preview"));
    layout->addWidget(m_tabs, 1);
    // The stamped pages are rendered only when someone looks at them.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == PrintPreviewTab)
            updatePrintPreview();
    });
    connect(m_print, &PrintActions::documentChanged, this, &DocumentView::documentChanged);
    connect(m_print, &PrintActions::failed, this, &DocumentView::failed);
    connect(m_print, &PrintActions::exported, this, &DocumentView::exported);

    connect(m_actions, &WorkflowActions::documentChanged, this, &DocumentView::documentChanged);
    connect(m_actions, &WorkflowActions::failed, this, &DocumentView::failed);
    connect(m_details, &DetailsPage::editRequested, this, &DocumentView::editDetails);
    connect(m_details, &DetailsPage::historyRequested, this, &DocumentView::recordEarlierRevision);
    connect(m_details, &DetailsPage::clausesRequested, this, &DocumentView::pickClauses);
    connect(m_details, &DetailsPage::linksRequested, this, &DocumentView::pickLinks);
    connect(m_details, &DetailsPage::externalRequested, this, &DocumentView::editExternal);
    connect(m_details, &DetailsPage::distributionRequested, this, &DocumentView::editDistribution);
    connect(m_details, &DetailsPage::documentRequested, this, &DocumentView::showDocument);
    connect(m_revisionsTable, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { showRevision(index.data(RevisionsModel::LabelRole).toString()); });
}

QTableView *DocumentView::makeTable(const char *objectName)
{
    auto *table = new QTableView(m_tabs);
    table->setObjectName(QLatin1String(objectName));
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return table;
}

QString DocumentView::number() const
{
    return m_state ? m_state->document.number : QString();
}

void DocumentView::showDocument(const QString &number)
{
    if (number.isEmpty())
        return;
    auto loaded = m_session.documentState(m_actor, number);
    if (!loaded) {
        clear(loaded.message());
        return;
    }
    m_state = std::move(loaded).value();
    DocumentDetails shown{m_state->document, m_state->current, m_state->revisions};
    m_preview->showDocument(shown);
    m_details->setState(*m_state);
    Status editable = Permissions::mayChangeMetadata(m_actor, m_state->document);
    if (editable && m_session.isReadOnly())
        editable = Error{ErrorCode::ReadOnlyStore, tr("The store is open read-only.")};
    else if (editable && m_state->document.currentStatus == RevisionStatus::Obsolete)
        editable = Error{ErrorCode::InvalidState, tr("%1 is obsolete; its details stay as they were.").arg(number)};
    m_details->setEditable(editable.ok(), editable.ok() ? QString() : editable.message());
    Status linkable = Permissions::mayChangeMetadata(m_actor, m_state->document).ok() ? Status{} : Permissions::mayStartRevision(m_actor, m_state->document);
    if (linkable && (m_session.isReadOnly() || m_state->document.currentStatus == RevisionStatus::Obsolete))
        linkable = editable;
    m_details->setLinksEditable(linkable.ok(), linkable.ok() ? QString() : linkable.message());
    m_details->setDistributionShown(Permissions::mayChangeMetadata(m_actor, m_state->document).ok());
    showDistribution();
    auto earlier = m_session.documents().earlierRevisions(number);
    m_revisions->setRevisions(m_state->revisions, m_state->displayNames, earlier ? earlier.value() : QList<EarlierRevision>{});
    m_timeline->setState(*m_state);
    m_timelineTable->scrollToBottom();
    m_progress->setText(WorkflowRules::progressText(*m_state));
    m_progress->show();
    m_actions->setState(m_state);
    m_shownLabel = m_state->current.label;
    m_print->setRevision(number, m_shownLabel);
    if (m_tabs->currentIndex() == PrintPreviewTab)
        updatePrintPreview();
}

void DocumentView::updatePrintPreview()
{
    if (!m_state)
        return;
    const auto layout = m_state->document.type == DocumentType::Manual ? PdfPreviewPane::Layout::Manual : PdfPreviewPane::Layout::Document;
    m_pdfPreview->showRevision(m_session, m_actor, m_state->document.number, m_shownLabel, layout);
}

void DocumentView::showRevision(const QString &label)
{
    if (!m_state || label.isEmpty())
        return;
    auto details = m_session.documents().show(m_actor, m_state->document.number, label);
    if (!details) {
        Q_EMIT failed(details.message());
        return;
    }
    m_preview->showDocument(details.value());
    m_shownLabel = label;
    m_print->setRevision(m_state->document.number, label);
    m_tabs->setCurrentIndex(ContentTab);
}

void DocumentView::editDetails()
{
    if (!m_state)
        return;
    const QString number = m_state->document.number;
    EditDetailsDialog dialog(m_session, m_actor, m_state->document, this);
    if (Modal::exec(dialog) != QDialog::Accepted)
        return;
    Q_EMIT documentChanged(number, tr("Changed the details of %1.").arg(number));
}

void DocumentView::pickClauses()
{
    if (!m_state)
        return;
    const QString number = m_state->document.number;
    ClausePickerDialog dialog(m_session, m_actor, m_state->document, this);
    if (Modal::exec(dialog) != QDialog::Accepted)
        return;
    Q_EMIT documentChanged(number, tr("Changed the clause mapping of %1.").arg(number));
}

void DocumentView::pickLinks()
{
    if (!m_state)
        return;
    const QString number = m_state->document.number;
    LinksDialog dialog(m_session, m_actor, m_state->links, this);
    if (Modal::exec(dialog) != QDialog::Accepted)
        return;
    Q_EMIT documentChanged(number, tr("Changed the documents %1 cites.").arg(number));
}

void DocumentView::editExternal()
{
    if (!m_state || !m_state->external)
        return;
    const QString number = m_state->document.number;
    ExternalDialog dialog(m_session, m_actor, number, *m_state->external, this);
    if (Modal::exec(dialog) != QDialog::Accepted)
        return;
    Q_EMIT documentChanged(number, tr("Recorded the register entry of %1.").arg(number));
}

void DocumentView::showDistribution()
{
    const Document &d = m_state->document;
    auto members = m_session.documents().distribution(m_actor, d.number);
    QHash<QString, QString> names;
    if (auto users = m_session.users().users()) {
        for (const User &u : users.value())
            names.insert(u.name, u.displayName);
    }
    QStringList shown;
    for (const DistributionMember &m : members ? members.value() : DistributionList{})
        shown << distributionText(m, names);
    m_distribution = members ? members.value() : DistributionList{};
    const QString list = !members ? members.message() : shown.isEmpty() ? tr("Nobody") : shown.join(QStringLiteral("; "));
    const QString asks = m_session.acknowledgements().required(d.type)
                             ? tr("Asked of the distribution list at each release (%1)").arg(displayName(d.type))
                             : tr("Not asked for a %1").arg(displayName(d.type));
    m_details->setDistribution(list, asks);
}

void DocumentView::editDistribution()
{
    if (!m_state)
        return;
    const QString number = m_state->document.number;
    DistributionDialog dialog(m_session, m_actor, number, m_distribution, this);
    if (Modal::exec(dialog) != QDialog::Accepted)
        return;
    Q_EMIT documentChanged(number, tr("Changed the distribution list of %1.").arg(number));
}

void DocumentView::recordEarlierRevision()
{
    if (!m_state)
        return;
    const QString number = m_state->document.number;
    EarlierRevisionDialog dialog(m_session, m_actor, number, this);
    if (Modal::exec(dialog) != QDialog::Accepted)
        return;
    Q_EMIT documentChanged(number, tr("Recorded an earlier revision of %1.").arg(number));
}

void DocumentView::reload()
{
    if (m_state)
        showDocument(m_state->document.number);
}

void DocumentView::clear(const QString &message)
{
    m_state.reset();
    m_preview->showMessage(message);
    m_details->clear();
    m_revisions->setRevisions({});
    m_timeline->clear();
    m_progress->hide();
    m_actions->setState(std::nullopt);
    m_shownLabel.clear();
    m_print->setRevision(QString());
    m_pdfPreview->showMessage(message);
    m_tabs->setCurrentIndex(ContentTab);
}

} // namespace dc
