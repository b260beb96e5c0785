// AcknowledgementService's report as files: CSV for Excel and a stamped landscape PDF (Reports ▸
// Acknowledgements…, the same rows as `report acknowledgements`).
#include "core/services/acknowledgements.h"

#include "core/services/reportcsv.h"
#include "core/services/reportpdf.h"
#include "core/services/serviceslog.h"
#include "core/store/auditlog.h"
#include "core/store/database.h"
#include "core/store/storesettings.h"

#include <QCryptographicHash>
#include <QMap>

namespace dc {

namespace {

QString localDay(const QDateTime &utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")) : QString();
}

} // namespace

QList<QPair<QString, int>> AcknowledgementService::outstandingPerDepartment(const QList<Acknowledgement> &rows)
{
    QMap<QString, int> counts;
    for (const Acknowledgement &a : rows) {
        if (a.outstanding())
            ++counts[a.department];
    }
    QList<QPair<QString, int>> out;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        out.append({it.key(), it.value()});
    return out;
}

QStringList AcknowledgementService::reportHeaders()
{
    return {tr("Document"), tr("Revision"), tr("Title"), tr("Department"), tr("User"), tr("Name"), tr("Released"), tr("Days"), tr("Acknowledged")};
}

QStringList AcknowledgementService::reportCells(const Acknowledgement &a, const QDateTime &now)
{
    return {a.number, a.label, a.title, a.department, a.user, a.userDisplayName, localDay(a.requestedAt), QString::number(a.days(now)),
            localDay(a.acknowledgedAt)};
}

Status AcknowledgementService::writeCsv(const User &actor, const AcknowledgementFilter &filter, const QString &path) const
{
    auto rows = report(actor, filter);
    if (!rows)
        return rows.error();
    const QDateTime now = m_clock.nowUtc();
    QList<QStringList> cells;
    for (const Acknowledgement &a : rows.value())
        cells << reportCells(a, now);
    if (const Status written = ReportCsv::write(m_db, ReportCsv::bytes(reportHeaders(), cells), path); !written)
        return written;
    qCInfo(lcServices).noquote() << "acknowledgement report of" << rows->size() << "requests written as CSV to" << path;
    return {};
}

Status AcknowledgementService::writePdf(const User &actor, const AcknowledgementFilter &filter, const QString &path, render::PdfOptions options) const
{
    auto rows = report(actor, filter);
    if (!rows)
        return rows.error();
    const QDateTime now = m_clock.nowUtc();
    auto head = AuditLog(m_db).head();
    if (!head)
        return head.error();
    render::TableRender input = ReportPdf::frame(StoreSettings(m_db).organisation(), QStringLiteral("ACKNOWLEDGEMENTS"),
                                                 QStringLiteral("已阅知悉情况 Acknowledgements"), now.toLocalTime().date());
    QStringList summary;
    for (const auto &[department, count] : outstandingPerDepartment(rows.value()))
        summary << tr("%1: %n outstanding", nullptr, count).arg(department.isEmpty() ? tr("(no department)") : department);
    input.subtitle = tr("%n request(s), made %1 by %2", nullptr, int(rows->size())).arg(now.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), actor.name);
    if (!summary.isEmpty())
        input.subtitle += QStringLiteral(" — ") + summary.join(QStringLiteral("; "));
    input.headers = {QStringLiteral("编号 No."), QStringLiteral("版本 Rev."), QStringLiteral("标题 Title"), QStringLiteral("部门 Dept."),
                     QStringLiteral("用户 User"), QStringLiteral("姓名 Name"), QStringLiteral("发布 Released"), QStringLiteral("天数 Days"),
                     QStringLiteral("已阅 Acknowledged")};
    input.percentWidths = {12, 6, 24, 10, 9, 10, 10, 7, 12};
    QList<QStringList> cells;
    for (const Acknowledgement &a : rows.value()) {
        QStringList row = reportCells(a, now);
        cells << row;
        for (QString &cell : row) {
            if (cell.isEmpty())
                cell = QStringLiteral("—");
        }
        input.rows << row;
    }
    input.contentSha256 = QString::fromLatin1(QCryptographicHash::hash(ReportCsv::bytes(reportHeaders(), cells), QCryptographicHash::Sha256).toHex());
    input.chainSeq = head->seq;
    input.chainHead = head->hash;
    input.author = actor.name;
    auto written = ReportPdf::write(m_db, input, options, path);
    if (!written)
        return written.error();
    qCInfo(lcServices).noquote() << "acknowledgement report of" << rows->size() << "requests written as PDF to" << written.value();
    return {};
}

} // namespace dc
