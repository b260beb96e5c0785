#include "core/security/keyderivation.h"

#include <atomic>

#include <sodium.h>

namespace dc::KeyDerivation {

namespace {
Cost fromLimits(unsigned long long opsLimit, size_t memLimit)
{
    return {static_cast<std::uint32_t>(opsLimit), static_cast<std::uint32_t>(memLimit / 1024)};
}

// Set at most once, before a test's first derivation; read by every derivation after it.
std::atomic<bool> g_lowered{false};
std::atomic<std::uint32_t> g_passes{0};
std::atomic<std::uint32_t> g_kibibytes{0};
} // namespace

Cost interactive()
{
    return fromLimits(crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE);
}

Cost minimum()
{
    return fromLimits(crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN);
}

Cost current()
{
    if (!g_lowered.load())
        return interactive();
    return {g_passes.load(), g_kibibytes.load()};
}

void setCurrentForTests(Cost cost)
{
    g_passes.store(cost.passes);
    g_kibibytes.store(cost.kibibytes);
    g_lowered.store(true);
}

bool isAcceptable(Cost cost)
{
    const Cost low = minimum();
    const Cost high = fromLimits(crypto_pwhash_OPSLIMIT_SENSITIVE, crypto_pwhash_MEMLIMIT_SENSITIVE);
    return cost.passes >= low.passes && cost.passes <= high.passes && cost.kibibytes >= low.kibibytes
        && cost.kibibytes <= high.kibibytes;
}

} // namespace dc::KeyDerivation
