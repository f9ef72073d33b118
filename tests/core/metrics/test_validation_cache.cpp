// The validation marker of store/ProjectValidator (owned by the metrics work: it removes seconds
// from every open of a large project): skipped page walks only for the exact validated state.
#include "TestSupport.h"
#include "import/Importer.h"
#include "store/Project.h"
#include "store/ProjectValidator.h"
#include "store/Sqlite.h"

#include <catch2/catch.hpp>
#include <chrono>
#include <cstdlib>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <sqlite3.h>
#include <sys/stat.h>
#include <thread>

using namespace sa;
using namespace sa::test;
namespace fs = std::filesystem;

namespace {

/// Points XDG_CACHE_HOME at a folder of the test for its lifetime.
class CacheHome {
public:
    explicit CacheHome(const std::string& dir)
    {
        if (const char* old = std::getenv("XDG_CACHE_HOME"))
            m_old = old;
        ::setenv("XDG_CACHE_HOME", dir.c_str(), 1);
        ::unsetenv("SA_NO_VALIDATION_CACHE");
    }
    ~CacheHome()
    {
        if (m_old)
            ::setenv("XDG_CACHE_HOME", m_old->c_str(), 1);
        else
            ::unsetenv("XDG_CACHE_HOME");
    }
    CacheHome(const CacheHome&) = delete;
    CacheHome& operator=(const CacheHome&) = delete;

private:
    std::optional<std::string> m_old;
};

/// A project of ~2 MB (over kValidationCacheMinBytes), left at rest for over a second.
std::string bigProject(const TempDir& dir)
{
    const auto path = dir.file("big.sqlite");
    {
        auto p = makeProject(path);
        REQUIRE(p.db().exec("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 4000)"
                            " INSERT INTO managers(name) SELECT printf('%.500c', 'm') || i FROM n"));
    }
    REQUIRE(fs::file_size(path) > static_cast<std::uintmax_t>(store::kValidationCacheMinBytes));
    std::this_thread::sleep_for(std::chrono::milliseconds(1100));
    return path;
}

std::size_t markers(const TempDir& dir)
{
    const auto folder = fs::path(dir.file("cache")) / "salesaudit" / "validated";
    if (!fs::exists(folder))
        return 0;
    return static_cast<std::size_t>(std::distance(fs::directory_iterator(folder), fs::directory_iterator()));
}

} // namespace

TEST_CASE("validation marker: a second open of an unchanged file skips the page walks", "[store][unit]")
{
    TempDir dir;
    CacheHome home(dir.file("cache"));
    const auto path = bigProject(dir);
    auto first = store::validateProjectFile(path);
    REQUIRE(first);
    CHECK(first->fullCheck);
    CHECK(markers(dir) == 1);
    auto second = store::validateProjectFile(path);
    REQUIRE(second);
    CHECK_FALSE(second->fullCheck);
    CHECK(store::Project::open(path, store::OpenMode::ReadOnly));

    SECTION("a write through SQLite changes the state: full check again")
    {
        {
            auto p = store::Project::open(path, store::OpenMode::ReadWrite);
            REQUIRE(p);
            REQUIRE(p->db().exec("INSERT INTO managers(name) VALUES ('later')"));
        }
        auto again = store::validateProjectFile(path);
        REQUIRE(again);
        CHECK(again->fullCheck);
    }
    SECTION("damage of the same size with the old mtime put back is still found")
    {
        struct stat before { };
        REQUIRE(::stat(path.c_str(), &before) == 0);
        const auto size = fs::file_size(path);
        {
            std::fstream f(path, std::ios::binary | std::ios::in | std::ios::out);
            f.seekp(static_cast<std::streamoff>(size - 4096)); // the last page's b-tree header
            const char junk[16] = { '\xff', '\xff', '\xff', '\xff', '\xff', '\xff', '\xff', '\xff' };
            f.write(junk, sizeof junk);
        }
        const timespec times[2] = { before.st_atim, before.st_mtim };
        REQUIRE(::utimensat(AT_FDCWD, path.c_str(), times, 0) == 0);
        CHECK(fs::file_size(path) == size);
        auto damaged = store::validateProjectFile(path);
        REQUIRE_FALSE(damaged);
        CHECK_THAT(damaged.error().message, Catch::Contains("damaged"));
    }
    SECTION("an altered marker is not trusted")
    {
        const auto folder = fs::path(dir.file("cache")) / "salesaudit" / "validated";
        const auto marker = fs::directory_iterator(folder)->path();
        std::string line;
        std::getline(std::ifstream(marker), line);
        line.back() = line.back() == '0' ? '1' : '0';
        std::ofstream(marker, std::ios::trunc) << line << '\n';
        auto again = store::validateProjectFile(path);
        REQUIRE(again);
        CHECK(again->fullCheck);
    }
    SECTION("SA_NO_VALIDATION_CACHE=1 always checks in full")
    {
        ::setenv("SA_NO_VALIDATION_CACHE", "1", 1);
        auto again = store::validateProjectFile(path);
        ::unsetenv("SA_NO_VALIDATION_CACHE");
        REQUIRE(again);
        CHECK(again->fullCheck);
    }
}

TEST_CASE("validation marker: small or freshly written files leave none", "[store][unit]")
{
    TempDir dir;
    CacheHome home(dir.file("cache"));
    const auto path = dir.file("small.sqlite");
    makeProject(path);
    auto r = store::validateProjectFile(path);
    REQUIRE(r);
    CHECK(r->fullCheck);
    CHECK(markers(dir) == 0);
}

