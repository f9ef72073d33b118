// SHA-256 against FIPS 180-4 vectors, manager merging on gen_crm.py's spelling variants,
// preset and mapping-file parsing.
#include "PipelineTestUtil.h"
#include "import/mapping/Mapping.h"
#include "import/pipeline/Directories.h"
#include "import/pipeline/ManagerDirectory.h"
#include "import/pipeline/Sha256.h"
#include "import/presets/Presets.h"

using namespace sa;
using namespace sa::test;
using namespace sa::import;

TEST_CASE("SHA-256 matches the FIPS 180-4 test vectors", "[unit]")
{
    // Both the portable code and, where the CPU has them, the SHA extensions.
    const bool hardware = GENERATE(false, true);
    if (hardware && !Sha256::hardwareAvailable()) {
        WARN("this CPU has no SHA extensions: only the portable SHA-256 is tested");
        return;
    }
    Sha256::useHardware(hardware);
    CHECK(sha256Hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(sha256Hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
        == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    CHECK(sha256Hex("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmn"
                    "opqrstnopqrstu")
        == "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1");
    Sha256 million;
    const std::string chunk(1000, 'a');
    for (int i = 0; i < 1000; ++i)
        million.update(chunk);
    CHECK(million.hexDigest() == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    // Split updates across the 64-byte block boundary give the same digest.
    Sha256 split;
    split.update("abcdbcdecdefdefgefghfghighijhijkijkl");
    split.update("jklmklmnlmnomnopnopq");
    CHECK(split.hexDigest() == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    Sha256::useHardware(true);
}

TEST_CASE("manager spelling variants of gen_crm.py merge into one person each", "[unit]")
{
    TempDir dir;
    auto project = makeProject(dir.file("p.sqlite"));
    ManagerDirectory managers;
    REQUIRE(managers.load(project.db()));
    // Canonical names and the variants listed in shared/bench/gen_crm.py (MANAGERS).
    const std::vector<std::pair<std::string, std::vector<std::string>>> people = {
        { "Алексей Иванов", { "алексей иванов", "Иванов Алексей" } },
        { "Ольга Смирнова", { "Ольга  Смирнова", "Смирнова О." } },
        { "Дмитрий Кузнецов", { "Кузнецов Дмитрий", "Дмитрий Кузнецов." } },
        { "Екатерина Попова", { "Катя Попова", "Екатерина Попова " } },
        { "Андрей Васильев", { "А. Васильев", "Андрей Васильев " } },
        { "Марина Ёлкина", { "Марина Елкина", "марина ёлкина" } },
        { "Павел Соколов", { "Павел Соколов ", "Соколов П." } },
        { "Анна Морозова", { "Анна Морозова ", "Морозова Анна" } },
        { "Игорь Новиков", { "Игорь Новиков ", "Новиков И." } },
        { "Наталья Фёдорова", { "Наталья Федорова", "Фёдорова Наталья" } },
    };
    SpellingCounts spellings;
    for (const auto& [name, variants] : people) {
        spellings[name] = 100;
        for (const auto& v : variants)
            spellings[v] = 1; // rarer than the canonical spelling
    }
    // Initials seen before the full name must still attach to it: prime() orders full names first.
    REQUIRE(managers.prime(spellings));
    CHECK(count(project, "SELECT COUNT(*) FROM managers") == 10);
    for (const auto& [name, variants] : people) {
        auto id = managers.resolve(name);
        REQUIRE(id);
        for (const auto& v : variants) {
            INFO(v);
            CHECK(managers.find(v) == *id);
        }
    }
    CHECK(text(project, "SELECT name FROM managers WHERE id = " + std::to_string(managers.find("Фёдорова Наталья")))
        == "Наталья Фёдорова");
    CHECK(count(project, "SELECT COUNT(*) FROM manager_aliases") == 19); // 11 of 30 spellings share a match key
}

TEST_CASE("an initial that fits two people is not merged", "[unit]")
{
    TempDir dir;
    auto project = makeProject(dir.file("p.sqlite"));
    ManagerDirectory managers;
    REQUIRE(managers.load(project.db()));
    REQUIRE(managers.prime({ { "Игорь Новиков", 5 }, { "Иван Новиков", 5 }, { "Новиков И.", 1 } }));
    CHECK(count(project, "SELECT COUNT(*) FROM managers") == 3);
}

TEST_CASE("presets load, and mapping files are checked field by field", "[unit]")
{
    for (const char* name : { "amocrm", "bitrix24", "hubspot", "pipedrive", "salesforce", "generic" }) {
        INFO(name);
        REQUIRE(findPreset(name));
        CHECK(presetMapping(name, Entity::Deals).ok());
    }
    CHECK(findPreset("kommo")->name == "amocrm");
    auto deals = presetMapping("amocrm", Entity::Deals);
    REQUIRE(deals);
    CHECK(deals->deriveLeads);
    REQUIRE(deals->mapValue("pipeline", "повторные продажи"));
    CHECK(*deals->mapValue("pipeline", "повторные продажи") == "account");
    CHECK(deals->mapValue("pipeline", "основная воронка") == nullptr);

    auto ok = parseMappingFile(R"({"entity": "orders", "columns": {"Order Date": {"field": "order_date",
        "date_format": "mdy"}, "Sales": {"field": "amount", "decimal_separator": "."}, "Customer ID": "client"},
        "constants": {"status": "paid"}, "values": {"status": {"Оплачен": "paid"}}})",
        "m.json");
    REQUIRE(ok);
    CHECK(ok->mapping.columns.size() == 3);
    CHECK(ok->mapping.constants.at("status") == "paid");
    auto badField = parseMappingFile(R"({"entity": "orders", "columns": {"X": "nonsense"}})", "m.json");
    REQUIRE_FALSE(badField);
    CHECK(badField.error().message == "m.json: columns.X: \"nonsense\" is not a field of orders (see docs/IMPORT.md)");
    auto badJson = parseMappingFile("{", "m.json");
    REQUIRE_FALSE(badJson);
    CHECK(badJson.error().kind == ErrorKind::Usage);
    auto badHint = parseMappingFile(
        R"({"entity": "deals", "columns": {"d": {"field": "created_at", "date_format": "x"}}})", "m.json");
    REQUIRE_FALSE(badHint);
    CHECK(badHint.error().message.find("date_format must be dmy, mdy, ymd or serial") != std::string::npos);
}

