#pragma once

#include "core/model/event.h"
#include "core/model/result.h"
#include "core/services/verifier.h"

#include <QCoreApplication>
#include <QList>

namespace dc {

class Database;

// Replays the trail's legal holds, keep-until decisions and disposals (DispositionService) and
// compares them with the documents' columns. Part of verify.
class RetentionReplay final {
    Q_DECLARE_TR_FUNCTIONS(dc::RetentionReplay)
public:
    // One problem per document whose hold, keep-until decision or disposal differs from what the
    // trail records. Fails only when the store cannot be read.
    static Result<QList<VerifyProblem>> compare(Database &db, const QList<Event> &events);
};

} // namespace dc
