#pragma once

#include "core/model/clock.h"
#include "core/model/controlledcopy.h"
#include "core/model/enums.h"
#include "core/model/user.h"
#include "core/render/renderinput.h"
#include "core/model/result.h"

#include <QCoreApplication>
#include <optional>

namespace dc {

class Database;

// What to print or export: a revision (empty label: the effective one, else the latest), as
// an uncontrolled copy or as a controlled copy for a holder, as one document or as the
// compiled manual.
struct ExportRequest {
    enum class Copy { Uncontrolled, Controlled };
    QString number;
    QString label;
    Copy copy = Copy::Uncontrolled;
    QString holder;          // controlled copies only
    bool manual = false;     // the compiled manual (cover, release order, contents …)
    render::PdfOptions options;
};

// What an export or a recorded print produced (a print has no path and no file hash).
struct ExportOutcome {
    QString path;
    render::PdfIdentity identity;
    QString fileSha256;
    std::optional<ControlledCopy> copy;
};

// A PDF made from a read snapshot, not yet recorded (ExportService::renderExport).
struct RenderedExport {
    ExportRequest request;
    QString file;
    render::PdfIdentity identity;
    QByteArray fingerprint; // of everything the pages were made from
    QString fileSha256;
};

// The pages of a print, built from one read snapshot and not yet recorded
// (ExportService::buildPrint); paint them with render::paintDocument()/paintManual().
struct PrintJob {
    ExportRequest request;
    render::DocumentRender document;
    std::optional<render::ManualRender> manual; // set for the compiled manual
    // A controlled print: the copy its stamp names, the number foreseen and not yet issued.
    std::optional<ControlledCopy> copy;
    QByteArray fingerprint; // of everything the pages were made from
};

// What verify pdf tells about a file.
struct PdfCheck {
    render::PdfIdentity identity;
    QString title;
    RevisionStatus revisionStatus = RevisionStatus::Draft;
    QString effectiveLabel;   // the document's effective revision now (empty: none)
    bool stillEffective = false;
    bool matchesRecord = false; // the file is byte for byte one the store exported
    std::optional<ControlledCopy> copy;
};

// Stamped PDF exports and prints of revisions, and the controlled-copy register. Issuing a
// controlled copy takes the revision's next copy number; every export and print is recorded
// (who, when, which revision, the file's SHA-256) in the store and the audit trail.
class ExportService final {
    Q_DECLARE_TR_FUNCTIONS(dc::ExportService)
public:
    explicit ExportService(Database &db, const Clock &clock = Clock::system()) : m_db(db), m_clock(clock) {}

    // Writes the stamped PDF to `path` (atomically) and records it. Fails, writing and
    // recording nothing, when the actor may not read the revision, a controlled copy is asked
    // for a revision that is not effective or by someone who is no controller, the holder is
    // missing, the document is no manual (for `manual`), or the file cannot be written.
    Result<ExportOutcome> exportPdf(const User &actor, const ExportRequest &request, const QString &path);

    // The two halves of exportPdf, for work that records several exports at once (a bundle):
    // renderExport writes the PDF to `file` from one read snapshot, taking no lock and
    // recording nothing; recordExport (one short write) records it and takes its controlled
    // copy, or fails with Conflict, recording nothing, when the store changed what the pages
    // show (or took the foreseen copy number) since: render again then.
    Result<RenderedExport> renderExport(const User &actor, const ExportRequest &request, const QString &file);
    Result<ExportOutcome> recordExport(const User &actor, const RenderedExport &rendered);
    // How often an export is rendered again when the store keeps changing under it.
    static constexpr int kExportAttempts = 3;

    // A print in two steps, so that only a job the printer accepted is recorded. buildPrint
    // makes the pages from one read snapshot with the export's checks and records nothing; a
    // controlled print's stamp shows the copy number the record will take if nobody issues
    // one first. It fails as exportPdf does, and with ReadOnlyStore when the print could
    // not be recorded. recordPrint, once the printer accepted the job, records the print in
    // one write (a controlled copy issued to the holder, or an uncontrolled print) and returns
    // it. It fails with Conflict, recording nothing, when the foreseen copy number was taken or
    // the pages no longer show what the store holds: the pages on paper are then not a valid
    // copy; build the print again (a new number) and print that.
    Result<PrintJob> buildPrint(const User &actor, const ExportRequest &request);
    Result<ExportOutcome> recordPrint(const User &actor, const PrintJob &job);

    // The controlled copies of a document (all documents `actor` may see when `number` is empty).
    Result<QList<ControlledCopy>> copies(const User &actor, const QString &number = {}) const;
    // Records that a copy came back, or was destroyed (after recall, or lost copies written off).
    Result<ControlledCopy> recall(const User &actor, const QString &number, const QString &label, int copyNumber);
    Result<ControlledCopy> destroy(const User &actor, const QString &number, const QString &label, int copyNumber);
    // Recalls every copy in `copies` (number, label and copy number count) in one transaction,
    // as after a release or a withdrawal; when one cannot be recalled none is.
    Result<QList<ControlledCopy>> recallAll(const User &actor, const QList<ControlledCopy> &copies);
    // The controlled copies still out (issued) of revisions that are no longer effective —
    // superseded or withdrawn — of one document, or of all when `number` is empty.
    Result<QList<ControlledCopy>> toRecall(const User &actor, const QString &number = {}) const;

    // Which document, revision and copy a PDF is, whether that revision is still effective,
    // and whether the file is exactly one this store exported.
    Result<PdfCheck> checkPdf(const QString &path) const;

private:
    struct Prepared;
    // What an export's pages were made from: its identity and a hash of every input.
    struct Rendered {
        render::PdfIdentity identity;
        QByteArray fingerprint;
    };
    // Predict: the controlled copy's number is foreseen, nothing is written (a read snapshot);
    // Take: the copy is issued (inside the write that records the export).
    enum class Issue { Predict, Take };
    Result<Prepared> prepare(const User &actor, const ExportRequest &request, Issue issue);
    // Builds the pages' input and, when `file` is set, writes the PDF there.
    Result<Rendered> render(const Prepared &prepared, const ExportRequest &request, const QString &file) const;
    Status record(const User &actor, const Prepared &prepared, const QString &medium, const QString &fileSha256);
    // What recordExport and recordPrint share: checks again in one write that the pages made
    // from `request` are still `fingerprint` with copy No. `foreseenCopy` (0: none), and records
    // them on `medium` ("pdf", "print"); Conflict otherwise.
    Result<ExportOutcome> recordRendered(const User &actor, const ExportRequest &request, const QByteArray &fingerprint, int foreseenCopy,
                                         const QString &medium, const QString &fileSha256);
    Result<ControlledCopy> changeCopy(const User &actor, const QString &number, const QString &label, int copyNumber, bool destroy);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace dc
