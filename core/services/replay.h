#pragma once

#include "core/model/event.h"
#include "core/model/result.h"
#include "core/services/verifier.h"

#include <QCoreApplication>
#include <QList>

#include <memory>

namespace dc {

class Database;

// Replays the audit trail into the state it implies — users (roles, active, password hash
// digest), documents' metadata, the organisation's name, next review dates, the export records
// the controlled-copy register and the store's own templates, the due days of tasks — and compares it with the tables. Part of verify.
class TrailReplay final {
    Q_DECLARE_TR_FUNCTIONS(dc::TrailReplay)
public:
    TrailReplay();
    ~TrailReplay();
    TrailReplay(const TrailReplay &) = delete;
    TrailReplay &operator=(const TrailReplay &) = delete;

    // Takes in the next event of the trail, oldest first.
    void follow(const Event &e);
    // One problem per difference from what the events followed imply, users first, then the
    // organisation, documents, review dates, exports and copies. What the trail never recorded
    // (stores older than the fact) is not compared. Fails only when the store cannot be read.
    Result<QList<VerifyProblem>> compare(Database &db) const;

private:
    struct Implied;
    std::unique_ptr<Implied> m_implied;
};

} // namespace dc
