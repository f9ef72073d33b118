#include "ReferenceInfo.h"

#include "AuditDocument.h"
#include "ScoreService.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sa::app {

namespace {

Result<std::vector<ReferenceParam>> readParams(const QString& file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return Error::rejected("cannot read the reference parameters", file.toStdString());
    QJsonParseError err {};
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
    const QJsonObject params = doc.object().value(QLatin1String("params")).toObject();
    if (err.error != QJsonParseError::NoError || params.isEmpty())
        return Error::rejected("not a reference-parameter file", file.toStdString());
    std::vector<ReferenceParam> out;
    for (auto it = params.begin(); it != params.end(); ++it) {
        const QJsonObject entry = it.value().toObject();
        ReferenceParam p;
        p.name = it.key();
        p.unit = entry.value(QLatin1String("unit")).toString();
        const QJsonValue v = entry.value(QLatin1String("value"));
        p.defaultIsNull = v.isNull();
        if (v.isDouble())
            p.defaultValue = v.toDouble();
        const QJsonObject d = entry.value(QLatin1String("description")).toObject();
        p.description = { d.value(QLatin1String("en")).toString().toStdString(),
            d.value(QLatin1String("ru")).toString().toStdString() };
        for (const QJsonValue& c : entry.value(QLatin1String("used_by")).toArray())
            p.usedBy << c.toString();
        out.push_back(std::move(p));
    }
    return out;
}

} // namespace

std::shared_ptr<const ReferenceInfo> ReferenceInfo::shared(QString* error)
{
    static std::shared_ptr<const ReferenceInfo> cached;
    static QString cachedError;
    static bool tried = false;
    if (!tried) {
        tried = true;
        const QString dir = ScoreService::catalogueDir();
        auto catalogue = scoring::loadCatalogue(dir.toStdString());
        auto params = readParams(QDir(dir).filePath(QStringLiteral("refs.json")));
        if (catalogue && params) {
            auto info = std::make_shared<ReferenceInfo>();
            info->m_catalogue = std::move(*catalogue);
            info->m_params = std::move(*params);
            cached = std::move(info);
        } else {
            cachedError = describe(catalogue ? params.error() : catalogue.error());
        }
    }
    if (error)
        *error = cachedError;
    return cached;
}

std::optional<double> ReferenceInfo::defaultThreshold(
    const std::string& criterionId, const std::string& key, bool green) const
{
    const scoring::Criterion* c = m_catalogue.find(criterionId);
    const scoring::Indicator* ind = c ? c->indicator(key) : nullptr;
    if (!ind)
        return std::nullopt;
    return green ? ind->green : ind->yellow;
}

std::vector<const ReferenceParam*> ReferenceInfo::numericParamsOf(const QString& criterionId) const
{
    std::vector<const ReferenceParam*> out;
    for (const auto& p : m_params)
        if (p.usedBy.contains(criterionId) && (p.defaultValue || p.defaultIsNull))
            out.push_back(&p);
    return out;
}

const ReferenceParam* ReferenceInfo::param(const QString& name) const
{
    for (const auto& p : m_params)
        if (p.name == name)
            return &p;
    return nullptr;
}

std::optional<std::pair<std::string, bool>> splitThresholdKey(const std::string& param)
{
    const auto dot = param.rfind('.');
    if (dot == std::string::npos)
        return std::nullopt;
    const std::string level = param.substr(dot + 1);
    if (level != "green" && level != "yellow")
        return std::nullopt;
    return std::make_pair(param.substr(0, dot), level == "green");
}

} // namespace sa::app
