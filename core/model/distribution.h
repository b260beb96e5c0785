#pragma once

#include "core/model/result.h"

#include <QList>
#include <QString>

namespace dc {

// One entry of a document's distribution list (分发范围): a user, or a department whose active
// users all receive the document.
struct DistributionMember {
    enum class Kind { User, Department };
    Kind kind = Kind::User;
    QString name; // the user's login, or the department as users' department field names it

    // "user:sunli" / "dept:IT 部", as the command line and the audit trail write it.
    QString key() const;
    bool operator==(const DistributionMember &other) const { return kind == other.kind && name == other.name; }
};
using DistributionList = QList<DistributionMember>;

// Parses "user:sunli,dept:IT 部" (commas separate entries; "department:" also names a
// department). Fails naming the first entry that is neither.
Result<DistributionList> parseDistribution(const QString &text);

// Users first, then departments, each by name: the order every list is shown and recorded in.
void sortDistribution(DistributionList &list);

} // namespace dc
