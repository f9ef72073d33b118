#pragma once
// Runs a function in a forked child under a memory cap and a time limit, so a hostile input
// that crashes, hangs or balloons fails the test instead of taking the test runner down.
#include <functional>
#include <string>

namespace sa::test {

struct IsolatedResult {
    bool finished = false; ///< exited normally (not killed by a signal or the time limit)
    int exitCode = -1;
    std::string output; ///< what the child wrote through `emit`
    std::string failure; ///< why it did not finish, for the test message
    long peakRssKb = 0; ///< the child's peak resident set (getrusage ru_maxrss, KiB)
};

/// True in AddressSanitizer builds: no address-space cap, and RSS includes ASan's shadow memory.
[[nodiscard]] bool sanitizedBuild();

/// The child calls `body(emit)`; whatever it emits reaches the parent. Memory is capped with
/// RLIMIT_AS (skipped under AddressSanitizer, which reserves terabytes of address space) and the
/// time with alarm(); sanitizer builds get ten times the time.
IsolatedResult runIsolated(const std::function<int(const std::function<void(const std::string&)>& emit)>& body,
    unsigned seconds, std::size_t maxBytes);

} // namespace sa::test
