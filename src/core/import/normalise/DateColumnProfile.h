#pragma once
// Dates as CRM exports write them, with the day/month order decided per COLUMN from all its
// values, never row by row.
//
// Accepted forms:
//   ISO       2024-03-01, 2024-03-01 10:15[:30], 2024-03-01T10:15:30[.123][Z|±hh:mm] (zone ignored:
//             values are naive local time), and the "YYYY-MM-DD[ HH:MM:SS]" text the XLSX reader emits
//   d-m-y     dd.mm.yyyy, dd-mm-yyyy, d/m/yyyy and the month-first m/d/yyyy, each with an optional
//             " HH:MM[:SS]" and " AM"/" PM"; amoCRM writes "dd-mm-yyyy HH:MM:SS"
//   2-digit   dd.mm.yy, m/d/yy — years by the POSIX strptime %y pivot: 00–69 → 2000–2069,
//             70–99 → 1970–1999
//   serial    Excel serial day numbers (1900 system, Lotus leap-year bug honoured), only when
//             every value of the column is a plain number
//
// Order rule (resolve): any value whose first part is > 12 → day-first; any whose second part
// is > 12 → month-first; both → the column is inconsistent (error with an example of each);
// neither → default by separator: '.' and '-' day-first, '/' month-first, with a note.
#include "common/DateTime.h"
#include "common/Result.h"

#include <optional>
#include <string>
#include <string_view>

namespace sa::import::normalise {

enum class DateOrder { DayFirst, MonthFirst };

/// How a column's dates are written, as decided by DateColumnProfile::resolve().
struct DateFormat {
    DateOrder order = DateOrder::DayFirst; ///< for d-m-y values; ISO values are always accepted
    char separator = '.'; ///< the separator most values use ('.', '-', '/'), for messages
    bool excelSerial = false; ///< the column holds Excel serial numbers (1900 system)
    bool isoOnly = false; ///< every value was ISO year-first
    bool decided = true; ///< false = the order is the separator's default
    std::string note; ///< why, for the import summary; empty if obvious

    /// "dd.mm.yyyy", "m/d/yyyy", "yyyy-mm-dd", "Excel serial number"
    [[nodiscard]] std::string describe() const;
};

struct ParsedDate {
    LocalSeconds value = 0;
    bool hasTime = false; ///< the text carried a time of day (even 00:00)
};

class DateColumnProfile {
public:
    /// Looks at one raw value (empty values are ignored; unparseable ones are counted).
    void observe(std::string_view text);
    /// Decides the column's format from everything observed (see the order rule above).
    [[nodiscard]] Result<DateFormat> resolve() const;
    [[nodiscard]] long long observed() const noexcept { return m_observed; }
    /// False while d-m-y values were seen but none of them fixes the day/month order yet.
    [[nodiscard]] bool orderKnown() const noexcept
    {
        return m_dmy == 0 || !m_dayFirstExample.empty() || !m_monthFirstExample.empty();
    }
    /// Same as the free function parseDate().
    [[nodiscard]] static Result<ParsedDate> parse(std::string_view text, const DateFormat& format);

private:
    long long m_observed = 0;
    long long m_other = 0; ///< values that are no date at all
    long long m_numeric = 0; ///< plain numbers (Excel serial candidates)
    long long m_dmy = 0; ///< d-m-y shaped values
    long long m_iso = 0;
    long long m_bySeparator[3] = { 0, 0, 0 }; ///< '.', '-', '/'
    std::string m_dayFirstExample; ///< a value whose first part is > 12
    std::string m_monthFirstExample; ///< a value whose second part is > 12
};

/// Parses one value in the column's format. Failure reason e.g. "not a date in the column's
/// format dd.mm.yyyy" or "not a real date (31.02.2024)".
[[nodiscard]] Result<ParsedDate> parseDate(std::string_view text, const DateFormat& format);

/// Excel serial day number (1900 system with the Lotus 1900-02-29 bug, or 1904) to local seconds;
/// fractional days are the time of day, rounded to the second. nullopt when out of range.
[[nodiscard]] std::optional<LocalSeconds> excelSerialToLocal(double serial, bool date1904 = false) noexcept;

} // namespace sa::import::normalise
