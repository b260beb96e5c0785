#pragma once

#include "core/model/clauseref.h"
#include "core/model/result.h"

#include <QByteArray>
#include <QHash>
#include <QPair>
#include <QString>
#include <QStringList>

namespace dc {

// Which entries of a successor edition take up each clause and Annex A control of a withdrawn one
// (27001:2013 → 27001:2022), read from a table compiled into the program
// (resources/transitions/*.json, under :/transitions). Immutable once loaded.
class TransitionTable final {
public:
    // The built-in table from edition `from` to `to`, parsed once per process; nullptr when there
    // is none (a damaged table is logged and treated as absent).
    static const TransitionTable *builtin(const QString &from, const QString &to);
    // Parses a table. Fails with InvalidInput naming the first problem: not JSON, no editions,
    // a number that is not in its edition's catalogue, an entry that maps to nothing.
    static Result<TransitionTable> fromJson(const QByteArray &json);

    QString from() const { return m_from; } // "27001:2013"
    QString to() const { return m_to; }     // "27001:2022"
    // The numbers of `to` that take up `number` of `from` ("A.12.6.1" → {"A.8.8"}); for a heading
    // (a domain or a control objective) those of the entries under it, each once. Empty when
    // the table does not know the number.
    QStringList successors(const QString &number) const;
    // The numbers of `from` the table maps, in the table's order.
    QStringList mapped() const { return m_order; }
    // Controls of `to` that take up no control of `from` (2022: A.5.7 threat intelligence, …).
    QStringList newControls() const { return m_new; }

private:
    TransitionTable() = default;
    QString m_from;
    QString m_to;
    QStringList m_order;
    QHash<QString, QStringList> m_successors;
    QStringList m_new;
};

// What moving a document's mapping to a successor edition does: each reference to the withdrawn
// edition and the references of the successor that take it up.
struct TransitionProposal {
    QString from;                                   // "27001:2013"
    QString to;                                     // "27001:2022"
    QList<QPair<ClauseRef, ClauseRefs>> steps;      // each old reference and its successors
    ClauseRefs add;                                 // successors not mapped yet, each once, in order
    ClauseRefs remove;                              // the old references
    bool isEmpty() const { return remove.isEmpty(); }
};

// The proposal for a document mapped to `current`: every reference to the edition `to` succeeds
// is replaced by its successors. Fails with InvalidInput when `to` succeeds no edition, or when no
// built-in table leads to it.
Result<TransitionProposal> proposeTransition(const ClauseRefs &current, const QString &to);

} // namespace dc
