// The report parts read straight from a project file: sources with coverage, data-quality notes,
// threshold changes, evidence quotes (user text kept verbatim) and the action plan.
#include "DataWarnings.h"
#include "ReportBuilder.h"
#include "StoreFacts.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

using namespace sa::report;

namespace {

void seed(sa::store::Connection& db)
{
    const char* sql = R"SQL(
INSERT INTO import_batches(id, entity, file_name, file_size, sha256, preset, rows_read, rows_imported, rows_with_issues, imported_at)
  VALUES (1, 'orders', 'заказы 1С.csv', 100, 'ab12', 'generic', 3, 2, 1, 0);
INSERT INTO clients(id, name) VALUES (1, 'ООО Альфа');
INSERT INTO orders(id, client_id, order_date, amount, batch_id) VALUES (1, 1, 1719792000, 100000, 1), (2, 1, 1751241600, 50000, 1);
INSERT INTO data_issues(batch_id, entity, row_no, column_name, raw_value, reason, severity, message)
  VALUES (1, 'orders', 3, 'Клиент', '', 'missing_client', 'warning', 'row skipped: no client'),
         (1, 'orders', 7, 'Сумма', 'abc', 'unparsable', 'error', '=cmd|calc');
INSERT INTO ref_overrides(criterion_id, param, value_json, rationale, author, changed_at)
  VALUES ('P5', 'cycle_norm_days', '60', 'Госзаказчики согласуют дольше.', 'М. К.', 1751241600);
INSERT INTO evidence(id, kind, title, respondent, body, created_at, updated_at)
  VALUES (1, 'staff_interview', 'Интервью с РОП', 'Игорь', '<img src="file:///etc/passwd"> **x**', 0, 0);
INSERT INTO evidence_criteria(evidence_id, criterion_id) VALUES (1, 'P1'), (1, 'S6');
INSERT INTO actions(criterion_ids, text, horizon, owner_role, target_kpi, expected_effect, effect_kind, status, due_date, sort_order, created_at, updated_at)
  VALUES ('P4,M4', 'Разобрать зависшие сделки', 'QW', 'ROP', 'зависшие ≤ 15 %', 1234567.0, 'calc', 'planned', 1753920000, 1, 0, 0),
         ('S6', 'dropped one', '1Y', 'HR', '', NULL, NULL, 'dropped', NULL, 2, 0, 0);
)SQL";
    REQUIRE(db.exec(sql).ok());
}

} // namespace

TEST_CASE("store facts: sources, data quality, thresholds, evidence, actions", "[report][builder]")
{
    sa::test::TempDir dir;
    auto project = sa::test::makeProject(dir.file("a.sqlite"));
    seed(project.db());
    const Labels l = Labels::forLanguage(Language::Ru);

    const auto sources = readDataSources(project.db(), l);
    REQUIRE(sources.ok());
    REQUIRE(sources->size() == 1);
    CHECK(sources->front().fileName == QStringLiteral("заказы 1С.csv"));
    CHECK(sources->front().rowsImported == 2);
    CHECK(sources->front().coverage == QStringLiteral("01.07.2024 – 30.06.2025"));

    const auto dq = readDataQuality(project.db(), l);
    REQUIRE(dq.ok());
    CHECK(dq->join(QLatin1Char('\n')).contains(QStringLiteral("заказы 1С.csv, строка 7, столбец «Сумма»: =cmd|calc")));

    const auto th = readThresholdChanges(project.db(), l, { { "cycle_norm_days", QStringLiteral("45") } });
    REQUIRE(th.ok());
    REQUIRE(th->size() == 1);
    CHECK(th->front().defaultValue == QStringLiteral("45"));
    CHECK(th->front().newValue == QStringLiteral("60"));

    const auto ev = readEvidence(project.db(), l);
    REQUIRE(ev.ok());
    REQUIRE(ev->count("S6") == 1);
    CHECK(ev->at("P1").front().excerpt == QStringLiteral("<img src=\"file:///etc/passwd\"> **x**"));
    CHECK(ev->at("P1").front().kind == QStringLiteral("Интервью с сотрудником"));

    const auto actions = readActions(project.db(), l);
    REQUIRE(actions.ok());
    REQUIRE(actions->size() == 1); // the dropped action is not printed
    CHECK(actions->front().criteria == QStringList { QStringLiteral("P4"), QStringLiteral("M4") });
    CHECK(actions->front().expectedEffect == Approx(1234567.0));
    CHECK(actions->front().horizon == QStringLiteral("Быстрая победа"));
    CHECK(actions->front().due == QStringLiteral("31.07.2025"));
}

TEST_CASE("data-quality warnings attach to the criteria that read the table (spec 5.2.4)", "[report][builder]")
{
    sa::test::TempDir dir;
    auto project = sa::test::makeProject(dir.file("a.sqlite"));
    seed(project.db());
    REQUIRE(project.db()
                .exec("INSERT INTO data_issues(batch_id, entity, row_no, reason, severity, message) VALUES "
                      "(1, 'stage-history', 2, 'unknown_stage', 'info', 'x'), "
                      "(1, 'stage-history', 3, 'bad_date', 'warning', 'y')")
                .ok());
    const Labels ru = Labels::forLanguage(Language::Ru);
    const auto byTable = readTableWarnings(project.db(), ru);
    REQUIRE(byTable.ok());
    REQUIRE(byTable->count("orders") == 1);
    CHECK(byTable->at("orders").size() == 2); // error first, then warning
    CHECK(byTable->at("orders").front() == QStringLiteral("orders: 1 стр. — unparsable (error)"));
    REQUIRE(byTable->count("stage_history") == 1); // the CLI entity name maps to its table
    CHECK(byTable->at("stage_history").size() == 1); // info issues stay in the appendix

    // Orders feed C3 (retention) and M1 (plan), never P6 (loss reasons, deals only) or a checklist criterion.
    CHECK(criterionWarnings("C3", *byTable, nullptr, ru).size() == 2);
    CHECK(criterionWarnings("M1", *byTable, nullptr, ru).size() == 2);
    CHECK(criterionWarnings("P4", *byTable, nullptr, ru)
        == QStringList { QStringLiteral("stage_history: 1 стр. — bad_date (warning)") });
    CHECK(criterionWarnings("P6", *byTable, nullptr, ru).isEmpty());
    CHECK(criterionWarnings("P1", *byTable, nullptr, ru).isEmpty());
    CHECK(criterionTables("P1").empty());
    for (const char* id : { "P4", "M1", "M4", "C1", "L2", "S9" })
        CHECK_FALSE(criterionTables(id).empty());
}

TEST_CASE("the weakest component is never a grey one", "[report][builder]")
{
    std::vector<ComponentLight> c { { QStringLiteral("P"), QStringLiteral("P"), 40.0, 100, Light::Yellow },
        { QStringLiteral("S"), QStringLiteral("S"), 0.0, 30, Light::InsufficientCoverage },
        { QStringLiteral("M"), QStringLiteral("M"), std::nullopt, 0, Light::NotAssessed },
        { QStringLiteral("C"), QStringLiteral("C"), 25.0, 90, Light::Red } };
    REQUIRE(weakestComponent(c) != nullptr);
    CHECK(weakestComponent(c)->id == QStringLiteral("C"));
    c[3].light = Light::InsufficientCoverage;
    CHECK(weakestComponent(c)->id == QStringLiteral("P"));
    c[0].light = Light::NotAssessed;
    CHECK(weakestComponent(c) == nullptr);
}
