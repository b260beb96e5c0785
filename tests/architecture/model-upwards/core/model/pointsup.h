// A value type that depends on a service: an arrow the wrong way, which check-layers.cmake must refuse.
#include "core/services/session.h"
