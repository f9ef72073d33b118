// Evidence notes: writes keep evidence_fts in step; search over Russian and English text.
#include "TestSupport.h"
#include "evidence/Assessments.h"
#include "evidence/EvidenceStore.h"
#include "evidence/FtsQuery.h"

#include <catch2/catch.hpp>

using namespace sa;
using namespace sa::evidence;

namespace {

Note note(const std::string& title, const std::string& text, std::vector<std::string> criteria = {})
{
    Note n;
    n.kind = NoteKind::StaffInterview;
    n.title = title;
    n.text = text;
    n.respondent = "Анна Морозова";
    n.role = "РОП";
    n.criteria = std::move(criteria);
    return n;
}

std::vector<std::int64_t> ids(const store::Connection& db, const std::string& q)
{
    auto hits = searchNotes(db, q);
    REQUIRE(hits.ok());
    std::vector<std::int64_t> out;
    for (const auto& h : *hits)
        out.push_back(h.id);
    std::sort(out.begin(), out.end());
    return out;
}

std::int64_t count(const store::Connection& db, const char* sql)
{
    auto v = db.scalarInt(sql);
    REQUIRE(v.ok());
    return v->value_or(-1);
}

} // namespace

TEST_CASE("notes are stored with tags and found by full-text search", "[evidence]")
{
    test::TempDir tmp;
    auto project = test::makeProject(tmp.file("p.sqlite"));
    auto& db = project.db();
    const auto a = addNote(db,
        note("Звонки менеджеров", "Прослушано 22 звонка; скрипт не используется.", { "P7", "S3" }), test::testClock());
    const auto b = addNote(
        db, note("Owner interview", "The elka party; елка в офисе. Pipeline reviews are weekly."), test::testClock());
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    CHECK(count(db, "SELECT count(*) FROM evidence_fts") == 2);
    auto got = getNote(db, *a);
    REQUIRE(got.ok());
    REQUIRE(got->has_value());
    CHECK((*got)->criteria == std::vector<std::string> { "P7", "S3" });

    SECTION("Russian: case, ё/е and endings")
    {
        CHECK(ids(db, "звонок") == std::vector<std::int64_t> { *a }); // stem prefix "звон*"
        CHECK(ids(db, "ЗВОНКИ") == std::vector<std::int64_t> { *a });
        CHECK(ids(db, "ЁЛКА") == std::vector<std::int64_t> { *b }); // ё folded to е on both sides
        CHECK(ids(db, "скрипт*") == std::vector<std::int64_t> { *a });
        CHECK(ids(db, "морозова").size() == 2); // respondent is indexed
    }
    SECTION("English: case and prefix")
    {
        CHECK(ids(db, "PIPELINE") == std::vector<std::int64_t> { *b });
        CHECK(ids(db, "review*") == std::vector<std::int64_t> { *b });
        CHECK(ids(db, "pipeline weekly") == std::vector<std::int64_t> { *b });
        CHECK(ids(db, "pipeline звонки").empty()); // words are ANDed
    }
    SECTION("hostile query text is plain text, never an FTS5 syntax error")
    {
        for (const char* q : { "\"", "\"unbalanced", "a OR", "NOT", "(((", "title:x", "col:", "*", "-", "AND OR NOT",
                 "NEAR(a b)", "^start", "'; DROP TABLE evidence; --", "звонок\"*" }) {
            INFO(q);
            auto hits = searchNotes(db, q);
            if (!hits.ok())
                CHECK(hits.error().kind == ErrorKind::Usage); // only "no word at all"
        }
        CHECK(searchNotes(db, "   ").error().kind == ErrorKind::Usage);
        CHECK(ids(db, "\"Звонки\"") == std::vector<std::int64_t> { *a });
    }
    SECTION("update and delete keep the index in step")
    {
        auto n = note("Call listening", "Nothing about phones here.");
        n.id = *a;
        REQUIRE(updateNote(db, n, test::testClock()).ok());
        CHECK(ids(db, "звонок").empty());
        CHECK(ids(db, "phones") == std::vector<std::int64_t> { *a });
        REQUIRE(deleteNote(db, *a).ok());
        CHECK(ids(db, "phones").empty());
        CHECK(count(db, "SELECT count(*) FROM evidence_fts") == 1);
        CHECK(count(db, "SELECT count(*) FROM evidence_criteria") == 0);
        CHECK(deleteNote(db, *a).error().kind == ErrorKind::InputRejected);
    }
}

