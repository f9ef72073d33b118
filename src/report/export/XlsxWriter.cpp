#include "XlsxWriter.h"

#include "AtomicWrite.h"
#include "StatusStyle.h"

#include <QFile>
#include <algorithm>
#include <map>
#include <xlsxwriter.h>

namespace sa::report {

namespace {

constexpr qsizetype kMaxCellChars = 32767; // Excel's limit for one cell

lxw_color_t rgb(const QColor& c)
{
    return static_cast<lxw_color_t>(c.rgb() & 0xFFFFFF);
}

struct Formats {
    lxw_format* header = nullptr;
    lxw_format* text = nullptr;
    std::map<Light, lxw_format*> lights;
};

Formats makeFormats(lxw_workbook* wb)
{
    Formats f;
    f.header = workbook_add_format(wb);
    format_set_bold(f.header);
    format_set_bottom(f.header, LXW_BORDER_THIN);
    format_set_text_wrap(f.header);
    f.text = workbook_add_format(wb);
    format_set_text_wrap(f.text);
    format_set_align(f.text, LXW_ALIGN_VERTICAL_TOP);
    const Labels labels;
    for (Light l : { Light::Green, Light::Yellow, Light::Red, Light::NotAssessed, Light::InsufficientCoverage }) {
        const StatusStyle s = styleOf(l, labels);
        lxw_format* fmt = workbook_add_format(wb);
        format_set_pattern(fmt, LXW_PATTERN_SOLID);
        format_set_bg_color(fmt, rgb(s.fill));
        format_set_font_color(fmt, rgb(s.text));
        format_set_bold(fmt);
        format_set_align(fmt, LXW_ALIGN_VERTICAL_TOP);
        f.lights[l] = fmt;
    }
    return f;
}

lxw_error writeCell(lxw_worksheet* ws, lxw_row_t r, lxw_col_t c, const TableCell& cell, const Formats& f)
{
    if (const auto* d = std::get_if<double>(&cell.value))
        return worksheet_write_number(ws, r, c, *d, nullptr);
    const auto* s = std::get_if<QString>(&cell.value);
    if (!s)
        return LXW_NO_ERROR;
    lxw_format* fmt = cell.light ? f.lights.at(*cell.light) : f.text;
    QString text = s->left(kMaxCellChars);
    text.replace(QChar(0), QChar(QChar::ReplacementCharacter)); // XML cannot carry NUL; a C string would end there
    const QByteArray utf8 = text.toUtf8();
    return worksheet_write_string(ws, r, c, utf8.constData(), fmt);
}

lxw_error writeSheet(lxw_workbook* wb, const Table& t, const QString& name, const Formats& f)
{
    lxw_worksheet* ws = workbook_add_worksheet(wb, name.toUtf8().constData());
    if (!ws)
        return LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE;
    for (qsizetype c = 0; c < t.header.size(); ++c) {
        const double width = size_t(c) < t.widths.size() ? t.widths[size_t(c)] : 14;
        worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), width, nullptr);
        if (lxw_error e = worksheet_write_string(ws, 0, lxw_col_t(c), t.header[c].toUtf8().constData(), f.header))
            return e;
    }
    worksheet_freeze_panes(ws, 1, 0);
    for (size_t r = 0; r < t.rows.size(); ++r)
        for (size_t c = 0; c < t.rows[r].size(); ++c)
            if (lxw_error e = writeCell(ws, lxw_row_t(r + 1), lxw_col_t(c), t.rows[r][c], f))
                return e;
    return LXW_NO_ERROR;
}

Status fillWorkbook(const std::vector<Table>& sheets, const QString& tempPath)
{
    lxw_workbook_options options {};
    lxw_workbook* wb = workbook_new_opt(QFile::encodeName(tempPath).constData(), &options);
    if (!wb)
        return Error::internal("libxlsxwriter cannot create " + tempPath.toStdString());
    const Formats formats = makeFormats(wb);
    std::vector<QString> names;
    lxw_error err = LXW_NO_ERROR;
    for (const Table& t : sheets) {
        names.push_back(sheetName(t.name, names));
        if ((err = writeSheet(wb, t, names.back(), formats)) != LXW_NO_ERROR)
            break;
    }
    const lxw_error closed = workbook_close(wb); // frees wb in every case
    if (err == LXW_NO_ERROR)
        err = closed;
    if (err != LXW_NO_ERROR)
        return Error::internal(std::string("cannot write the XLSX file: ") + lxw_strerror(err));
    return {};
}

} // namespace

QString sheetName(const QString& wanted, const std::vector<QString>& taken)
{
    QString base = wanted;
    for (QChar bad : QStringLiteral("[]:*?/\\"))
        base.replace(bad, QLatin1Char('_'));
    base = base.trimmed().left(28);
    if (base.isEmpty() || base.startsWith(QLatin1Char('\'')))
        base.prepend(QStringLiteral("Sheet"));
    QString name = base.left(31);
    for (int i = 2; std::find(taken.begin(), taken.end(), name) != taken.end(); ++i)
        name = base + QLatin1Char('_') + QString::number(i);
    return name;
}

Status writeXlsx(const std::vector<Table>& sheets, const QString& path)
{
    if (sheets.empty())
        return Error::usage("an XLSX file needs at least one sheet");
    return writeViaTempPath(path, [&](const QString& temp) { return fillWorkbook(sheets, temp); });
}

} // namespace sa::report
