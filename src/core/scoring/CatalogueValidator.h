#pragma once
// Validation of the criteria catalogue against the rules of criteria/schema/*.schema.json,
// implemented in C++ (no general JSON-Schema engine), plus the cross-file rules the schema
// cannot express (unique ids, prerequisites exist, action ids, threshold order).
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace sa::scoring {

/// One problem, located by file (e.g. "criteria/P.json") and RFC 6901 JSON pointer.
struct CatalogueIssue {
    std::string file;
    std::string pointer; ///< "" = the whole document
    std::string message;
    /// "criteria/P.json: /criteria/3/weight: must be an integer"
    [[nodiscard]] std::string describe() const;
};

/// Validates every component file (P, M, C, L, S) and refs.json of `dir`. Empty = valid.
/// Never throws; unreadable or unparsable files are issues too.
[[nodiscard]] std::vector<CatalogueIssue> validateCatalogueDir(const std::string& dir);

/// Rules of one component document; `file` labels the issues.
[[nodiscard]] std::vector<CatalogueIssue> validateComponentDoc(const nlohmann::json& doc, const std::string& file);
/// Rules of refs.json.
[[nodiscard]] std::vector<CatalogueIssue> validateRefsDoc(const nlohmann::json& doc, const std::string& file);

/// Reads and parses a JSON file without throwing; on failure appends an issue and returns a discarded value.
[[nodiscard]] nlohmann::json readJsonFile(
    const std::string& path, const std::string& label, std::vector<CatalogueIssue>& issues);

/// "criteria/P.json" for dir ".../criteria" and name "P.json".
[[nodiscard]] std::string catalogueFileLabel(const std::string& dir, const std::string& name);

} // namespace sa::scoring
