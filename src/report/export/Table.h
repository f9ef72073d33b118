#pragma once
// A sheet of typed cells: the common input of the CSV and XLSX writers. Text stays text and numbers
// stay numbers, which is what lets the writers neutralise formulas in text only.
#include "ReportModel.h"

#include <QString>
#include <QStringList>
#include <optional>
#include <variant>
#include <vector>

namespace sa::report {

struct TableCell {
    std::variant<std::monostate, double, QString> value;
    std::optional<Light> light; ///< traffic-light formatting in XLSX; CSV prints the text only

    TableCell() = default;
    TableCell(QString text)
        : value(std::move(text))
    {
    }
    TableCell(const char* text)
        : value(QString::fromUtf8(text))
    {
    }
    TableCell(double number)
        : value(number)
    {
    }
    static TableCell optionalNumber(std::optional<double> v) { return v ? TableCell(*v) : TableCell(); }
    static TableCell status(Light l, QString text)
    {
        TableCell c(std::move(text));
        c.light = l;
        return c;
    }
};

struct Table {
    QString name; ///< sheet name
    QStringList header;
    std::vector<double> widths; ///< column widths in characters (XLSX); may be shorter than header
    std::vector<std::vector<TableCell>> rows;
};

/// Action plan rows as a table (one row per action), headers in the labels' language.
Table planTable(const std::vector<ActionRow>& plan, const Labels& labels, const QString& currency);
/// The model's action plan as a table.
Table planTable(const ReportModel& model);
/// The criteria with status, source, value and thresholds (one row per in-scope criterion measurement).
Table criteriaTable(const ReportModel& model);

} // namespace sa::report
