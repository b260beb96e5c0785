#pragma once

#include "core/model/clock.h"
#include "core/model/result.h"
#include "core/model/revision.h"
#include "core/model/soatable.h"
#include "core/model/user.h"
#include "core/services/documentservice.h"

#include <QCoreApplication>

#include <optional>

namespace dc {

class Database;

// A change to one control of a Statement of Applicability: each field given replaces the row's.
struct SoaRowChange {
    std::optional<bool> applicable;
    std::optional<QList<SoaReason>> reasons;
    std::optional<QString> justification;
    std::optional<SoaStatus> status;
    std::optional<QString> owner;
};

// The Statement of Applicability (ISO/IEC 27001 6.1.3 d) as a document: its table read from a
// revision, edited a control at a time and refreshed from the clause mapping. Every write goes
// through DocumentService::editDraft, with its rules (drafts only, segregation, change summary)
// and its one transaction; submitting an SoA that breaks Soa::validate is refused by the workflow.
class SoaService final {
    Q_DECLARE_TR_FUNCTIONS(dc::SoaService)
public:
    explicit SoaService(Database &db, const Clock &clock = Clock::system()) : m_db(db), m_clock(clock) {}

    // The table of `number`'s revision `label` (else the current one). Fails as DocumentService::show
    // does, with InvalidInput when the document is no SoA, and as Soa::parse when its table is damaged.
    Result<SoaTable> table(const User &actor, const QString &number, const QString &label = {}) const;
    // Changes one control and saves the draft (or starts the next revision) with `summary`. An
    // excluded control loses its status. Fails, changing nothing, when the control is not in the
    // table, or as table() and editDraft do.
    Result<Revision> setControl(const User &actor, const QString &number, const QString &control, const SoaRowChange &change,
                                const QString &summary);
    // Writes `table` as the draft's content with `summary`, checked against `base` like editDraft.
    Result<Revision> save(const User &actor, const QString &number, const SoaTable &table, const QString &summary,
                          const DraftBase &base = {});
    // Sets every control's implementing documents to the effective documents mapped to it (the
    // coverage report of the table's standard) and saves when that changes anything. Returns the
    // controls whose list changed; nothing is written when none did.
    Result<QStringList> refreshDocuments(const User &actor, const QString &number, const QString &summary);
    // The effective documents mapped to each Annex A control of `standard`, as refreshDocuments sets them.
    Result<QHash<QString, QStringList>> implementingDocuments(const User &actor, const QString &standard) const;

    // The controls that changed from one SoA text to another (Soa::differences); empty when
    // either is no SoA table.
    static QStringList changes(const QString &before, const QString &after);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace dc
