#pragma once

#include "core/services/session.h"

#include <memory>

class QWidget;

namespace dc::DamagedStore {

// The way back from a store that cannot be opened because it is damaged: restore the newest
// automatic backup that verifies into a new file and open that, or open the damaged file
// read-only to copy out what can still be read, or give up (null: the caller offers another
// store). `why` is the error that refused the store.
std::unique_ptr<Session> recover(QWidget *parent, const QString &path, const QString &why);

} // namespace dc::DamagedStore
