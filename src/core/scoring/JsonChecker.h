#pragma once
// Small typed checks over a JSON value that record located issues instead of throwing.
#include "CatalogueValidator.h"

#include <initializer_list>
#include <string>
#include <vector>

namespace sa::scoring {

class JsonChecker {
public:
    using json = nlohmann::json;
    JsonChecker(std::string file, std::vector<CatalogueIssue>& out)
        : m_file(std::move(file))
        , m_out(&out)
    {
    }

    void fail(const std::string& ptr, std::string message);
    /// An object with every `required` key and no key outside required + optional.
    bool object(const json& j, const std::string& ptr, std::initializer_list<const char*> required,
        std::initializer_list<const char*> optional = {});
    bool string(const json& j, const std::string& ptr, bool nonEmpty = true);
    bool number(const json& j, const std::string& ptr);
    bool integer(const json& j, const std::string& ptr, long long min, long long max);
    bool boolean(const json& j, const std::string& ptr);
    bool oneOf(const json& j, const std::string& ptr, std::initializer_list<const char*> values);
    /// An array of at least minItems; with `unique`, equal items are an issue.
    bool array(const json& j, const std::string& ptr, std::size_t minItems, bool unique = false);
    /// {"en": non-empty, "ru": non-empty}
    bool text(const json& j, const std::string& ptr);
    /// ^[PMCLS][1-9]$
    bool criterionId(const json& j, const std::string& ptr);

    static std::string child(const std::string& ptr, const std::string& key); ///< escapes ~ and /
    static std::string child(const std::string& ptr, std::size_t index);

private:
    std::string m_file;
    std::vector<CatalogueIssue>* m_out;
};

} // namespace sa::scoring
