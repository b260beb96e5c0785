#include "core/services/masterlist.h"

#include "core/services/reportpdf.h"
#include "core/services/serviceslog.h"
#include "core/fileio/outputfile.h"
#include "core/render/pdfexport.h"
#include "core/store/auditlog.h"
#include "core/store/database.h"
#include "core/store/registerquery.h"
#include "core/store/sql.h"
#include "core/store/storesettings.h"
#include "core/workflow/permissions.h"

#include <QCryptographicHash>
#include <QFile>

namespace dc {

namespace {

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

Result<MasterList> MasterListService::build(const User &actor, const RegisterFilter &filter) const
{
    return m_db.read([&]() -> Result<MasterList> {
        MasterList list;
        list.organisation = StoreSettings(m_db).organisation();
        list.generatedAt = m_clock.nowUtc();
        list.generatedBy = actor.displayName.isEmpty() ? actor.name : actor.displayName;
        list.filterText = describe(filter);
        auto head = AuditLog(m_db).head();
        if (!head)
            return head.error();
        list.chainSeq = head->seq;
        list.chainHead = head->hash;

        RegisterQuery query;
        query.filter = filter;
        query.filter.effectiveOnly = filter.effectiveOnly || Permissions::seesEffectiveOnly(actor);
        query.filter.viewer = actor;
        query.sortBy = RegisterColumn::Number;
        query.limit = 1000;
        for (;;) {
            auto page = queryRegister(m_db, query);
            if (!page)
                return page.error();
            for (const Document &d : page->rows) {
                MasterListEntry e;
                e.number = d.number;
                e.title = d.title;
                e.type = d.type;
                e.revision = d.currentLabel;
                e.owner = d.ownerDisplayName.isEmpty() ? d.owner : d.ownerDisplayName;
                e.department = d.department;
                e.classification = d.classification;
                e.status = d.currentStatus;
                auto effective = Sql::exec(m_db,
                                           QStringLiteral("SELECT label, effective_date, next_review_date FROM revisions"
                                                          " WHERE document_id = ? AND status = 'effective' ORDER BY id DESC LIMIT 1"),
                                           {d.id}, tr("read the effective revision of %1").arg(d.number));
                if (!effective)
                    return effective.error();
                if (effective.value().next()) {
                    e.revision = effective.value().value(0).toString();
                    e.effectiveDate = QDate::fromString(effective.value().value(1).toString(), Qt::ISODate);
                    e.nextReview = QDate::fromString(effective.value().value(2).toString(), Qt::ISODate);
                }
                list.entries.append(e);
            }
            query.offset += int(page->rows.size());
            if (page->rows.isEmpty() || query.offset >= page->total)
                break;
        }
        return list;
    });
}

QStringList MasterListService::headers()
{
    return {tr("Number"), tr("Title"), tr("Type"), tr("Revision"), tr("Effective date"), tr("Owner"),
            tr("Department"), tr("Classification"), tr("Next review"), tr("Status")};
}

QStringList MasterListService::cells(const MasterListEntry &e)
{
    return {e.number, e.title, displayName(e.type), e.revision, dateText(e.effectiveDate), e.owner,
            e.department, displayName(e.classification), dateText(e.nextReview), displayName(e.status)};
}

QString MasterListService::csvField(const QString &text)
{
    QString value = text;
    // A spreadsheet runs a cell that starts with one of these as a formula (CSV injection).
    static const QString risky = QStringLiteral("=+-@\t\r");
    if (!value.isEmpty() && risky.contains(value.front()))
        value.prepend(QLatin1Char('\''));
    const bool quote = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) || value.contains(QLatin1Char('\n'))
                       || value.contains(QLatin1Char('\r'));
    if (!quote)
        return value;
    value.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + value + QLatin1Char('"');
}

QByteArray MasterListService::csv(const MasterList &list)
{
    QString text;
    const auto line = [&](const QStringList &fields) {
        QStringList quoted;
        for (const QString &f : fields)
            quoted << csvField(f);
        text += quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    };
    line(headers());
    for (const MasterListEntry &e : list.entries)
        line(cells(e));
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

QString MasterListService::describe(const RegisterFilter &f)
{
    QStringList parts;
    if (f.type)
        parts << tr("type: %1").arg(displayName(*f.type));
    if (f.status)
        parts << tr("status: %1").arg(displayName(*f.status));
    if (f.classification)
        parts << tr("classification: %1").arg(displayName(*f.classification));
    if (!f.owner.isEmpty())
        parts << tr("owner: %1").arg(f.owner);
    if (!f.department.isEmpty())
        parts << tr("department: %1").arg(f.department);
    if (!f.clause.isEmpty())
        parts << tr("clause: %1").arg(f.clause);
    if (!f.text.isEmpty())
        parts << tr("text: %1").arg(f.text);
    if (f.effectiveOnly)
        parts << tr("effective only");
    return parts.join(QStringLiteral(", "));
}

render::TableRender MasterListService::tableRender(const MasterList &list, const QDate &today)
{
    render::TableRender input = ReportPdf::frame(list.organisation, QStringLiteral("MASTER-LIST"), QStringLiteral("受控文件清单 Master List of Documents"), today);
    QString subtitle = tr("%n documents, made %1 by %2", nullptr, int(list.entries.size()))
                           .arg(list.generatedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), list.generatedBy);
    if (!list.filterText.isEmpty())
        subtitle += QStringLiteral(" — ") + tr("filtered by %1").arg(list.filterText);
    input.subtitle = subtitle;
    input.headers = {QStringLiteral("编号 No."), QStringLiteral("标题 Title"), QStringLiteral("类型 Type"), QStringLiteral("版本 Rev."),
                     QStringLiteral("生效日期 Effective"), QStringLiteral("负责人 Owner"), QStringLiteral("部门 Dept."),
                     QStringLiteral("密级 Class."), QStringLiteral("下次评审 Next review"), QStringLiteral("状态 Status")};
    input.percentWidths = {11, 21, 8, 6, 10, 8, 9, 8, 10, 9};
    for (const MasterListEntry &e : list.entries) {
        QStringList row = cells(e);
        for (QString &cell : row) {
            if (cell.isEmpty())
                cell = QStringLiteral("—"); // not yet effective, no review date
        }
        input.rows << row;
    }
    input.contentSha256 = QString::fromLatin1(QCryptographicHash::hash(csv(list), QCryptographicHash::Sha256).toHex());
    input.chainSeq = list.chainSeq;
    input.chainHead = list.chainHead;
    input.author = list.generatedBy;
    return input;
}

Status MasterListService::writeCsv(const User &actor, const RegisterFilter &filter, const QString &path) const
{
    auto list = build(actor, filter);
    if (!list)
        return list.error();
    auto output = OutputFile::create(path, OutputFile::Mode::Shared, [this](const QString &file) { return m_db.ownsFile(file); });
    if (!output)
        return output.error();
    QFile file(output.value()->partialPath());
    const QByteArray bytes = csv(list.value());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        return output.value()->explain(Error{ErrorCode::Io, tr("Cannot write %1: %2").arg(output.value()->partialPath(), file.errorString())});
    file.close();
    if (const Status moved = output.value()->commit(); !moved)
        return moved;
    qCInfo(lcServices).noquote() << "master list of" << list->entries.size() << "documents written as CSV to" << output.value()->target();
    return {};
}

Status MasterListService::writePdf(const User &actor, const RegisterFilter &filter, const QString &path, render::PdfOptions options) const
{
    auto list = build(actor, filter);
    if (!list)
        return list.error();
    auto written = ReportPdf::write(m_db, tableRender(list.value(), m_clock.nowUtc().toLocalTime().date()), options, path);
    if (!written)
        return written.error();
    qCInfo(lcServices).noquote() << "master list of" << list->entries.size() << "documents written as PDF to" << written.value();
    return {};
}

} // namespace dc