// --- Our own writes keep the marker current (store::ValidationKeeper) --------------------------

namespace {

/// An amoCRM deals export of `rows` deals (a few MB: over kValidationCacheMinBytes once imported).
std::string writeDeals(const TempDir& dir, int rows)
{
    const std::string path = dir.file("deals.csv");
    std::ofstream out(path, std::ios::binary);
    out << "ID;Название сделки;Бюджет;Ответственный;Этап сделки;Воронка;Дата создания;Дата изменения;Дата "
           "закрытия;Источник;Компания;Теги;Причина отказа\n";
    for (int i = 1; i <= rows; ++i)
        out << i << ";Сделка номер " << i << " с длинным названием для объёма;" << 1000 + i
            << ";Алексей Иванов;Первичный контакт;Основная воронка;13.07.2024 10:00:00;;;Сайт;;;\n";
    return path;
}

void insertManager(store::Project& p, const std::string& name)
{
    auto tx = store::Transaction::begin(p.db());
    REQUIRE(tx);
    auto st = p.db().prepare("INSERT INTO managers(name) VALUES (?)");
    REQUIRE(st);
    st->bind(1, name);
    REQUIRE(st->step());
    REQUIRE(tx->commit());
}

} // namespace

TEST_CASE("validation marker: an import into a fresh project, then a reopen skips the page walks", "[store][unit]")
{
    TempDir dir;
    CacheHome home(dir.file("cache"));
    const auto path = dir.file("fresh.sqlite");
    {
        auto p = makeProject(path); // small and just written: validated in full, no marker
        CHECK(markers(dir) == 0);
        import::ImportRequest request;
        request.file = writeDeals(dir, 12000);
        request.preset = "amocrm";
        auto imported = import::runImport(p, request, testClock());
        REQUIRE(imported);
        REQUIRE(imported->rowsImported == 12000);
    }
    REQUIRE(fs::file_size(path) > static_cast<std::uintmax_t>(store::kValidationCacheMinBytes));
    CHECK(markers(dir) == 1);
    auto reopened = store::validateProjectFile(path);
    REQUIRE(reopened);
    CHECK_FALSE(reopened->fullCheck);

    SECTION("a foreign write after ours: full check")
    {
        auto foreign = store::Connection::open(path, SQLITE_OPEN_READWRITE);
        REQUIRE(foreign);
        REQUIRE(foreign->exec("UPDATE deals SET amount = amount + 1 WHERE id = 1"));
        foreign->close();
        auto again = store::validateProjectFile(path);
        REQUIRE(again);
        CHECK(again->fullCheck);
    }
    SECTION("raw damage after ours, mtime put back: found")
    {
        struct stat before { };
        REQUIRE(::stat(path.c_str(), &before) == 0);
        std::this_thread::sleep_for(std::chrono::milliseconds(20)); // past the coarse ctime tick
        {
            std::fstream f(path, std::ios::binary | std::ios::in | std::ios::out);
            f.seekp(static_cast<std::streamoff>(fs::file_size(path) - 4096));
            const char junk[16] = { '\xff', '\xff', '\xff', '\xff', '\xff', '\xff', '\xff', '\xff' };
            f.write(junk, sizeof junk);
        }
        const timespec times[2] = { before.st_atim, before.st_mtim };
        REQUIRE(::utimensat(AT_FDCWD, path.c_str(), times, 0) == 0);
        auto damaged = store::validateProjectFile(path);
        REQUIRE_FALSE(damaged);
        CHECK_THAT(damaged.error().message, Catch::Contains("damaged"));
    }
    SECTION("our later edits through another connection keep it current")
    {
        {
            auto p = store::Project::open(path, store::OpenMode::ReadWrite);
            REQUIRE(p);
            insertManager(*p, "Мария Петрова");
            insertManager(*p, "Олег Сидоров");
        }
        auto again = store::validateProjectFile(path);
        REQUIRE(again);
        CHECK_FALSE(again->fullCheck);
    }
}

TEST_CASE("validation marker: our write after a foreign one is not trusted", "[store][unit]")
{
    TempDir dir;
    CacheHome home(dir.file("cache"));
    const auto path = bigProject(dir);
    REQUIRE(store::validateProjectFile(path)); // the marker of the state at rest
    auto p = store::Project::open(path, store::OpenMode::ReadWrite);
    REQUIRE(p);
    SECTION("a foreign commit between our open and our transaction")
    {
        auto foreign = store::Connection::open(path, SQLITE_OPEN_READWRITE);
        REQUIRE(foreign);
        REQUIRE(foreign->exec("INSERT INTO managers(name) VALUES ('foreign')"));
        foreign->close();
        insertManager(*p, "ours");
        auto again = store::validateProjectFile(path);
        REQUIRE(again);
        CHECK(again->fullCheck);
    }
    SECTION("a write of ours outside a transaction breaks the chain")
    {
        REQUIRE(p->db().exec("INSERT INTO managers(name) VALUES ('autocommit')"));
        insertManager(*p, "ours");
        auto again = store::validateProjectFile(path);
        REQUIRE(again);
        CHECK(again->fullCheck);
    }
    SECTION("a rolled-back transaction leaves the file trusted")
    {
        {
            auto tx = store::Transaction::begin(p->db());
            REQUIRE(tx);
            REQUIRE(p->db().exec("DELETE FROM managers"));
            tx->rollback();
        }
        insertManager(*p, "ours");
        auto again = store::validateProjectFile(path);
        REQUIRE(again);
        CHECK_FALSE(again->fullCheck);
    }
}
