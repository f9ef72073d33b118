#pragma once
// AuditData: everything the metrics and the criterion measures read from a project, loaded ONCE
// in single passes (one pass per table, the big ones in id-range chunks on two readers; no per-row
// queries), plus the shared definitions of criteria-spec.md §2 derived from it (window, revenue
// book, gm, ABC/XYZ, med_cycle, Lg, avg_new, win_rate_amt, med_stage, employment months,
// non_target/generic values).
//
// Cross references are ROW INDEXES into the vectors below (kNone = absent), never database ids;
// the database id of each row is kept in `id` for drill-down. Money stays in Minor.
#include "common/Money.h"
#include "common/Params.h"
#include "common/Result.h"
#include "metrics/Period.h"
#include "metrics/RevenueBook.h"
#include "store/Project.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace sa::metrics {

using Row = std::int32_t;
constexpr Row kNone = -1;

/// Interned text of one column (stages' names, sales channels, loss reasons, ...).
class Dictionary {
public:
    /// Index of `text` (added when new). Empty text is a value like any other.
    Row intern(std::string_view text);
    [[nodiscard]] const std::string& text(Row i) const { return m_values[static_cast<std::size_t>(i)]; }
    [[nodiscard]] std::size_t size() const { return m_values.size(); }
    [[nodiscard]] const std::vector<std::string>& values() const { return m_values; }
    /// Interns every value of `other` in its order; returns other's row → this row.
    std::vector<Row> absorb(const Dictionary& other);

private:
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view> {}(s); }
    };
    std::vector<std::string> m_values;
    std::unordered_map<std::string, Row, Hash, std::equal_to<>> m_index;
};

/// Database id → row, for rows read in ascending id order: a dense offset table when the ids are
/// compact (the usual INTEGER PRIMARY KEY), else a binary search over the ids.
class IdIndex {
public:
    void build(const std::vector<std::int64_t>& sortedIds);
    [[nodiscard]] Row find(std::int64_t id) const noexcept;

private:
    std::int64_t m_base = 0;
    std::vector<Row> m_dense;
    std::vector<std::int64_t> m_sparse;
};

enum class DealStatus : std::uint8_t { Open, Won, Lost };
enum class Pipeline : std::uint8_t { Acquisition, Account };
enum class Terminal : std::uint8_t { None, Won, Lost };
enum class FunnelStep : std::uint8_t { None, Mql, Sql };
enum class Role : std::uint8_t { Hunter, Farmer, FullCycle, Sdr, Rop, Other };
enum class ActivityType : std::uint8_t { Call, Meeting, Email, Message, Task };
constexpr int kActivityTypes = 5;
enum class Direction : std::uint8_t { Unknown, Inbound, Outbound };

[[nodiscard]] const char* toString(DealStatus s) noexcept;
[[nodiscard]] const char* toString(Role r) noexcept;
[[nodiscard]] const char* toString(ActivityType t) noexcept;

struct Manager {
    std::int64_t id = 0;
    std::string name;
    Role role = Role::Other;
    bool isSales = true;
    LocalSeconds hiredAt = kNoTime, terminatedAt = kNoTime;
    double fte = 1.0;
    std::string team;
    /// Employment in monthIndex units, inclusive (§2): from HR dates when hired_at is set, else the
    /// first..last month with activities or owned deals. firstMonth > lastMonth = never seen.
    int firstMonth = 1, lastMonth = 0;
    bool employmentFromHr = false;
    /// First month counted as tenured (HR: the first whole month starting ≥ 6 months after hired_at;
    /// fallback: the 7th month seen) and the last month employed in full.
    int firstTenuredMonth = 1, lastFullMonth = 0;

    /// §2 sales manager: is_sales and role ≠ rop.
    [[nodiscard]] bool isSalesManager() const noexcept { return isSales && role != Role::Rop; }
    [[nodiscard]] bool employedIn(int month) const noexcept { return month >= firstMonth && month <= lastMonth; }
    /// Employed the whole month and past the 6-month ramp (§2 "tenured month").
    [[nodiscard]] bool tenuredIn(int month) const noexcept
    {
        return month >= firstTenuredMonth && month <= lastFullMonth;
    }
};

struct Stage {
    std::int64_t id = 0;
    std::string pipelineName, name;
    int order = 0;
    Terminal terminal = Terminal::None;
    FunnelStep funnelStep = FunnelStep::None;
    bool mandatory = false;
    std::string processStage; ///< "" when not mapped
    double defaultProbability = -1.0; ///< 0..100; < 0 = not set
};

