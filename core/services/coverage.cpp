#include "core/services/coverage.h"

#include "core/render/pdfexport.h"
#include "core/services/reportpdf.h"
#include "core/services/serviceslog.h"
#include "core/store/auditlog.h"
#include "core/store/database.h"
#include "core/store/documentrow.h"
#include "core/store/sql.h"
#include "core/store/storesettings.h"
#include "core/workflow/permissions.h"
#include "core/store/visibility.h"

#include <QCryptographicHash>
#include <QHash>
#include <QMap>

#include <algorithm>

namespace dc {

namespace {

// A mapped document as the store holds it, with its references to the two editions of interest.
struct MappedDocument {
    CoverageDocument shown;      // number, titles, revision and status as the actor may see them
    QStringList refs;            // catalogue numbers of the asked standard
    QStringList predecessorRefs; // numbers of the withdrawn edition it succeeds
};

// The catalogue's spelling of a stored number ("a.5.1" → "A.5.1"); empty when it has no such entry.
QString canonical(const ClauseCatalog *catalog, const QString &number)
{
    if (!catalog)
        return number;
    const auto entry = catalog->find(number);
    return entry ? entry->number : QString();
}

// The numbers whose documents also cover `entry`: enclosing clauses and, in 27001:2013, the
// control objective around a control — never a domain or a theme.
QStringList coveringAncestors(const ClauseCatalog &catalog, const CatalogEntry &entry)
{
    QStringList numbers;
    QString parent = entry.parent;
    while (!parent.isEmpty()) {
        const auto up = catalog.find(parent);
        if (!up)
            break;
        if (up->kind == ClauseKind::Clause || up->kind == ClauseKind::Objective)
            numbers << up->number;
        parent = up->parent;
    }
    return numbers;
}

QString entryTitle(const CatalogEntry &e)
{
    return e.titleZh + QLatin1Char(' ') + e.titleEn;
}

} // namespace

int CoverageReport::clauseCount() const
{
    return int(std::count_if(entries.cbegin(), entries.cend(), [](const CoverageEntry &e) { return e.isCoverable(); }));
}

int CoverageReport::coveredCount() const
{
    return int(std::count_if(entries.cbegin(), entries.cend(), [](const CoverageEntry &e) { return e.isCoverable() && e.isCovered(); }));
}

int CoverageReport::gapCount() const
{
    return int(std::count_if(entries.cbegin(), entries.cend(), [](const CoverageEntry &e) { return e.isGap(); }));
}

QList<CoverageEntry> CoverageReport::shown(bool gapsOnly) const
{
    if (!gapsOnly)
        return entries;
    QList<CoverageEntry> gaps;
    std::copy_if(entries.cbegin(), entries.cend(), std::back_inserter(gaps), [](const CoverageEntry &e) { return e.isGap(); });
    return gaps;
}

Error CoverageService::unknownStandard(const QString &standard)
{
    return Error{ErrorCode::NotFound,
                 tr("Unknown standard \"%1\"; the known standards are %2.").arg(standard, ClauseCatalog::ids().join(QStringLiteral(", ")))};
}

Result<CoverageReport> CoverageService::build(const User &actor, const QString &standard) const
{
    const ClauseCatalog *catalog = ClauseCatalog::builtin(standard.trimmed());
    if (!catalog)
        return unknownStandard(standard.trimmed());
    CoverageReport report;
    report.standard = catalog->id();
    report.standardName = catalog->standard();
    report.titleZh = catalog->titleZh();
    report.titleEn = catalog->titleEn();
    report.nationalEquivalent = catalog->nationalEquivalent();
    report.successor = catalog->successor();
    report.certificatesLapsed = catalog->certificatesLapsed();
    for (const QString &id : ClauseCatalog::ids()) {
        const ClauseCatalog *other = ClauseCatalog::builtin(id);
        if (other && other->successor() == report.standard)
            report.predecessor = id;
    }
    const ClauseCatalog *predecessor = report.predecessor.isEmpty() ? nullptr : ClauseCatalog::builtin(report.predecessor);
    const bool effectiveOnly = Permissions::seesEffectiveOnly(actor);

    auto read = m_db.read([&]() -> Status {
        report.organisation = StoreSettings(m_db).organisation();
        report.generatedAt = m_clock.nowUtc();
        report.generatedBy = actor.displayName.isEmpty() ? actor.name : actor.displayName;
        auto head = AuditLog(m_db).head();
        if (!head)
            return head.error();
        report.chainSeq = head->seq;
        report.chainHead = head->hash;

        // Every reference to the two editions, with the document's effective and latest revisions.
        auto rows = Sql::exec(m_db,
                              QStringLiteral("SELECT d.number, d.title, d.title_en, c.standard, c.clause, e.label, r.label, r.status"
                                             " FROM document_clauses c JOIN documents d ON d.id = c.document_id")
                                  + DocumentRow::currentRevisionJoin()
                                  + QStringLiteral(" LEFT JOIN revisions e ON e.id = d.effective_revision_id"
                                                   " WHERE (c.standard = ? OR c.standard = ?) AND ")
                                  + Visibility::condition(actor) + QStringLiteral(" ORDER BY d.number"),
                              {report.standard, report.predecessor.isEmpty() ? report.standard : report.predecessor},
                              tr("read the documents mapped to %1").arg(report.standard));
        if (!rows)
            return rows.error();
        QMap<QString, MappedDocument> documents; // by number, so every list comes out ordered
        QSqlQuery &q = rows.value();
        while (q.next()) {
            const QString number = q.value(0).toString();
            const QString effectiveLabel = q.value(5).toString();
            const RevisionStatus latest = revisionStatusFromKey(q.value(7).toString()).value_or(RevisionStatus::Draft);
            // Readers see effective documents only; nobody needs a withdrawn document's mapping.
            if (effectiveLabel.isEmpty() && (effectiveOnly || latest == RevisionStatus::Obsolete))
                continue;
            MappedDocument &d = documents[number];
            d.shown.number = number;
            d.shown.title = q.value(1).toString();
            d.shown.titleEn = q.value(2).toString();
            d.shown.revision = effectiveLabel.isEmpty() ? q.value(6).toString() : effectiveLabel;
            d.shown.status = effectiveLabel.isEmpty() ? latest : RevisionStatus::Effective;
            const QString refStandard = q.value(3).toString();
            if (refStandard == report.standard) {
                if (const QString n = canonical(catalog, q.value(4).toString()); !n.isEmpty())
                    d.refs << n;
            } else {
                d.predecessorRefs << canonical(predecessor, q.value(4).toString());
            }
        }

        QHash<QString, QList<const MappedDocument *>> byClause;
        for (const MappedDocument &d : std::as_const(documents)) {
            for (const QString &n : d.refs)
                byClause[n].append(&d);
            if (d.refs.isEmpty() && !d.predecessorRefs.isEmpty()) {
                CoverageDocument w = d.shown;
                for (const CatalogEntry &e : predecessor->entries()) { // in the catalogue's order
                    if (d.predecessorRefs.contains(e.number))
                        w.clauses << e.number;
                }
                w.mappedTo = report.predecessor;
                report.withdrawnOnly.append(w);
            }
        }
        for (const CatalogEntry &clause : catalog->entries()) {
            CoverageEntry entry;
            entry.clause = clause;
            QStringList sources{clause.number};
            sources << coveringAncestors(*catalog, clause);
            QStringList seen;
            for (const QString &source : std::as_const(sources)) {
                for (const MappedDocument *d : byClause.value(source)) {
                    if (seen.contains(d->shown.number))
                        continue;
                    seen << d->shown.number;
                    CoverageDocument c = d->shown;
                    c.mappedTo = source;
                    (c.status == RevisionStatus::Effective ? entry.documents : entry.pending).append(c);
                }
            }
            const auto byNumber = [](const CoverageDocument &a, const CoverageDocument &b) { return a.number < b.number; };
            std::sort(entry.documents.begin(), entry.documents.end(), byNumber);
            std::sort(entry.pending.begin(), entry.pending.end(), byNumber);
            report.entries.append(entry);
        }
        return {};
    });
    if (!read)
        return read.error();
    return report;
}

QString CoverageService::summary(const CoverageReport &report)
{
    QString text = tr("%1: %2 clauses and controls, %3 covered, %4 gaps")
                       .arg(report.standard)
                       .arg(report.clauseCount())
                       .arg(report.coveredCount())
                       .arg(report.gapCount());
    if (!report.withdrawnOnly.isEmpty())
        text += QStringLiteral("; ") + tr("%n document(s) mapped only to the withdrawn %1", nullptr, int(report.withdrawnOnly.size())).arg(report.predecessor);
    if (!report.successor.isEmpty())
        text += QStringLiteral("; ") + tr("this edition is withdrawn (certificates lapsed %1; successor %2)")
                                           .arg(report.certificatesLapsed.toString(Qt::ISODate), report.successor);
    return text;
}

QString CoverageService::documentsCell(const CoverageEntry &entry)
{
    QStringList lines;
    for (const CoverageDocument &d : entry.documents) {
        QString line = d.number + QLatin1Char(' ') + d.revision + QLatin1Char(' ') + d.title;
        if (d.inherited(entry.clause.number))
            line += QLatin1Char(' ') + tr("(via %1)").arg(d.mappedTo);
        lines << line;
    }
    for (const CoverageDocument &d : entry.pending)
        lines << d.number + QLatin1Char(' ') + d.revision + QLatin1Char(' ') + d.title + QLatin1Char(' ') + tr("(%1, not yet effective)").arg(displayName(d.status));
    return lines.join(QLatin1Char('\n'));
}

render::TableRender CoverageService::tableRender(const CoverageReport &report, bool gapsOnly, const QDate &today)
{
    const QString title = QStringLiteral("条款覆盖报告 Clause Coverage — ") + report.standardName;
    render::TableRender input = ReportPdf::frame(report.organisation, QStringLiteral("COVERAGE-") + report.standard, title, today);
    QString subtitle = summary(report) + QStringLiteral(" — ")
                       + tr("made %1 by %2").arg(report.generatedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), report.generatedBy);
    if (!report.nationalEquivalent.isEmpty())
        subtitle += QStringLiteral(" — ") + tr("national equivalent: %1").arg(report.nationalEquivalent);
    if (gapsOnly)
        subtitle += QStringLiteral(" — ") + tr("gaps only");
    input.subtitle = subtitle;
    input.headers = {QStringLiteral("条款 Clause"), QStringLiteral("标题 Title"), QStringLiteral("成文信息 Doc. info"),
                     QStringLiteral("覆盖文件 Covering documents"), QStringLiteral("状态 Status")};
    input.percentWidths = {9, 33, 9, 37, 12};
    QString hashed; // what the report says, for the content hash
    for (const CoverageEntry &e : report.shown(gapsOnly)) {
        QString status = QStringLiteral("—");
        if (e.isGap())
            status = QStringLiteral("缺口 GAP");
        else if (e.isCovered())
            status = QStringLiteral("已覆盖 Covered");
        const QString documents = documentsCell(e);
        QStringList row{e.clause.number, entryTitle(e.clause), e.clause.requiresDocumentedInformation ? QStringLiteral("要求 Required") : QStringLiteral("—"),
                        documents.isEmpty() ? QStringLiteral("—") : documents, status};
        hashed += row.join(QLatin1Char('\t')) + QLatin1Char('\n');
        input.rows << row;
    }
    for (const CoverageDocument &d : report.withdrawnOnly) {
        QStringList row{report.predecessor, QStringLiteral("仅映射到已作废版本 Mapped only to the withdrawn edition"), QStringLiteral("—"),
                        d.number + QLatin1Char(' ') + d.revision + QLatin1Char(' ') + d.title + QLatin1Char('\n') + d.clauses.join(QStringLiteral(", ")),
                        QStringLiteral("待转换 TO MOVE")};
        hashed += row.join(QLatin1Char('\t')) + QLatin1Char('\n');
        input.rows << row;
    }
    input.contentSha256 = QString::fromLatin1(QCryptographicHash::hash(hashed.toUtf8(), QCryptographicHash::Sha256).toHex());
    input.chainSeq = report.chainSeq;
    input.chainHead = report.chainHead;
    input.author = report.generatedBy;
    return input;
}

Status CoverageService::writePdf(const User &actor, const QString &standard, bool gapsOnly, const QString &path, render::PdfOptions options) const
{
    auto report = build(actor, standard);
    if (!report)
        return report.error();
    auto written = ReportPdf::write(m_db, tableRender(report.value(), gapsOnly, m_clock.nowUtc().toLocalTime().date()), options, path);
    if (!written)
        return written.error();
    qCInfo(lcServices).noquote() << "coverage of" << report->standard << "written as PDF to" << written.value();
    return {};
}

} // namespace dc
