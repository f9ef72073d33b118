#pragma once
// Internal: non-throwing reads of the metrics JSON (docs/METRICS.md) and the number/text helpers the
// dashboard builder shares. A missing key, a null or a non-finite number all read as "absent".
#include "DashboardCharts.h"
#include "ReportLabels.h"
#include "metrics/JsonOut.h"

#include <QString>
#include <optional>
#include <string>

namespace sa::report::mj {

using metrics::Json;

/// j[key] when it is an object, else nullptr.
const Json* object(const Json& j, const char* key);
/// j[key] when it is an array, else an empty array.
const Json& array(const Json& j, const char* key);
/// j[key] as a finite number, else nullopt.
std::optional<double> number(const Json& j, const char* key);
/// j[key] as text; `absent` when null or missing.
QString text(const Json& j, const char* key, const QString& absent = {});
/// j[key + "_reason"] as written by the engine (English), empty when absent.
std::string reason(const Json& j, const char* key);

/// The text of `lang`.
inline QString pick(Language lang, const char* ru, const char* en)
{
    return QString::fromUtf8(lang == Language::Ru ? ru : en);
}

/// "2024-07" printed for `lang`: 07.2024 (ru) or 2024-07 (en).
QString monthLabel(const QString& isoMonth, Language lang);

/// A divisor and its unit caption so that money bars and axes print short numbers.
struct MoneyScale {
    double divisor = 1;
    QString unit; ///< e.g. "млн RUB"
};
MoneyScale moneyScale(double maxAbs, const QString& currency, Language lang);

/// The labels of `lang` (built once).
const Labels& labelsOf(Language lang);
/// A fraction printed as a percentage in `lang`.
QString pct(double fraction, Language lang, int decimals = 0);
/// The audit currency code of the metrics result.
QString currencyOf(const metrics::MetricsResult& m);
/// The engine's reason for a null section, in `lang`.
QString sectionReason(const metrics::MetricsResult& m, const char* section, Language lang);
/// A printed category name; a null or empty text (no manager / channel recorded) prints "not recorded".
QString nameOr(const Json& row, const char* key, Language lang);

/// "name (reason in lang)" of a row left out of a chart; just the name when the engine gave no reason.
QString withReason(const QString& name, const std::string& reason, Language lang);
/// "No value: A (reason); B (reason)" of the categories left out of a chart; empty when none.
QString leftOut(const QStringList& items, Language lang);

/// A chart without data: the spec keeps its title and says why.
template <class Spec> DashboardChart noData(const char* id, Spec spec, const QString& why)
{
    spec.noDataReason = why;
    return { id, std::move(spec), false, {} };
}

} // namespace sa::report::mj
