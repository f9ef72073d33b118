// RevenueBook::build: the order of events (by client, by time within a client, ties in input
// order, clientless last) and the per-client and per-time sums built on it.
#include "common/DateTime.h"
#include "metrics/RevenueBook.h"

#include <catch2/catch.hpp>

using namespace sa;
using namespace sa::metrics;

namespace {

LocalSeconds day(int d)
{
    return *parseIsoDate("2025-01-01") + static_cast<LocalSeconds>(d - 1) * kSecondsPerDay;
}

RevenueEvent event(std::int32_t client, int d, Minor amount, std::int32_t deal)
{
    RevenueEvent e;
    e.client = client;
    e.at = day(d);
    e.amount = amount;
    e.deal = deal;
    return e;
}

} // namespace

TEST_CASE("RevenueBook orders events by client, then time, ties in input order", "[metrics][revenue]")
{
    // Three clients (row 1 has no events), two clientless events; client 2 out of time order with a
    // tie on day 5 (deals 20 then 21 in the input).
    std::vector<RevenueEvent> in { event(2, 9, 100, 22), event(-1, 3, 7, 90), event(0, 2, 50, 10), event(2, 5, 30, 20),
        event(0, 1, 40, 11), event(2, 5, 60, 21), event(-1, 1, 5, 91) };
    RevenueBook book;
    book.build(in, 3, RevenueBook::Basis::Orders);
    std::vector<std::int32_t> deals;
    for (const auto& e : book.events())
        deals.push_back(e.deal);
    CHECK(deals == std::vector<std::int32_t> { 11, 10, 20, 21, 22, 91, 90 });
    CHECK(book.clientBegin(0) == 0);
    CHECK(book.clientEnd(0) == 2);
    CHECK(book.clientBegin(1) == book.clientEnd(1));
    CHECK(book.clientBegin(2) == 2);
    CHECK(book.clientEnd(2) == 5);

    const Period all = Period::ofDays(day(1), day(31));
    CHECK(book.total(all) == 292);
    CHECK(book.total(Period::ofDays(day(1), day(2))) == 95); // 40 + 50 + 5
    CHECK(book.ofClient(2, Period::ofDays(day(5), day(5))) == 90);
    CHECK(book.ofClient(1, all) == 0);
    CHECK(book.byClient(all, 3) == std::vector<Minor> { 90, 0, 190 });
    CHECK(book.firstAt() == day(1));
    CHECK(book.lastAt() == day(9));
}

TEST_CASE("RevenueBook without events or without clients", "[metrics][revenue]")
{
    RevenueBook empty;
    empty.build({}, 4, RevenueBook::Basis::Orders);
    CHECK(empty.empty());
    CHECK(empty.basis() == RevenueBook::Basis::None);
    CHECK(empty.clientBegin(3) == empty.clientEnd(3));
    CHECK(empty.total(Period::ofDays(day(1), day(31))) == 0);

    RevenueBook anonymous;
    anonymous.build({ event(-1, 4, 10, 1), event(-1, 2, 20, 2) }, 0, RevenueBook::Basis::Deals);
    REQUIRE(anonymous.events().size() == 2);
    CHECK(anonymous.events()[0].deal == 2); // clientless events are ordered by time too
    CHECK(anonymous.total(Period::ofDays(day(1), day(3))) == 20);
}
