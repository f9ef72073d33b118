#include "CatalogueValidator.h"

#include "Catalogue.h"
#include "JsonChecker.h"

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

namespace sa::scoring {

using json = nlohmann::json;
using C = JsonChecker;

std::string CatalogueIssue::describe() const
{
    return file + ": " + (pointer.empty() ? std::string("(document)") : pointer) + ": " + message;
}

std::string catalogueFileLabel(const std::string& dir, const std::string& name)
{
    auto p = std::filesystem::path(dir).lexically_normal();
    if (p.filename().empty())
        p = p.parent_path();
    const auto folder = p.filename().string();
    return folder.empty() ? name : folder + "/" + name;
}

json readJsonFile(const std::string& path, const std::string& label, std::vector<CatalogueIssue>& issues)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        issues.push_back({ label, "", "cannot read the file" });
        return json(json::value_t::discarded);
    }
    std::stringstream buf;
    buf << in.rdbuf();
    json doc = json::parse(buf.str(), nullptr, false);
    if (doc.is_discarded()) {
        // Re-parse with exceptions only to report where the syntax breaks.
        std::string where = "invalid JSON";
        try {
            [[maybe_unused]] const json probe = json::parse(buf.str());
        } catch (const json::parse_error& e) {
            where = std::string("invalid JSON: ") + e.what();
        }
        issues.push_back({ label, "", where });
    }
    return doc;
}

namespace {

constexpr std::initializer_list<const char*> kVariants = { "express", "standard", "premium" };

void checkVariants(C& c, const json& j, const std::string& ptr)
{
    if (!c.array(j, ptr, 1, true))
        return;
    for (std::size_t i = 0; i < j.size(); ++i)
        c.oneOf(j[i], C::child(ptr, i), kVariants);
}

void checkIndicator(C& c, const json& j, const std::string& ptr)
{
    if (!c.object(j, ptr, { "key", "name", "direction", "green", "yellow" }, { "unit" }))
        return;
    if (c.string(j["key"], C::child(ptr, "key"))) {
        const auto& k = j["key"].get_ref<const std::string&>();
        bool ok = k[0] >= 'a' && k[0] <= 'z';
        for (char ch : k)
            ok = ok && ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '_');
        if (!ok)
            c.fail(C::child(ptr, "key"), "must match ^[a-z][a-z0-9_]*$");
    }
    c.text(j["name"], C::child(ptr, "name"));
    const bool dir = c.oneOf(j["direction"], C::child(ptr, "direction"), { "lower_is_better", "higher_is_better" });
    const bool g = c.number(j["green"], C::child(ptr, "green"));
    const bool y = c.number(j["yellow"], C::child(ptr, "yellow"));
    if (j.contains("unit"))
        c.oneOf(
            j["unit"], C::child(ptr, "unit"), { "share", "ratio", "nps", "days", "months", "pp", "money", "count" });
    if (!(dir && g && y))
        return;
    const double green = j["green"].get<double>(), yellow = j["yellow"].get<double>();
    if (j["direction"] == "lower_is_better" && green > yellow)
        c.fail(C::child(ptr, "green"), "lower_is_better needs green <= yellow");
    if (j["direction"] == "higher_is_better" && green < yellow)
        c.fail(C::child(ptr, "green"), "higher_is_better needs green >= yellow");
}

