#include "Params.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace sa {

Result<Params> Params::loadFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return Error::rejected("cannot read the reference parameters", path);
    const auto j = nlohmann::json::parse(in, nullptr, false);
    if (j.is_discarded() || !j.is_object() || !j.contains("params") || !j["params"].is_object())
        return Error::rejected("not a reference-parameter file (expected an object with \"params\")", path);
    Params p;
    for (const auto& [name, entry] : j["params"].items()) {
        if (!entry.is_object() || !entry.contains("value"))
            return Error::rejected("parameter \"" + name + "\" has no \"value\"", path, 0, "/params/" + name);
        p.m_values[name] = entry["value"];
    }
    return p;
}

std::string Params::defaultCatalogueDir()
{
    namespace fs = std::filesystem;
    if (const char* env = std::getenv("SALESAUDIT_CRITERIA_DIR"); env && *env)
        return env;
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        for (const fs::path& candidate :
            { exe.parent_path().parent_path() / "share" / "salesaudit" / "criteria", exe.parent_path() / "criteria" })
            if (fs::exists(candidate / "refs.json", ec))
                return candidate.string();
    }
    return SA_SOURCE_CRITERIA_DIR;
}

bool Params::has(const std::string& name) const
{
    return m_values.contains(name) && !m_values[name].is_null();
}

std::optional<double> Params::number(const std::string& name) const
{
    if (!m_values.contains(name) || !m_values[name].is_number())
        return std::nullopt;
    return m_values[name].get<double>();
}

double Params::number(const std::string& name, double fallback) const
{
    return number(name).value_or(fallback);
}

std::vector<std::string> Params::strings(const std::string& name) const
{
    std::vector<std::string> out;
    if (m_values.contains(name) && m_values[name].is_array())
        for (const auto& v : m_values[name])
            if (v.is_string())
                out.push_back(v.get<std::string>());
    return out;
}

const nlohmann::json& Params::raw(const std::string& name) const
{
    static const nlohmann::json null;
    return m_values.contains(name) ? m_values[name] : null;
}

} // namespace sa