TEST_CASE("invalid notes are refused and nothing is written", "[evidence]")
{
    test::TempDir tmp;
    auto project = test::makeProject(tmp.file("p.sqlite"));
    const auto before = test::logicalDump(project.db());
    CHECK_FALSE(addNote(project.db(), note("  ", "text"), test::testClock()).ok());
    CHECK_FALSE(addNote(project.db(), note("title", "text", { "X1" }), test::testClock()).ok());
    CHECK_FALSE(addNote(project.db(), note("title", std::string("bad \xff utf8")), test::testClock()).ok());
    CHECK(test::logicalDump(project.db()) == before);
}

TEST_CASE("FTS query building", "[evidence]")
{
    CHECK(toFtsQuery("звонок") == "(\"звонок\" OR \"звон\"*)");
    CHECK(toFtsQuery("ЁЛКА") == "\"ЕЛКА\"");
    CHECK(toFtsQuery("crm* a\"b") == "\"crm\"* AND \"a\"\"b\"");
    CHECK(toFtsQuery(" - * ") == "");
    CHECK(normaliseForIndex("Ёлка ёж") == "Елка еж");
}

TEST_CASE("assessment store round trip and rationale rule", "[evidence]")
{
    test::TempDir tmp;
    auto project = test::makeProject(tmp.file("p.sqlite"));
    auto& db = project.db();
    const auto& clock = test::testClock();
    const auto id = addNote(db, note("Session", "Group session notes."), clock);
    REQUIRE(id.ok());
    REQUIRE(writeChecklistAnswers(
        db, "P1", { { "a", Answer::Yes, false, { *id } }, { "b", Answer::Partly, true, {} } }, clock)
                .ok());
    REQUIRE(writeRating(db, "S3", 2, "22 calls of 6 managers", { *id }, clock).ok());
    CHECK_FALSE(writeRating(db, "S3", 2, "  ", {}, clock).ok());
    CHECK_FALSE(isFullSentence("Too short."));
    CHECK_FALSE(isFullSentence("No final punctuation here at all"));
    CHECK(isFullSentence("  The owner confirmed it in writing.  "));
    Override o;
    o.criterionId = "P4";
    o.autoStatus = "red";
    o.newStatus = "yellow";
    o.reasonCategory = "business_context";
    o.rationale = "Seasonal pause: half of the deals wait for the spring budget.";
    auto first = writeOverride(db, o, clock);
    REQUIRE(first.ok());
    o.newStatus = "green";
    REQUIRE(writeOverride(db, o, clock).ok());
    REQUIRE(writeRefOverrides(
        db, { { "P4", "stalled_share.green", 0.2, "Long B2B cycles make 20 % normal here.", "me", 0 } }, clock)
                .ok());
    auto a = loadAssessments(db);
    REQUIRE(a.ok());
    CHECK(a->find("P1")->answers.at("a").evidenceIds == std::vector<std::int64_t> { *id });
    CHECK(a->find("P1")->answers.at("b").declared);
    CHECK(a->find("S3")->rating == 2);
    CHECK(a->find("S3")->ratingEvidenceIds == std::vector<std::int64_t> { *id });
    REQUIRE(a->overrides.size() == 1); // only the latest is active
    CHECK(a->activeOverride("P4")->newStatus == "green");
    REQUIRE(a->refOverrides.size() == 1);
    CHECK(a->refOverrides[0].value == 0.2);
    auto history = overrideHistory(db);
    REQUIRE(history.ok());
    CHECK(history->size() == 2); // reversible: nothing is deleted
    REQUIRE(clearOverride(db, "P4").ok());
    CHECK(clearOverride(db, "P4").error().kind == ErrorKind::InputRejected);
    CHECK(loadAssessments(db)->overrides.empty());
    // Deleting the note removes the answers' evidence links too.
    REQUIRE(deleteNote(db, *id).ok());
    CHECK(loadAssessments(db)->find("P1")->answers.at("a").evidenceIds.empty());
}
