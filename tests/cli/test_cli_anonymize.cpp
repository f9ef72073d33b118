// salesaudit-cli anonymize: the copy for sending holds none of the personal values (the test
// greps the file's raw bytes), scores and metrics are those of the original, pseudonyms are keyed
// and stable across files, and every refusal leaves nothing behind.
#include "CliRunner.h"
#include "TestSupport.h"
#include "common/Text.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <set>
#include <sys/stat.h>

using namespace sa;
namespace fs = std::filesystem;

namespace {

// Values a received file must not reveal, injected into free text and named columns.
const std::vector<std::string> kInjectedPhones
    = { "+7 (916) 123-45-67", "8 916 765 43 21", "8-495-111-22-33", "+7 903 000-11-22" };
const std::vector<std::string> kInjectedEmails
    = { "director@romashka-demo.ru", "Olga.Sidorova@Mail.RU", "sales.head@client-corp.com" };

void injectPersonalData(const std::string& path, const std::string& manager)
{
    auto p = store::Project::open(path);
    REQUIRE(p.ok());
    const std::string sql = "UPDATE audit SET notes = 'Директор: +7 (916) 123-45-67, director@romashka-demo.ru';"
                            "UPDATE evidence SET body = body || ' Связь: 8 916 765 43 21, Olga.Sidorova@Mail.RU. "
        + manager
        + " подтвердила.' WHERE id = (SELECT min(id) FROM evidence);"
          "UPDATE nps_responses SET comment = 'Перезвоните: 8-495-111-22-33' WHERE id = (SELECT min(id) FROM "
          "nps_responses);"
          "UPDATE clients SET name = 'ИП Сидорова Ольга Петровна', inn = '771234567890' WHERE id = (SELECT min(id) "
          "FROM clients);"
          "UPDATE actions SET owner_name = 'Светлана Кравец' WHERE id = (SELECT min(id) FROM actions);"
          "UPDATE activities SET outcome = 'договорились, пишите sales.head@client-corp.com' WHERE id = (SELECT "
          "min(id) FROM activities);"
          "INSERT INTO data_issues(entity, row_no, column_name, raw_value, reason, severity, message) VALUES "
          "('clients', 7, 'Телефон', '+7 903 000-11-22', 'bad_number', 'warning', 'row 7: +7 903 000-11-22 is not a "
          "number');";
    REQUIRE(p->db().exec(sql).ok());
}

std::vector<std::string> column(const std::string& path, const std::string& sql)
{
    auto p = store::Project::open(path, store::OpenMode::ReadOnly);
    REQUIRE(p.ok());
    auto st = p->db().prepare(sql);
    REQUIRE(st.ok());
    std::vector<std::string> out;
    for (auto row = st->step(); row && *row; row = st->step())
        out.push_back(st->getText(0));
    return out;
}

// Every person and client value of the original (a 10-digit INN is a company's, not personal),
// plus the injected phones and e-mails, in the spellings a reader might search for: as stored,
// digits only, and (see wholeWordIn) case-folded and ASCII upper case.
struct Secrets {
    std::set<std::string> raw;
    std::set<std::string> caseVariants;
};

Secrets secretsOf(const std::string& path)
{
    Secrets s;
    for (const char* sql : { "SELECT name FROM managers", "SELECT alias FROM manager_aliases",
             "SELECT respondent FROM nps_responses", "SELECT respondent FROM evidence", "SELECT consultant FROM audit",
             "SELECT author FROM overrides", "SELECT owner_name FROM actions", "SELECT name FROM clients",
             "SELECT inn FROM clients WHERE length(inn) = 12" })
        for (const std::string& v : column(path, sql))
            if (v.size() >= 4)
                s.raw.insert(v);
    for (const auto& v : kInjectedPhones) {
        s.raw.insert(v);
        std::string digits;
        for (char c : v)
            if (c >= '0' && c <= '9')
                digits += c;
        s.raw.insert(digits);
        s.raw.insert(digits.substr(1)); // without the country or trunk prefix
    }
    for (const auto& v : kInjectedEmails)
        s.raw.insert(v);
    for (const auto& v : s.raw) {
        std::string upper = v;
        for (char& c : upper)
            c = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
        for (const std::string& variant : { text::foldCase(v), upper })
            if (!s.raw.count(variant))
                s.caseVariants.insert(variant);
    }
    return s;
}

// A case variant counts when no letter follows it: role words used as respondents
// ("Собственник") legitimately occur inside inflected words of other text ("собственнику").
bool wholeWordIn(const std::string& bytes, const std::string& s)
{
    for (auto p = bytes.find(s); p != std::string::npos; p = bytes.find(s, p + 1)) {
        const std::size_t e = p + s.size();
        const unsigned char next = e < bytes.size() ? static_cast<unsigned char>(bytes[e]) : 0;
        const bool letter
            = (next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z') || next == 0xD0 || next == 0xD1;
        if (!letter)
            return true;
    }
    return false;
}

// The numbers, booleans and (outside the keys that carry names) strings of a JSON document, as
// sorted "path=value" lines: equal for two projects that differ only in names.
void flatten(const nlohmann::json& j, const std::string& path, std::multiset<std::string>& out)
{
    static const std::set<std::string> named = { "manager", "author", "basis", "rationale", "name", "client" };
    if (j.is_object()) {
        for (const auto& [k, v] : j.items())
            if (!(v.is_string() && named.count(k)))
                flatten(v, path + "." + k, out);
    } else if (j.is_array()) {
        for (const auto& v : j)
            flatten(v, path + "[]", out);
    } else {
        out.insert(path + "=" + j.dump());
    }
}

std::multiset<std::string> flatJson(const std::vector<std::string>& args)
{
    const test::CliRun run = test::runCli(args);
    REQUIRE(run.code == 0);
    std::multiset<std::string> out;
    flatten(nlohmann::json::parse(run.out), "", out);
    return out;
}

std::set<std::string> filesIn(const test::TempDir& dir)
{
    std::set<std::string> names;
    for (const auto& e : fs::directory_iterator(dir.path()))
        names.insert(e.path().filename().string());
    return names;
}

} // namespace

TEST_CASE("anonymize: no personal value is left in the copy's bytes; scores and metrics are unchanged",
    "[cli][privacy][hardening]")
{
    test::TempDir dir;
    const std::string original = dir.file("audit.sqlite");
    const std::string copy = dir.file("for-sending.sqlite");
    const std::string key = dir.file("pseudonym.key");
    REQUIRE(test::runCli({ "demo", original, "--deals", "400" }).code == 0);
    const std::string manager = column(original, "SELECT name FROM managers ORDER BY id")[0];
    injectPersonalData(original, manager);
    const Secrets secrets = secretsOf(original);
    REQUIRE(secrets.raw.size() > 300);
    const std::string originalBytes = test::readFile(original);
    for (const auto& s : { std::string("+7 (916) 123-45-67"), manager, std::string("Olga.Sidorova@Mail.RU") })
        REQUIRE(originalBytes.find(s) != std::string::npos); // the probe works on this file

    const test::CliRun run = test::runCli({ "anonymize", original, copy, "--key", key, "--json" });
    INFO(run.err);
    REQUIRE(run.code == 0);
    const auto report = nlohmann::json::parse(run.out);
    CHECK(report["output"] == copy);
    CHECK(report["columns"].size() >= 15);

    const std::string bytes = test::readFile(copy);
    for (const std::string& s : secrets.raw) {
        INFO("found in the copy: " << s);
        CHECK(bytes.find(s) == std::string::npos);
    }
    for (const std::string& s : secrets.caseVariants) {
        INFO("found in the copy: " << s);
        CHECK_FALSE(wholeWordIn(bytes, s));
    }
    CHECK(test::readFile(original) == originalBytes); // the original is only read
    CHECK(filesIn(dir) == std::set<std::string> { "audit.sqlite", "for-sending.sqlite", "pseudonym.key" });

    CHECK(flatJson({ "score", copy, "--json" }) == flatJson({ "score", original, "--json" }));
    CHECK(flatJson({ "metrics", copy, "--json" }) == flatJson({ "metrics", original, "--json" }));
    const test::CliRun info = test::runCli({ "info", copy, "--json" });
    CHECK(nlohmann::json::parse(info.out)["entities"]
        == nlohmann::json::parse(test::runCli({ "info", original, "--json" }).out)["entities"]);
    // The full-text index was rebuilt from the scrubbed notes: the injected address is not found,
    // its replacement token is.
    auto p = store::Project::open(copy, store::OpenMode::ReadOnly);
    REQUIRE(p.ok());
    CHECK(*p->db().scalarInt("SELECT count(*) FROM evidence_fts WHERE evidence_fts MATCH '\"sidorova\"'") == 0);
    CHECK(*p->db().scalarInt("SELECT count(*) FROM evidence_fts WHERE evidence_fts MATCH '\"e-mail\"'") >= 1);
    CHECK(*p->db().scalarInt("SELECT count(*) FROM managers WHERE name LIKE 'Manager %'") == 10);
    CHECK(*p->db().scalarInt("PRAGMA freelist_count") == 0);
}

TEST_CASE(
    "anonymize: one key gives one pseudonym per person across files, another key others", "[cli][privacy][hardening]")
{
    test::TempDir dir;
    const std::string a = dir.file("a.sqlite");
    const std::string b = dir.file("b.sqlite");
    REQUIRE(test::runCli({ "demo", a, "--deals", "100", "--seed", "1" }).code == 0);
    REQUIRE(test::runCli({ "demo", b, "--deals", "150", "--seed", "2" }).code == 0);
    REQUIRE(test::runCli({ "anonymize", a, dir.file("a1.sqlite"), "--key", dir.file("k1") }).code == 0);
    REQUIRE(test::runCli({ "anonymize", b, dir.file("b1.sqlite"), "--key", dir.file("k1") }).code == 0);
    REQUIRE(test::runCli({ "anonymize", b, dir.file("b2.sqlite"), "--key", dir.file("k2") }).code == 0);
    const std::string sql = "SELECT name FROM managers ORDER BY name";
    const auto a1 = column(dir.file("a1.sqlite"), sql);
    const auto b1 = column(dir.file("b1.sqlite"), sql);
    const auto b2 = column(dir.file("b2.sqlite"), sql);
    REQUIRE(column(a, sql) == column(b, sql)); // the demo's managers are the same people
    CHECK(a1 == b1);
    std::vector<std::string> common;
    std::set_intersection(b1.begin(), b1.end(), b2.begin(), b2.end(), std::back_inserter(common));
    CHECK(common.empty());
    // Joins survive: every deal still finds its client, and the references agree with the keys.
    CHECK(column(dir.file("a1.sqlite"),
              "SELECT count(*) FROM deals d JOIN clients c ON c.id = d.client_id"
              " WHERE d.client_ref IN (c.ext_id, c.name)")
        == column(a,
            "SELECT count(*) FROM deals d JOIN clients c ON c.id = d.client_id"
            " WHERE d.client_ref IN (c.ext_id, c.name)"));
}

TEST_CASE("anonymize: the key defaults to XDG_CONFIG_HOME; refusals write nothing", "[cli][privacy][hardening]")
{
    test::TempDir dir;
    const std::string original = dir.file("audit.sqlite");
    REQUIRE(test::runCli({ "demo", original, "--deals", "100" }).code == 0);
    ::setenv("XDG_CONFIG_HOME", dir.file("config").c_str(), 1);
    const test::CliRun made = test::runCli({ "anonymize", original, dir.file("out.sqlite") });
    INFO(made.err);
    REQUIRE(made.code == 0);
    CHECK(made.out.find("Wrote " + dir.file("out.sqlite")) == 0);
    const std::string keyPath = dir.file("config/salesaudit/pseudonym.key");
    struct stat st { };
    REQUIRE(::stat(keyPath.c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);

    const std::string outBytes = test::readFile(dir.file("out.sqlite"));
    const test::CliRun exists = test::runCli({ "anonymize", original, dir.file("out.sqlite") });
    CHECK(exists.code == 2);
    CHECK(exists.err.find(dir.file("out.sqlite") + " already exists: choose another name") != std::string::npos);
    CHECK(test::readFile(dir.file("out.sqlite")) == outBytes);

    ::chmod(keyPath.c_str(), 0644);
    const test::CliRun openKey = test::runCli({ "anonymize", original, dir.file("other.sqlite") });
    CHECK(openKey.code == 3);
    CHECK(openKey.err.find("accessible by other users") != std::string::npos);
    ::unsetenv("XDG_CONFIG_HOME");

    const std::string notProject = dir.file("notes.txt");
    std::FILE* f = std::fopen(notProject.c_str(), "w");
    std::fputs("just text\n", f);
    std::fclose(f);
    const test::CliRun bad = test::runCli({ "anonymize", notProject, dir.file("x.sqlite"), "--key", dir.file("k") });
    CHECK(bad.code == 3);
    CHECK(filesIn(dir) == std::set<std::string> { "audit.sqlite", "config", "k", "notes.txt", "out.sqlite" });
    CHECK(test::runCli({ "anonymize", original }).code == 2);
    const test::CliRun noFolder
        = test::runCli({ "anonymize", original, dir.file("missing/x.sqlite"), "--key", dir.file("k") });
    CHECK(noFolder.code == 2);
    CHECK(noFolder.err.find("the folder " + dir.file("missing") + " does not exist") != std::string::npos);
}

TEST_CASE("anonymize --scan lists the columns holding personal data and writes nothing", "[cli][privacy][hardening]")
{
    test::TempDir dir;
    const std::string original = dir.file("audit.sqlite");
    REQUIRE(test::runCli({ "demo", original, "--deals", "100" }).code == 0);
    injectPersonalData(original, "Анна Морозова");
    const std::string before = test::readFile(original);
    const test::CliRun scan = test::runCli({ "anonymize", original, "--scan", "--json" });
    REQUIRE(scan.code == 0);
    std::map<std::string, long long> found;
    const auto report = nlohmann::json::parse(scan.out);
    for (const auto& c : report["columns"])
        found[c["table"].get<std::string>() + "." + c["column"].get<std::string>() + ":"
            + c["treatment"].get<std::string>()]
            = c["values"].get<long long>();
    CHECK(found["managers.name:person"] == 10);
    CHECK(found["audit.notes:scrub"] == 1);
    CHECK(found["activities.outcome:scrub"] == 1);
    CHECK(found["data_issues.raw_value:scrub"] == 1);
    CHECK(found["data_issues.message:scrub"] == 1);
    CHECK(found["clients.inn:inn"] == 1);
    CHECK(test::readFile(original) == before);
    CHECK(filesIn(dir) == std::set<std::string> { "audit.sqlite" });
}
