#pragma once

// Laying out the two kinds of export: a single document and the compiled manual.

#include "core/render/composition.h"

namespace dc::render {

// A document: the title block (title, number, revision, the approval record and the revision
// history) on its own page(s), then the Markdown content.
Composition composeDocument(const DocumentRender &input, const QSizeF &pagePoints, RenderStats *stats = nullptr);

// The manual: cover, release order with its signature block, contents (page numbers and
// links), one section per chapter, revision history.
Composition composeManual(const ManualRender &input, const QSizeF &pagePoints, RenderStats *stats = nullptr);

// A listing: its title and subtitle, then the table, on as many pages as it takes.
Composition composeTable(const TableRender &input, const QSizeF &pagePoints, RenderStats *stats = nullptr);

// The tables both exports share, labelled in `language`. `withFingerprint` adds the signature
// fingerprint column.
void appendApprovalTable(QTextCursor &cursor, const QList<ApprovalLine> &approvals, bool withFingerprint, LabelLanguage language);
void appendHistoryTable(QTextCursor &cursor, const QList<HistoryRow> &history, LabelLanguage language);

// The size of the parts long Markdown is laid out in, in parallel.
qsizetype chunkChars();

// Runs the layout jobs on the composition's pool, then cuts the sections into pages.
void finishLayout(Composition &composition, LayoutTimes &times, const std::vector<std::function<void()>> &jobs, RenderStats *stats);

} // namespace dc::render
