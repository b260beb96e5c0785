#pragma once

#include "core/model/event.h"
#include "core/model/result.h"
#include "core/services/verifier.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QStringList>

namespace dc {

class Database;

// Replays the links between documents (document.links_set) and the register of external
// documents (document.external_set) from the audit trail and compares them with the tables.
// Part of verify, beside TrailReplay.
class LinkReplay final {
    Q_DECLARE_TR_FUNCTIONS(dc::LinkReplay)
public:
    // Takes in the next event of the trail, oldest first.
    void follow(const Event &e);
    // One problem per document whose links of one origin, or whose register entry, differ from
    // what the events followed record; a link or entry the trail never recorded is one too.
    // Fails only when the store cannot be read.
    Result<QList<VerifyProblem>> compare(Database &db) const;

private:
    QMap<QString, QStringList> m_links;      // "NUMBER origin" → the numbers linked
    QMap<QString, QJsonObject> m_external;   // NUMBER → the register entry
};

} // namespace dc
