#include "import/read/XlsxParts.h"

#include "import/read/XmlStream.h"

#include <charconv>
#include <map>

namespace sa::import::read {

namespace {

constexpr std::size_t kReadBuffer = 64 * 1024;

Status parsePart(ZipArchive& zip, const std::string& part, XmlHandler& handler)
{
    auto stream = zip.openEntry(part);
    if (!stream)
        return stream.error();
    XmlStream xml(handler, zip.path(), part);
    std::string buf(kReadBuffer, '\0');
    for (;;) {
        auto n = (*stream)->read(buf.data(), buf.size());
        if (!n)
            return n.error();
        if (auto st = xml.feed(buf.data(), *n, *n == 0); !st)
            return st;
        if (*n == 0)
            return {};
    }
}

int toInt(const char* s, int fallback = -1)
{
    int v = fallback;
    if (s)
        std::from_chars(s, s + std::char_traits<char>::length(s), v);
    return v;
}

// Resolves a relationship target against the folder of the part that declares it.
std::string resolveTarget(const std::string& base, std::string target)
{
    if (!target.empty() && target[0] == '/')
        return target.substr(1);
    std::string dir = base.substr(0, base.rfind('/') + 1);
    while (target.rfind("../", 0) == 0 && !dir.empty()) {
        target.erase(0, 3);
        dir.pop_back();
        dir = dir.substr(0, dir.rfind('/') + 1);
    }
    if (target.rfind("./", 0) == 0)
        target.erase(0, 2);
    return dir + target;
}

struct WorkbookHandler : XmlHandler {
    std::vector<std::pair<std::string, std::string>> sheets; // name, relationship id
    bool date1904 = false;
    void start(std::string_view name, const char** a) override
    {
        if (name == "sheet") {
            const char* n = attr(a, "name");
            const char* id = attr(a, "id");
            sheets.emplace_back(n ? n : "", id ? id : "");
        } else if (name == "workbookPr") {
            const char* d = attr(a, "date1904");
            date1904 = d && (std::string_view(d) == "1" || std::string_view(d) == "true");
        }
    }
    void end(std::string_view) override { }
    void text(std::string_view) override { }
};

struct RelsHandler : XmlHandler {
    std::map<std::string, std::string> targets; // id → target
    std::map<std::string, std::string> byType; // last part of the type URI → target
    void start(std::string_view name, const char** a) override
    {
        if (name != "Relationship")
            return;
        const char* id = attr(a, "Id");
        const char* target = attr(a, "Target");
        const char* type = attr(a, "Type");
        if (!id || !target)
            return;
        targets[id] = target;
        if (type) {
            const std::string_view t(type);
            byType[std::string(t.substr(t.rfind('/') + 1))] = target;
        }
    }
    void end(std::string_view) override { }
    void text(std::string_view) override { }
};

struct SharedStringsHandler : XmlHandler {
    SharedStrings strings;
    std::string current;
    long long maxBytes = 0;
    std::string archive;
    bool inT = false;
    int phonetic = 0; // inside <rPh>: reading hints, not cell text
    void start(std::string_view name, const char**) override
    {
        if (name == "si")
            current.clear();
        else if (name == "t")
            inT = true;
        else if (name == "rPh")
            ++phonetic;
    }
    void end(std::string_view name) override
    {
        if (name == "si") {
            strings.add(current);
            checkCap(0);
        } else if (name == "t") {
            inT = false;
        } else if (name == "rPh") {
            --phonetic;
        }
    }
    void text(std::string_view s) override
    {
        if (!inT || phonetic > 0 || !checkCap(static_cast<long long>(current.size() + s.size())))
            return;
        current.append(s);
    }
    // Every string counts its text and its offset, so neither long texts nor a flood of tiny ones
    // get past the cap.
    bool checkCap(long long pending)
    {
        if (strings.bytes() + pending <= maxBytes)
            return true;
        fail(Error::rejected("the archive's shared strings take more than " + std::to_string(maxBytes)
                + " bytes — refusing a possible memory bomb",
            archive));
        return false;
    }
};

struct StylesHandler : XmlHandler {
    std::map<int, std::string> customFormats;
    std::vector<int> xfFormats;
    bool inCellXfs = false;
    void start(std::string_view name, const char** a) override
    {
        if (name == "numFmt") {
            const char* code = attr(a, "formatCode");
            customFormats[toInt(attr(a, "numFmtId"))] = code ? code : "";
        } else if (name == "cellXfs") {
            inCellXfs = true;
        } else if (name == "xf" && inCellXfs) {
            xfFormats.push_back(toInt(attr(a, "numFmtId"), 0));
        }
    }
    void end(std::string_view name) override
    {
        if (name == "cellXfs")
            inCellXfs = false;
    }
    void text(std::string_view) override { }
};

} // namespace

bool isBuiltinDateFormat(int id) noexcept
{
    return (id >= 14 && id <= 22) || (id >= 45 && id <= 47);
}

bool isDateFormatCode(std::string_view code) noexcept
{
    for (std::size_t i = 0; i < code.size(); ++i) {
        const char c = code[i];
        if (c == '"') {
            const std::size_t close = code.find('"', i + 1);
            i = close == std::string_view::npos ? code.size() : close;
        } else if (c == '[') {
            const std::size_t close = code.find(']', i + 1);
            i = close == std::string_view::npos ? code.size() : close;
        } else if (c == '\\' || c == '_' || c == '*') {
            ++i;
        } else if (std::string_view("dmyhsDMYHS").find(c) != std::string_view::npos) {
            return true;
        }
    }
    return false;
}

Result<XlsxWorkbook> readWorkbook(ZipArchive& zip)
{
    std::string workbookPath = "xl/workbook.xml";
    if (zip.has("_rels/.rels")) {
        RelsHandler root;
        if (auto st = parsePart(zip, "_rels/.rels", root); !st)
            return st.error();
        if (const auto it = root.byType.find("officeDocument"); it != root.byType.end())
            workbookPath = resolveTarget("", it->second);
    }
    if (!zip.has(workbookPath))
        return Error::rejected("a zip archive without " + workbookPath + ": not an Excel .xlsx workbook", zip.path());
    WorkbookHandler wb;
    if (auto st = parsePart(zip, workbookPath, wb); !st)
        return st.error();
    const std::string relsPath
        = resolveTarget(workbookPath, "_rels/" + workbookPath.substr(workbookPath.rfind('/') + 1) + ".rels");
    RelsHandler rels;
    if (zip.has(relsPath))
        if (auto st = parsePart(zip, relsPath, rels); !st)
            return st.error();
    XlsxWorkbook out;
    out.date1904 = wb.date1904;
    for (const auto& [name, id] : wb.sheets) {
        const auto it = rels.targets.find(id);
        if (it != rels.targets.end())
            out.sheets.push_back({ name, resolveTarget(workbookPath, it->second) });
    }
    if (out.sheets.empty())
        return Error::rejected("the workbook lists no worksheets", zip.path());
    for (const auto& [type, field] :
        { std::pair { "sharedStrings", &out.sharedStringsPath }, std::pair { "styles", &out.stylesPath } })
        if (const auto it = rels.byType.find(type); it != rels.byType.end())
            *field = resolveTarget(workbookPath, it->second);
    return out;
}

Result<SharedStrings> readSharedStrings(ZipArchive& zip, const std::string& path, long long maxBytes)
{
    SharedStringsHandler h;
    h.maxBytes = maxBytes;
    h.archive = zip.path();
    if (auto st = parsePart(zip, path, h); !st)
        return st.error();
    return std::move(h.strings);
}

Result<std::vector<bool>> readDateStyles(ZipArchive& zip, const std::string& path)
{
    StylesHandler h;
    if (auto st = parsePart(zip, path, h); !st)
        return st.error();
    std::vector<bool> out;
    for (int id : h.xfFormats) {
        const auto it = h.customFormats.find(id);
        out.push_back(it != h.customFormats.end() ? isDateFormatCode(it->second) : isBuiltinDateFormat(id));
    }
    return out;
}

} // namespace sa::import::read
