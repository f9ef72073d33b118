#pragma once
// Shared test helpers: temporary folders, fixture paths, logical dumps of a project.
#include "common/Clock.h"
#include "store/Project.h"

#include <filesystem>
#include <string>

namespace sa::test {

/// A fresh folder under the system temp dir, removed with everything in it on destruction.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    [[nodiscard]] const std::filesystem::path& path() const { return m_path; }
    [[nodiscard]] std::string file(const std::string& name) const { return (m_path / name).string(); }

private:
    std::filesystem::path m_path;
};

/// tests/data/<relative>
std::string dataPath(const std::string& relative);
/// The shared folder with datasets and the generator: $SA_SHARED_DIR, else ../shared beside the checkout.
std::filesystem::path sharedDir();
/// True (and the running test case skipped: a warning naming `path`, one passing assertion, since
/// the suite runs with --warn NoAssertions) when `path` in the shared folder is absent.
bool skipWithoutShared(const std::filesystem::path& path);
/// A fixed "now" for tests: 2025-07-01 10:00:00.
const Clock& testClock();
/// Creates a project with company "Test Co" at `path`, standard variant; REQUIREs success.
store::Project makeProject(const std::string& path, store::Variant variant = store::Variant::Standard);
/// Every row of every table in a deterministic text form: equal dumps = logically equal projects.
std::string logicalDump(const store::Connection& db);
/// The raw bytes of a file.
std::string readFile(const std::string& path);

} // namespace sa::test
