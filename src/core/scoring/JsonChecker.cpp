#include "JsonChecker.h"

#include <algorithm>

namespace sa::scoring {

void JsonChecker::fail(const std::string& ptr, std::string message)
{
    m_out->push_back({ m_file, ptr, std::move(message) });
}

bool JsonChecker::object(const json& j, const std::string& ptr, std::initializer_list<const char*> required,
    std::initializer_list<const char*> optional)
{
    if (!j.is_object()) {
        fail(ptr, "must be an object");
        return false;
    }
    bool ok = true;
    for (const char* key : required)
        if (!j.contains(key)) {
            fail(ptr, std::string("missing required key \"") + key + "\"");
            ok = false;
        }
    for (const auto& [key, value] : j.items()) {
        const std::string& name = key; // clang 14 cannot capture structured bindings
        const auto known = [&](std::initializer_list<const char*> keys) {
            return std::any_of(keys.begin(), keys.end(), [&](const char* k) { return name == k; });
        };
        if (!known(required) && !known(optional)) {
            fail(child(ptr, key), "unknown key");
            ok = false;
        }
    }
    return ok;
}

bool JsonChecker::string(const json& j, const std::string& ptr, bool nonEmpty)
{
    if (!j.is_string()) {
        fail(ptr, "must be a string");
        return false;
    }
    if (nonEmpty && j.get_ref<const std::string&>().empty()) {
        fail(ptr, "must not be empty");
        return false;
    }
    return true;
}

bool JsonChecker::number(const json& j, const std::string& ptr)
{
    if (!j.is_number()) {
        fail(ptr, "must be a number");
        return false;
    }
    return true;
}

bool JsonChecker::integer(const json& j, const std::string& ptr, long long min, long long max)
{
    if (!j.is_number_integer()) {
        fail(ptr, "must be an integer");
        return false;
    }
    const auto v = j.get<long long>();
    if (v < min || v > max) {
        fail(ptr, "must be between " + std::to_string(min) + " and " + std::to_string(max));
        return false;
    }
    return true;
}

bool JsonChecker::boolean(const json& j, const std::string& ptr)
{
    if (!j.is_boolean()) {
        fail(ptr, "must be true or false");
        return false;
    }
    return true;
}

bool JsonChecker::oneOf(const json& j, const std::string& ptr, std::initializer_list<const char*> values)
{
    if (j.is_string())
        for (const char* v : values)
            if (j.get_ref<const std::string&>() == v)
                return true;
    std::string list;
    for (const char* v : values)
        list += (list.empty() ? "" : ", ") + std::string(v);
    fail(ptr, "must be one of: " + list);
    return false;
}

bool JsonChecker::array(const json& j, const std::string& ptr, std::size_t minItems, bool unique)
{
    if (!j.is_array()) {
        fail(ptr, "must be an array");
        return false;
    }
    if (j.size() < minItems) {
        fail(ptr, "must have at least " + std::to_string(minItems) + " item(s)");
        return false;
    }
    if (unique)
        for (std::size_t i = 0; i < j.size(); ++i)
            for (std::size_t k = 0; k < i; ++k)
                if (j[i] == j[k]) {
                    fail(child(ptr, i), "duplicate item");
                    return false;
                }
    return true;
}

bool JsonChecker::text(const json& j, const std::string& ptr)
{
    if (!object(j, ptr, { "en", "ru" }))
        return false;
    const bool en = string(j["en"], child(ptr, "en"));
    const bool ru = string(j["ru"], child(ptr, "ru"));
    return en && ru;
}

bool JsonChecker::criterionId(const json& j, const std::string& ptr)
{
    if (!string(j, ptr))
        return false;
    const auto& s = j.get_ref<const std::string&>();
    if (s.size() != 2 || std::string("PMCLS").find(s[0]) == std::string::npos || s[1] < '1' || s[1] > '9') {
        fail(ptr, "must be a criterion id such as \"P4\" (component letter P, M, C, L or S and a digit 1-9)");
        return false;
    }
    return true;
}

std::string JsonChecker::child(const std::string& ptr, const std::string& key)
{
    std::string out = ptr + "/";
    for (char c : key) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

std::string JsonChecker::child(const std::string& ptr, std::size_t index)
{
    return ptr + "/" + std::to_string(index);
}

} // namespace sa::scoring