struct Channel {
    std::int64_t id = 0;
    std::string name;
    std::string type; ///< paid · organic · referral · outbound · partner · event · other
};

struct Client {
    std::int64_t id = 0;
    std::string name;
    Row owner = kNone;
    LocalSeconds createdAt = kNoTime, churnedAt = kNoTime;
    Row category = kNone, segment = kNone; ///< AuditData::texts
    Minor potentialAmount = 0; ///< 0 = not set
    Row churnReason = kNone; ///< AuditData::reasons
    // From the revenue book:
    LocalSeconds firstOrderAt = kNoTime, lastOrderAt = kNoTime;
    Row firstWonDeal = kNone; ///< earliest won deal (channel attribution of §2)
    // From activities (direct, or via the client's deals):
    LocalSeconds lastDoneActivityAt = kNoTime;
};

/// One deal. Times are kNoTime when empty.
struct Deal {
    std::int64_t id = 0;
    LocalSeconds createdAt = 0, closedAt = kNoTime, expectedCloseDate = kNoTime, stageChangedAt = kNoTime;
    Minor amount = 0;
    bool hasAmount = false;
    DealStatus status = DealStatus::Open;
    Pipeline pipeline = Pipeline::Acquisition;
    bool nonTarget = false; ///< lost with a non_target reason (§2): out of win rates, cycle, stage stats
    float probability = -1.0f; ///< 0..100, < 0 = not set
    Row client = kNone, lead = kNone, owner = kNone, stage = kNone;
    Row channel = kNone; ///< lead source: the deal's own, else its lead's
    Row salesChannel = kNone; ///< AuditData::texts ("direct", "dealer", ...)
    Row pipelineName = kNone; ///< AuditData::texts
    Row lossReason = kNone; ///< AuditData::reasons
    // From stage history (rows [shBegin, shEnd) of AuditData::stageHistory):
    std::int32_t shBegin = 0, shEnd = 0;
    int reachedOrder = -1; ///< highest non-terminal-or-won stage order reached (history, else current stage)
    LocalSeconds currentEnteredAt = kNoTime; ///< entered_at of the open history row (the current stage)
    // From activities:
    std::int32_t doneActivities = 0;
    LocalSeconds lastDoneActivityAt = kNoTime;
    LocalSeconds firstContactAt = kNoTime; ///< earliest done outbound/unknown call, e-mail, message or meeting
    LocalSeconds lastPlannedDueAt = kNoTime; ///< latest due_at of a planned activity

    [[nodiscard]] bool isWon() const noexcept { return status == DealStatus::Won; }
    [[nodiscard]] bool isLost() const noexcept { return status == DealStatus::Lost; }
    [[nodiscard]] bool isAcquisition() const noexcept { return pipeline == Pipeline::Acquisition; }
    [[nodiscard]] bool wonIn(const Period& p) const noexcept { return isWon() && p.contains(closedAt); }
    [[nodiscard]] bool lostIn(const Period& p) const noexcept { return isLost() && p.contains(closedAt); }
    [[nodiscard]] bool closedIn(const Period& p) const noexcept
    {
        return status != DealStatus::Open && p.contains(closedAt);
    }
    /// Open at moment t: created by t and not closed by t (a deal closed later was open then).
    [[nodiscard]] bool openAt(LocalSeconds t) const noexcept
    {
        return createdAt <= t && (status == DealStatus::Open || closedAt == kNoTime || closedAt > t);
    }
    /// Counts in win rates / cycle / stage statistics (§2: non_target losses never do).
    [[nodiscard]] bool isRealOpportunity() const noexcept { return !nonTarget; }
};

/// One stage_history row; rows of a deal are contiguous and sorted by entered_at.
struct StageVisit {
    Row deal = kNone;
    Row stage = kNone;
    LocalSeconds enteredAt = 0;
    LocalSeconds exitedAt
        = kNoTime; ///< the row's exited_at, else the next entered_at of the deal, else kNoTime (current)
};

/// A lead; derived 1:1 from deals when the project has no lead rows (§1.1).
struct Lead {
    std::int64_t id = 0; ///< the deal's id when derived
    LocalSeconds createdAt = 0;
    Row channel = kNone, owner = kNone, client = kNone, deal = kNone;
    Direction direction = Direction::Unknown; ///< unknown: from the channel type (outbound channels → outbound)
    LocalSeconds mqlAt = kNoTime, sqlAt = kNoTime, disqualifiedAt = kNoTime;
    bool disqualifiedNonTarget = false;
    bool genericChannel = false; ///< channel missing or a generic value
    LocalSeconds firstContactAt
        = kNoTime; ///< earliest outbound contact on the lead (own activities; derived: the deal's)
};

