#include "ui/print/pdfpreviewpane.h"

#include "core/services/background.h"
#include "core/services/session.h"

#include "ui/print/printsettings.h"
#include "ui/uilog.h"
#include "core/render/pagestyle.h"
#include "core/render/pdfexport.h"
#include "core/services/exportinput.h"
#include "core/workflow/permissions.h"

#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QPdfDocument>
#include <QPdfPageNavigator>
#include <QPdfView>
#include <QStackedWidget>
#include <QStyle>
#include <QThread>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace dc {

namespace {

constexpr qreal kZoomStep = 1.25;
constexpr qreal kMinZoom = 0.1;
constexpr qreal kMaxZoom = 8.0;

QToolButton *toolButton(QWidget *parent, const char *objectName, const QString &text, const QString &tip)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(QLatin1String(objectName));
    button->setText(text);
    button->setToolTip(tip);
    button->setAutoRaise(true);
    return button;
}

QPageSize::PageSizeId pageSizeSetting()
{
    return AppSettings::get(PrintSettings::pageSize) == QLatin1String("Letter") ? QPageSize::Letter : QPageSize::A4;
}

} // namespace

PdfPreviewPane::PdfPreviewPane(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("pdfPreview"));
    m_document = new QPdfDocument(this);

    m_previous = toolButton(this, "previewPrevious", tr("Previous"), tr("Previous page"));
    m_previous->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));
    m_next = toolButton(this, "previewNext", tr("Next"), tr("Next page"));
    m_next->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));
    m_pageLabel = new QLabel(this);
    m_pageLabel->setObjectName(QStringLiteral("previewPageLabel"));
    m_zoomOut = toolButton(this, "previewZoomOut", tr("−"), tr("Zoom out"));
    m_zoomIn = toolButton(this, "previewZoomIn", tr("+"), tr("Zoom in"));
    m_fitWidth = toolButton(this, "previewFitWidth", tr("Fit Width"), tr("Zoom the pages to the width of the view"));
    m_fitPage = toolButton(this, "previewFitPage", tr("Whole Page"), tr("Zoom so that a whole page is in view"));
    m_fitWidth->setCheckable(true);
    m_fitPage->setCheckable(true);
    for (QToolButton *button : {m_previous, m_next})
        button->setToolButtonStyle(Qt::ToolButtonIconOnly);

    m_bar = new QWidget(this);
    m_bar->setObjectName(QStringLiteral("previewBar"));
    auto *bar = new QHBoxLayout(m_bar);
    bar->setContentsMargins(6, 2, 6, 0);
    bar->addWidget(m_previous);
    bar->addWidget(m_pageLabel);
    bar->addWidget(m_next);
    bar->addStretch(1);
    bar->addWidget(m_zoomOut);
    bar->addWidget(m_zoomIn);
    bar->addWidget(m_fitWidth);
    bar->addWidget(m_fitPage);

    m_caption = new QLabel(this);
    m_caption->setObjectName(QStringLiteral("previewCaption"));
    m_caption->setWordWrap(true);
    m_caption->setContentsMargins(8, 0, 8, 2);
    m_caption->setTextFormat(Qt::PlainText);
    m_caption->setToolTip(tr("A preview records nothing and issues no copy; print or export to do so."));

    m_view = new QPdfView(this);
    m_view->setObjectName(QStringLiteral("pdfView"));
    m_view->setDocument(m_document);
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_view->setPageSpacing(8);
    m_view->setDocumentMargins(QMargins(8, 8, 8, 8));
    m_view->setBackgroundRole(QPalette::Dark);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("previewMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setMargin(24);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_message);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar);
    layout->addWidget(m_caption);
    layout->addWidget(m_stack, 1);

    connect(m_previous, &QToolButton::clicked, this, [this]() { goToPage(currentPage() - 1); });
    connect(m_next, &QToolButton::clicked, this, [this]() { goToPage(currentPage() + 1); });
    connect(m_zoomIn, &QToolButton::clicked, this, [this]() { zoomBy(kZoomStep); });
    connect(m_zoomOut, &QToolButton::clicked, this, [this]() { zoomBy(1 / kZoomStep); });
    connect(m_fitWidth, &QToolButton::clicked, this, [this]() { setFitMode(true); });
    connect(m_fitPage, &QToolButton::clicked, this, [this]() { setFitMode(false); });
    connect(m_view->pageNavigator(), &QPdfPageNavigator::currentPageChanged, this, &PdfPreviewPane::updatePageLabel);
    connect(m_document, &QPdfDocument::pageCountChanged, this, &PdfPreviewPane::updatePageLabel);

    setFitMode(true);
    showMessage(tr("No document selected."));
}

