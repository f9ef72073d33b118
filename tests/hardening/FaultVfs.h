#pragma once
// A SQLite VFS for tests that wraps the default one and fails the N-th write or sync, the way a
// full disk or a failing device would. Registered as the default VFS while a FaultVfs lives.
#include <string>

namespace sa::test {

class FaultVfs {
public:
    enum class Fault { WriteIoError, WriteDiskFull, SyncIoError };

    /// Fails the `n`-th (1-based) matching call after construction; every later one succeeds.
    FaultVfs(Fault fault, int n);
    ~FaultVfs();
    FaultVfs(const FaultVfs&) = delete;
    FaultVfs& operator=(const FaultVfs&) = delete;

    /// Whether the fault was injected (false: the operation had fewer than n writes/syncs).
    [[nodiscard]] bool fired() const;
    /// How many matching calls happened.
    [[nodiscard]] int calls() const;
};

} // namespace sa::test
