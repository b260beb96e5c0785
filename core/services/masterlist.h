#pragma once

#include "core/model/clock.h"
#include "core/model/document.h"
#include "core/model/registerquery.h"
#include "core/model/result.h"
#include "core/model/user.h"
#include "core/render/renderinput.h"

#include <QCoreApplication>

namespace dc {

class Database;

// One line of the master list of documents (受控文件清单): the document and its effective
// revision (else its current one).
struct MasterListEntry {
    QString number;
    QString title;
    DocumentType type = DocumentType::Procedure;
    QString revision;
    QDate effectiveDate;   // null: not yet effective
    QString owner;         // display name
    QString department;
    Classification classification = Classification::Internal;
    QDate nextReview;      // null: none
    RevisionStatus status = RevisionStatus::Draft; // of the current revision
};

struct MasterList {
    QString organisation;
    QDateTime generatedAt;   // UTC
    QString generatedBy;
    QString filterText;      // what the list was filtered by, empty for every document
    QList<MasterListEntry> entries;
    qint64 chainSeq = 0;     // the audit trail's head when made
    QString chainHead;
};

// The master list of documents, from the register under a filter, as `actor` may see it
// (readers: effective documents only; nothing above a clearance), exported as CSV or as a
// stamped landscape PDF. Reads only: nothing is written to the store.
class MasterListService final {
    Q_DECLARE_TR_FUNCTIONS(dc::MasterListService)
public:
    explicit MasterListService(Database &db, const Clock &clock = Clock::system()) : m_db(db), m_clock(clock) {}

    // The list, ordered by number. Fails on a store error or an unparsable clause filter.
    Result<MasterList> build(const User &actor, const RegisterFilter &filter) const;

    // The column headings (translated) and each entry's cells, as the CSV has them.
    static QStringList headers();
    static QStringList cells(const MasterListEntry &entry);
    // The list as CSV: UTF-8 with a byte-order mark (so Excel reads Chinese right), CRLF line
    // ends, RFC 4180 quoting, and cells starting with = + - @ (or a tab / carriage return)
    // prefixed with ' so that a spreadsheet never runs them as a formula.
    static QByteArray csv(const MasterList &list);
    static QString csvField(const QString &text);
    // "type: procedure, status: effective"; empty when nothing filters.
    static QString describe(const RegisterFilter &filter);
    // What the PDF renders: header and footer like every export, an uncontrolled stamp with today's date.
    static render::TableRender tableRender(const MasterList &list, const QDate &today);

    // Builds the list and writes it to `path` atomically; fails, writing nothing, when it
    // cannot be built or the file cannot be written.
    Status writeCsv(const User &actor, const RegisterFilter &filter, const QString &path) const;
    Status writePdf(const User &actor, const RegisterFilter &filter, const QString &path, render::PdfOptions options = {}) const;

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace dc
