#pragma once
// The catalogue's own values, before the audit's changes: default thresholds of each indicator and
// the reference parameters of criteria/refs.json with their unit, description and the criteria
// that use them. Read once per catalogue folder (the GUI thread, on first use).
#include "scoring/Catalogue.h"

#include <QString>
#include <QStringList>
#include <memory>
#include <optional>
#include <vector>

namespace sa::app {

struct ReferenceParam {
    QString name;
    QString unit; ///< share, days, months, count, ratio, text, ...
    std::optional<double> defaultValue; ///< nullopt when the default is not a number (or null)
    bool defaultIsNull = false;
    scoring::Text description;
    QStringList usedBy;
};

class ReferenceInfo {
public:
    /// The catalogue of ScoreService::catalogueDir(); nullptr (with `error` set) when unreadable.
    static std::shared_ptr<const ReferenceInfo> shared(QString* error = nullptr);

    /// The catalogue's threshold of `criterionId`'s indicator `key` ("stalled_share"), green or yellow.
    [[nodiscard]] std::optional<double> defaultThreshold(
        const std::string& criterionId, const std::string& key, bool green) const;
    /// Parameters used by `criterionId` whose value is a number or null (editable as numbers).
    [[nodiscard]] std::vector<const ReferenceParam*> numericParamsOf(const QString& criterionId) const;
    [[nodiscard]] const ReferenceParam* param(const QString& name) const;

private:
    scoring::Catalogue m_catalogue;
    std::vector<ReferenceParam> m_params;
};

/// "stalled_share.green" → ("stalled_share", true); nullopt when the key has no .green/.yellow.
std::optional<std::pair<std::string, bool>> splitThresholdKey(const std::string& param);

} // namespace sa::app
