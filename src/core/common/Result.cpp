#include "Result.h"

namespace sa {

std::string Error::describe() const
{
    std::string out;
    if (!file.empty())
        out += file + ": ";
    if (row > 0)
        out += "row " + std::to_string(row) + (column.empty() ? ": " : ", ");
    if (!column.empty())
        out += "column \"" + column + "\": ";
    out += message;
    return out;
}

} // namespace sa
