#pragma once

#include "core/model/distribution.h"
#include "core/model/user.h"
#include "core/services/documentstate.h"

#include <QWidget>

#include <optional>

class QLabel;
class QTabWidget;
class QTableView;
class QToolBar;

namespace dc {

class Session;
class DetailsPage;
class DocumentPreview;
class PdfPreviewPane;
class PrintActions;
class RevisionsModel;
class TimelineModel;
class WorkflowActions;

// The right-hand side of the main window: one document, with the actions that apply to it
// in a tool bar, a line saying where its current revision stands, and four tabs — Content
// (the preview), Details (metadata), Revisions and Timeline (events and signatures).
// Activating a revision in the Revisions tab shows that revision's content.
class DocumentView final : public QWidget {
    Q_OBJECT
public:
    DocumentView(Session &session, const User &actor, QWidget *parent = nullptr);

    enum Tab { ContentTab, DetailsTab, RevisionsTab, TimelineTab, PrintPreviewTab };

    // Shows the current revision of `number`, or why it cannot be shown (in the Content tab).
    void showDocument(const QString &number);
    // Shows revision `label` of the document shown in the Content tab.
    void showRevision(const QString &label);
    // Reads the document shown again, e.g. after the store changed.
    void reload();
    // Shows `message` instead of a document; the actions are disabled.
    void clear(const QString &message);
    // Edit Details… of the Details tab: the dialog, then the change through DocumentService::setMetadata.
    void editDetails();
    // Record Earlier Revision… on the Details tab (document controllers).
    void recordEarlierRevision();
    // Clauses… on the Details tab: the clause picker.
    void pickClauses();
    // Links… on the Details tab: the documents this one cites by hand (LinksDialog).
    void pickLinks();
    // Register Entry… on the Details tab of an external document (ExternalDialog).
    void editExternal();
    // Distribution… on the Details tab: the list's editor (DistributionDialog).
    void editDistribution();

    QString number() const;
    const std::optional<DocumentState> &state() const { return m_state; }
    DocumentPreview *preview() const { return m_preview; }
    WorkflowActions *actions() const { return m_actions; }
    PrintActions *printActions() const { return m_print; }
    PdfPreviewPane *pdfPreview() const { return m_pdfPreview; }
    QTabWidget *tabs() const { return m_tabs; }
    DetailsPage *details() const { return m_details; }
    RevisionsModel *revisionsModel() const { return m_revisions; }
    TimelineModel *timelineModel() const { return m_timeline; }

Q_SIGNALS:
    // An action changed the store: `message` says what was done.
    void documentChanged(const QString &number, const QString &message);
    // Something failed that is not shown in a dialog.
    void failed(const QString &message);
    // An export wrote the file at `path`.
    void exported(const QString &path);

private:
    QTableView *makeTable(const char *objectName);
    // Fills the Details tab's distribution and acknowledgement rows from the store.
    void showDistribution();
    void updatePrintPreview();

    Session &m_session;
    User m_actor;
    std::optional<DocumentState> m_state;
    DistributionList m_distribution; // the shown document's, as last read
    WorkflowActions *m_actions = nullptr;
    QToolBar *m_toolBar = nullptr;
    QLabel *m_progress = nullptr;
    QTabWidget *m_tabs = nullptr;
    DocumentPreview *m_preview = nullptr;
    PdfPreviewPane *m_pdfPreview = nullptr;
    PrintActions *m_print = nullptr;
    QString m_shownLabel; // the revision in the Content tab, which print and export apply to
    DetailsPage *m_details = nullptr;
    RevisionsModel *m_revisions = nullptr;
    TimelineModel *m_timeline = nullptr;
    QTableView *m_revisionsTable = nullptr;
    QTableView *m_timelineTable = nullptr;
};

} // namespace dc
