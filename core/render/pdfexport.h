#pragma once

// The renderer's entry points: paint a document or the manual on any paged device (the UI
// passes a QPrinter), or write it as a PDF file.
//
// Every page carries the header, the footer with "第 X 页 共 Y 页 / Page X of Y" and the stamp
// of its status; the stamp is drawn as outlines, so it is not part of the PDF's text layer.
// A QGuiApplication must exist. The entry points may run on a worker thread (one export at a
// time per device) once ensureRenderFont() has run on the GUI thread; the text is laid out on
// up to four threads (LayoutPool).

#include "core/render/pdfidentity.h"
#include "core/render/renderinput.h"
#include "core/model/result.h"

class QPagedPaintDevice;

namespace dc::render {

// Paints `input` on `device` (page size from the device; begins and ends the painting itself)
// and returns the number of pages. Fails when the render font is missing or the device cannot
// be painted on.
Result<int> paintDocument(const DocumentRender &input, QPagedPaintDevice *device);

// Writes `input` as a PDF to `path`, atomically (nothing is left behind on failure), with the
// metadata (title, author, subject "NUMBER REVISION"), the identity, bookmarks for the
// headings and, with options.pdfA, as PDF/A-1b. Fails when the render font is missing, the page
// size is not A4 or Letter, or the file cannot be written. `stats`, when given, receives timings.
Status writeDocumentPdf(const DocumentRender &input, const PdfOptions &options, const QString &path, RenderStats *stats = nullptr);

// The compiled manual: cover, release order, contents, chapters, revision history.
Result<int> paintManual(const ManualRender &input, QPagedPaintDevice *device);

// Writes the manual as a PDF, like writeDocumentPdf(); the contents' entries link to their
// pages and every chapter has a bookmark.
Status writeManualPdf(const ManualRender &input, const PdfOptions &options, const QString &path, RenderStats *stats = nullptr);

// A listing (TableRender) as a PDF, like writeDocumentPdf(); options.landscape turns the pages.
Status writeTablePdf(const TableRender &input, const PdfOptions &options, const QString &path);

} // namespace dc::render