TEST_CASE("reference maps: integer ext_ids in a sorted array, texts matched exactly", "[unit]")
{
    CHECK(canonicalInteger("28400001") == 28400001);
    CHECK(canonicalInteger("0") == 0);
    CHECK(canonicalInteger("-12") == -12);
    CHECK_FALSE(canonicalInteger("012"));
    CHECK_FALSE(canonicalInteger("-0"));
    CHECK_FALSE(canonicalInteger("+1"));
    CHECK_FALSE(canonicalInteger("1 2"));
    CHECK_FALSE(canonicalInteger(""));
    CHECK_FALSE(canonicalInteger("1234567890123456789")); // 19 digits: kept as text

    TempDir dir;
    auto project = makeProject(dir.file("p.sqlite"));
    auto& db = project.db();
    REQUIRE(db.exec("INSERT INTO deals(id, ext_id, created_at) VALUES (7, '300', 0), (8, '100', 0), (9, '200', 0)"));
    RefIndex numeric;
    REQUIRE(numeric.load(db, "deals", false));
    CHECK(numeric.find("100") == 8);
    CHECK(numeric.find("300") == 7);
    CHECK(numeric.find("0100") == 0); // not the same text
    CHECK(numeric.find("150") == 0);
    CHECK(numeric.find("abc") == 0);

    REQUIRE(db.exec("INSERT INTO deals(id, ext_id, created_at) VALUES (10, 'A-1', 0), (11, '0100', 0)"));
    RefIndex mixed;
    REQUIRE(mixed.load(db, "deals", false));
    CHECK(mixed.find("100") == 8);
    CHECK(mixed.find("0100") == 11);
    CHECK(mixed.find("A-1") == 10);
    CHECK(mixed.find("a-1") == 0);
}
