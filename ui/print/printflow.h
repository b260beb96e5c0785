#pragma once

#include "core/model/user.h"
#include "core/model/result.h"

#include <functional>

class QPrinter;
class QWidget;

namespace dc {

class Session;

// The two ways out of the application onto paper or into a file, each from one revision.
// Both return the line for the status bar when the store changed (a print or an export was
// recorded, a controlled copy issued), an empty string when the user cancelled before
// anything was recorded, or the error that stopped them (nothing recorded, unless said so).
namespace PrintFlow {

// Export ▸ PDF: the export dialog (ExportDialog, Mode::Export, through Modal::exec), which
// writes the file itself. Fails when the revision cannot be read by `actor`.
Result<QString> exportPdf(Session &session, const User &actor, const QString &number, const QString &label, QWidget *parent);

// Print: asks for the copy with the same dialog in print mode, records the print with
// ExportService::preparePrint (issuing the controlled copy), then opens QPrintPreviewDialog,
// whose pages are painted by render::paintDocument / paintManual — the same pages as the PDF
// export of the same choice. When the user closes the preview without printing, a controlled
// copy issued for it is recorded as destroyed (ExportService::destroy), so the register does
// not list a copy nobody holds; an uncontrolled print stays recorded as asked for.
Result<QString> print(Session &session, const User &actor, const QString &number, const QString &label, QWidget *parent);

// Replaces the modal QPrintPreviewDialog (tests): the hook gets the printer, set up with the
// page size chosen, and `paint`, which paints every page on a printer as paintRequested does;
// it returns true for "printed", false for "closed without printing". An empty hook restores
// the real preview dialog.
using PreviewHook = std::function<bool(QPrinter &printer, const std::function<void(QPrinter *)> &paint)>;
void setPreviewHook(PreviewHook hook);

} // namespace PrintFlow
} // namespace dc
