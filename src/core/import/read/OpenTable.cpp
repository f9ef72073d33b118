// openTable(): picks the reader from the file's first bytes, never from its extension.
#include "common/Text.h"
#include "import/read/CsvReader.h"
#include "import/read/HtmlTableReader.h"
#include "import/read/TableSource.h"
#include "import/read/XlsxReader.h"

#include <cstdio>
#include <cstring>

namespace sa::import {

namespace {

enum class Sniffed { Csv, Xlsx, LegacyXls, Html };

Sniffed sniff(const std::string& head)
{
    if (head.rfind("PK\x03\x04", 0) == 0)
        return Sniffed::Xlsx;
    if (head.rfind("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 0) == 0)
        return Sniffed::LegacyXls;
    std::string_view s(head);
    if (s.rfind("\xEF\xBB\xBF", 0) == 0)
        s.remove_prefix(3);
    const std::string lower = text::foldCase(text::trim(s).substr(0, 64));
    for (const char* tag : { "<html", "<table", "<!doctype html", "<meta", "<head", "<body", "<style" })
        if (lower.rfind(tag, 0) == 0)
            return Sniffed::Html;
    if (lower.rfind("<?xml", 0) == 0 && text::foldCase(s).find("<html") != std::string::npos)
        return Sniffed::Html;
    return Sniffed::Csv;
}

} // namespace

Result<std::unique_ptr<TableSource>> openTable(const std::string& path, const OpenOptions& options)
{
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f)
        return Error::rejected(std::string("cannot open the file: ") + std::strerror(errno), path);
    std::string head(512, '\0');
    head.resize(std::fread(head.data(), 1, head.size(), f));
    std::fclose(f);
    switch (sniff(head)) {
    case Sniffed::Xlsx:
        return read::XlsxReader::open(path, options);
    case Sniffed::Html:
        return read::HtmlTableReader::open(path, options);
    case Sniffed::LegacyXls:
        return Error::rejected("an Excel 97-2003 .xls workbook: save it as .xlsx or CSV and import that file", path);
    case Sniffed::Csv:
        break;
    }
    return read::CsvReader::open(path, options);
}

} // namespace sa::import