PdfPreviewPane::~PdfPreviewPane()
{
    // The worker writes into the temporary folder this pane removes.
    if (m_running) {
        m_running->wait();
        delete m_running.data();
    }
    m_document->close();
}

void PdfPreviewPane::showRevision(Session &session, const User &actor, const QString &number, const QString &label, Layout layout)
{
    const quint64 generation = ++m_generation;
    m_pending.reset();
    const auto cannot = [&](const QString &why) { fail(tr("%1 cannot be previewed: %2").arg(number, why)); };
    if (!m_dir.isValid())
        return cannot(tr("no temporary folder for its pages (%1).").arg(m_dir.errorString()));
    auto source = session.exportSource(actor, number, label);
    if (!source)
        return cannot(source.message());
    const Revision &revision = source->revision;
    if (const Status readable = Permissions::mayRead(actor, revision); !readable)
        return cannot(readable.message());
    if (const Status font = render::ensureRenderFont(); !font)
        return cannot(font.message());

    const render::Stamp stamp = ExportInput::stampFor(revision, 0, {}, QDate::currentDate());
    const bool manual = layout == Layout::Manual && source->document.type == DocumentType::Manual;
    Job job;
    job.generation = generation;
    job.options.pageSize = pageSizeSetting();
    job.options.landscape = ExportInput::landscape(source->document.type);
    job.key = QStringList{number,
                          revision.label,
                          toKey(revision.status),
                          revision.contentHash,
                          stamp.printDate.toString(Qt::ISODate),
                          manual ? QStringLiteral("manual") : QStringLiteral("document"),
                          QString::number(int(job.options.pageSize)),
                          source->document.title,
                          toKey(source->document.classification),
                          revision.effectiveDate.toString(Qt::ISODate),
                          QString::number(source->signatures.size()),
                          source->organisation}
                  .join(QLatin1Char('|'));
    job.name = number + QLatin1Char(' ') + revision.label;
    job.caption = tr("Preview as printed today — %1").arg(render::stampText(stamp));
    if (manual)
        job.input = ExportInput::manual(source.value(), stamp);
    else
        job.input = ExportInput::document(source.value(), stamp);
    job.path = m_dir.filePath(QStringLiteral("preview-%1.pdf").arg(generation));

    if (job.key == m_shownKey && !m_shownPath.isEmpty()) {
        // The pages shown are still right; a render under way is now stale and is dropped.
        m_caption->setText(job.caption);
        showPages();
        Q_EMIT rendered(pageCount());
        return;
    }
    m_message->setText(tr("Rendering %1 %2…").arg(number, revision.label));
    m_stack->setCurrentWidget(m_message);
    m_caption->setText(job.caption);
    updatePageLabel();
    if (isRendering())
        m_pending = std::move(job);
    else
        start(std::move(job));
}

void PdfPreviewPane::start(Job job)
{
    auto shared = std::make_shared<const Job>(std::move(job));
    qCDebug(lcUi).noquote() << "preview of" << shared->name << "started on a worker thread";
    m_running = Background::start(
        this,
        [shared]() -> QString {
            const Status written = std::holds_alternative<render::ManualRender>(shared->input)
                ? render::writeManualPdf(std::get<render::ManualRender>(shared->input), shared->options, shared->path)
                : render::writeDocumentPdf(std::get<render::DocumentRender>(shared->input), shared->options, shared->path);
            return written ? QString() : written.message();
        },
        [this, shared](const QString &error) {
            qCDebug(lcUi).noquote() << "preview of" << shared->name << "finished" << (error.isEmpty() ? QStringLiteral("ok") : error);
            m_running.clear();
            finished(*shared, error);
        },
        QThread::LowPriority);
}