void checkMetric(C& c, const json& j, const std::string& ptr)
{
    if (!c.object(j, ptr, { "formula", "unit", "min_sample", "confirmed_absent_allowed", "parts" }))
        return;
    c.text(j["formula"], C::child(ptr, "formula"));
    c.oneOf(j["unit"], C::child(ptr, "unit"), { "share", "ratio", "nps", "days", "months", "pp", "money", "count" });
    if (!j["min_sample"].is_null())
        c.integer(j["min_sample"], C::child(ptr, "min_sample"), 1, 1'000'000'000);
    c.boolean(j["confirmed_absent_allowed"], C::child(ptr, "confirmed_absent_allowed"));
    const auto partsPtr = C::child(ptr, "parts");
    if (!c.array(j["parts"], partsPtr, 1))
        return;
    std::set<std::string> partIds;
    for (std::size_t i = 0; i < j["parts"].size(); ++i) {
        const auto& part = j["parts"][i];
        const auto pp = C::child(partsPtr, i);
        if (!c.object(part, pp, { "id", "name", "combine", "indicators" }))
            continue;
        if (c.string(part["id"], C::child(pp, "id"))) {
            const auto& id = part["id"].get_ref<const std::string&>();
            if (!(id == "main" || (id.size() == 1 && id[0] >= 'A' && id[0] <= 'Z')))
                c.fail(C::child(pp, "id"), "must be \"main\" or one capital letter");
            else if (!partIds.insert(id).second)
                c.fail(C::child(pp, "id"), "duplicate part id");
        }
        c.text(part["name"], C::child(pp, "name"));
        c.oneOf(part["combine"], C::child(pp, "combine"), { "worst" });
        const auto ip = C::child(pp, "indicators");
        if (c.array(part["indicators"], ip, 1))
            for (std::size_t k = 0; k < part["indicators"].size(); ++k)
                checkIndicator(c, part["indicators"][k], C::child(ip, k));
    }
}

void checkChecklist(C& c, const json& j, const std::string& ptr)
{
    if (!c.array(j, ptr, 1))
        return;
    std::set<std::string> ids;
    for (std::size_t i = 0; i < j.size(); ++i) {
        const auto& item = j[i];
        const auto ip = C::child(ptr, i);
        if (!c.object(item, ip, { "id", "text", "auto_hint", "variants" }))
            continue;
        if (c.string(item["id"], C::child(ip, "id"))) {
            const auto& id = item["id"].get_ref<const std::string&>();
            if (id.size() != 1 || id[0] < 'a' || id[0] > 'j')
                c.fail(C::child(ip, "id"), "must be one letter a-j");
            else if (!ids.insert(id).second)
                c.fail(C::child(ip, "id"), "duplicate checklist item id");
        }
        c.text(item["text"], C::child(ip, "text"));
        if (!item["auto_hint"].is_null())
            c.text(item["auto_hint"], C::child(ip, "auto_hint"));
        if (!item["variants"].is_null())
            checkVariants(c, item["variants"], C::child(ip, "variants"));
    }
}

void checkRating(C& c, const json& j, const std::string& ptr)
{
    if (!c.object(j, ptr, { "levels", "basis_required" }))
        return;
    const auto lp = C::child(ptr, "levels");
    if (c.object(j["levels"], lp, { "0", "1", "2" }))
        for (const char* level : { "0", "1", "2" })
            c.text(j["levels"][level], C::child(lp, level));
    c.text(j["basis_required"], C::child(ptr, "basis_required"));
}

void checkImpact(C& c, const json& j, const std::string& ptr)
{
    if (!c.object(j, ptr, { "kind", "formula" }))
        return;
    if (!c.oneOf(j["kind"], C::child(ptr, "kind"), { "calc", "expert", "outcome" }))
        return;
    if (j["kind"] == "expert") {
        if (!j["formula"].is_null())
            c.fail(C::child(ptr, "formula"), "must be null for an expert impact");
    } else {
        c.text(j["formula"], C::child(ptr, "formula"));
    }
}

void checkActions(C& c, const json& j, const std::string& ptr, const std::string& criterionId)
{
    if (!c.array(j, ptr, 1))
        return;
    std::set<std::string> ids;
    for (std::size_t i = 0; i < j.size(); ++i) {
        const auto& a = j[i];
        const auto ap = C::child(ptr, i);
        if (!c.object(a, ap, { "id", "text", "horizon", "owner", "target_kpi" }))
            continue;
        if (c.string(a["id"], C::child(ap, "id"))) {
            const auto& id = a["id"].get_ref<const std::string&>();
            if (id.size() != criterionId.size() + 2 || id.rfind(criterionId + ".", 0) != 0 || id.back() < '1'
                || id.back() > '9')
                c.fail(C::child(ap, "id"), "must be \"" + criterionId + ".N\" with N 1-9");
            else if (!ids.insert(id).second)
                c.fail(C::child(ap, "id"), "duplicate action id");
        }
        c.text(a["text"], C::child(ap, "text"));
        c.oneOf(a["horizon"], C::child(ap, "horizon"), { "QW", "3M", "1Y", "3Y" });
        const auto op = C::child(ap, "owner");
        if (c.array(a["owner"], op, 1, true))
            for (std::size_t k = 0; k < a["owner"].size(); ++k)
                c.oneOf(a["owner"][k], C::child(op, k), { "Owner", "ROP", "MKT", "HR" });
        c.text(a["target_kpi"], C::child(ap, "target_kpi"));
    }
}

/// The schema's allOf: which of metric / checklist / rating an evidence kind needs.
void checkEvidenceShape(C& c, const json& j, const std::string& ptr)
{
    if (!j["evidence"].is_string())
        return;
    const auto& ev = j["evidence"].get_ref<const std::string&>();
    const bool wantMetric = ev == "metric" || ev == "metric+checklist";
    const bool wantChecklist = ev == "checklist" || ev == "metric+checklist";
    const bool wantRating = ev == "rating";
    const auto need = [&](const char* key, bool want) {
        if (want && j[key].is_null())
            c.fail(C::child(ptr, key), "must not be null for evidence \"" + ev + "\"");
        if (!want && !j[key].is_null())
            c.fail(C::child(ptr, key), "must be null for evidence \"" + ev + "\"");
    };
    need("metric", wantMetric);
    need("checklist", wantChecklist);
    need("rating", wantRating);
    need("metric_type", wantMetric);
    if (j["metric_type"] == "D" && j["metric"].is_object() && j["metric"].contains("confirmed_absent_allowed")
        && j["metric"]["confirmed_absent_allowed"] == false)
        c.fail(C::child(C::child(ptr, "metric"), "confirmed_absent_allowed"), "must be true for a type D metric");
}

void checkCriterion(C& c, const json& j, const std::string& ptr, const std::string& component)
{
    if (!c.object(j, ptr,
            { "id", "component", "weight", "variants", "name", "checks", "green", "evidence", "metric_type", "seeds",
                "metric", "checklist", "rating", "missing", "impact", "actions", "prerequisites" }))
        return;
    const bool idOk = c.criterionId(j["id"], C::child(ptr, "id"));
    const std::string id = idOk ? j["id"].get<std::string>() : std::string();
    if (c.oneOf(j["component"], C::child(ptr, "component"), { "P", "M", "C", "L", "S" }) && !component.empty()
        && j["component"] != component)
        c.fail(C::child(ptr, "component"), "must equal the file's component \"" + component + "\"");
    if (idOk && j["component"].is_string() && id.substr(0, 1) != j["component"].get<std::string>())
        c.fail(C::child(ptr, "id"), "must start with its component letter");
    c.integer(j["weight"], C::child(ptr, "weight"), 1, 3);
    checkVariants(c, j["variants"], C::child(ptr, "variants"));
    for (const char* key : { "name", "checks", "green", "missing" })
        c.text(j[key], C::child(ptr, key));
    c.oneOf(j["evidence"], C::child(ptr, "evidence"), { "metric", "checklist", "rating", "metric+checklist" });
    if (!j["metric_type"].is_null())
        c.oneOf(j["metric_type"], C::child(ptr, "metric_type"), { "D", "L" });
    const auto sp = C::child(ptr, "seeds");
    if (c.array(j["seeds"], sp, 1, true))
        for (std::size_t i = 0; i < j["seeds"].size(); ++i)
            c.oneOf(j["seeds"][i], C::child(sp, i), { "000", "001", "002", "003" });
    if (!j["metric"].is_null())
        checkMetric(c, j["metric"], C::child(ptr, "metric"));
    if (!j["checklist"].is_null())
        checkChecklist(c, j["checklist"], C::child(ptr, "checklist"));
    if (!j["rating"].is_null())
        checkRating(c, j["rating"], C::child(ptr, "rating"));
    checkEvidenceShape(c, j, ptr);
    checkImpact(c, j["impact"], C::child(ptr, "impact"));
    checkActions(c, j["actions"], C::child(ptr, "actions"), id);
    const auto pp = C::child(ptr, "prerequisites");
    if (c.array(j["prerequisites"], pp, 0, true))
        for (std::size_t i = 0; i < j["prerequisites"].size(); ++i)
            c.criterionId(j["prerequisites"][i], C::child(pp, i));
}

} // namespace

