#pragma once
// The fictitious company of the demo audit: "Склад-Системы", warehouse equipment, software and
// services sold B2B. Fixed reference tables; the generator draws the transactions from them.
#include <string>
#include <vector>

namespace sa::demo {

struct DemoManager {
    const char* name;
    const char* role; ///< managers.role
    double skill; ///< conversion multiplier
    double load; ///< share of new deals (relative)
    const char* hired; ///< "YYYY-MM-DD" or nullptr (long-tenured)
    const char* left; ///< "YYYY-MM-DD" or nullptr (employed)
    bool farmer; ///< works the account pipeline
};

struct DemoChannel {
    const char* name;
    const char* type; ///< channels.type
    double share; ///< share of leads
    double conversion; ///< conversion multiplier
    double costPerLead; ///< RUB; 0 = no paid spend
    bool inbound;
};

struct DemoSegment {
    const char* name;
    double share;
    double medianDeal; ///< RUB
    double repeatDays; ///< mean days between repeat orders
    double churnPerOrder;
};

struct DemoStage {
    const char* name;
    const char* process; ///< stages.process_stage
    bool mandatory;
    const char* funnel; ///< stages.funnel_step
    double probability; ///< default_probability
    double passRate; ///< chance to move on (before multipliers)
    double dwellDays; ///< mean days in the stage
};

const std::vector<DemoManager>& demoManagers();
const std::vector<DemoChannel>& demoChannels();
const std::vector<DemoSegment>& demoSegments();
/// Open stages of the acquisition pipeline in order; won and lost follow.
const std::vector<DemoStage>& demoStages();
const std::vector<std::string>& demoLossReasons();
const std::vector<std::string>& demoCategories();
const std::vector<std::string>& demoIndustries();
/// A company name for client number i (unique for i < 20000).
std::string demoCompanyName(int i);

constexpr const char* kAcquisitionPipeline = "Основная воронка";
constexpr const char* kAccountPipeline = "Повторные продажи";
constexpr const char* kWonStage = "Успешно реализовано";
constexpr const char* kLostStage = "Закрыто и не реализовано";
/// The key client whose share of revenue makes C6 (concentration) red.
constexpr const char* kKeyClient = "ТД «Северный Альянс»";

} // namespace sa::demo
