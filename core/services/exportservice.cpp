#include "core/services/exportservice.h"

#include "core/services/exportinput.h"
#include "core/services/manualreferences.h"
#include "core/services/serviceslog.h"
#include "core/fileio/openstores.h"
#include "core/fileio/outputfile.h"
#include "core/security/contenthash.h"
#include "core/render/pdfexport.h"
#include "core/render/pdfidentity.h"
#include "core/render/stopwatch.h"
#include "core/store/auditlog.h"
#include "core/store/attachmentstore.h"
#include "core/store/copystore.h"
#include "core/store/database.h"
#include "core/store/documentstore.h"
#include "core/store/visibility.h"
#include "core/store/sql.h"
#include "core/workflow/permissions.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSet>


namespace dc {

// An export or print, checked and with its copy number taken, before anything is written.
struct ExportService::Prepared {
    ExportSource source;
    render::Stamp stamp;
    std::optional<ControlledCopy> copy;
    bool manual = false;
};

Result<ExportService::Prepared> ExportService::prepare(const User &actor, const ExportRequest &request, Issue issue)
{
    auto source = ExportInput::load(m_db, actor, request.number, request.label);
    if (!source)
        return source.error();
    const Revision &revision = source->revision;
    if (const Status readable = Permissions::mayRead(actor, revision); !readable)
        return readable.error();
    // Never print content (text or image) under a hash it no longer has.
    auto holds = AttachmentStore(m_db).contentHolds(revision.id, revision.content, revision.contentHash);
    if (!holds)
        return holds.error();
    if (!holds.value())
        return Error{ErrorCode::CorruptStore, tr("The content of %1 revision %2 does not match its recorded hash; run verify.").arg(request.number, revision.label)};
    if (request.manual && source->document.type != DocumentType::Manual)
        return Error{ErrorCode::InvalidInput, tr("%1 is a %2, not a manual; export it as a document.").arg(request.number, displayName(source->document.type))};

    Prepared prepared;
    prepared.manual = request.manual;
    const QDate today = m_clock.nowUtc().toLocalTime().date();
    if (request.copy == ExportRequest::Copy::Controlled) {
        if (const Status allowed = Permissions::mayIssueControlledCopy(actor); !allowed)
            return allowed.error();
        if (revision.status != RevisionStatus::Effective) {
            return Error{ErrorCode::InvalidState, tr("%1 revision %2 is %3; only an effective revision has controlled copies.")
                                                      .arg(request.number, revision.label, displayName(revision.status))};
        }
        if (request.holder.trimmed().isEmpty())
            return Error{ErrorCode::InvalidInput, tr("A controlled copy needs a holder (a person or a department).")};
        if (issue == Issue::Predict) {
            // The number the copy will get if nobody issues one first; the write checks it.
            const Result<int> next = CopyStore(m_db).nextNumber(revision.id);
            if (!next)
                return next.error();
            ControlledCopy predicted;
            predicted.revisionId = revision.id;
            predicted.number = source->document.number;
            predicted.label = revision.label;
            predicted.copyNumber = next.value();
            predicted.holder = request.holder.trimmed();
            prepared.copy = predicted;
        } else {
            auto copy = CopyStore(m_db).issue(revision.id, request.holder, actor.id, m_clock.nowUtc());
            if (!copy)
                return copy.error();
            prepared.copy = copy.value();
        }
    }
    if (request.manual) {
        auto references = ManualReferences::collect(m_db, actor, source->document.number, revision.content);
        if (!references)
            return references.error();
        source.value().references = references.value();
    }
    prepared.stamp = ExportInput::stampFor(revision, prepared.copy ? prepared.copy->copyNumber : 0, request.holder.trimmed(), today, source->withdrawnOn);
    prepared.stamp.language = source->labels;
    prepared.source = std::move(source.value());
    return prepared;
}

Status ExportService::record(const User &actor, const Prepared &prepared, const QString &medium, const QString &fileSha256)
{
    const QString kind = render::stampKindKey(prepared.stamp.kind);
    ExportRecord record;
    record.revisionId = prepared.source.revision.id;
    record.kind = kind;
    record.medium = medium;
    record.copyId = prepared.copy ? prepared.copy->id : 0;
    record.at = m_clock.nowUtc();
    record.fileSha256 = fileSha256;
    if (auto recorded = CopyStore(m_db).recordExport(record, actor.id); !recorded)
        return recorded.error();
    QJsonObject details{{QStringLiteral("medium"), medium}, {QStringLiteral("manual"), prepared.manual}};
    if (prepared.copy) {
        details.insert(QStringLiteral("copy"), prepared.copy->copyNumber);
        details.insert(QStringLiteral("holder"), prepared.copy->holder);
    }
    if (!fileSha256.isEmpty())
        details.insert(QStringLiteral("file_sha256"), fileSha256);
    const QString object = prepared.source.document.number + QLatin1Char(' ') + prepared.source.revision.label;
    return Status::from(AuditLog(m_db, m_clock).append(actor.name, QStringLiteral("export.") + kind, object, details));
}

Result<ExportService::Rendered> ExportService::render(const Prepared &prepared, const ExportRequest &request, const QString &file) const
{
    Rendered rendered;
    if (prepared.manual) {
        const render::ManualRender input = ExportInput::manual(prepared.source, prepared.stamp);
        rendered.identity = render::identityOf(input);
        rendered.fingerprint = ExportInput::fingerprint(input);
        if (!file.isEmpty()) {
            if (const Status written = render::writeManualPdf(input, request.options, file); !written)
                return written.error();
        }
    } else {
        const render::DocumentRender input = ExportInput::document(prepared.source, prepared.stamp);
        rendered.identity = render::identityOf(input);
        rendered.fingerprint = ExportInput::fingerprint(input);
        if (!file.isEmpty()) {
            render::PdfOptions options = request.options;
            options.landscape = options.landscape || ExportInput::landscape(prepared.source.document.type);
            if (const Status written = render::writeDocumentPdf(input, options, file); !written)
                return written.error();
        }
    }
    return rendered;
}

Result<RenderedExport> ExportService::renderExport(const User &actor, const ExportRequest &request, const QString &file)
{
    // One read snapshot, no lock held while the pages are made: a long export keeps nobody
    // waiting, neither readers nor writers.
    auto planned = m_db.read([&]() { return prepare(actor, request, Issue::Predict); });
    if (!planned)
        return planned.error();
    auto rendered = render(planned.value(), request, file);
    if (!rendered)
        return rendered.error();
    RenderedExport result;
    result.request = request;
    result.file = file;
    result.identity = rendered->identity;
    result.fingerprint = rendered->fingerprint;
    result.fileSha256 = fileSha256(file);
    if (result.fileSha256.isEmpty())
        return Error{ErrorCode::Io, tr("Cannot read back %1.").arg(file)};
    return result;
}

Result<ExportOutcome> ExportService::recordRendered(const User &actor, const ExportRequest &request, const QByteArray &fingerprint, int foreseenCopy,
                                                    const QString &medium, const QString &fileSha256)
{
    const bool print = medium == QLatin1String("print");
    return m_db.write([&]() -> Result<ExportOutcome> {
        auto prepared = prepare(actor, request, Issue::Take);
        if (!prepared)
            return prepared.error();
        auto now = render(prepared.value(), request, QString());
        if (!now)
            return now.error();
        // Somebody took the foreseen copy number, or changed what the pages show, meanwhile.
        if (now->fingerprint != fingerprint) {
            const QString retry = print ? tr("Nothing was recorded; the printed pages are no valid copy: destroy them and print again.")
                                        : tr("Nothing was recorded; try again.");
            if (prepared->copy && prepared->copy->copyNumber != foreseenCopy) {
                return Error{ErrorCode::Conflict, tr("Controlled copy No. %1 of %2 %3 was issued elsewhere meanwhile. %4")
                                                      .arg(foreseenCopy, 3, 10, QLatin1Char('0'))
                                                      .arg(request.number, prepared->source.revision.label, retry)};
            }
            return Error{ErrorCode::Conflict, tr("%1 changed while its pages were being made. %2").arg(request.number, retry)};
        }
        if (const Status recorded = record(actor, prepared.value(), medium, fileSha256); !recorded)
            return recorded.error();
        ExportOutcome result;
        result.copy = prepared->copy;
        result.identity = now->identity;
        result.fileSha256 = fileSha256;
        return result;
    });
}

Result<ExportOutcome> ExportService::recordExport(const User &actor, const RenderedExport &rendered)
{
    return recordRendered(actor, rendered.request, rendered.fingerprint, rendered.identity.copyNumber, QStringLiteral("pdf"), rendered.fileSha256);
}

Result<ExportOutcome> ExportService::exportPdf(const User &actor, const ExportRequest &request, const QString &path)
{
    // The PDF is written beside its target and moved there only once the export is recorded,
    // so a refused or failed export leaves whatever was at `path` as it was.
    auto output = OutputFile::create(path, OutputFile::Mode::Shared, [this](const QString &file) { return m_db.ownsFile(file); });
    if (!output)
        return output.error();
    const render::Stopwatch timer;
    for (int attempt = 1;; ++attempt) {
        auto rendered = renderExport(actor, request, output.value()->partialPath());
        if (!rendered)
            return output.value()->explain(rendered.error());
        auto outcome = recordExport(actor, rendered.value());
        if (!outcome && outcome.code() == ErrorCode::Conflict && attempt < kExportAttempts) {
            qCInfo(lcServices).noquote() << "export of" << request.number << "conflicted with a change, attempt" << attempt + 1;
            continue;
        }
        if (!outcome)
            return outcome;
        if (const Status moved = output.value()->commit(); !moved)
            return Error{ErrorCode::Io, tr("The export was recorded but the file could not be written: %1").arg(moved.message())};
        outcome.value().path = output.value()->target();
        qCInfo(lcServices).noquote() << "exported" << request.number << outcome->identity.revisionLabel << (outcome->copy ? "controlled" : "uncontrolled")
                                     << "to" << outcome->path << QFileInfo(outcome->path).size() << "bytes in" << qRound(timer.ms()) << "ms";
        return outcome;
    }
}

Result<PrintJob> ExportService::buildPrint(const User &actor, const ExportRequest &request)
{
    // Pages that reach paper must be recordable: a read-only store could not record them.
    if (m_db.isReadOnly())
        return m_db.readOnlyError();
    return m_db.read([&]() -> Result<PrintJob> {
        auto prepared = prepare(actor, request, Issue::Predict);
        if (!prepared)
            return prepared.error();
        PrintJob job;
        job.request = request;
        job.request.options.landscape = request.options.landscape || ExportInput::landscape(prepared->source.document.type);
        job.copy = prepared->copy;
        job.document = ExportInput::document(prepared->source, prepared->stamp);
        if (prepared->manual)
            job.manual = ExportInput::manual(prepared->source, prepared->stamp);
        // The fingerprint render() takes of the same pages, for recordPrint to compare.
        job.fingerprint = job.manual ? ExportInput::fingerprint(*job.manual) : ExportInput::fingerprint(job.document);
        return job;
    });
}

Result<ExportOutcome> ExportService::recordPrint(const User &actor, const PrintJob &job)
{
    auto recorded = recordRendered(actor, job.request, job.fingerprint, job.copy ? job.copy->copyNumber : 0, QStringLiteral("print"), QString());
    if (recorded)
        qCInfo(lcServices).noquote() << "print of" << job.request.number << (job.copy ? "controlled" : "uncontrolled") << "recorded for" << actor.name;
    return recorded;
}

Result<QList<ControlledCopy>> ExportService::copies(const User &actor, const QString &number) const
{
    if (Permissions::seesEffectiveOnly(actor))
        return Error{ErrorCode::PermissionDenied, tr("%1 may not read the controlled-copy register.").arg(actor.name)};
    qint64 documentId = 0;
    if (!number.isEmpty()) {
        auto document = Visibility::find(m_db, actor, number);
        if (!document)
            return document.error();
        documentId = document->id;
    }
    // The whole register lists only the copies of documents the actor may see.
    return CopyStore(m_db).copies(documentId, 0, Visibility::condition(actor));
}

Result<ControlledCopy> ExportService::changeCopy(const User &actor, const QString &number, const QString &label, int copyNumber, bool destroy)
{
    if (const Status allowed = Permissions::mayIssueControlledCopy(actor); !allowed)
        return allowed.error();
    DocumentStore documents(m_db);
    auto document = documents.find(number);
    if (!document)
        return document.error();
    auto revision = documents.revision(document->id, label);
    if (!revision)
        return Error{ErrorCode::NotFound, tr("%1 has no revision %2.").arg(number, label)};
    CopyStore store(m_db);
    auto copy = store.copy(revision->id, copyNumber);
    if (!copy)
        return copy.error();
    using S = ControlledCopy::Status;
    const S from = copy->status;
    const S to = destroy ? S::Destroyed : S::Recalled;
    if (from == S::Destroyed || from == to) {
        return Error{ErrorCode::InvalidState, tr("Controlled copy No. %1 of %2 %3 is already %4.")
                                                  .arg(copyNumber, 3, 10, QLatin1Char('0'))
                                                  .arg(number, label, displayName(from).toLower())};
    }
    return m_db.write([&]() -> Result<ControlledCopy> {
        if (const Status changed = store.setStatus(copy->id, from, to, m_clock.nowUtc()); !changed)
            return changed.error();
        const QJsonObject details{{QStringLiteral("copy"), copyNumber}, {QStringLiteral("holder"), copy->holder}};
        if (auto logged = AuditLog(m_db, m_clock).append(actor.name, QStringLiteral("copy.") + toKey(to), number + QLatin1Char(' ') + label, details); !logged)
            return logged.error();
        return store.copy(revision->id, copyNumber);
    });
}

Result<ControlledCopy> ExportService::recall(const User &actor, const QString &number, const QString &label, int copyNumber)
{
    return changeCopy(actor, number, label, copyNumber, false);
}

Result<ControlledCopy> ExportService::destroy(const User &actor, const QString &number, const QString &label, int copyNumber)
{
    return changeCopy(actor, number, label, copyNumber, true);
}

Result<QList<ControlledCopy>> ExportService::recallAll(const User &actor, const QList<ControlledCopy> &copies)
{
    if (const Status allowed = Permissions::mayIssueControlledCopy(actor); !allowed)
        return allowed.error();
    return m_db.write([&]() -> Result<QList<ControlledCopy>> {
        QList<ControlledCopy> recalled;
        for (const ControlledCopy &c : copies) {
            auto done = changeCopy(actor, c.number, c.label, c.copyNumber, false);
            if (!done)
                return done.error();
            recalled << done.value();
        }
        return recalled;
    });
}

Result<QList<ControlledCopy>> ExportService::toRecall(const User &actor, const QString &number) const
{
    auto all = copies(actor, number);
    if (!all)
        return all;
    auto effective = Sql::exec(m_db, QStringLiteral("SELECT id FROM revisions WHERE status = 'effective'"), {}, tr("read the effective revisions"));
    if (!effective)
        return effective.error();
    QSet<qint64> effectiveIds;
    while (effective.value().next())
        effectiveIds.insert(effective.value().value(0).toLongLong());
    QList<ControlledCopy> out;
    for (const ControlledCopy &c : all.value()) {
        if (c.status == ControlledCopy::Status::Issued && !effectiveIds.contains(c.revisionId))
            out << c;
    }
    return out;
}

Result<PdfCheck> ExportService::checkPdf(const QString &path) const
{
    if (m_db.ownsFile(path))
        return Error{ErrorCode::InvalidInput, tr("%1 is the store itself, not an exported PDF.").arg(path)};
    if (const Status readable = OpenStores::refuseIfOpen(path); !readable)
        return readable.error();
    auto identity = render::readPdfIdentity(path);
    if (!identity)
        return identity.error();
    PdfCheck check;
    check.identity = identity.value();
    DocumentStore documents(m_db);
    auto document = documents.find(check.identity.number);
    if (!document)
        return Error{ErrorCode::NotFound, tr("The PDF says it is %1, which this store does not hold.").arg(check.identity.number)};
    check.title = document->title;
    auto revisions = documents.revisions(document->id);
    if (!revisions)
        return revisions.error();
    bool found = false;
    for (const Revision &r : revisions.value()) {
        if (r.label == check.identity.revisionLabel) {
            found = true;
            check.revisionStatus = r.status;
            check.stillEffective = r.status == RevisionStatus::Effective;
            if (r.contentHash != check.identity.contentSha256)
                return Error{ErrorCode::InvalidInput, tr("The PDF names %1 %2 but its content hash differs from that revision's.").arg(check.identity.number, r.label)};
            auto holds = AttachmentStore(m_db).contentHolds(r.id, r.content, r.contentHash);
            if (!holds)
                return holds.error();
            if (!holds.value())
                return Error{ErrorCode::CorruptStore, tr("The store's %1 %2 no longer matches its content hash (text or attachments changed); run verify.").arg(check.identity.number, r.label)};
            if (check.identity.copyNumber > 0) {
                if (auto copy = CopyStore(m_db).copy(r.id, check.identity.copyNumber); copy)
                    check.copy = copy.value();
            }
        }
        if (r.status == RevisionStatus::Effective)
            check.effectiveLabel = r.label;
    }
    if (!found)
        return Error{ErrorCode::NotFound, tr("The PDF names revision %1 of %2, which this store does not hold.").arg(check.identity.revisionLabel, check.identity.number)};
    auto exports = CopyStore(m_db).exportsWithHash(fileSha256(path));
    if (!exports)
        return exports.error();
    check.matchesRecord = !exports->isEmpty();
    return check;
}

} // namespace dc