std::vector<CatalogueIssue> validateComponentDoc(const json& doc, const std::string& file)
{
    std::vector<CatalogueIssue> issues;
    C c(file, issues);
    if (!c.object(doc, "", { "catalogue_version", "component", "criteria" }))
        return issues;
    if (doc["catalogue_version"] != 1)
        c.fail("/catalogue_version", "must be 1");
    std::string component;
    if (c.object(doc["component"], "/component", { "id", "order", "name" })) {
        if (c.oneOf(doc["component"]["id"], "/component/id", { "P", "M", "C", "L", "S" }))
            component = doc["component"]["id"].get<std::string>();
        c.integer(doc["component"]["order"], "/component/order", 1, 5);
        c.text(doc["component"]["name"], "/component/name");
    }
    if (!c.array(doc["criteria"], "/criteria", 1))
        return issues;
    if (doc["criteria"].size() != 9)
        c.fail("/criteria", "must hold exactly 9 criteria");
    for (std::size_t i = 0; i < doc["criteria"].size(); ++i)
        checkCriterion(c, doc["criteria"][i], C::child("/criteria", i), component);
    return issues;
}

std::vector<CatalogueIssue> validateRefsDoc(const json& doc, const std::string& file)
{
    std::vector<CatalogueIssue> issues;
    C c(file, issues);
    if (!c.object(doc, "", { "catalogue_version", "params" }))
        return issues;
    if (doc["catalogue_version"] != 1)
        c.fail("/catalogue_version", "must be 1");
    if (!doc["params"].is_object() || doc["params"].empty()) {
        c.fail("/params", "must be a non-empty object");
        return issues;
    }
    for (const auto& [name, p] : doc["params"].items()) {
        const auto pp = C::child("/params", name);
        if (!c.object(p, pp, { "value", "unit", "description", "used_by" }))
            continue;
        if (p["value"].is_boolean())
            c.fail(C::child(pp, "value"), "must be a number, string, array, object or null");
        c.oneOf(p["unit"], C::child(pp, "unit"),
            { "share", "ratio", "score", "days", "months", "hours", "count", "money", "text", "list", "map",
                "calendar" });
        c.text(p["description"], C::child(pp, "description"));
        const auto up = C::child(pp, "used_by");
        if (c.array(p["used_by"], up, 0, true))
            for (std::size_t i = 0; i < p["used_by"].size(); ++i)
                c.criterionId(p["used_by"][i], C::child(up, i));
    }
    return issues;
}

