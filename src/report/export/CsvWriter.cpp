#include "CsvWriter.h"

#include "AtomicWrite.h"

namespace sa::report {

namespace {

bool startsFormula(QChar c)
{
    switch (c.unicode()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
    case '\n':
    case 0:
        return true;
    default:
        return false;
    }
}

QString quoted(const QString& text, QChar delimiter)
{
    const bool needs = text.contains(delimiter) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n'))
        || text.contains(QLatin1Char('\r'));
    if (!needs)
        return text;
    QString out = text;
    out.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

QString number(double v, QChar decimalMark)
{
    QString s = QString::number(v, 'g', 15);
    if (decimalMark != QLatin1Char('.'))
        s.replace(QLatin1Char('.'), decimalMark);
    return s;
}

QString cellText(const TableCell& cell, QChar delimiter, QChar decimalMark)
{
    if (const auto* d = std::get_if<double>(&cell.value))
        return quoted(number(*d, decimalMark), delimiter);
    if (const auto* s = std::get_if<QString>(&cell.value))
        return quoted(neutraliseFormula(*s), delimiter);
    return {};
}

} // namespace

QString neutraliseFormula(const QString& text)
{
    if (!text.isEmpty() && startsFormula(text.front()))
        return QLatin1Char('\'') + text;
    return text;
}

QByteArray toCsv(const Table& table, const CsvOptions& options)
{
    const QChar delimiter = options.delimiter;
    const QChar mark
        = options.decimalMark.value_or(delimiter == QLatin1Char(';') ? QLatin1Char(',') : QLatin1Char('.'));
    QString out;
    auto line = [&](const std::vector<TableCell>& cells) {
        for (size_t i = 0; i < cells.size(); ++i) {
            if (i)
                out += delimiter;
            out += cellText(cells[i], delimiter, mark);
        }
        out += QStringLiteral("\r\n");
    };
    std::vector<TableCell> header(table.header.begin(), table.header.end());
    line(header);
    for (const auto& row : table.rows)
        line(row);
    QByteArray bytes = options.bom ? QByteArray("\xEF\xBB\xBF") : QByteArray();
    return bytes + out.toUtf8();
}

Status writeCsv(const Table& table, const QString& path, const CsvOptions& options)
{
    if (options.delimiter != QLatin1Char(';') && options.delimiter != QLatin1Char(','))
        return Error::usage("the CSV delimiter must be ';' or ','");
    return writeFileAtomically(path, toCsv(table, options));
}

} // namespace sa::report
