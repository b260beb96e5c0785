#pragma once

#include <QtGlobal>

namespace dc::StoreConstants {

// "DCTL": marks an SQLite file (PRAGMA application_id) or a PostgreSQL database (the marker
// table) as a DocControl store; on PostgreSQL also the key of the store's write lock.
inline constexpr int kApplicationId = 0x4443544C;
// How long a writer waits for another desk's write to finish before giving up.
inline constexpr int kBusyTimeoutMs = 5000;
// A wait for the write lock at least this long is logged: another writer held it.
inline constexpr qint64 kSlowLockMs = 200;

} // namespace dc::StoreConstants
