#include "rollup/Packing.h"

#include <algorithm>

namespace sa::rollup::pack {

namespace {

int widthFor(std::uint64_t span) noexcept
{
    if (span == 0)
        return 0;
    if (span <= 0xff)
        return 1;
    if (span <= 0xffff)
        return 2;
    if (span <= 0xffffffffu)
        return 4;
    return 8;
}

Error damaged(const char* what, const std::string& why)
{
    return Error::rejected(std::string("the ") + what + " column of a rollup is damaged (" + why
        + "); `salesaudit-cli optimize` rebuilds it");
}

} // namespace

void IntColumnBuilder::write(Writer& w) const
{
    std::int64_t lo = 0, hi = 0;
    bool any = false;
    for (std::size_t i = 0; i < m_values.size(); ++i)
        if (!m_null[i]) {
            lo = any ? std::min(lo, m_values[i]) : m_values[i];
            hi = any ? std::max(hi, m_values[i]) : m_values[i];
            any = true;
        }
    // At least one byte a row: a reader can then bound the row count by the payload's length.
    const int width
        = std::max(m_values.empty() ? 0 : 1, widthFor(static_cast<std::uint64_t>(hi) - static_cast<std::uint64_t>(lo)));
    w.put(static_cast<std::uint8_t>(width));
    w.put(static_cast<std::uint8_t>(m_hasNull ? 1 : 0));
    w.put(lo);
    if (m_hasNull) {
        std::string bits((m_values.size() + 7) / 8, '\0');
        for (std::size_t i = 0; i < m_values.size(); ++i)
            if (m_null[i])
                bits[i >> 3] = static_cast<char>(bits[i >> 3] | (1 << (i & 7)));
        w.bytes(bits);
    }
    for (std::size_t i = 0; i < m_values.size(); ++i) {
        const std::uint64_t d
            = m_null[i] ? 0 : static_cast<std::uint64_t>(m_values[i]) - static_cast<std::uint64_t>(lo);
        switch (width) {
        case 1:
            w.put(static_cast<std::uint8_t>(d));
            break;
        case 2:
            w.put(static_cast<std::uint16_t>(d));
            break;
        case 4:
            w.put(static_cast<std::uint32_t>(d));
            break;
        case 8:
            w.put(d);
            break;
        default:
            break;
        }
    }
}

Result<IntColumn> IntColumn::read(Reader& in, std::uint64_t rows, const char* what)
{
    if (!in.has(10))
        return damaged(what, "truncated header");
    IntColumn c;
    c.m_width = in.byte();
    const std::uint8_t flags = in.byte();
    c.m_base = in.get<std::int64_t>();
    if (c.m_width != 0 && c.m_width != 1 && c.m_width != 2 && c.m_width != 4 && c.m_width != 8)
        return damaged(what, "width " + std::to_string(c.m_width));
    if (flags > 1)
        return damaged(what, "flags " + std::to_string(flags));
    if (rows > (std::uint64_t(1) << 40) || !in.has(rows)) // every column takes at least a byte a row
        return damaged(what, "row count " + std::to_string(rows) + " beyond the payload");
    if (rows > 0 && c.m_width == 0)
        return damaged(what, "no bytes for " + std::to_string(rows) + " rows");
    std::string_view part;
    if (flags == 1) {
        if (!in.take((rows + 7) / 8, part))
            return damaged(what, "truncated NULL bitmap");
        c.m_nulls = part.data();
    }
    if (!in.take(rows * static_cast<std::uint64_t>(c.m_width), part))
        return damaged(what, "truncated values");
    c.m_data = part.data();
    return c;
}

std::uint64_t IntColumn::raw(std::size_t i) const noexcept
{
    switch (m_width) {
    case 1:
        return static_cast<std::uint8_t>(m_data[i]);
    case 2: {
        std::uint16_t v;
        std::memcpy(&v, m_data + 2 * i, 2);
        return toLittle(v);
    }
    case 4: {
        std::uint32_t v;
        std::memcpy(&v, m_data + 4 * i, 4);
        return toLittle(v);
    }
    case 8: {
        std::uint64_t v;
        std::memcpy(&v, m_data + 8 * i, 8);
        return toLittle(v);
    }
    default:
        return 0;
    }
}

void TextDictionary::write(Writer& w) const
{
    w.put(static_cast<std::uint32_t>(m_texts.size()));
    for (const auto& v : m_texts.values()) {
        w.put(static_cast<std::uint32_t>(v.size()));
        w.bytes(v);
    }
}

Result<std::vector<std::string_view>> TextDictionary::read(Reader& in, const char* what)
{
    if (!in.has(4))
        return damaged(what, "truncated dictionary");
    const std::uint32_t n = in.get<std::uint32_t>();
    if (!in.has(std::uint64_t(n) * 4))
        return damaged(what, "dictionary of " + std::to_string(n) + " entries in too few bytes");
    std::vector<std::string_view> out(n);
    for (auto& v : out) {
        if (!in.has(4))
            return damaged(what, "truncated dictionary");
        if (!in.take(in.get<std::uint32_t>(), v))
            return damaged(what, "truncated dictionary entry");
    }
    return out;
}

} // namespace sa::rollup::pack
