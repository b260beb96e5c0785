#pragma once

#include "core/model/user.h"
#include "core/model/result.h"
#include "core/services/exportservice.h"

class QWidget;

namespace dc {

class Session;

// Writing an export without freezing the window. ExportService::exportPdf checks, renders
// (about a second for the whole manual), writes and records in one transaction, and a store
// connection may only be used on the thread that opened it; so the export runs on a worker
// thread over its own connection to the same store file, while a busy progress dialog is shown
// over `parent` and the window keeps repainting (user input is held back until it is done).
namespace ExportWork {

// Runs ExportService::exportPdf(actor, request, path) as described above and returns its
// outcome. Fails as exportPdf does (nothing written or recorded), when the render font is
// missing, or when the store cannot be opened a second time (e.g. its file was moved).
Result<ExportOutcome> exportPdf(Session &session, const User &actor, const ExportRequest &request, const QString &path, QWidget *parent);

// The status-bar line after an export: "Wrote ISMS-P-001 A/0, controlled copy No. 003 for
// IT 部, to /home/…/ISMS-P-001_A-0.pdf."
QString exportedMessage(const ExportRequest &request, const ExportOutcome &outcome);

// What was printed or written, without the file: "ISMS-P-001 A/0, uncontrolled copy",
// "ISMS-0001-2022 A/0 (compiled manual), controlled copy No. 003 for IT 部".
QString describe(const ExportRequest &request, const render::PdfIdentity &identity, const std::optional<ControlledCopy> &copy);

} // namespace ExportWork
} // namespace dc
