// Personal-data recognition, HMAC-SHA-256, keyed pseudonyms and the key file (src/core/privacy).
#include "TestSupport.h"
#include "privacy/Hmac.h"
#include "privacy/PersonalDataFinder.h"
#include "privacy/PseudonymKey.h"
#include "privacy/Pseudonymiser.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sys/stat.h>

using namespace sa;
using namespace sa::privacy;

namespace {

std::string hex(const Digest& d)
{
    static const char* digits = "0123456789abcdef";
    std::string out;
    for (auto b : d) {
        out += digits[b >> 4];
        out += digits[b & 15];
    }
    return out;
}

// The matched substrings of `text`.
std::vector<std::string> found(std::string_view text)
{
    std::vector<std::string> out;
    for (const PiiMatch& m : findPersonalData(text))
        out.emplace_back(text.substr(m.begin, m.end - m.begin));
    return out;
}

} // namespace

TEST_CASE("HMAC-SHA-256 matches the RFC 4231 test vectors", "[privacy]")
{
    CHECK(hex(hmacSha256(std::string(20, '\x0b'), "Hi There"))
        == "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
    CHECK(hex(hmacSha256("Jefe", "what do ya want for nothing?"))
        == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    // A key longer than the block is hashed first (test case 6).
    CHECK(hex(hmacSha256(std::string(131, '\xaa'), "Test Using Larger Than Block-Size Key - Hash Key First"))
        == "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
}

TEST_CASE("e-mail addresses are found in text, Latin and Cyrillic", "[privacy]")
{
    CHECK(found("Пишите: ivan.petrov+crm@example.com, копия Olga_S@Mail.RU.")
        == std::vector<std::string> { "ivan.petrov+crm@example.com", "Olga_S@Mail.RU" });
    CHECK(found("почта: директор@ромашка.рф") == std::vector<std::string> { "директор@ромашка.рф" });
    CHECK(found("«anna@firm.org»") == std::vector<std::string> { "anna@firm.org" });
    // Not addresses: no dot in the domain, numeric last label, a bare @.
    CHECK(found("user@localhost, a@b.1, @twitter, 5 @ 10.00").empty());
}

TEST_CASE("phone numbers are found; amounts, dates and ids are not", "[privacy]")
{
    CHECK(found("Тел. +7 (916) 123-45-67, моб. 8 916 765 43 21, раб. 8-495-111-22-33")
        == std::vector<std::string> { "+7 (916) 123-45-67", "8 916 765 43 21", "8-495-111-22-33" });
    CHECK(found("89161234567; (495) 123-45-67; доб. 123-45-67; +44 20 7946 0958")
        == std::vector<std::string> { "89161234567", "(495) 123-45-67", "123-45-67", "+44 20 7946 0958" });
    CHECK(found("выручка 80 000 000 000 руб., дата 2024-07-01, 31.12.2023, сделка №100000").empty());
    CHECK(found("ИНН 771234567890, счёт 40702810900000012345, id a1b89161234567c").empty());
    CHECK(found("0.5 1234567 12345678901234567890").empty());
}

TEST_CASE("two spellings of one number or address share one canonical form", "[privacy]")
{
    CHECK(canonicalForm("8 (916) 123-45-67", PiiKind::Phone) == canonicalForm("+7 916 1234567", PiiKind::Phone));
    CHECK(canonicalForm("Ivan@Example.COM", PiiKind::Email) == canonicalForm("ivan@example.com", PiiKind::Email));
    CHECK(isWholeWord("Анна Морозова", 0, 8)); // byte offsets: "Анна" is 8 bytes
    CHECK_FALSE(isWholeWord("Аннамария", 0, 8));
}

TEST_CASE("pseudonyms are keyed, stable and spelling-insensitive", "[privacy]")
{
    const Pseudonymiser a(std::string(32, 'a'));
    const Pseudonymiser b(std::string(32, 'b'));
    const std::string anna = a.person("Manager", "Анна Морозова");
    CHECK(anna.rfind("Manager ", 0) == 0);
    CHECK(anna.size() == std::string("Manager ").size() + 8);
    CHECK(anna == a.person("Manager", "  анна   МОРОЗОВА "));
    CHECK(a.person("Respondent", "Анна Морозова").substr(11) == anna.substr(8)); // same person, same token
    CHECK(anna != b.person("Manager", "Анна Морозова")); // another key, another pseudonym
    CHECK(a.client("ООО «Ромашка»") == a.client("ооо «ромашка»"));
    CHECK(a.personInn("771234567890").rfind("INN ", 0) == 0);
    CHECK(a.personInn("7712345678") == "7712345678"); // a company's INN is not personal
}

TEST_CASE("scrub replaces e-mails, phones and known names inside free text", "[privacy]")
{
    Pseudonymiser p(std::string(32, 'k'));
    p.addKnownName("Анна Морозова", p.person("Manager", "Анна Морозова"));
    const std::string text = "АННА МОРОЗОВА обещала перезвонить: +7 916 123-45-67 или anna@firm.ru; Аннамария — нет.";
    const std::string out = p.scrub(text);
    CHECK(out.find("916") == std::string::npos);
    CHECK(out.find("anna@") == std::string::npos);
    CHECK(out.find("МОРОЗОВА") == std::string::npos);
    CHECK(out.find(p.person("Manager", "Анна Морозова")) == 0);
    CHECK(out.find("Аннамария — нет.") != std::string::npos);
    CHECK(p.scrub("звонить 8 (916) 123-45-67") == p.scrub("звонить +7 916 1234567"));
    CHECK(p.needsScrub(text));
    CHECK_FALSE(p.needsScrub(out));
    CHECK(p.scrub("Нет личных данных, 80 000 000 руб.") == "Нет личных данных, 80 000 000 руб.");
}

TEST_CASE("known people are found by any part and in Russian case forms", "[privacy]")
{
    Pseudonymiser p(std::string(32, 'k'));
    const std::string ivanov = p.person("Manager", "Иванов Алексей");
    const std::string morozova = p.person("Manager", "Анна Морозова");
    const std::string petrov = p.person("Manager", "Алексей Петров");
    p.addKnownName("Иванов Алексей", ivanov);
    p.addKnownName("Анна Морозова", morozova);
    p.addKnownName("Алексей Петров", petrov);
    p.addKnownName("Игорь Достоевский", p.person("Manager", "Игорь Достоевский"));

    CHECK(p.scrub("Передал Алексею Иванову, копия Морозовой.") == "Передал " + ivanov + ", копия " + morozova + ".");
    CHECK(p.scrub("Звонок от Иванова: ждёт Анну.") == "Звонок от " + ivanov + ": ждёт " + morozova + ".");
    CHECK(p.scrub("Петровым доволен") == petrov + " доволен");
    CHECK(p.scrub("у Достоевского нет плана") == "у " + p.person("Manager", "Игорь Достоевский") + " нет плана");
    CHECK(p.scrub("с Игорем") == "с " + p.person("Manager", "Игорь Достоевский"));
    // "Алексей" alone names two people: replaced, but by neither pseudonym.
    CHECK(p.scrub("Алексей перезвонит") == NameMatcher::kAmbiguousPerson + " перезвонит");
    // Two people side by side stay two mentions; punctuation ends a name.
    CHECK(p.scrub("Анна Иванов") == morozova + " " + ivanov);
    CHECK(p.scrub("Анна, Алексей Петров") == morozova + ", " + petrov);
    // Not a case form, another word, or another surname built on a first name.
    CHECK(p.scrub("Аннамария и Ивановка, Алексеевы") == "Аннамария и Ивановка, Алексеевы");
    CHECK(p.needsScrub("без Морозовой"));
    CHECK_FALSE(p.needsScrub("без мороза"));
}

TEST_CASE("known clients are found whole, without their legal form", "[privacy]")
{
    Pseudonymiser p(std::string(32, 'k'));
    const std::string romashka = p.client("ООО «Ромашка»");
    const std::string acme = p.client("Acme Rocket Works, Inc");
    p.addKnownName("ООО «Ромашка»", romashka, NameMatcher::Kind::Client);
    p.addKnownName("Acme Rocket Works, Inc", acme, NameMatcher::Kind::Client);
    p.addKnownName("ИП Ли", p.client("ИП Ли"), NameMatcher::Kind::Client); // too short to search for
    CHECK(p.scrub("Ромашка просит скидку") == romashka + " просит скидку");
    CHECK(p.scrub("ООО «РОМАШКА» просит") == "ООО «" + romashka + "» просит");
    CHECK(p.scrub("met ACME Rocket Works today") == "met " + acme + " today");
    CHECK(p.scrub("Acme Rocket is late") == "Acme Rocket is late"); // only the whole name
    CHECK(p.scrub("Ромашки на столе") == "Ромашки на столе"); // client names are not inflected
    CHECK(p.scrub("Ли звонил") == "Ли звонил");
    // A company in a person's field (an NPS respondent) is matched as a company: whole, not by part.
    p.addKnownName("ООО \"Дон-6\"", p.person("Respondent", "ООО \"Дон-6\""));
    CHECK(p.scrub("Ростов-на-Дону, Дон-6") == "Ростов-на-Дону, " + p.person("Respondent", "ООО \"Дон-6\""));
}

TEST_CASE("the key file is created once with mode 0600 and refused when others can read it", "[privacy]")
{
    test::TempDir dir;
    const std::string path = dir.file("cfg/salesaudit/pseudonym.key");
    auto first = PseudonymKey::loadOrCreate(path);
    REQUIRE(first.ok());
    CHECK(first->bytes().size() == 32);
    struct stat st { };
    REQUIRE(::stat(path.c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
    REQUIRE(::stat(dir.file("cfg/salesaudit").c_str(), &st) == 0);
    CHECK((st.st_mode & 077) == 0);
    auto again = PseudonymKey::loadOrCreate(path);
    REQUIRE(again.ok());
    CHECK(again->bytes() == first->bytes());

    ::chmod(path.c_str(), 0644);
    auto open = PseudonymKey::loadOrCreate(path);
    REQUIRE_FALSE(open.ok());
    CHECK(
        open.error().message == "the pseudonymisation key is accessible by other users (run: chmod 600 " + path + ")");

    const std::string bad = dir.file("bad.key");
    std::ofstream(bad) << "not a key\n";
    ::chmod(bad.c_str(), 0600);
    auto garbage = PseudonymKey::loadOrCreate(bad);
    REQUIRE_FALSE(garbage.ok());
    CHECK(garbage.error().message == "the pseudonymisation key must be 64 hexadecimal digits");
    CHECK(garbage.error().file == bad);
}

TEST_CASE("the default key path follows XDG_CONFIG_HOME, else HOME", "[privacy]")
{
    const char* oldXdg = std::getenv("XDG_CONFIG_HOME");
    const std::string saved = oldXdg ? oldXdg : "";
    const std::string home = std::getenv("HOME") ? std::getenv("HOME") : "";
    ::setenv("XDG_CONFIG_HOME", "/cfg", 1);
    CHECK(*PseudonymKey::defaultPath() == "/cfg/salesaudit/pseudonym.key");
    ::unsetenv("XDG_CONFIG_HOME");
    ::setenv("HOME", "/home/u", 1);
    CHECK(*PseudonymKey::defaultPath() == "/home/u/.config/salesaudit/pseudonym.key");
    if (oldXdg)
        ::setenv("XDG_CONFIG_HOME", saved.c_str(), 1);
    ::setenv("HOME", home.c_str(), 1);
}
