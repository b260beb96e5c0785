#include "core/services/reportpdf.h"

#include "core/fileio/outputfile.h"
#include "core/services/exportinput.h"
#include "core/store/database.h"

namespace dc::ReportPdf {

render::TableRender frame(const QString &organisation, const QString &code, const QString &title, const QDate &today)
{
    render::TableRender input;
    input.header = render::PageHeader{organisation, code, title, today.toString(Qt::ISODate)};
    input.footer = render::PageFooter{ExportInput::classificationLabel(Classification::Internal), today};
    input.stamp.kind = render::StampKind::Uncontrolled;
    input.stamp.printDate = today;
    input.title = title;
    return input;
}

Result<QString> write(Database &db, const render::TableRender &input, render::PdfOptions options, const QString &path)
{
    auto output = OutputFile::create(path, OutputFile::Mode::Shared, [&db](const QString &file) { return db.ownsFile(file); });
    if (!output)
        return output.error();
    options.landscape = true;
    if (const Status written = render::writeTablePdf(input, options, output.value()->partialPath()); !written)
        return output.value()->explain(written.error());
    if (const Status moved = output.value()->commit(); !moved)
        return moved.error();
    return output.value()->target();
}

} // namespace dc::ReportPdf
