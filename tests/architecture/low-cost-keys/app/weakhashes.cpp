// Breaks one rule on purpose: the application lowers the cost of password hashing.
#include "core/security/keyderivation.h"

void startUp()
{
    dc::KeyDerivation::setCurrentForTests(dc::KeyDerivation::minimum());
}
