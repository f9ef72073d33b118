#pragma once
// Reference-model parameters (criteria/refs.json "params", then per-audit ref_overrides on top).
// Metrics and measures read them by name; the defaults live in refs.json only.
#include "common/Result.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace sa {

class Params {
public:
    Params() = default;
    /// Loads criteria/refs.json (format: {"params": {name: {"value": v, ...}}}).
    static Result<Params> loadFile(const std::string& refsJsonPath);
    /// The catalogue folder shipped with this build (criteria/ of the source tree, or beside the binary).
    static std::string defaultCatalogueDir();

    /// Overrides one parameter (per-audit change or a test).
    void set(const std::string& name, nlohmann::json value) { m_values[name] = std::move(value); }
    [[nodiscard]] bool has(const std::string& name) const;
    [[nodiscard]] std::optional<double> number(const std::string& name) const;
    [[nodiscard]] double number(const std::string& name, double fallback) const;
    [[nodiscard]] std::vector<std::string> strings(const std::string& name) const;
    [[nodiscard]] const nlohmann::json& raw(const std::string& name) const;
    [[nodiscard]] const nlohmann::json& all() const { return m_values; }

private:
    nlohmann::json m_values = nlohmann::json::object();
};

} // namespace sa
