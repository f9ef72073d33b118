// The scoring engine's English notes printed in the report language.
#include "EngineNotes.h"

#include <catch2/catch.hpp>

using namespace sa::report;

TEST_CASE("engine notes in Russian: sentences, numbers, joined notes, user text", "[report][builder]")
{
    CHECK(engineNoteText("Mean sales headcount is below 3.", Language::Ru)
        == QStringLiteral("Средняя численность отдела продаж меньше 3."));
    CHECK(engineNoteText("Mean sales headcount is below 3.", Language::En)
        == QStringLiteral("Mean sales headcount is below 3."));
    CHECK(engineNoteText("Only 72 % of the cohort's leads have a recorded qualification outcome.", Language::Ru)
        == QStringLiteral("Итог квалификации зафиксирован только у 72 % лидов когорты."));
    CHECK(engineNoteText("1 eligible hires, fewer than the minimum of 2.", Language::Ru)
        == QStringLiteral("Подходящих наймов: 1 — меньше минимума 2."));
    CHECK(engineNoteText("No open deals in the period.", Language::Ru)
        == QStringLiteral("Нет открытых сделок в периоде."));
    CHECK(engineNoteText("LTV/CAC cannot be computed: gm is unknown.", Language::Ru)
        == QStringLiteral("LTV/CAC вычислить нельзя: валовая маржа неизвестна."));
    // A part's note joins sentences with a space: each is translated.
    CHECK(engineNoteText("No activities were imported. C9 needs 24 months of orders.", Language::Ru)
        == QStringLiteral("Активности не загружены. Для C9 нужны 24 месяца заказов."));
    // The consultant's own rationale after a fixed prefix stays as typed.
    CHECK(engineNoteText("confirmed absent: Нет CRM. Совсем.", Language::Ru)
        == QStringLiteral("подтверждено отсутствие: Нет CRM. Совсем."));
    // An unknown sentence is printed as the engine wrote it, never dropped.
    CHECK(engineNoteText("Something new.", Language::Ru) == QStringLiteral("Something new."));
    CHECK(engineNoteText("", Language::Ru).isEmpty());
}
