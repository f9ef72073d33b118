#pragma once
// The details pane's text of one criterion as HTML: status and source, value against thresholds
// (per indicator), the audit's threshold and parameter changes with their rationale, formula,
// checklist and rating, the override and the evidence notes as links ("note:ID",
// "notes:CRITERION"), the row sets behind the value as drill-down links ("drill:INDEX" into
// CriterionResult::rows). All user text is escaped.
#include "scoring/ScoreProject.h"

#include <QCoreApplication>
#include <QString>
#include <map>

namespace sa::app {

class ReferenceInfo;

struct CriterionDetailsInput {
    const scoring::CriterionResult* result = nullptr;
    const scoring::Criterion* def = nullptr;
    const scoring::ScoringSetup* setup = nullptr;
    const ReferenceInfo* info = nullptr; ///< catalogue defaults; may be null
    std::map<std::int64_t, QString> notes; ///< the criterion's notes (tagged or cited): id → title
};

class CriterionDetails {
    Q_DECLARE_TR_FUNCTIONS(CriterionDetails)
public:
    static QString html(const CriterionDetailsInput& in);

private:
    static QString header(const CriterionDetailsInput& in);
    static QString measurement(const CriterionDetailsInput& in);
    static QString rowsBehind(const CriterionDetailsInput& in);
    static QString changes(const CriterionDetailsInput& in);
    static QString definition(const CriterionDetailsInput& in);
    static QString answers(const CriterionDetailsInput& in);
    static QString overrideText(const CriterionDetailsInput& in);
    static QString evidence(const CriterionDetailsInput& in);
};

/// "G ≥ 80.0 % · Y ≥ 60.0 %" for an indicator's thresholds.
QString thresholdText(scoring::Direction d, double green, double yellow, const std::string& unit);

} // namespace sa::app
