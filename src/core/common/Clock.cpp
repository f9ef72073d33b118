#include "Clock.h"

#include <ctime>

namespace sa {

LocalSeconds SystemClock::now() const
{
    const std::time_t t = std::time(nullptr);
    std::tm local {};
    localtime_r(&t, &local);
    return toLocalSeconds(
        { local.tm_year + 1900, local.tm_mon + 1, local.tm_mday }, { local.tm_hour, local.tm_min, local.tm_sec });
}

} // namespace sa
