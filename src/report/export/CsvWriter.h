#pragma once
// CSV for Excel: UTF-8 with a BOM, RFC 4180 quoting, `;` or `,` as delimiter.
//
// Formula injection (OWASP "CSV Injection"): a TEXT cell that starts with `=`, `+`, `-`, `@`, tab,
// CR, LF or NUL gets a leading apostrophe, so a spreadsheet shows it as text and never evaluates
// it. Number cells are written by us from doubles (digits, one decimal mark, an optional leading
// minus) and stay numbers: "-12,5" is a number cell, never neutralised; the text "-12" is.
#include "Table.h"
#include "common/Result.h"

#include <QByteArray>

namespace sa::report {

struct CsvOptions {
    QChar delimiter = QLatin1Char(';');
    /// Decimal mark of number cells; by default ',' with ';' (Excel in ru/de locales) and '.' with ','.
    std::optional<QChar> decimalMark;
    bool bom = true;
};

/// The text cell as written before quoting: prefixed with ' when it could start a formula.
QString neutraliseFormula(const QString& text);
/// The whole table as CSV bytes (header row first).
QByteArray toCsv(const Table& table, const CsvOptions& options = {});
/// Writes the table atomically (temp file + rename); an earlier file stays intact on failure.
Status writeCsv(const Table& table, const QString& path, const CsvOptions& options = {});

} // namespace sa::report
