#pragma once

#include "core/model/acknowledgement.h"
#include "core/model/clock.h"
#include "core/model/document.h"
#include "core/model/result.h"
#include "core/model/revision.h"
#include "core/model/user.h"
#include "core/render/renderinput.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace dc {

class Database;

// Read-and-acknowledge (已阅知悉, ISO/IEC 27001 A.5.1): which document types ask for it, the
// requests a release makes of a document's distribution list, and the report of who has not
// acknowledged yet. The acknowledgement itself is a signature: WorkflowService::acknowledge.
class AcknowledgementService final {
    Q_DECLARE_TR_FUNCTIONS(dc::AcknowledgementService)
public:
    explicit AcknowledgementService(Database &db, const Clock &clock = Clock::system()) : m_db(db), m_clock(clock) {}

    // Whether releasing a revision of `type` asks for acknowledgements (policies by default).
    bool required(DocumentType type) const;
    // Changes that (document controllers); audited as settings.acknowledgement_set. Setting
    // what is already set changes nothing.
    Status setRequired(const User &actor, DocumentType type, bool required);

    // The requests `filter` selects on effective revisions, by document, department and user.
    // Document controllers and administrators read everyone's; any other user only their own
    // (the filter's user is set to them). Outstanding ones only unless the filter says otherwise.
    Result<QList<Acknowledgement>> report(const User &actor, AcknowledgementFilter filter) const;

    // The outstanding requests among `rows` counted per department ("" for users without
    // one), departments sorted: the report's closing summary.
    static QList<QPair<QString, int>> outstandingPerDepartment(const QList<Acknowledgement> &rows);
    // The report's columns (translated) and one request's cells at `now`: document, revision,
    // title, department, user, name, released and acknowledged (local dates), days outstanding
    // (or taken, once acknowledged).
    static QStringList reportHeaders();
    static QStringList reportCells(const Acknowledgement &row, const QDateTime &now);
    // The report `filter` selects, as CSV for Excel (ReportCsv) written atomically to `path`;
    // fails as report() does or naming the file, leaving `path` as it was.
    Status writeCsv(const User &actor, const AcknowledgementFilter &filter, const QString &path) const;
    // The same report as a stamped landscape PDF (ReportPdf) ending with the count per department.
    Status writePdf(const User &actor, const AcknowledgementFilter &filter, const QString &path, render::PdfOptions options = {}) const;

    // Part of a release, inside its transaction: when the document's type asks for it, asks
    // every active user the distribution list reaches to acknowledge `revision`, recorded as
    // one acknowledgement.requested event. Returns the names asked (empty when none).
    static Result<QStringList> requestOnRelease(Database &db, const Clock &clock, const QString &actorName, const Document &document,
                                                const Revision &revision);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace dc
