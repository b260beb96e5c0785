#pragma once

#include "core/model/event.h"
#include "core/model/result.h"
#include "core/services/verifier.h"

#include <QCoreApplication>
#include <QList>

namespace dc {

class Database;

// Replays the audit trail into the state it implies — users (roles, active, password hash
// digest), documents' metadata, the organisation's name, next review dates, the export records
// the controlled-copy register and the store's own templates, the due days of tasks — and compares it with the tables. Part of verify.
class TrailReplay final {
    Q_DECLARE_TR_FUNCTIONS(dc::TrailReplay)
public:
    // One problem per difference, users first, then the organisation, documents, review dates,
    // exports and copies. What the trail never recorded (stores older than the fact) is not
    // compared. Fails only when the store cannot be read.
    static Result<QList<VerifyProblem>> compare(Database &db, const QList<Event> &events);
};

} // namespace dc