void PdfPreviewPane::finished(const Job &job, const QString &error)
{
    if (job.generation != m_generation) {
        QFile::remove(job.path);
    } else if (!error.isEmpty()) {
        QFile::remove(job.path);
        fail(tr("%1 cannot be previewed: %2").arg(job.name, error));
    } else {
        const QString previous = m_shownPath;
        const QPdfDocument::Error loaded = m_document->load(job.path);
        if (loaded != QPdfDocument::Error::None || m_document->pageCount() == 0) {
            QFile::remove(job.path);
            fail(tr("The preview could not be opened (PDF error %1).").arg(int(loaded)));
        } else {
            m_shownPath = job.path;
            m_shownKey = job.key;
            if (!previous.isEmpty() && previous != job.path)
                QFile::remove(previous);
            showPages();
            goToPage(0);
            Q_EMIT rendered(pageCount());
        }
    }
    if (m_pending) {
        Job next = std::move(*m_pending);
        m_pending.reset();
        start(std::move(next));
    }
}

void PdfPreviewPane::showMessage(const QString &message)
{
    ++m_generation; // a render under way is dropped
    m_pending.reset();
    m_document->close();
    if (!m_shownPath.isEmpty())
        QFile::remove(m_shownPath);
    m_shownPath.clear();
    m_shownKey.clear();
    m_caption->clear();
    m_caption->hide();
    m_message->setText(message);
    m_stack->setCurrentWidget(m_message);
    updatePageLabel();
}

void PdfPreviewPane::fail(const QString &message)
{
    showMessage(message);
    Q_EMIT unavailable(message);
}

void PdfPreviewPane::showPages()
{
    m_caption->show();
    m_stack->setCurrentWidget(m_view);
    updatePageLabel();
}

QString PdfPreviewPane::message() const
{
    return m_stack->currentWidget() == m_message && !isRendering() ? m_message->text() : QString();
}

int PdfPreviewPane::pageCount() const
{
    return m_shownPath.isEmpty() ? 0 : m_document->pageCount();
}

int PdfPreviewPane::currentPage() const
{
    return m_view->pageNavigator()->currentPage();
}

void PdfPreviewPane::goToPage(int page)
{
    if (pageCount() == 0)
        return;
    page = std::clamp(page, 0, pageCount() - 1);
    m_view->pageNavigator()->jump(page, QPointF(), m_view->pageNavigator()->currentZoom());
    updatePageLabel();
}

void PdfPreviewPane::updatePageLabel()
{
    const int pages = pageCount();
    const bool showing = pages > 0 && m_stack->currentWidget() == m_view;
    const int page = currentPage();
    m_pageLabel->setText(showing ? tr("Page %1 of %2").arg(page + 1).arg(pages) : QString());
    m_bar->setVisible(showing);
    m_previous->setEnabled(showing && page > 0);
    m_next->setEnabled(showing && page < pages - 1);
    for (QToolButton *button : {m_zoomIn, m_zoomOut, m_fitWidth, m_fitPage})
        button->setEnabled(showing);
}

void PdfPreviewPane::setFitMode(bool fitWidth)
{
    m_view->setZoomMode(fitWidth ? QPdfView::ZoomMode::FitToWidth : QPdfView::ZoomMode::FitInView);
    m_fitWidth->setChecked(fitWidth);
    m_fitPage->setChecked(!fitWidth);
}

qreal PdfPreviewPane::effectiveZoom() const
{
    if (m_view->zoomMode() == QPdfView::ZoomMode::Custom || pageCount() == 0)
        return m_view->zoomFactor();
    // QPdfView draws a page at zoom 1 at its size in points scaled to the screen's resolution.
    const QSizeF page = m_document->pagePointSize(std::max(0, currentPage())) * (m_view->logicalDpiX() / 72.0);
    if (page.isEmpty())
        return m_view->zoomFactor();
    const QMargins margins = m_view->documentMargins();
    const QSize viewport = m_view->viewport()->size();
    const qreal width = (viewport.width() - margins.left() - margins.right()) / page.width();
    if (m_view->zoomMode() == QPdfView::ZoomMode::FitToWidth)
        return width;
    return std::min(width, (viewport.height() - margins.top() - margins.bottom()) / page.height());
}

void PdfPreviewPane::zoomBy(qreal factor)
{
    const qreal zoom = std::clamp(effectiveZoom() * factor, kMinZoom, kMaxZoom);
    m_view->setZoomMode(QPdfView::ZoomMode::Custom);
    m_view->setZoomFactor(zoom);
    m_fitWidth->setChecked(false);
    m_fitPage->setChecked(false);
}

} // namespace dc
