#pragma once
// Compact builder for criterion-measure tests: a fresh project, rows inserted column by column,
// measureAll() run on demand and its results looked up by criterion and indicator.
#include "TestSupport.h"
#include "common/Params.h"
#include "scoring/measures/MeasureAll.h"

#include <cstdint>
#include <initializer_list>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace sa::test {

using Cell = std::variant<std::nullptr_t, std::int64_t, double, std::string>;

class MeasureFixture {
public:
    /// as_of is written to the audit row (default 2025-06-30: W = 2024-07..2025-06).
    explicit MeasureFixture(const std::string& asOf = "2025-06-30");

    /// Local seconds of "YYYY-MM-DD" or "YYYY-MM-DD HH:MM".
    static std::int64_t t(const std::string& iso);
    /// Minor units of a major amount (currency exponent 2).
    static std::int64_t money(double major)
    {
        return static_cast<std::int64_t>(major * 100 + (major >= 0 ? 0.5 : -0.5));
    }

    std::int64_t insert(const std::string& table, std::initializer_list<std::pair<const char*, Cell>> cells);
    void sql(const std::string& statement);

    std::int64_t manager(const std::string& name, const std::string& role = "full_cycle");
    std::int64_t client(const std::string& name = "", const std::string& category = "");
    void order(std::int64_t client, const std::string& date, double amount);
    std::int64_t stage(const std::string& name, int ord, const std::string& terminal = "none", bool mandatory = false);
    /// A deal with the usual columns; status open when closed is empty.
    std::int64_t deal(const std::string& created, const std::string& status = "open", const std::string& closed = "",
        double amount = 1000, std::int64_t owner = 0, std::int64_t client = 0);

    Params params;
    /// Runs measureAll (again) and returns the measurement of one criterion; FAILs when absent.
    const scoring::Measurement& measure(const std::string& criterionId);
    const scoring::PartMeasurement& part(const std::string& criterionId, const std::string& partId = "main");
    /// Value of an indicator; FAILs when the indicator is absent.
    double value(const std::string& criterionId, const std::string& key, const std::string& partId = "main");

private:
    TempDir m_dir;
    store::Project m_project;
    std::vector<scoring::Measurement> m_last;
};

} // namespace sa::test
