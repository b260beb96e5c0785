#pragma once

#include "core/model/registerquery.h"
#include "core/model/result.h"

#include <QList>
#include <optional>

namespace dc {

class Database;

// One page of the register, filtered, sorted and paged by SQL: the whole register is never
// loaded. Fails on a database error or an unparsable clause filter.
Result<RegisterPage> queryRegister(Database &db, const RegisterQuery &query);

} // namespace dc
