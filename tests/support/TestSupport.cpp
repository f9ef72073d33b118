#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>

namespace sa::test {

TempDir::TempDir()
{
    std::random_device rd;
    m_path
        = std::filesystem::temp_directory_path() / ("salesaudit-test-" + std::to_string(rd()) + std::to_string(rd()));
    std::filesystem::create_directories(m_path);
}

TempDir::~TempDir()
{
    std::error_code ec;
    std::filesystem::remove_all(m_path, ec);
}

std::string dataPath(const std::string& relative)
{
    return std::string(SA_TEST_DATA_DIR) + "/" + relative;
}

std::filesystem::path sharedDir()
{
    if (const char* env = std::getenv("SA_SHARED_DIR"); env && *env)
        return env;
    return std::filesystem::weakly_canonical(SA_DEFAULT_SHARED_DIR);
}

bool skipWithoutShared(const std::filesystem::path& path)
{
    if (std::filesystem::exists(path))
        return false;
    WARN("skipped: " << path.string() << " is absent (set SA_SHARED_DIR to the shared folder)");
    SUCCEED("skipped for want of the shared folder");
    return true;
}

const Clock& testClock()
{
    static const FixedClock clock(toLocalSeconds({ 2025, 7, 1 }, { 10, 0, 0 }));
    return clock;
}

store::Project makeProject(const std::string& path, store::Variant variant)
{
    store::AuditInfo info;
    info.company = "Test Co";
    info.variant = variant;
    auto p = store::Project::create(path, info, testClock());
    if (!p)
        FAIL("cannot create test project: " << p.error().describe());
    return std::move(p).value();
}

std::string logicalDump(const store::Connection& db)
{
    std::ostringstream out;
    auto tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name");
    REQUIRE(tables.ok());
    std::vector<std::string> names;
    while (*tables->step())
        names.push_back(tables->getText(0));
    for (const auto& t : names) {
        out << "## " << t << "\n";
        auto rows = db.prepare("SELECT * FROM \"" + t + "\" ORDER BY 1");
        if (!rows)
            continue; // virtual table internals that cannot be read directly
        while (*rows->step()) {
            for (int c = 0; c < rows->columnCount(); ++c)
                out << (rows->isNull(c) ? std::string("NULL") : rows->getText(c)) << '\x1f';
            out << "\n";
        }
    }
    return out.str();
}

std::string readFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

} // namespace sa::test