struct Order {
    std::int64_t id = 0;
    Row client = kNone, deal = kNone;
    LocalSeconds date = 0;
    Minor amount = 0;
    Minor grossProfit = 0;
    bool hasGrossProfit = false;
    bool counts = true; ///< status issued or paid (§1.2 rule 4)
    Row productCategory = kNone; ///< AuditData::texts
};

struct NpsResponse {
    std::int64_t id = 0;
    Row client = kNone, manager = kNone;
    Row respondent = kNone; ///< AuditData::texts
    Row segment = kNone; ///< the response's segment, else its client's (AuditData::texts)
    LocalSeconds respondedAt = 0;
    int score = 0;
    bool auditInterview = false; ///< source = audit_interview
};

struct ChannelCost {
    int month = 0;
    Row channel = kNone;
    Minor cost = 0;
};

struct PlanRow {
    int month = 0;
    std::string scope; ///< company · manager · team · channel
    Row manager = kNone; ///< scope manager: resolved scope_id
    Row channel = kNone; ///< scope channel
    std::string scopeRef;
    std::optional<Minor> revenuePlan, newBusinessPlan, forecastAmount;
    std::optional<std::int64_t> newClientsPlan;
    LocalSeconds forecastMadeAt = kNoTime;
};

struct FinancialMonth {
    int month = 0;
    std::optional<Minor> revenue, grossProfit, netProfit, salesTeamCost, marketingCost;
};

/// Done activities of one manager on one day (aggregated while loading; 5M rows → a few thousand).
struct ActivityDay {
    Row manager = kNone; ///< kNone = activity without a manager
    LocalSeconds day = 0; ///< midnight
    std::int32_t count[kActivityTypes] = {};
    std::int32_t callsWithOutcome = 0;
    [[nodiscard]] std::int32_t total() const noexcept;
};

/// §2 gm with its source.
struct GrossMargin {
    enum class Source { Financials, Orders, Param, Unknown };
    Source source = Source::Unknown;
    double value = 0.0; ///< meaningful unless source == Unknown
    [[nodiscard]] bool known() const noexcept { return source != Source::Unknown; }
};
[[nodiscard]] const char* toString(GrossMargin::Source s) noexcept; ///< "financials", "orders", "param", "unknown"

/// The derived shared facts of §2 over W (nullopt = cannot be computed from the data).
struct SharedFacts {
    std::optional<double> medCycleDays; ///< won acquisition deals closed in W, non_target excluded
    std::int64_t medCycleN = 0;
    double lagDays = 0.0; ///< Lg = min(med_cycle, 180); 0 when med_cycle is unknown
    Period leadCohort; ///< C(Lg): the 12 months ending at as_of − Lg
    std::optional<Minor> avgNew; ///< mean amount of won acquisition deals in W
    std::optional<double> winRateAmt; ///< Σ won / Σ (won + lost) amount, acquisition, closed in W
    std::int64_t wonW = 0, lostW = 0; ///< acquisition deals closed in W (non_target excluded)
    /// med_stage per stage row (nullopt: < 10 rows with exited_at in W and no refs.norm_stage_days).
    std::vector<std::optional<double>> medStageDays;
    std::vector<std::int64_t> medStageN;
    std::vector<bool> medStageFromParam;
};

/// Options of AuditData::load.
struct LoadOptions {
    /// Read the big tables on two threads through extra read-only connections (needs a file path).
    bool parallel = true;
    /// Overrides audit.as_of / the data-derived as_of (tests, --to of the CLI).
    std::optional<LocalSeconds> asOf;
    /// Take the activities aggregate from the project's rollup when it is current (docs/STORAGE.md);
    /// false, or the environment variable SA_NO_ROLLUP=1, always reads the activities table. The same
    /// switch governs the deals snapshot (deals and stage_history).
    bool useRollup = true;
};

/// The loaded project. Build it once per computation and share it (const) between metric families
/// and criterion measures; every member is public and read-only by convention.
class AuditData {
public:
    /// Reads the project (see the file comment). An empty project loads fine: hasWindow() is false.
    static Result<AuditData> load(const store::Project& project, const Params& params, const LoadOptions& options = {});

