// A screen that opens the store behind the Session's back: check-layers.cmake must refuse it.
#include "core/store/database.h"
