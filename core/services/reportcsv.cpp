#include "core/services/reportcsv.h"

#include "core/fileio/outputfile.h"
#include "core/services/masterlist.h"
#include "core/store/database.h"

#include <QCoreApplication>
#include <QFile>

namespace dc::ReportCsv {

QByteArray bytes(const QStringList &headers, const QList<QStringList> &rows)
{
    QString text;
    const auto line = [&](const QStringList &fields) {
        QStringList quoted;
        for (const QString &f : fields)
            quoted << MasterListService::csvField(f);
        text += quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    };
    line(headers);
    for (const QStringList &row : rows)
        line(row);
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

Status write(Database &db, const QByteArray &bytes, const QString &path)
{
    auto output = OutputFile::create(path, OutputFile::Mode::Shared, [&db](const QString &file) { return db.ownsFile(file); });
    if (!output)
        return output.error();
    QFile file(output.value()->partialPath());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()) {
        return output.value()->explain(Error{ErrorCode::Io, QCoreApplication::translate("dc::ReportCsv", "Cannot write %1: %2")
                                                                .arg(output.value()->partialPath(), file.errorString())});
    }
    file.close();
    return output.value()->commit();
}

} // namespace dc::ReportCsv
