#include "Anonymizer.h"

#include "AnonymizeRules.h"
#include "Pseudonymiser.h"
#include "common/Text.h"
#include "rollup/Rollup.h"
#include "store/Project.h"

#include <cerrno>
#include <fcntl.h>
#include <filesystem>
#include <new>
#include <sqlite3.h>
#include <unistd.h>

namespace sa::privacy {

namespace {

namespace fs = std::filesystem;

std::string_view textArg(sqlite3_value* v)
{
    return { reinterpret_cast<const char*>(sqlite3_value_text(v)), static_cast<std::size_t>(sqlite3_value_bytes(v)) };
}

std::string apply(const Pseudonymiser& p, Treatment t, std::string_view label, std::string_view value)
{
    switch (t) {
    case Treatment::Person:
        return p.person(label, value);
    case Treatment::Client:
        return p.client(value);
    case Treatment::Deal:
        return p.deal(value);
    case Treatment::PersonInn:
        return p.personInn(value);
    case Treatment::MatchKeyOf:
        return text::matchKey(value);
    case Treatment::Scrub:
        break;
    }
    return p.scrub(value);
}

// sa_apply(treatment, label, value) → the replacement; sa_changes(treatment, label, value) → 1
// when the replacement differs. Both are NULL-transparent and never see schema code (DIRECTONLY).
void applyFunction(sqlite3_context* ctx, int, sqlite3_value** argv)
{
    if (sqlite3_value_type(argv[2]) == SQLITE_NULL)
        return sqlite3_result_null(ctx);
    const auto& p = *static_cast<const Pseudonymiser*>(sqlite3_user_data(ctx));
    try {
        const std::string out
            = apply(p, static_cast<Treatment>(sqlite3_value_int(argv[0])), textArg(argv[1]), textArg(argv[2]));
        sqlite3_result_text(ctx, out.data(), static_cast<int>(out.size()), SQLITE_TRANSIENT);
    } catch (const std::bad_alloc&) {
        sqlite3_result_error_nomem(ctx);
    }
}

void changesFunction(sqlite3_context* ctx, int, sqlite3_value** argv)
{
    if (sqlite3_value_type(argv[2]) == SQLITE_NULL)
        return sqlite3_result_int(ctx, 0);
    const auto& p = *static_cast<const Pseudonymiser*>(sqlite3_user_data(ctx));
    const auto t = static_cast<Treatment>(sqlite3_value_int(argv[0]));
    const std::string_view value = textArg(argv[2]);
    try {
        const bool changes
            = t == Treatment::Scrub ? p.needsScrub(value) : apply(p, t, textArg(argv[1]), value) != value;
        sqlite3_result_int(ctx, changes ? 1 : 0);
    } catch (const std::bad_alloc&) {
        sqlite3_result_error_nomem(ctx);
    }
}

Status registerFunctions(store::Connection& db, const Pseudonymiser& p)
{
    const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_DIRECTONLY;
    void* user = const_cast<Pseudonymiser*>(&p);
    if (sqlite3_create_function(db.handle(), "sa_apply", 3, flags, user, applyFunction, nullptr, nullptr) != SQLITE_OK
        || sqlite3_create_function(db.handle(), "sa_changes", 3, flags, user, changesFunction, nullptr, nullptr)
            != SQLITE_OK)
        return Error::internal("cannot register the pseudonymisation functions: " + db.lastError());
    return {};
}

std::string quoted(const std::string& name)
{
    return "\"" + name + "\"";
}

// The rows of a rule: its column, non-empty, within its condition. MatchKeyOf rows are those
// whose source column is set.
std::string rowsOf(const ColumnRule& r)
{
    const std::string col = quoted(r.treatment == Treatment::MatchKeyOf ? r.label : r.column);
    return " WHERE " + col + " IS NOT NULL AND " + col + " <> ''" + (r.where.empty() ? "" : " AND (" + r.where + ")");
}

std::string changeTest(const ColumnRule& r)
{
    if (r.treatment == Treatment::MatchKeyOf)
        return " AND " + quoted(r.column) + " IS NOT sa_apply(" + std::to_string(int(r.treatment)) + ", '', "
            + quoted(r.label) + ")";
    return " AND sa_changes(" + std::to_string(int(r.treatment)) + ", '" + r.label + "', " + quoted(r.column) + ")";
}

Result<std::int64_t> countChanges(const store::Connection& db, const ColumnRule& r)
{
    auto n = db.scalarInt("SELECT count(*) FROM " + quoted(r.table) + rowsOf(r) + changeTest(r));
    if (!n)
        return n.error();
    return n->value_or(0);
}

Result<std::int64_t> applyRule(store::Connection& db, const ColumnRule& r)
{
    const std::string source = quoted(r.treatment == Treatment::MatchKeyOf ? r.label : r.column);
    const std::string sql = "UPDATE " + quoted(r.table) + " SET " + quoted(r.column) + " = sa_apply("
        + std::to_string(int(r.treatment)) + ", '" + r.label + "', " + source + ")" + rowsOf(r) + changeTest(r);
    if (Status s = db.exec(sql); !s)
        return Error::internal("cannot anonymise " + r.table + "." + r.column + ": " + s.error().message);
    return static_cast<std::int64_t>(db.changes());
}

// Every original person and client name becomes a known name, replaced by its pseudonym in free
// text (a client's ext_id and references are keys, not names: they are not searched for).
Status collectKnownNames(const store::Connection& db, Pseudonymiser& p)
{
    for (const ColumnRule& r : personalColumns()) {
        const bool client = r.treatment == Treatment::Client && r.table == "clients" && r.column == "name";
        if (r.treatment != Treatment::Person && !client)
            continue;
        auto st = db.prepare("SELECT DISTINCT " + quoted(r.column) + " FROM " + quoted(r.table) + rowsOf(r));
        if (!st)
            return st.error();
        for (auto row = st->step(); row; row = st->step()) {
            if (!*row)
                break;
            const std::string name = st->getText(0);
            if (client)
                p.addKnownName(name, p.client(name), NameMatcher::Kind::Client);
            else if (!containsPersonalData(name))
                p.addKnownName(name, p.person(r.label, name));
        }
    }
    return {};
}

// The full-text index keeps its own copy of the evidence text and its terms: refill and rebuild.
Status rebuildEvidenceIndex(store::Connection& db)
{
    return db.exec(
        "DELETE FROM evidence_fts;"
        " INSERT INTO evidence_fts(rowid, title, body, respondent) SELECT id, title, body, respondent FROM evidence;"
        " INSERT INTO evidence_fts(evidence_fts) VALUES ('rebuild');");
}

Result<AnonymizeReport> anonymiseInPlace(store::Project& work, Pseudonymiser& p)
{
    if (Status s = registerFunctions(work.db(), p); !s)
        return s.error();
    if (Status s = collectKnownNames(work.db(), p); !s)
        return s.error();
    auto rules = columnRules(work.db());
    if (!rules)
        return rules.error();
    auto tx = store::Transaction::begin(work.db());
    if (!tx)
        return tx.error();
    AnonymizeReport report;
    for (const ColumnRule& r : *rules) {
        auto n = applyRule(work.db(), r);
        if (!n)
            return n.error();
        if (*n > 0)
            report.columns.push_back({ r.table, r.column, toString(r.treatment), *n });
    }
    if (Status s = rebuildEvidenceIndex(work.db()); !s)
        return s.error();
    if (Status s = rollup::rebuild(work.db()); !s) // the rules may have rewritten columns they copy
        return s.error();
    if (Status s = tx->commit(); !s)
        return s.error();
    return report;
}

// VACUUM INTO writes only live pages to a fresh file. It attaches the target, which project
// connections forbid by default (SQLITE_LIMIT_ATTACHED = 0): allowed for this statement only.
Status vacuumInto(store::Connection& db, const std::string& path)
{
    sqlite3_limit(db.handle(), SQLITE_LIMIT_ATTACHED, 1);
    auto st = db.prepare("VACUUM INTO ?");
    Status s = st ? st->bind(1, path).run() : Status(st.error());
    sqlite3_limit(db.handle(), SQLITE_LIMIT_ATTACHED, 0);
    if (!s)
        return Error::internal("cannot write " + path + ": " + s.error().message);
    return {};
}

bool syncPath(const std::string& path, int flags)
{
    const int fd = ::open(path.c_str(), flags | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

// Removes the temporary files unless released.
struct TempFiles {
    std::vector<std::string> paths;
    ~TempFiles()
    {
        std::error_code ec;
        for (const auto& p : paths) {
            fs::remove(p, ec);
            fs::remove(p + "-journal", ec);
        }
    }
};

// Nothing of the copy but its pseudonyms and scrubbed text: a second look finds no change to make.
Status verifyCopy(const std::string& path, const Pseudonymiser& p)
{
    auto copy = store::Project::open(path, store::OpenMode::ReadOnly);
    if (!copy)
        return Error::internal("the anonymised copy does not open: " + copy.error().message);
    if (Status s = registerFunctions(copy->db(), p); !s)
        return s;
    auto rules = columnRules(copy->db());
    if (!rules)
        return rules.error();
    for (const ColumnRule& r : *rules) {
        if (r.treatment != Treatment::Scrub)
            continue;
        auto n = countChanges(copy->db(), r);
        if (!n)
            return n.error();
        if (*n > 0)
            return Error::internal("personal data left in " + r.table + "." + r.column + " of the copy");
    }
    return {};
}

// Links the finished copy into place, which never replaces an existing file. File systems without
// hard links (FAT/exFAT sticks, some network shares) get a rename after a last existence check.
Status publish(const std::string& tmp, const std::string& target)
{
    if (!syncPath(tmp, O_RDONLY))
        return Error::internal("cannot sync " + tmp);
    if (::link(tmp.c_str(), target.c_str()) != 0) {
        std::error_code ec;
        if (errno == EEXIST || fs::exists(fs::symlink_status(target, ec)))
            return Error::usage(target + " already exists: choose another name");
        fs::rename(tmp, target, ec);
        if (ec)
            return Error::internal("cannot write " + target + ": " + ec.message());
    }
    const fs::path dir = fs::absolute(target).parent_path();
    syncPath(dir.string(), O_RDONLY | O_DIRECTORY);
    return {};
}

} // namespace

Result<AnonymizeReport> writeAnonymizedCopy(
    const std::string& source, const std::string& target, const PseudonymKey& key)
{
    std::error_code ec;
    if (fs::exists(fs::symlink_status(target, ec)))
        return Error::usage(target + " already exists: choose another name");
    const fs::path dir = fs::absolute(target).parent_path();
    if (!fs::is_directory(dir, ec))
        return Error::usage("the folder " + dir.string() + " does not exist");
    const std::string stem = "." + fs::path(target).filename().string() + ".anon" + std::to_string(::getpid());
    TempFiles temps { { (dir / (stem + ".work")).string(), (dir / (stem + ".tmp")).string() } };
    {
        auto original = store::Project::open(source, store::OpenMode::ReadOnly);
        if (!original)
            return original.error();
        if (Status s = vacuumInto(original->db(), temps.paths[0]); !s)
            return s.error();
    }
    Pseudonymiser p(key.bytes());
    Result<AnonymizeReport> report = Error::internal("not run");
    {
        auto work = store::Project::open(temps.paths[0], store::OpenMode::ReadWrite);
        if (!work)
            return Error::internal("cannot open the working copy: " + work.error().message);
        report = anonymiseInPlace(*work, p);
        if (!report)
            return report.error();
        if (Status s = vacuumInto(work->db(), temps.paths[1]); !s)
            return s.error();
    }
    if (Status s = verifyCopy(temps.paths[1], p); !s)
        return s.error();
    if (Status s = publish(temps.paths[1], target); !s)
        return s.error();
    report->outputBytes = static_cast<std::int64_t>(fs::file_size(target, ec));
    return report;
}

Result<std::vector<ColumnReport>> scanPersonalData(const std::string& project)
{
    auto db = store::Project::open(project, store::OpenMode::ReadOnly);
    if (!db)
        return db.error();
    Pseudonymiser p(std::string(32, '\0')); // recognition only: the tokens are never shown
    if (Status s = registerFunctions(db->db(), p); !s)
        return s.error();
    if (Status s = collectKnownNames(db->db(), p); !s)
        return s.error();
    auto rules = columnRules(db->db());
    if (!rules)
        return rules.error();
    std::vector<ColumnReport> found;
    for (const ColumnRule& r : *rules) {
        if (r.treatment == Treatment::MatchKeyOf)
            continue;
        auto n = countChanges(db->db(), r);
        if (!n)
            return n.error();
        if (*n > 0)
            found.push_back({ r.table, r.column, toString(r.treatment), *n });
    }
    return found;
}

} // namespace sa::privacy
