// The criteria catalogue: the validator on any JSON document (as a component file and as
// refs.json), then the loader on a copy of the shipped catalogue with one file replaced by the
// input, so every cross-file rule meets hostile data. The file replaced is the one the input names
// ("component": {"id": "M"} → M.json, "params" → refs.json), else one picked by the size.
#include "scoring/Catalogue.h"
#include "scoring/CatalogueValidator.h"

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <unistd.h>

namespace {

namespace fs = std::filesystem;

// A per-process copy of the shipped catalogue (SA_CRITERIA_DIR, set by fuzz/CMakeLists.txt).
const fs::path& catalogueCopy()
{
    static const fs::path dir = [] {
        fs::path d = fs::temp_directory_path() / ("sa-fuzz-criteria-" + std::to_string(::getpid()));
        fs::create_directories(d);
        for (const auto& e : fs::directory_iterator(SA_CRITERIA_DIR))
            if (e.path().extension() == ".json")
                fs::copy_file(e.path(), d / e.path().filename(), fs::copy_options::overwrite_existing);
        return d;
    }();
    return dir;
}

void loadWithReplaced(const std::string& file, const std::uint8_t* data, std::size_t size)
{
    const fs::path dir = catalogueCopy();
    const fs::path target = dir / file;
    const fs::path original = fs::path(SA_CRITERIA_DIR) / file;
    {
        std::ofstream out(target, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    }
    auto catalogue = sa::scoring::loadCatalogue(dir.string());
    if (!catalogue)
        (void)catalogue.error().describe();
    fs::copy_file(original, target, fs::copy_options::overwrite_existing);
}

// The catalogue file a document says it is, if it says so.
std::optional<std::string> namedFile(const nlohmann::json& doc)
{
    if (!doc.is_object())
        return std::nullopt;
    if (doc.contains("params"))
        return "refs.json";
    const auto c = doc.find("component");
    if (c == doc.end() || !c->is_object() || !c->contains("id") || !(*c)["id"].is_string())
        return std::nullopt;
    const std::string id = (*c)["id"].get<std::string>();
    for (const char* known : { "P", "M", "C", "L", "S" })
        if (id == known)
            return id + ".json";
    return std::nullopt;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace sa::scoring;
    static const char* const files[] = { "P.json", "M.json", "C.json", "L.json", "S.json", "refs.json" };
    std::string file = files[size % 6];
    auto doc = nlohmann::json::parse(data, data + size, nullptr, false);
    if (!doc.is_discarded()) {
        for (const auto& issue : validateComponentDoc(doc, "criteria/P.json"))
            (void)issue.describe();
        (void)validateRefsDoc(doc, "criteria/refs.json");
        file = namedFile(doc).value_or(file);
    }
    loadWithReplaced(file, data, size);
    return 0;
}