    // --- Tables -------------------------------------------------------------------------------
    std::vector<Manager> managers;
    std::vector<Stage> stages;
    std::vector<Channel> channels;
    std::vector<Client> clients;
    std::vector<Deal> deals;
    std::vector<StageVisit> stageHistory;
    std::vector<Lead> leads;
    bool leadsDerived = false; ///< true: no lead rows in the project, leads = deals (§1.1)
    std::vector<Order> orders;
    std::vector<NpsResponse> nps;
    std::vector<ChannelCost> channelCosts;
    std::vector<PlanRow> plans;
    std::vector<FinancialMonth> financials;
    std::vector<ActivityDay> activityDays; ///< sorted by (manager, day)
    std::int64_t activityRows = 0, doneActivities = 0, plannedActivities = 0;
    /// Where the activity figures came from: "rollup", or "table" with the reason in activitySourceNote.
    std::string activitySource, activitySourceNote;
    /// Where deals and stage history came from: "snapshot", or "table" with the reason in dealSourceNote.
    std::string dealSource, dealSourceNote;
    Dictionary texts; ///< pipeline names, sales channels, segments, categories, respondents, products
    Dictionary reasons; ///< loss, churn and disqualify reasons (raw text)
    std::vector<bool> reasonGeneric; ///< per reasons row: matchKey ∈ generic_values
    std::vector<bool> reasonNonTarget; ///< per reasons row: matchKey ∈ non_target_reasons
    std::string currencyCode = "RUB";
    Currency currency;

    // --- §2 shared definitions ---------------------------------------------------------------
    [[nodiscard]] bool hasWindow() const noexcept { return m_hasWindow; }
    /// Valid only when hasWindow(); a project without any dated row has none.
    [[nodiscard]] const AuditWindow& window() const noexcept { return m_window; }
    /// Latest date found in deals, stage history, activities, orders, NPS (kNoTime when none).
    LocalSeconds latestDate = kNoTime;
    RevenueBook revenue; ///< rev(client, month), basis orders or won deals
    GrossMargin gm;
    SharedFacts facts;
    std::vector<std::string> warnings; ///< data notes found while loading (e.g. unknown stage ids)
    /// CPU seconds of the loading thread per step ("deals", "activities#1", ...), for benchmarks.
    std::vector<std::pair<std::string, double>> loadCpuSeconds;
    /// One load task on one thread (threads numbered in the order their first task ended), in
    /// wall seconds since the load began: the critical path, for benchmarks.
    struct LoadSpan {
        std::string step;
        int thread = 0;
        double start = 0, end = 0;
    };
    std::vector<LoadSpan> loadTimeline;

    /// Row of a table by database id (kNone when absent).
    [[nodiscard]] Row dealRow(std::int64_t id) const noexcept;
    [[nodiscard]] Row clientRow(std::int64_t id) const noexcept;
    [[nodiscard]] Row managerRow(std::int64_t id) const noexcept;
    [[nodiscard]] Row stageRow(std::int64_t id) const noexcept;
    [[nodiscard]] Row channelRow(std::int64_t id) const noexcept;

    /// matchKey(text) ∈ refs generic_values (empty text is generic).
    [[nodiscard]] bool isGeneric(std::string_view text) const;
    /// The stage rows of one pipeline name, ordered by `order` (terminal stages last).
    [[nodiscard]] std::vector<Row> orderedStages(std::string_view pipelineName) const;
    /// Distinct pipeline names of the stages dictionary, in first-seen order.
    [[nodiscard]] std::vector<std::string> pipelineNames() const;
    /// Work calendar of refs.work_calendar: is this day (any time of it) a working day?
    [[nodiscard]] bool isWorkday(LocalSeconds t) const noexcept;
    /// Working days of [p.from, p.to].
    [[nodiscard]] int workdays(const Period& p) const noexcept;
    /// Month-level §2 facts per client over a period.
    [[nodiscard]] std::vector<Minor> revenueByClient(const Period& p) const
    {
        return revenue.byClient(p, clients.size());
    }

    const Params& params() const noexcept { return m_params; }

private:
    friend class AuditDataLoader;
    Params m_params;
    AuditWindow m_window;
    bool m_hasWindow = false;
    IdIndex m_dealIndex, m_clientIndex, m_managerIndex, m_stageIndex, m_channelIndex, m_leadIndex;
    std::vector<std::string> m_genericKeys, m_nonTargetKeys;
    bool m_workdays[7] = { true, true, true, true, true, false, false }; // Monday first
    std::vector<LocalSeconds> m_holidays; // sorted midnights
};

} // namespace sa::metrics
