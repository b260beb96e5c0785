#pragma once

#include <QtGlobal>

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace dc {

// Calls work(i) for every i in [0, count) on all the machine's cores, in chunks taken in turn.
// work(i) may write only what belongs to index i (a slot of a vector sized beforehand) and read
// only what no other thread writes. Used for pure checks that dominate a run, such as hashing
// and signature checks in verify.
template <typename Work>
void inParallel(qsizetype count, const Work &work)
{
    constexpr qsizetype kChunk = 512;
    const unsigned cores = std::clamp(std::thread::hardware_concurrency(), 1u, 16u);
    std::atomic<qsizetype> next{0};
    const auto drain = [&] {
        for (qsizetype start = next.fetch_add(kChunk); start < count; start = next.fetch_add(kChunk)) {
            const qsizetype end = std::min(start + kChunk, count);
            for (qsizetype i = start; i < end; ++i)
                work(i);
        }
    };
    std::vector<std::thread> helpers;
    for (unsigned c = 1; c < cores && qsizetype(c) * kChunk < count; ++c)
        helpers.emplace_back(drain);
    drain();
    for (std::thread &helper : helpers)
        helper.join();
}

} // namespace dc
