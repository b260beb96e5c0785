#pragma once

#include "core/model/result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace dc {

// Why a control is applicable (ISO/IEC 27001:2022 6.1.3 d): the usual four grounds.
enum class SoaReason { RiskAssessment, LegalContractual, BusinessRequirement, BestPractice };
// How far an applicable control is implemented.
enum class SoaStatus { Implemented, Partial, Planned, NotImplemented };

// "risk", "legal", "business", "best_practice" / "implemented", "partial", "planned", "not_implemented".
QString toKey(SoaReason reason);
QString toKey(SoaStatus status);
QStringList soaReasonKeys();
QStringList soaStatusKeys();
// The words the table prints: bilingual whatever the desk's language ("风险评估 Risk assessment").
QString cellText(SoaReason reason);
QString cellText(SoaStatus status);
QString cellText(bool applicable);
// Several reasons as one cell: their printed words separated by "; ".
QString cellText(const QList<SoaReason> &reasons);
// Reads a key, the printed words, or either half of them (case-insensitive); nothing if none fits.
std::optional<SoaReason> soaReasonFromText(const QString &text);
std::optional<SoaStatus> soaStatusFromText(const QString &text);
std::optional<bool> soaApplicableFromText(const QString &text);

// One Annex A control of a Statement of Applicability.
struct SoaRow {
    QString control;                  // "A.5.7"
    QString title;                    // "威胁情报 Threat intelligence"
    std::optional<bool> applicable;   // nothing: not decided yet
    QList<SoaReason> reasons;         // why it applies
    QString justification;            // why it is excluded
    std::optional<SoaStatus> status;  // of an applicable control
    QString owner;
    QStringList documents;            // the implementing documents' numbers

    // Written out: the defaulted one compares `reasons` with memcmp, which is handed a null
    // pointer for an empty list (undefined behaviour that UBSan reports).
    bool operator==(const SoaRow &other) const;
};

// A Statement of Applicability as its Markdown holds it: free text before and after one table
// with a row per Annex A control of the standard its "标准 Standard:" line names.
struct SoaTable {
    QString standard;  // catalogue id, "27001:2022"
    QString before;    // the Markdown before the table (title, standard line), kept as it is
    QString after;     // the Markdown after it
    QList<SoaRow> rows;

    // The row of `control`, or nullptr.
    SoaRow *find(const QString &control);
    const SoaRow *find(const QString &control) const;
    bool operator==(const SoaTable &) const = default;
};

namespace Soa {

// How many controls are applicable, excluded and not decided yet.
struct Counts {
    int applicable = 0;
    int excluded = 0;
    int undecided = 0;
};
Counts count(const SoaTable &table);

// The column headers, in order, as the table prints them.
QStringList headers();
// The columns' widths on the printed page, in percent (summing to 100), in the same order.
QList<int> columnWidths();
// Parses a Statement of Applicability. Fails with InvalidInput naming the problem and, for a
// row, its line and control: no standard line, an unknown standard, no table, a row with the wrong
// number of cells, an unknown value in the applicable, reason or status column.
Result<SoaTable> parse(const QString &markdown);
// Writes the table back as Markdown; parse(write(t)) == t, and a written table writes the same again.
QString write(const SoaTable &table);
// A new Statement of Applicability for the catalogue `standard` ("27001:2022"): the Markdown
// `preamble` (a heading, an introduction), the standard line and one undecided row per Annex A control. Fails with NotFound for a
// standard without a catalogue and InvalidInput for one without Annex A controls.
Result<SoaTable> generate(const QString &standard, const QString &preamble);
// The rules a submitted Statement must meet: every control of the catalogue exactly once and no
// other, each decided, an applicable one with at least one reason and a status, an excluded one
// with a justification and no status. Fails with InvalidInput naming the first control that breaks one.
Status validate(const SoaTable &table);
// Sets each row's implementing documents to `mapped` (control → document numbers); rows of
// controls not in `mapped` get none. Returns the controls whose list changed.
QStringList setImplementingDocuments(SoaTable &table, const QHash<QString, QStringList> &mapped);
// What changed from `before` to `after`, one line per control and field, in the table's order:
// "A.5.7 适用 Applicable: 否 No → 是 Yes", "A.8.23 added", "A.5.1 removed". Empty when nothing did.
QStringList differences(const SoaTable &before, const SoaTable &after);

} // namespace Soa

} // namespace dc
