#pragma once

#include "core/model/result.h"
#include "core/render/pdfexport.h"

#include <QDate>
#include <QString>

namespace dc {

class Database;

// Generated reports (the master list, the clause coverage): a landscape table with the frame
// every printed page carries and the uncontrolled stamp of the day it was made.
namespace ReportPdf {

// A table report's frame: header (organisation, `code`, `title`, today), footer (internal,
// today), the uncontrolled stamp of `today` and the title; the caller adds the rest.
render::TableRender frame(const QString &organisation, const QString &code, const QString &title, const QDate &today);

// Writes `input` as a landscape PDF to `path` through a partial file that replaces `path` only
// when complete; refuses a path that is the store's own file. Returns the file written.
Result<QString> write(Database &db, const render::TableRender &input, render::PdfOptions options, const QString &path);

} // namespace ReportPdf
} // namespace dc
