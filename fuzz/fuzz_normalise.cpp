// Number, money and date normalisers with their column profiles on arbitrary text.
#include "import/normalise/DateColumnProfile.h"
#include "import/normalise/MoneyParser.h"
#include "import/normalise/NumberColumnProfile.h"
#include "import/normalise/NumberParser.h"

#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace sa::import::normalise;
    const std::string_view all(reinterpret_cast<const char*>(data), size);
    NumberColumnProfile numbers;
    DateColumnProfile dates;
    std::size_t start = 0;
    while (start <= all.size()) { // values separated by newlines
        std::size_t end = all.find('\n', start);
        if (end == std::string_view::npos)
            end = all.size();
        const std::string_view v = all.substr(start, end - start);
        numbers.observe(v);
        dates.observe(v);
        for (auto hint : { DecimalSeparator::Unknown, DecimalSeparator::Dot, DecimalSeparator::Comma }) {
            (void)parseMoney(v, 2, hint);
            (void)parseMoney(v, 0, hint);
            (void)parseNumber(v, hint);
        }
        DateFormat f;
        (void)parseDate(v, f);
        f.order = DateOrder::MonthFirst;
        f.excelSerial = true;
        (void)parseDate(v, f);
        start = end + 1;
    }
    (void)numbers.resolve();
    (void)numbers.note();
    if (auto f = dates.resolve(); f.ok())
        (void)f->describe();
    return 0;
}
