#pragma once

#include "core/model/event.h"
#include "core/model/result.h"
#include "core/services/verifier.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace dc {

class Database;

// Replays the trail's legal holds, keep-until decisions and disposals (DispositionService) and
// compares them with the documents' columns. Part of verify.
class RetentionReplay final {
    Q_DECLARE_TR_FUNCTIONS(dc::RetentionReplay)
public:
    // Takes in the next event of the trail, oldest first.
    void follow(const Event &e);
    // One problem per document whose hold, keep-until decision or disposal differs from what the
    // events followed record. Fails only when the store cannot be read.
    Result<QList<VerifyProblem>> compare(Database &db) const;

private:
    struct Implied {
        QString hold;
        QString keepUntil;
        QString keepReason;
        bool disposed = false;
    };
    QHash<QString, Implied> m_implied; // number → what the trail implies
};

} // namespace dc
