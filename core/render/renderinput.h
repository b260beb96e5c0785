#pragma once

// Plain input values of the paged PDF renderer. The renderer knows nothing of the store: the
// caller fills these from a document, a revision and its signatures.

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QImage>
#include <QList>
#include <QPageSize>
#include <QString>
#include <QStringList>

#include <optional>

namespace dc::render {

// What a print is, and so which stamp every page carries.
enum class StampKind {
    Controlled,    // 受控文件 CONTROLLED COPY No. 007 — 持有人 Holder: …
    Uncontrolled,  // 非受控 UNCONTROLLED COPY — 打印于 printed …，仅当日有效 valid on that day only
    Draft,         // 草稿 DRAFT — not for use (a draft or a revision in review)
    Obsolete,      // 作废 OBSOLETE, diagonal (superseded or obsolete)
};

// "controlled", "uncontrolled", "draft", "obsolete": the key written into the PDF identity.
QString stampKindKey(StampKind kind);
std::optional<StampKind> stampKindFromKey(const QString &key);

// The language of the fixed labels every page carries (stamp, header, footer, the manual's
// cover): Chinese with English, or Chinese only for stores whose readers need no English.
enum class LabelLanguage { Bilingual, Chinese };

// `zh` alone, or `zh` and `en` separated by a space.
QString labelText(LabelLanguage language, const QString &zh, const QString &en);

struct Stamp {
    StampKind kind = StampKind::Draft;
    int copyNumber = 0;  // controlled copies only: 1…999, drawn with three digits
    QString holder;      // controlled copies only
    QDate printDate;     // uncontrolled copies only
    QDate withdrawnOn;   // obsolete only: the day the document was withdrawn (null: superseded)
    LabelLanguage language = LabelLanguage::Bilingual;
};

// The exact bilingual text of a stamp, e.g. "草稿 DRAFT — not for use", "作废 OBSOLETE 2026-12-03".
QString stampText(const Stamp &stamp);

// Top of every page.
struct PageHeader {
    QString organisation;
    QString number;         // "ISMS-0001-2022"
    QString title;
    QString revisionLabel;  // "A/1"
    LabelLanguage language = LabelLanguage::Bilingual;  // of the header's and footer's labels
};

// Bottom of every page (the page numbers are added by the renderer).
struct PageFooter {
    QString classification;  // display text, e.g. "内部 Internal"
    QDate effectiveDate;     // null: shown as "—"
};

enum class ApprovalMeaning { Prepared, Reviewed, Approved };

// One row of an approval record / signature block. The signing role (角色 Role column) is the
// meaning: 编制 Prepared, 审核 Reviewed, 批准 Approved; the signer's department has its own column.
struct ApprovalLine {
    ApprovalMeaning meaning = ApprovalMeaning::Prepared;
    QString name;
    QString department;
    QDate date;
    QString fingerprint;  // a short fingerprint of the signature; may be empty
};

// The audit trail's head at a revision's release: the release event's own sequence number and
// hash, looked up from the trail, so every reprint shows the same anchor. Printed short on the
// approval record and the manual's release order, so a paper copy is an anchor too.
struct ReleaseAnchor {
    qint64 seq = 0; // 0: not released (nothing is printed)
    QString head;   // the release event's hash, hex

    friend bool operator==(const ReleaseAnchor &, const ReleaseAnchor &) = default;
};

// "链头 Chain head: #1234 3f9a01b2…77d0c21b": the first and last eight hex digits of the hash.
QString chainHeadText(const ReleaseAnchor &anchor);

// One row of a revision history table.
struct HistoryRow {
    QString label;
    QDate date;
    QString summary;
    QString approver;
    QString author;     // 修订人 (the manual's revision history; empty: "—")
    QString reviewers;  // 审核, names joined (the manual's revision history; empty: "—")
};

// A document the manual refers to, for its annex: its number, title and current revision.
struct ReferencedDocument {
    QString number;
    QString title;
    QString revisionLabel;  // the effective revision's label; empty: none is effective
    QDate effectiveDate;
    QString citedIn;        // where the manual names it, e.g. "4.3, 7.5.3"
};

// What an export embeds so that the file can be traced back: readPdfIdentity() returns it.
struct PdfIdentity {
    QString number;
    QString revisionLabel;
    int copyNumber = 0;      // 0: not a controlled copy
    QString contentSha256;   // lower-case hex
    StampKind stamp = StampKind::Draft;
    qint64 chainSeq = 0;     // the store's audit-trail head when exported (0: not recorded)
    QString chainHead;       // its hash, hex

