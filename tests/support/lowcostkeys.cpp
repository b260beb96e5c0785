// Linked into every test program: new password hashes and sealed signing keys use Argon2id's
// smallest cost. The suites make hundreds of users, sign-ins and signatures, and at the
// interactive cost Argon2id took 90% of their run time (tst_visibility: 52 of 57 s). Hashes and
// keys record their cost, so a store made here still opens in the doccontrol program, which
// always uses the interactive cost; tst_passwordhash and tst_signingkey check that cost.
#include "core/security/keyderivation.h"

namespace {
const bool g_lowered = [] {
    dc::KeyDerivation::setCurrentForTests(dc::KeyDerivation::minimum());
    return true;
}();
} // namespace
