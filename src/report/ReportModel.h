#pragma once
// The report's content as plain data. It knows nothing of the scoring or metrics engine types:
// ReportBuilder fills it from a project, tests fill it by hand, and every writer (PDF, JSON, CSV,
// XLSX) reads only this. All texts are ready to print in the model's language.
#include "ReportLabels.h"
#include "charts/ChartSpec.h"

#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace sa::report {

/// A traffic light as printed: always colour + symbol + word (see StatusStyle).
enum class Light { Green, Yellow, Red, NotAssessed, InsufficientCoverage };

/// Where a criterion's status came from.
enum class Source { Auto, Checklist, Rating, Override };

/// The audit card on the cover and in the header.
struct AuditCard {
    QString company;
    QString variant; ///< printed variant name, e.g. "Стандарт"
    QString variantKey; ///< express | standard | premium
    QString period; ///< printed period, e.g. "01.07.2024 – 30.06.2025"
    QString reportDate; ///< printed report date
    QString consultant;
    QString currency; ///< ISO code, e.g. "RUB"
};

/// One of the five component lights (spec §5.7).
struct ComponentLight {
    QString id; ///< P, M, C, L, S
    QString name; ///< printed component name
    std::optional<double> score; ///< 0..100; nullopt when nothing is assessed
    double coverage = 0; ///< 0..100
    Light light = Light::NotAssessed;
};

/// A ranked bottleneck (spec §6).
struct Bottleneck {
    int rank = 0;
    QString criterionId;
    QString criterionName;
    Light status = Light::Red;
    std::optional<double> impact; ///< money at stake per year, major currency units
    QString impactKind; ///< printed "calc" / "expert" label
    QString note; ///< flags such as "partial data", "revenue basis"
};

/// The executive summary page.
struct ExecutiveSummary {
    std::optional<double> overall; ///< 0..100; nullopt when fewer than 4 components are coloured
    Light overallLight = Light::NotAssessed;
    QString overallNote; ///< e.g. "5 components, mean coverage 84 %; indicative"
    std::vector<ComponentLight> components;
    std::vector<Bottleneck> topBottlenecks; ///< at most 5
    QString planGap; ///< M1 plan gap headline, printed
    QStringList verdict; ///< three short lines
    QStringList blindSpots; ///< weight-3 criteria not assessed, printed "P4 · name"
};

/// One cell of the 45-criterion matrix.
struct MatrixCell {
    QString id;
    QString name;
    QString component;
    Light status = Light::NotAssessed;
    bool outOfScope = false; ///< not in the chosen variant: drawn empty, never coloured
};

/// A measured value against its thresholds.
struct Measurement {
    QString label; ///< indicator name; empty for a single-indicator criterion
    std::optional<double> value; ///< unrounded, in `unit`
    QString valueText; ///< printed value with unit
    QString thresholds; ///< printed, e.g. "green ≤ 15 %, yellow ≤ 35 %"
    std::optional<long long> n; ///< sample size
    QString period; ///< printed period the value covers
    bool indicative = false; ///< below the minimum sample: shown greyed
};

/// A quote from an evidence note.
struct EvidenceQuote {
    QString title;
    QString kind; ///< printed kind, e.g. "Интервью с сотрудником"
    QString respondent;
    QString excerpt; ///< plain user text: never interpreted as markup
};

/// A consultant override (spec §5.6).
struct OverrideInfo {
    Light automatic = Light::NotAssessed;
    Light final = Light::NotAssessed;
    QString reason; ///< printed reason category
    QString rationale; ///< plain user text
    QString author;
    QString date;
};

/// One criterion in its component section.
struct CriterionFinding {
    QString id;
    QString name;
    int weight = 2;
    Light status = Light::NotAssessed;
    Source source = Source::Auto;
    bool partial = false;
    QString finding; ///< optional consultant text
    QString notAssessedReason; ///< printed reason when status is NotAssessed
    std::vector<Measurement> measurements;
    std::vector<EvidenceQuote> evidence;
    std::optional<OverrideInfo> override;
    QStringList dataWarnings; ///< data-quality warnings of the tables it uses
};

/// A chart with its caption.
struct Dashboard {
    charts::ChartSpec chart;
    QString caption;
};

/// A section per component.
struct ComponentSection {
    ComponentLight light;
    std::vector<CriterionFinding> criteria; ///< in-scope criteria only, in ID order
    std::vector<Dashboard> charts;
};

/// One row of the action plan (spec §7).
struct ActionRow {
    QString id;
    QStringList criteria;
    QString text;
    QString horizon; ///< printed horizon
    QString horizonKey; ///< QW, 3M, 1Y or 3Y (roadmap placement, exports)
    QString owner; ///< printed owner role(s)
    QString targetKpi;
    std::optional<double> expectedEffect; ///< major currency units per year
    QString effectKind; ///< printed calc / expert
    QString status; ///< printed status
    QString due; ///< printed due date, may be empty
};

/// An import batch as a data source.
struct DataSource {
    QString entity;
    QString fileName;
    QString sha256;
    long long rowsRead = 0;
    long long rowsImported = 0;
    long long rowsWithIssues = 0;
    QString coverage; ///< printed period the rows cover
};

/// A changed reference threshold (ref_overrides).
struct ThresholdChange {
    QString criterionId;
    QString param;
    QString defaultValue;
    QString newValue;
    QString rationale;
    QString author;
    QString date;
};

/// One override in the appendix list.
struct OverrideEntry {
    QString criterionId;
    QString criterionName;
    OverrideInfo info;
};

struct Appendix {
    QStringList methodology; ///< paragraphs
    QString variant; ///< paragraph on the variant and its scope
    std::vector<DataSource> sources;
    QStringList dataQuality; ///< one printed note per line
    std::vector<ThresholdChange> thresholds;
    std::vector<OverrideEntry> overrides;
};

/// Everything the report prints.
struct ReportModel {
    Labels labels; ///< fixed texts in the chosen language
    AuditCard card;
    ExecutiveSummary summary;
    std::vector<MatrixCell> matrix;
    std::vector<ComponentSection> components;
    std::vector<Dashboard> dashboards;
    std::vector<ActionRow> plan;
    charts::Roadmap roadmap;
    Appendix appendix;
};

} // namespace sa::report
