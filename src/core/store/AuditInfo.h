#pragma once
// The audit's own metadata: the single row of table `audit`.
#include "common/DateTime.h"
#include "common/Money.h"
#include "common/Result.h"

#include <optional>
#include <string>

namespace sa::store {

class Connection;

enum class Variant { Express, Standard, Premium };

[[nodiscard]] const char* toString(Variant v) noexcept;
[[nodiscard]] std::optional<Variant> parseVariant(std::string_view s) noexcept;

struct AuditInfo {
    std::string company;
    Variant variant = Variant::Standard;
    std::optional<LocalSeconds> periodFrom;
    std::optional<LocalSeconds> periodTo;
    std::optional<LocalSeconds> asOf; ///< §2 as_of when set by the consultant; else derived from data
    Currency currency;
    std::string consultant;
    std::optional<Minor> annualPlan;
    std::string notes;
    LocalSeconds createdAt = 0;
    LocalSeconds updatedAt = 0;
};

Result<AuditInfo> readAuditInfo(const Connection& db);
/// Inserts or replaces the row; the caller owns the transaction.
Status writeAuditInfo(Connection& db, const AuditInfo& info);
/// Checks the fields a user typed (company non-empty, period order, currency code).
Status validateAuditInfo(const AuditInfo& info);

} // namespace sa::store