    friend bool operator==(const PdfIdentity &, const PdfIdentity &) = default;
};

// Everything a single document export needs.
struct DocumentRender {
    PageHeader header;
    PageFooter footer;
    Stamp stamp;
    QList<ApprovalLine> approvals;
    ReleaseAnchor releaseAnchor;       // printed under the approval record
    QList<HistoryRow> history;
    QString markdown;                  // GitHub-flavoured Markdown
    QStringList linkedNumbers;         // documents it cites: where the text names them, links (FlowDocument)
    QHash<QString, QImage> images;     // ![alt](name.png) resolves "name.png" here
    // Column widths in percent of the tables whose first header cell reads the key (the
    // Statement of Applicability's); other tables size their columns to their text.
    QHash<QString, QList<int>> tableWidths;
    QString contentSha256;
    qint64 chainSeq = 0; // the audit-trail head at export, recorded in the identity (not part of the pages)
    QString chainHead;
    QString author;                    // PDF author (the document owner)
};

// A chapter of the manual, or a numbered section of its front matter ("0.2 任命书"): each
// starts on a new page under its title as a level-1 heading.
struct ManualChapter {
    QString title;
    QString markdown;
};

// Everything the compiled manual needs.
struct ManualRender {
    PageHeader header;
    PageFooter footer;
    Stamp stamp;
    QString controlledStatus;            // 受控状态 on the cover, e.g. "受控 Controlled"
    QStringList standards;               // "ISO/IEC 27001:2013", "ISO/IEC 20000-1:2018"
    QDate releasedOn;                    // 发布日期: the day the revision was released (null: not yet)
    QDate approvedOn;                    // 批准日期: the approver's signature (null: not yet)
    QString releaseOrderTitle;           // "0.1 发布令", as the manual numbers it
    QString releaseOrderMarkdown;        // 发布令
    QList<ApprovalLine> releaseApprovals;  // 编制/审核/批准 under the release order
    ReleaseAnchor releaseAnchor;           // printed under the release order's signatures
    QList<ManualChapter> chapters;       // the front matter's numbered sections first
    QList<HistoryRow> history;           // 修订记录, at the front
    QList<ReferencedDocument> references; // the annex: documents the manual names (none: no annex)
    QStringList linkedNumbers;           // documents it cites: where the chapters name them, links
    QHash<QString, QImage> images;
    QString contentSha256;
    qint64 chainSeq = 0;
    QString chainHead;
    QString author;
};

// A listing (the master list of documents, 受控文件清单): a title, a line under it and one
// table whose header row repeats on every page, framed like every export.
struct TableRender {
    PageHeader header;
    PageFooter footer;
    Stamp stamp;
    QString title;
    QString subtitle;          // e.g. what the list was filtered by and when it was made
    QStringList headers;
    QList<QStringList> rows;
    QList<int> percentWidths;  // one per column, summing to 100
    QString contentSha256;     // of what the rows were made from
    qint64 chainSeq = 0;
    QString chainHead;
    QString author;
};

struct PdfOptions {
    QPageSize::PageSizeId pageSize = QPageSize::A4;  // A4 or Letter
    bool pdfA = false;                               // PDF/A-1b: no transparency anywhere
    QDateTime createdAt;                             // null: now
    bool landscape = false;                          // wide listings (the master list)
};

// The identity an export of `input` embeds.
PdfIdentity identityOf(const DocumentRender &input);
PdfIdentity identityOf(const ManualRender &input);
PdfIdentity identityOf(const TableRender &input);

// Where an export spent its time, for the benchmark; all in milliseconds.
struct RenderStats {
    int pages = 0;
    int threads = 0;       // that laid the text out
    double buildMs = 0;    // building and laying out all text (wall clock, threads in parallel)
    double parseMs = 0;    //   of which Markdown to QTextDocument, summed over the threads
    double layoutMs = 0;   //   of which line breaking, summed over the threads
    double paginateMs = 0; // cutting the laid-out text into pages
    double bodyMs = 0;     // painting the laid-out text
    double frameMs = 0;    // header, footer and stamp on every page
    double flushMs = 0;    // the PDF writer compressing and writing out finished pages
    double finishMs = 0;   // the PDF writer's end (fonts), metadata update, saving
};

} // namespace dc::render
