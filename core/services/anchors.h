#pragma once

#include "core/model/result.h"
#include "core/services/verifier.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace dc {

class Database;

// An audit-trail head recorded outside the store: by a backup, a bundle, or a desk (witness).
struct ChainAnchor {
    QString source; // the file (or "this desk") that recorded it, for messages
    qint64 seq = 0; // the head's sequence number
    QString head;   // the head event's hash (hex)
};

// Anchors: the chain head that copies outside the store recorded, and whether the store's
// chain still holds it. A chain inside the file can be recomputed by whoever can write the
// file; a head kept elsewhere cannot be, so a truncated or rewritten trail loses it.
class Anchors final {
    Q_DECLARE_TR_FUNCTIONS(dc::Anchors)
public:
    // The head a backup (manifest headSeq/headHash), a bundle (manifest chainSeq/chainHead) or
    // an exported PDF (its identity's chainSeq/chainHead) recorded, or, given the text printed
    // on an approval record or a release order ("#1234 3f9a01b2…77d0c21b") instead of a file,
    // that head (its hash by its two ends). Fails when the file is none of these, or records
    // no head.
    static Result<ChainAnchor> read(const QString &path);

    // One problem per anchor whose head the store's chain no longer holds at its sequence
    // number (truncated: the chain is shorter; rewritten: another event is there), in the
    // order given. Fails only when the store cannot be read.
    static Result<QList<VerifyProblem>> check(Database &db, const QList<ChainAnchor> &anchors);
};

} // namespace dc
