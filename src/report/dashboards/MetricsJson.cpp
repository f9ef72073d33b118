#include "MetricsJson.h"

#include <cmath>

namespace sa::report::mj {

const Json* object(const Json& j, const char* key)
{
    if (!j.is_object())
        return nullptr;
    const auto it = j.find(key);
    return it != j.end() && it->is_object() ? &*it : nullptr;
}

const Json& array(const Json& j, const char* key)
{
    static const Json empty = Json::array();
    if (!j.is_object())
        return empty;
    const auto it = j.find(key);
    return it != j.end() && it->is_array() ? *it : empty;
}

std::optional<double> number(const Json& j, const char* key)
{
    if (!j.is_object())
        return std::nullopt;
    const auto it = j.find(key);
    if (it == j.end() || !it->is_number())
        return std::nullopt;
    const double v = it->get<double>();
    return std::isfinite(v) ? std::optional<double>(v) : std::nullopt;
}

QString text(const Json& j, const char* key, const QString& absent)
{
    if (!j.is_object())
        return absent;
    const auto it = j.find(key);
    if (it == j.end() || !it->is_string())
        return absent;
    return QString::fromStdString(it->get<std::string>());
}

std::string reason(const Json& j, const char* key)
{
    if (!j.is_object())
        return {};
    const auto it = j.find(std::string(key) + "_reason");
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

QString monthLabel(const QString& isoMonth, Language lang)
{
    if (lang == Language::En || isoMonth.size() != 7)
        return isoMonth;
    return isoMonth.mid(5, 2) + QLatin1Char('.') + isoMonth.left(4);
}

MoneyScale moneyScale(double maxAbs, const QString& currency, Language lang)
{
    if (maxAbs >= 1e6)
        return { 1e6, pick(lang, "млн ", "M ") + currency };
    if (maxAbs >= 1e4)
        return { 1e3, pick(lang, "тыс. ", "k ") + currency };
    return { 1, currency };
}

const Labels& labelsOf(Language lang)
{
    static const Labels ru = Labels::forLanguage(Language::Ru);
    static const Labels en = Labels::forLanguage(Language::En);
    return lang == Language::Ru ? ru : en;
}

QString pct(double fraction, Language lang, int decimals)
{
    return labelsOf(lang).number(fraction * 100.0, decimals) + QStringLiteral("\u00A0%");
}

QString currencyOf(const metrics::MetricsResult& m)
{
    return text(m.json, "currency");
}

QString sectionReason(const metrics::MetricsResult& m, const char* section, Language lang)
{
    const std::string r = reason(m.json, section);
    return r.empty() ? pick(lang, "показатели не вычислены", "the metrics were not computed")
                     : metricsReasonText(r, lang);
}

QString nameOr(const Json& row, const char* key, Language lang)
{
    const QString s = text(row, key);
    return s.isEmpty() ? pick(lang, "не указан", "not recorded") : s;
}

QString withReason(const QString& name, const std::string& why, Language lang)
{
    return why.empty() ? name : name + QStringLiteral(" (") + metricsReasonText(why, lang) + QLatin1Char(')');
}

QString leftOut(const QStringList& items, Language lang)
{
    return items.isEmpty() ? QString() : pick(lang, "Без значения: ", "No value: ") + items.join(QStringLiteral("; "));
}

} // namespace sa::report::mj