namespace {

/// Rules across files: unique ids, prerequisites that exist and are not the criterion itself.
void checkCrossFile(const std::vector<std::pair<std::string, json>>& docs, std::vector<CatalogueIssue>& issues)
{
    std::set<std::string> ids;
    for (const auto& [label, doc] : docs)
        for (std::size_t i = 0; i < doc["criteria"].size(); ++i) {
            const auto& id = doc["criteria"][i]["id"];
            if (id.is_string() && !ids.insert(id.get<std::string>()).second)
                issues.push_back(
                    { label, C::child("/criteria", i) + "/id", "duplicate criterion id " + id.get<std::string>() });
        }
    for (const auto& [label, doc] : docs)
        for (std::size_t i = 0; i < doc["criteria"].size(); ++i) {
            const auto& crit = doc["criteria"][i];
            const auto& pre = crit["prerequisites"];
            for (std::size_t k = 0; pre.is_array() && k < pre.size(); ++k) {
                if (!pre[k].is_string())
                    continue;
                const auto ptr = C::child("/criteria", i) + "/prerequisites/" + std::to_string(k);
                if (!ids.count(pre[k].get<std::string>()))
                    issues.push_back({ label, ptr, "unknown criterion " + pre[k].get<std::string>() });
                else if (pre[k] == crit["id"])
                    issues.push_back({ label, ptr, "a criterion cannot be its own prerequisite" });
            }
        }
}

} // namespace

std::vector<CatalogueIssue> validateCatalogueDir(const std::string& dir)
{
    namespace fs = std::filesystem;
    std::vector<CatalogueIssue> issues;
    std::vector<std::pair<std::string, json>> docs;
    for (const auto& name : componentFileNames()) {
        const auto label = catalogueFileLabel(dir, name);
        json doc = readJsonFile((fs::path(dir) / name).string(), label, issues);
        if (doc.is_discarded())
            continue;
        const auto found = validateComponentDoc(doc, label);
        issues.insert(issues.end(), found.begin(), found.end());
        if (found.empty())
            docs.emplace_back(label, std::move(doc));
    }
    if (issues.empty())
        checkCrossFile(docs, issues);
    const auto refsLabel = catalogueFileLabel(dir, "refs.json");
    json refs = readJsonFile((fs::path(dir) / "refs.json").string(), refsLabel, issues);
    if (!refs.is_discarded()) {
        const auto found = validateRefsDoc(refs, refsLabel);
        issues.insert(issues.end(), found.begin(), found.end());
    }
    return issues;
}

} // namespace sa::scoring
