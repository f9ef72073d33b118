#include "MeasureFixture.h"

#include "common/DateTime.h"
#include "store/Sqlite.h"

#include <catch2/catch.hpp>

namespace sa::test {

MeasureFixture::MeasureFixture(const std::string& asOf)
    : m_project(makeProject(m_dir.file("m.sqlite")))
{
    auto p = Params::loadFile(Params::defaultCatalogueDir() + "/refs.json");
    REQUIRE(p.ok());
    params = *p;
    sql("UPDATE audit SET as_of = " + std::to_string(t(asOf)));
}

std::int64_t MeasureFixture::t(const std::string& iso)
{
    auto v = iso.size() > 10 ? parseIsoDateTime(iso) : parseIsoDate(iso);
    REQUIRE(v.has_value());
    return *v;
}

void MeasureFixture::sql(const std::string& statement)
{
    auto s = m_project.db().exec(statement);
    INFO(statement);
    REQUIRE(s.ok());
}

std::int64_t MeasureFixture::insert(const std::string& table, std::initializer_list<std::pair<const char*, Cell>> cells)
{
    std::string cols, marks;
    for (const auto& [name, v] : cells) {
        cols += (cols.empty() ? "" : ", ") + std::string(name);
        marks += marks.empty() ? "?" : ", ?";
    }
    auto st = m_project.db().prepare("INSERT INTO " + table + " (" + cols + ") VALUES (" + marks + ")");
    REQUIRE(st.ok());
    int i = 1;
    for (const auto& [name, v] : cells) {
        if (std::holds_alternative<std::nullptr_t>(v))
            st->bindNull(i);
        else if (auto* n = std::get_if<std::int64_t>(&v))
            st->bind(i, *n);
        else if (auto* d = std::get_if<double>(&v))
            st->bind(i, *d);
        else
            st->bind(i, std::get<std::string>(v));
        ++i;
    }
    auto r = st->run();
    INFO(table);
    REQUIRE(r.ok());
    return m_project.db().lastInsertRowId();
}

std::int64_t MeasureFixture::manager(const std::string& name, const std::string& role)
{
    return insert("managers", { { "name", name }, { "role", role } });
}

std::int64_t MeasureFixture::client(const std::string& name, const std::string& category)
{
    if (category.empty())
        return insert("clients", { { "name", name } });
    return insert("clients", { { "name", name }, { "category", category } });
}

void MeasureFixture::order(std::int64_t c, const std::string& date, double amount)
{
    insert("orders",
        { { "client_id", c }, { "order_date", t(date) }, { "amount", money(amount) },
            { "status", std::string("paid") } });
}

std::int64_t MeasureFixture::stage(const std::string& name, int ord, const std::string& terminal, bool mandatory)
{
    return insert("stages",
        { { "name", name }, { "name_key", name }, { "ord", std::int64_t { ord } }, { "terminal", terminal },
            { "mandatory", std::int64_t { mandatory ? 1 : 0 } } });
}

std::int64_t MeasureFixture::deal(const std::string& created, const std::string& status, const std::string& closed,
    double amount, std::int64_t owner, std::int64_t c)
{
    return insert("deals",
        { { "created_at", t(created) }, { "status", status },
            { "closed_at", closed.empty() ? Cell { nullptr } : Cell { t(closed) } }, { "amount", money(amount) },
            { "owner_id", owner ? Cell { owner } : Cell { nullptr } },
            { "client_id", c ? Cell { c } : Cell { nullptr } } });
}

const scoring::Measurement& MeasureFixture::measure(const std::string& id)
{
    auto r = scoring::measureAll(m_project, params);
    if (!r.ok())
        FAIL(r.error().describe());
    m_last = std::move(r).value();
    for (const auto& m : m_last)
        if (m.criterionId == id)
            return m;
    FAIL("no measurement for " << id);
    return m_last.front();
}

const scoring::PartMeasurement& MeasureFixture::part(const std::string& id, const std::string& partId)
{
    const auto& m = measure(id);
    for (const auto& p : m.parts)
        if (p.id == partId)
            return p;
    FAIL("no part " << partId << " in " << id);
    return m.parts.front();
}

double MeasureFixture::value(const std::string& id, const std::string& key, const std::string& partId)
{
    const auto& p = part(id, partId);
    for (const auto& i : p.indicators)
        if (i.key == key)
            return i.value;
    FAIL(id << " has no indicator " << key << " (reason " << scoring::toString(p.reason) << ": " << p.note << ")");
    return 0;
}

} // namespace sa::test
