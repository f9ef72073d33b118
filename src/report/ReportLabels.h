#pragma once
// The fixed texts of the report in one language. The model carries one Labels value, so the
// writers never branch on the language themselves.
#include <QString>
#include <optional>

namespace sa::report {

enum class Language { Ru, En };

struct Labels {
    Language language = Language::En;
    QString reportTitle, contents, pageOfTemplate; ///< pageOfTemplate: "page %1 of %2"
    QString company, variant, period, reportDate, consultant, currency;
    QString summary, overall, components, component, score, coverage, status;
    QString bottlenecks, rank, criterion, impact, impactKind, planGap, verdict, blindSpots;
    QString matrix, outOfScope, legend;
    QString findings, weight, source, indicator, measured, thresholds, sample, valuePeriod, notAssessedReason;
    QString evidence, overrideTitle, automaticStatus, finalStatus, reason, rationale, dataWarnings, partial;
    QString dashboards, plan, roadmap, action, horizon, owner, targetKpi, expectedEffect, due, criteria;
    QString appendix, methodology, dataSources, entity, file, sha256, rows, issues, periodCovered;
    QString dataQuality, changedThresholds, parameter, defaultValue, newValue, author, date, overrides;
    QString none, indicative;
    QString green, yellow, red, notAssessed, insufficient;
    QString srcAuto, srcChecklist, srcRating, srcOverride;

    /// The labels of one language.
    static Labels forLanguage(Language lang);
    /// "page 3 of 12" / "стр. 3 из 12".
    [[nodiscard]] QString pageOf(int page, int total) const;
    /// Number with thousands separators and `decimals` places in this language's style.
    [[nodiscard]] QString number(double v, int decimals = 0) const;
    /// Money in major units with the currency code; a dash when absent.
    [[nodiscard]] QString money(std::optional<double> v, const QString& currency) const;
};

} // namespace sa::report
