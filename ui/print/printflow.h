#pragma once

#include "core/model/user.h"
#include "core/model/result.h"

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
// `writtenPath`, when given, receives the file written (empty when nothing was).
Result<QString> exportPdf(Session &session, const User &actor, const QString &number, const QString &label, QWidget *parent,
                          QString *writtenPath = nullptr);

// Print: asks for the copy with the same dialog in print mode, builds the pages with
// ExportService::buildPrint (recording nothing; a controlled copy's stamp shows the number it
// will get) and shows them in QPrintPreviewDialog, painted by render::paintDocument /
// paintManual — the same pages as the PDF export of the same choice. Only when the user
// printed and the printer took every page is the print recorded (ExportService::recordPrint):
// the controlled copy issued to its holder, or the uncontrolled print. A preview closed with
// Esc or Close records nothing and returns an empty string. When the record fails after the
// pages were printed (another desk took the copy number meanwhile), a message box
// ("printRecordFailedBox") says the pages are no valid copy and offers to build and print them
// again; declined, the error is returned.
Result<QString> print(Session &session, const User &actor, const QString &number, const QString &label, QWidget *parent);

} // namespace PrintFlow
} // namespace dc
