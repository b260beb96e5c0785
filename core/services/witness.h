#pragma once

#include "core/model/result.h"

#include <QCoreApplication>
#include <QString>

namespace dc {

class Database;

// Every desk is a witness: it remembers, per store, the highest audit-trail head (sequence
// number and hash) it has seen, outside the store (AppSettings::witnessHeads, in the user's
// settings). A store whose chain no longer holds that head was truncated or rewritten.
class Witness final {
    Q_DECLARE_TR_FUNCTIONS(dc::Witness)
public:
    // Checks the store's chain against the head this desk remembers for `db.path()`. Fails with
    // CorruptStore, naming the remembered event, when the chain lost it; ok when this desk
    // remembers nothing of the store yet.
    static Status check(Database &db);

    // Remembers the store's current head when it is beyond the one remembered. Call it after
    // check() succeeded (never over an alarm) and after writes.
    static Status remember(Database &db);

    // Forgets the store (after an administrator has restored it on purpose, say).
    static void forget(const QString &storePath);
};

} // namespace dc
