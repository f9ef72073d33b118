#include "AuditInfo.h"

#include "Sqlite.h"
#include "common/Text.h"

namespace sa::store {

const char* toString(Variant v) noexcept
{
    switch (v) {
    case Variant::Express:
        return "express";
    case Variant::Standard:
        return "standard";
    case Variant::Premium:
        return "premium";
    }
    return "standard";
}

std::optional<Variant> parseVariant(std::string_view s) noexcept
{
    if (s == "express")
        return Variant::Express;
    if (s == "standard")
        return Variant::Standard;
    if (s == "premium")
        return Variant::Premium;
    return std::nullopt;
}

Result<AuditInfo> readAuditInfo(const Connection& db)
{
    auto st = db.prepare("SELECT company, variant, period_from, period_to, as_of, currency, currency_exponent,"
                         " consultant, annual_plan, notes, created_at, updated_at FROM audit WHERE id = 1");
    if (!st)
        return st.error();
    auto r = st->step();
    if (!r)
        return r.error();
    if (!*r)
        return Error::rejected("the project file has no audit record");
    AuditInfo a;
    a.company = st->getText(0);
    a.variant = parseVariant(st->getTextView(1)).value_or(Variant::Standard);
    a.periodFrom = st->getOptInt(2);
    a.periodTo = st->getOptInt(3);
    a.asOf = st->getOptInt(4);
    a.currency = { st->getText(5), static_cast<int>(st->getInt(6)) };
    a.consultant = st->getText(7);
    a.annualPlan = st->getOptInt(8);
    a.notes = st->getText(9);
    a.createdAt = st->getInt(10);
    a.updatedAt = st->getInt(11);
    return a;
}

Status writeAuditInfo(Connection& db, const AuditInfo& a)
{
    auto st = db.prepare("INSERT OR REPLACE INTO audit (id, company, variant, period_from, period_to, as_of, currency,"
                         " currency_exponent, consultant, annual_plan, notes, created_at, updated_at)"
                         " VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!st)
        return st.error();
    st->bind(1, a.company)
        .bind(2, toString(a.variant))
        .bind(3, a.periodFrom)
        .bind(4, a.periodTo)
        .bind(5, a.asOf)
        .bind(6, a.currency.code)
        .bind(7, a.currency.exponent)
        .bind(8, a.consultant)
        .bind(9, a.annualPlan)
        .bind(10, a.notes)
        .bind(11, a.createdAt)
        .bind(12, a.updatedAt);
    return st->run();
}

Status validateAuditInfo(const AuditInfo& a)
{
    if (text::trim(a.company).empty())
        return Error::usage("the company name must not be empty");
    if (a.periodFrom && a.periodTo && *a.periodFrom > *a.periodTo)
        return Error::usage("the audit period starts after it ends");
    if (a.currency.code.size() != 3)
        return Error::usage("the currency must be a three-letter ISO 4217 code");
    if (a.currency.exponent < 0 || a.currency.exponent > 4)
        return Error::usage("the currency exponent must be between 0 and 4");
    return {};
}

} // namespace sa::store
