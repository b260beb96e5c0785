#include "core/render/pdfexport.h"

#include "core/fileio/fileidentity.h"

#include "core/render/documentlayout.h"
#include "core/render/pdfupdate.h"
#include "core/render/stampart.h"
#include "core/render/renderlog.h"
#include "core/render/stopwatch.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QPdfWriter>
#include <QSaveFile>

#include <cerrno>

namespace dc::render {

namespace {

constexpr qreal kPointsPerUnit = 72.0 / kLayoutDpi;

QString tr(const char *text)
{
    return QCoreApplication::translate("dc::render", text);
}

Status checkPageSize(const PdfOptions &options)
{
    if (options.pageSize != QPageSize::A4 && options.pageSize != QPageSize::Letter)
        return Error{ErrorCode::InvalidInput, tr("PDF export supports the page sizes A4 and Letter only.")};
    return {};
}

QSizeF pdfPagePoints(const PdfOptions &options)
{
    // QPdfWriter's media box is in whole points.
    const QSizeF portrait(QPageSize(options.pageSize).sizePoints());
    return options.landscape ? portrait.transposed() : portrait;
}

PdfMetadata metadataFor(const PageHeader &header, const QString &author, const PdfIdentity &identity, const PdfOptions &options)
{
    PdfMetadata metadata;
    metadata.title = header.title;
    metadata.author = author;
    metadata.subject = header.number + QLatin1Char(' ') + header.revisionLabel;
    metadata.creator = QStringLiteral("DocControl");
    metadata.producer = QStringLiteral("DocControl (Qt %1)").arg(QString::fromLatin1(qVersion()));
    metadata.created = options.createdAt.isValid() ? options.createdAt : QDateTime::currentDateTimeUtc();
    metadata.pdfA = options.pdfA;
    metadata.identity = identity;
    return metadata;
}

// The stamp as content shared by every page: its outline is written once (in tenths of a
// point), instead of once per page as painting it would; beneath the page's content for the
// watermark, above it for a banner.
PdfOverlay stampOverlay(const Composition &composition, const PdfOptions &options)
{
    const qreal pageHeight = pdfPagePoints(options).height();
    const QTransform toTenthsOfPoints(10 * kPointsPerUnit, 0, 0, -10 * kPointsPerUnit, 0, 10 * pageHeight);
    const StampArt stamp(composition.stamp, composition.geometry, toTenthsOfPoints);
    const QByteArray operators = "q\n0.1 0 0 0.1 0 0 cm\n" + stamp.pdfOperators() + "Q\n";
    PdfOverlay overlay;
    (stamp.isDiagonal() ? overlay.under : overlay.over) = operators;
    return overlay;
}

// Paints the composition into a PDF in memory, adds what Qt cannot write and saves it.
Status writePdf(const Composition &composition, const PdfMetadata &metadata, const PdfOptions &options, const QString &path,
                RenderStats *stats)
{
    const Stopwatch total;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPdfVersion(options.pdfA ? QPagedPaintDevice::PdfVersion_A1b : QPagedPaintDevice::PdfVersion_1_4);
        if (!writer.setPageLayout(QPageLayout(QPageSize(options.pageSize), options.landscape ? QPageLayout::Landscape : QPageLayout::Portrait, QMarginsF(0, 0, 0, 0))))
            return Error{ErrorCode::InvalidInput, tr("The PDF writer does not accept the page size.")};
        writer.setTitle(metadata.title);
        writer.setCreator(metadata.creator);
        writer.setDocumentXmpMetadata(xmpPacket(metadata));
        const Result<int> painted = paintComposition(composition, &writer, stats, false);
        if (!painted)
            return painted.error();
    }
    Stopwatch timer;

    PdfInfo info{metadata.title, metadata.author, metadata.subject, metadata.creator, metadata.producer, metadata.created};
    QList<PdfBookmark> bookmarks;
    for (const OutlineEntry &entry : composition.outline)
        bookmarks.append({entry.title, entry.level, entry.page, entry.top * kPointsPerUnit});
    QList<PdfLink> links;
    for (const LinkArea &link : composition.links) {
        const QRectF r = link.rect;
        links.append({link.page, QRectF(r.topLeft() * kPointsPerUnit, r.size() * kPointsPerUnit), link.targetPage,
                      link.targetTop * kPointsPerUnit});
    }
    const Result<QByteArray> update = pdfUpdate(buffer.data(), info, bookmarks, links, stampOverlay(composition, options));
    if (!update)
        return update.error();

    QSaveFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::WriteOnly))
        return Error{ErrorCode::Io, tr("Cannot write %1: %2").arg(name, file.errorString())};
    errno = 0;
    if (file.write(buffer.data()) != buffer.data().size() || file.write(update.value()) != update.value().size() || !file.commit()) {
        const QString why = writeError(file.errorString(), errno);
        file.cancelWriting();
        return Error{ErrorCode::Io, tr("Cannot write %1: %2").arg(name, why)};
    }
    if (stats)
        stats->finishMs += timer.ms();
    qCDebug(lcRender).noquote() << "wrote" << path << composition.pageCount << "pages," << buffer.data().size() + update.value().size() << "bytes, painted and saved in"
                                << qRound(total.ms()) << "ms";
    return {};
}

} // namespace

Result<int> paintDocument(const DocumentRender &input, QPagedPaintDevice *device)
{
    if (!device)
        return Error{ErrorCode::InvalidInput, tr("No printer to print on.")};
    if (Status font = ensureRenderFont(); !font)
        return font.error();
    const Composition composition = composeDocument(input, pageSizePoints(device));
    return paintComposition(composition, device);
}

Status writeDocumentPdf(const DocumentRender &input, const PdfOptions &options, const QString &path, RenderStats *stats)
{
    if (Status font = ensureRenderFont(); !font)
        return font;
    if (Status size = checkPageSize(options); !size)
        return size;
    const Composition composition = composeDocument(input, pdfPagePoints(options), stats);
    return writePdf(composition, metadataFor(input.header, input.author, identityOf(input), options), options, path, stats);
}

Result<int> paintManual(const ManualRender &input, QPagedPaintDevice *device)
{
    if (!device)
        return Error{ErrorCode::InvalidInput, tr("No printer to print on.")};
    if (Status font = ensureRenderFont(); !font)
        return font.error();
    const Composition composition = composeManual(input, pageSizePoints(device));
    return paintComposition(composition, device);
}

Status writeManualPdf(const ManualRender &input, const PdfOptions &options, const QString &path, RenderStats *stats)
{
    if (Status font = ensureRenderFont(); !font)
        return font;
    if (Status size = checkPageSize(options); !size)
        return size;
    const Composition composition = composeManual(input, pdfPagePoints(options), stats);
    return writePdf(composition, metadataFor(input.header, input.author, identityOf(input), options), options, path, stats);
}

Status writeTablePdf(const TableRender &input, const PdfOptions &options, const QString &path)
{
    if (Status font = ensureRenderFont(); !font)
        return font;
    if (Status size = checkPageSize(options); !size)
        return size;
    const Composition composition = composeTable(input, pdfPagePoints(options));
    return writePdf(composition, metadataFor(input.header, input.author, identityOf(input), options), options, path, nullptr);
}

} // namespace dc::render
