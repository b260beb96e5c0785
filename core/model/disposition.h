#pragma once

#include "core/model/enums.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace dc {

// When the retention of a document ends, the rule a records manager expects:
//  - A withdrawn (obsolete) document of any type is kept `retentionYears` after the day it was
//    withdrawn; with no retention period (0) it is due for disposition at once.
//  - A record (type record) in use is kept `retentionYears` after the effective date of its
//    effective revision; a record with no retention period (0) is kept indefinitely.
//  - Any other document in use is never due: it is withdrawn first.
// A legal hold keeps a document off the disposition list whatever its dates; a decision to keep
// it longer moves its due date to the day given.
struct RetentionFacts {
    DocumentType type = DocumentType::Procedure;
    int retentionYears = 0;
    QDate effectiveDate;  // of the effective revision; invalid when none
    QDate withdrawnOn;    // invalid unless withdrawn
};

// Why a document is due and since when its retention runs.
enum class RetentionBasis { RecordEffective, Withdrawn };

struct RetentionEnd {
    RetentionBasis basis = RetentionBasis::Withdrawn;
    QDate from;  // the effective date or the withdrawal date
    QDate ends;  // `from` + retention years
};

// The end of retention under the rule above, or nullopt when the document is never due.
std::optional<RetentionEnd> retentionEnd(const RetentionFacts &facts);

// What the store holds on a document's retention beyond its metadata.
struct RetentionState {
    QString legalHold;    // the reason of the hold; empty when none
    QDate keepUntil;      // a decision to keep it past its retention; invalid when none
    QString keepReason;
    QDateTime disposedAt; // UTC; invalid unless its content was disposed of

    bool onHold() const { return !legalHold.isEmpty(); }
    bool disposed() const { return disposedAt.isValid(); }
};

// One line of the disposition list: a document whose retention ended (and that is kept no
// longer and held by no legal hold).
struct DispositionItem {
    QString number;
    QString title;
    DocumentType type = DocumentType::Record;
    int retentionYears = 0;
    RetentionEnd end;
    QDate due;            // end.ends, or the keep-until date when one was decided
    QString keepReason;   // the reason of an expired keep-until decision, if any
    QString label;        // the revision a destruction signs: the effective one, else the latest
    QString contentHash;  // its content SHA-256, what the signature covers
};

// "Retention of record ended (effective 2020-03-01, 5 years)" and the like, for lists.
QString describe(const RetentionEnd &end, int retentionYears);

} // namespace dc
