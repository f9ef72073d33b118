#include "metrics/AuditData.h"

#include "common/Text.h"

#include <algorithm>

namespace sa::metrics {

Row Dictionary::intern(std::string_view text)
{
    if (const auto it = m_index.find(text); it != m_index.end())
        return it->second;
    const Row row = static_cast<Row>(m_values.size());
    m_values.emplace_back(text);
    m_index.emplace(std::string(text), row);
    return row;
}

std::vector<Row> Dictionary::absorb(const Dictionary& other)
{
    std::vector<Row> rows;
    rows.reserve(other.size());
    for (const auto& v : other.m_values)
        rows.push_back(intern(v));
    return rows;
}

void IdIndex::build(const std::vector<std::int64_t>& sortedIds)
{
    m_dense.clear();
    m_sparse.clear();
    if (sortedIds.empty())
        return;
    m_base = sortedIds.front();
    const auto span = sortedIds.back() - m_base + 1;
    // Dense when at most ~4 slots per row: O(1) lookups for the hot paths (activities → deals).
    if (span <= static_cast<std::int64_t>(sortedIds.size()) * 4 + 1024) {
        m_dense.assign(static_cast<std::size_t>(span), kNone);
        for (std::size_t i = 0; i < sortedIds.size(); ++i)
            m_dense[static_cast<std::size_t>(sortedIds[i] - m_base)] = static_cast<Row>(i);
    } else {
        m_sparse = sortedIds;
    }
}

Row IdIndex::find(std::int64_t id) const noexcept
{
    if (!m_dense.empty()) {
        const auto k = id - m_base;
        return k >= 0 && k < static_cast<std::int64_t>(m_dense.size()) ? m_dense[static_cast<std::size_t>(k)] : kNone;
    }
    const auto it = std::lower_bound(m_sparse.begin(), m_sparse.end(), id);
    return it != m_sparse.end() && *it == id ? static_cast<Row>(it - m_sparse.begin()) : kNone;
}

const char* toString(DealStatus s) noexcept
{
    switch (s) {
    case DealStatus::Won:
        return "won";
    case DealStatus::Lost:
        return "lost";
    case DealStatus::Open:
        break;
    }
    return "open";
}

const char* toString(Role r) noexcept
{
    static const char* const names[] = { "hunter", "farmer", "full_cycle", "sdr", "rop", "other" };
    return names[static_cast<int>(r)];
}

const char* toString(ActivityType t) noexcept
{
    static const char* const names[] = { "call", "meeting", "email", "message", "task" };
    return names[static_cast<int>(t)];
}

const char* toString(GrossMargin::Source s) noexcept
{
    switch (s) {
    case GrossMargin::Source::Financials:
        return "financials";
    case GrossMargin::Source::Orders:
        return "orders";
    case GrossMargin::Source::Param:
        return "param";
    case GrossMargin::Source::Unknown:
        break;
    }
    return "unknown";
}

std::int32_t ActivityDay::total() const noexcept
{
    std::int32_t n = 0;
    for (auto c : count)
        n += c;
    return n;
}

Row AuditData::dealRow(std::int64_t id) const noexcept
{
    return m_dealIndex.find(id);
}
Row AuditData::clientRow(std::int64_t id) const noexcept
{
    return m_clientIndex.find(id);
}
Row AuditData::managerRow(std::int64_t id) const noexcept
{
    return m_managerIndex.find(id);
}
Row AuditData::stageRow(std::int64_t id) const noexcept
{
    return m_stageIndex.find(id);
}
Row AuditData::channelRow(std::int64_t id) const noexcept
{
    return m_channelIndex.find(id);
}

bool AuditData::isGeneric(std::string_view text) const
{
    const auto key = text::matchKey(text);
    return key.empty() || std::binary_search(m_genericKeys.begin(), m_genericKeys.end(), key);
}

std::vector<Row> AuditData::orderedStages(std::string_view pipelineName) const
{
    std::vector<Row> rows;
    for (std::size_t i = 0; i < stages.size(); ++i)
        if (stages[i].pipelineName == pipelineName)
            rows.push_back(static_cast<Row>(i));
    std::stable_sort(rows.begin(), rows.end(), [&](Row a, Row b) {
        const auto& x = stages[static_cast<std::size_t>(a)];
        const auto& y = stages[static_cast<std::size_t>(b)];
        const bool tx = x.terminal != Terminal::None, ty = y.terminal != Terminal::None;
        return tx != ty ? ty : x.order < y.order;
    });
    return rows;
}

std::vector<std::string> AuditData::pipelineNames() const
{
    std::vector<std::string> names;
    for (const auto& s : stages)
        if (std::find(names.begin(), names.end(), s.pipelineName) == names.end())
            names.push_back(s.pipelineName);
    return names;
}

bool AuditData::isWorkday(LocalSeconds t) const noexcept
{
    const LocalSeconds day = startOfDay(t);
    return m_workdays[weekdayOf(day)] && !std::binary_search(m_holidays.begin(), m_holidays.end(), day);
}

int AuditData::workdays(const Period& p) const noexcept
{
    int n = 0;
    if (p.empty())
        return 0;
    for (LocalSeconds d = startOfDay(p.from); d <= p.to; d += kSecondsPerDay)
        n += isWorkday(d) ? 1 : 0;
    return n;
}

} // namespace sa::metrics
