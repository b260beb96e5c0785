#pragma once

#include "core/model/user.h"
#include "core/render/renderinput.h"

#include <QPointer>
#include <QTemporaryDir>
#include <QWidget>

#include <optional>
#include <variant>

class QLabel;
class QPdfDocument;
class QPdfView;
class QStackedWidget;
class QThread;
class QToolButton;

namespace dc {

class Session;

// Shows a revision as it prints: the same pages as an export, with the stamp a print made now
// would carry — 草稿 DRAFT or 作废 OBSOLETE for revisions that are not effective, and for an
// effective one an uncontrolled stamp dated today. A preview records nothing and issues no
// copy. The pages are rendered on a worker thread into a temporary PDF owned by the pane and
// shown in a QPdfView with page navigation ("Page X of Y") and zoom (fit width by default).
class PdfPreviewPane final : public QWidget {
    Q_OBJECT
public:
    enum class Layout { Document, Manual };

    explicit PdfPreviewPane(QWidget *parent = nullptr);
    ~PdfPreviewPane() override;

    // Shows revision `label` of `number` as `actor` may see it; an empty label chooses as
    // exports do (the effective revision, or else the latest). Layout::Manual compiles a manual
    // with its cover, contents and history (other types are shown as documents). Returns at
    // once; rendered() follows, or unavailable() with the message shown instead of the pages
    // when the revision does not exist, `actor` may not read it (a reader and a draft) or it
    // cannot be rendered. Showing the same unchanged revision again reuses the pages.
    void showRevision(Session &session, const User &actor, const QString &number, const QString &label = {},
                      Layout layout = Layout::Document);
    // Replaces the pages by `message` (e.g. "No document selected").
    void showMessage(const QString &message);

    int pageCount() const;
    // The page shown at the top of the view, from 0.
    int currentPage() const;
    // Scrolls to `page` (from 0).
    void goToPage(int page);
    // The message shown instead of pages; empty while pages are shown or being rendered.
    QString message() const;
    bool isRendering() const { return !m_running.isNull(); }
    // The temporary PDF shown; empty when none is.
    QString pdfPath() const { return m_shownPath; }
    QPdfView *view() const { return m_view; }

Q_SIGNALS:
    // The pages of the last revision asked for are shown.
    void rendered(int pageCount);
    // The last revision asked for cannot be shown; `message` says why and is shown instead.
    void unavailable(const QString &message);

private:
    // One render: its inputs and where it writes.
    struct Job {
        quint64 generation = 0;
        QString key;
        QString name;    // "ISMS-P-001 A/0"
        QString caption;
        std::variant<render::DocumentRender, render::ManualRender> input;
        render::PdfOptions options;
        QString path;
    };

    void start(Job job);
    void finished(const Job &job, const QString &error);
    void fail(const QString &message);
    void showPages();
    void updatePageLabel();
    void setFitMode(bool fitWidth);
    void zoomBy(qreal factor);
    qreal effectiveZoom() const;

    QTemporaryDir m_dir;
    QPdfDocument *m_document = nullptr;
    QPdfView *m_view = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_message = nullptr;
    QWidget *m_bar = nullptr;
    QLabel *m_caption = nullptr;
    QLabel *m_pageLabel = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QToolButton *m_fitWidth = nullptr;
    QToolButton *m_fitPage = nullptr;
    QToolButton *m_zoomIn = nullptr;
    QToolButton *m_zoomOut = nullptr;

    quint64 m_generation = 0;       // of the last request
    QPointer<QThread> m_running;    // the render under way, if any
    std::optional<Job> m_pending;   // asked for while another was rendering
    QString m_shownKey;             // what the pages shown are of
    QString m_shownPath;
};

} // namespace dc
