#pragma once
// Builds small .xlsx files inside tests with libzip: every XML part is written by hand.
#include <string>
#include <vector>
#include <zip.h>

namespace sa::test {

struct ZipPart {
    std::string name;
    std::string data;
    bool store = false; ///< no compression
    const char* password = nullptr; ///< AES-256 encryption when set
};

/// Writes the parts to `path`; false when libzip refused (e.g. no encryption support).
inline bool writeZip(const std::string& path, const std::vector<ZipPart>& parts)
{
    int err = 0;
    zip_t* z = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &err);
    if (!z)
        return false;
    bool ok = true;
    for (const auto& p : parts) {
        zip_source_t* src = zip_source_buffer(z, p.data.data(), p.data.size(), 0);
        const zip_int64_t idx = src ? zip_file_add(z, p.name.c_str(), src, ZIP_FL_OVERWRITE) : -1;
        if (idx < 0) {
            zip_source_free(src);
            ok = false;
            continue;
        }
        zip_set_file_compression(z, static_cast<zip_uint64_t>(idx), p.store ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 9);
        if (p.password && zip_file_set_encryption(z, static_cast<zip_uint64_t>(idx), ZIP_EM_AES_256, p.password) != 0)
            ok = false;
    }
    if (zip_close(z) != 0) {
        zip_discard(z);
        return false;
    }
    return ok;
}

struct SheetSpec {
    std::string name;
    std::string rowsXml; ///< the content of <sheetData>
};

/// The parts of a workbook with the given sheets, shared strings and extra styles.
inline std::vector<ZipPart> workbookParts(const std::vector<SheetSpec>& sheets, const std::vector<std::string>& shared,
    const std::string& stylesXml = "", bool date1904 = false)
{
    const std::string ns = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                           "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";
    const std::string relNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    std::vector<ZipPart> parts;
    parts.push_back({ "[Content_Types].xml", "<?xml version=\"1.0\"?><Types/>" });
    parts.push_back({ "_rels/.rels",
        "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\""
            + relNs + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>" });
    std::string wb = "<?xml version=\"1.0\"?><workbook " + ns + ">"
        + (date1904 ? "<workbookPr date1904=\"1\"/>" : "<workbookPr/>") + "<sheets>";
    std::string rels = "<?xml version=\"1.0\"?><Relationships "
                       "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    for (std::size_t i = 0; i < sheets.size(); ++i) {
        const std::string n = std::to_string(i + 1);
        wb += "<sheet name=\"" + sheets[i].name + "\" sheetId=\"" + n + "\" r:id=\"rId" + n + "\"/>";
        rels += "<Relationship Id=\"rId" + n + "\" Type=\"" + relNs + "/worksheet\" Target=\"worksheets/sheet" + n
            + ".xml\"/>";
        parts.push_back({ "xl/worksheets/sheet" + n + ".xml",
            "<?xml version=\"1.0\"?><worksheet " + ns + "><sheetData>" + sheets[i].rowsXml
                + "</sheetData></worksheet>" });
    }
    rels += "<Relationship Id=\"rS\" Type=\"" + relNs
        + "/sharedStrings\" Target=\"sharedStrings.xml\"/>"
          "<Relationship Id=\"rT\" Type=\""
        + relNs + "/styles\" Target=\"/xl/styles.xml\"/></Relationships>";
    parts.push_back({ "xl/workbook.xml", wb + "</sheets></workbook>" });
    parts.push_back({ "xl/_rels/workbook.xml.rels", rels });
    std::string sst = "<?xml version=\"1.0\"?><sst " + ns + ">";
    for (const auto& s : shared)
        sst += s.rfind("<", 0) == 0 ? "<si>" + s + "</si>" : "<si><t>" + s + "</t></si>";
    parts.push_back({ "xl/sharedStrings.xml", sst + "</sst>" });
    parts.push_back({ "xl/styles.xml",
        stylesXml.empty() ? "<?xml version=\"1.0\"?><styleSheet " + ns
                + "><cellXfs count=\"1\"><xf numFmtId=\"0\"/></cellXfs></styleSheet>"
                          : stylesXml });
    return parts;
}

} // namespace sa::test
