#pragma once

#include "core/model/event.h"
#include "core/model/result.h"
#include "core/services/verifier.h"

#include <QCoreApplication>
#include <QList>

namespace dc {

class Database;

// Replays the links between documents (document.links_set) and the register of external
// documents (document.external_set) from the audit trail and compares them with the tables.
// Part of verify, beside TrailReplay.
class LinkReplay final {
    Q_DECLARE_TR_FUNCTIONS(dc::LinkReplay)
public:
    // One problem per document whose links of one origin, or whose register entry, differ from
    // what the trail records; a link or entry the trail never recorded is one too. Fails only
    // when the store cannot be read.
    static Result<QList<VerifyProblem>> compare(Database &db, const QList<Event> &events);
};

} // namespace dc
