#pragma once

#include <cstddef>
#include <cstdint>

namespace dc::KeyDerivation {

// What one Argon2id derivation costs: passes over memory and the memory itself. Password
// hashes ("$argon2id$v=19$m=…,t=…") and sealed signing keys record the cost they were made
// with, so a later process reads them whatever cost it would use for new ones.
struct Cost {
    std::uint32_t passes = 0;
    std::uint32_t kibibytes = 0;
};

// libsodium's interactive limits (2 passes over 64 MiB): what every new password hash and
// sealed key uses, unless a test process lowered it.
Cost interactive();

// Argon2id's smallest cost (1 pass over 8 KiB). For test processes only, which make hundreds
// of users and signatures: at the interactive cost Argon2id was 90% of a suite's run time.
Cost minimum();

// The cost new hashes and keys are made with.
Cost current();

// Changes current() for the rest of the process. Only tests call this (tests/support); the
// application and the command line never do (tests/architecture checks it).
void setCurrentForTests(Cost cost);

// True for a cost read from a store that is safe to spend: between minimum() and libsodium's
// "sensitive" limits (4 passes, 1 GiB), so a damaged or hostile record cannot make a
// derivation take hours or exhaust memory.
bool isAcceptable(Cost cost);

} // namespace dc::KeyDerivation
