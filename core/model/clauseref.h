#pragma once

#include "core/model/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace dc {

// A reference from a document to a clause of a standard: "27001:2013 A.9.1.1", "20000-1:2018 8.5.1".
struct ClauseRef {
    QString standard; // one of knownStandards()
    QString clause;   // "7.5.3", "A.12.1.2", "A.5.37"

    QString toString() const { return standard + QLatin1Char(' ') + clause; }
    bool operator==(const ClauseRef &) const = default;

    // Parses "STANDARD CLAUSE"; fails naming the part that is wrong.
    static Result<ClauseRef> parse(const QString &text);
    static QStringList knownStandards();
};

using ClauseRefs = QList<ClauseRef>;

// The references as "STANDARD CLAUSE" texts, sorted, each once: how the audit trail records
// them and how two lists are compared.
QStringList clauseKeys(const ClauseRefs &refs);

} // namespace dc
