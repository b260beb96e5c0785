#pragma once

#include "core/model/clausecatalog.h"
#include "core/model/clock.h"
#include "core/model/enums.h"
#include "core/model/result.h"
#include "core/model/user.h"
#include "core/render/renderinput.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace dc {

class Database;

// A document as the coverage report names it.
struct CoverageDocument {
    QString number;
    QString title;
    QString titleEn;
    QString revision;  // the effective revision's label; for a pending document its latest revision's
    RevisionStatus status = RevisionStatus::Effective; // of that revision
    QString mappedTo;  // the number the document is mapped to: the entry's own, or an enclosing clause's
    QStringList clauses; // withdrawn-edition documents only: the clauses of the withdrawn edition they name

    // True when the document covers the entry through an enclosing clause (mapped to 9.2, listed at 9.2.2).
    bool inherited(const QString &entryNumber) const { return mappedTo != entryNumber; }
};

// One clause or control of the standard and what answers it.
struct CoverageEntry {
    CatalogEntry clause;
    QList<CoverageDocument> documents; // effective documents covering it, by number
    QList<CoverageDocument> pending;   // mapped documents not yet effective; never shown to readers

    // Clauses and controls can be covered; domains, objectives and themes only group them.
    bool isCoverable() const { return clause.kind == ClauseKind::Clause || clause.kind == ClauseKind::Control; }
    bool isCovered() const { return !documents.isEmpty(); }
    // A clause that requires documented information and has no effective document.
    bool isGap() const { return clause.requiresDocumentedInformation && documents.isEmpty(); }
};

// Which documented information answers each clause and control of one standard edition.
struct CoverageReport {
    QString standard;        // "27001:2022"
    QString standardName;    // "ISO/IEC 27001:2022"
    QString titleZh;
    QString titleEn;
    QString nationalEquivalent;
    QString successor;       // the asked edition is withdrawn: its successor ("27001:2022"), else empty
    QDate certificatesLapsed; // … and the day certificates against it lapsed
    QString predecessor;     // a withdrawn edition this one succeeds ("27001:2013"), else empty
    QList<CoverageEntry> entries; // every entry of the catalogue, in its order
    // Asked about a successor: documents mapped to the withdrawn predecessor and to nothing of this edition.
    QList<CoverageDocument> withdrawnOnly;

    QString organisation;
    QDateTime generatedAt;   // UTC
    QString generatedBy;
    qint64 chainSeq = 0;
    QString chainHead;

    int clauseCount() const;  // clauses and controls (the coverable entries)
    int coveredCount() const; // of which covered by at least one effective document
    int gapCount() const;     // entries requiring documented information without an effective document
    // The entries to show: every one, or with `gapsOnly` the gaps.
    QList<CoverageEntry> shown(bool gapsOnly) const;
};

// The coverage report (item 3 of issue 15): for a standard edition, every clause and Annex A
// control with the effective documents mapped to it, and the gaps. A document mapped to a clause
// also covers that clause's subclauses (mapped to 9.2, it answers 9.2.2), and one mapped to a
// 27001:2013 control objective covers its controls; a domain or a theme covers nothing by itself.
// Readers see effective documents only, as in the register. Reads only.
class CoverageService final {
    Q_DECLARE_TR_FUNCTIONS(dc::CoverageService)
public:
    explicit CoverageService(Database &db, const Clock &clock = Clock::system()) : m_db(db), m_clock(clock) {}

    // The report for `standard` ("27001:2022"). Fails with NotFound naming the known standards
    // for an unknown one, or on a store error.
    Result<CoverageReport> build(const User &actor, const QString &standard) const;

    // "Unknown standard "X"; known: 20000-1:2018, 27001:2013, 27001:2022."
    static Error unknownStandard(const QString &standard);
    // "134 clauses and controls, 20 covered, 15 gaps" (and the withdrawn-edition documents, if any).
    static QString summary(const CoverageReport &report);
    // "A/0 PR-001 标题" lists, one cell per entry, as the table and the PDF print them.
    static QString documentsCell(const CoverageEntry &entry);
    // What the PDF renders: the master list's header, footer and uncontrolled stamp.
    static render::TableRender tableRender(const CoverageReport &report, bool gapsOnly, const QDate &today);

    // Builds the report and writes it as a stamped PDF to `path` atomically; writes nothing on failure.
    Status writePdf(const User &actor, const QString &standard, bool gapsOnly, const QString &path, render::PdfOptions options = {}) const;

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace dc
