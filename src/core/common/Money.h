#pragma once
// Money is an int64 count of minor units (kopecks, cents) of the audit currency. Statistics may
// work in double; results cross back through toMinor() (half away from zero) and nowhere else.
#include <cstdint>
#include <optional>
#include <string>

namespace sa {

using Minor = std::int64_t;

struct Currency {
    std::string code = "RUB"; ///< ISO 4217
    int exponent = 2; ///< minor units per major unit = 10^exponent
};

[[nodiscard]] double toMajor(Minor m, const Currency& c = {}) noexcept;
/// Rounds half away from zero; nullopt if the value does not fit in int64 or is not finite.
[[nodiscard]] std::optional<Minor> toMinor(double major, const Currency& c = {}) noexcept;
/// "1 234 567.89 RUB"-style plain formatting for logs and CLI tables (no locale).
[[nodiscard]] std::string formatMoney(Minor m, const Currency& c = {}, bool withCode = true);

} // namespace sa
