#pragma once
// Little-endian packing shared by the rollup payloads (ActivityRollup, DealSnapshot): fixed-width
// values, and for the snapshot's columns frame-of-reference integers with a NULL bitmap and
// interned texts. docs/STORAGE.md, "Rollups", describes the layouts.
#include "common/Result.h"
#include "metrics/AuditData.h"

#include <bit>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace sa::rollup::pack {

template <class T> T toLittle(T v)
{
    if constexpr (std::endian::native == std::endian::big && sizeof(T) > 1) {
        if constexpr (sizeof(T) == 8)
            return static_cast<T>(__builtin_bswap64(static_cast<std::uint64_t>(v)));
        else if constexpr (sizeof(T) == 4)
            return static_cast<T>(__builtin_bswap32(static_cast<std::uint32_t>(v)));
        else
            return static_cast<T>(__builtin_bswap16(static_cast<std::uint16_t>(v)));
    }
    return v;
}

class Writer {
public:
    explicit Writer(std::size_t reserve = 0) { m_out.reserve(reserve); }
    template <class T> void put(T v)
    {
        v = toLittle(v);
        char b[sizeof(T)];
        std::memcpy(b, &v, sizeof(T));
        m_out.append(b, sizeof(T));
    }
    void bytes(std::string_view b) { m_out.append(b); }
    /// Overwrites the value put earlier at byte `offset` (a count known only later).
    template <class T> void patch(std::size_t offset, T v)
    {
        v = toLittle(v);
        std::memcpy(m_out.data() + offset, &v, sizeof(T));
    }
    std::string take() { return std::move(m_out); }

private:
    std::string m_out;
};

/// Reads fixed-width values. get() is unchecked (the caller has checked the length, or asks
/// has() first); take() checks.
class Reader {
public:
    explicit Reader(std::string_view b)
        : m_p(b.data())
        , m_end(b.data() + b.size())
    {
    }
    template <class T> T get()
    {
        T v;
        std::memcpy(&v, m_p, sizeof(T));
        m_p += sizeof(T);
        return toLittle(v);
    }
    std::uint8_t byte() { return static_cast<std::uint8_t>(*m_p++); }
    [[nodiscard]] bool has(std::uint64_t n) const noexcept { return n <= static_cast<std::uint64_t>(m_end - m_p); }
    /// The next n bytes, or false (nothing consumed) when fewer are left.
    bool take(std::uint64_t n, std::string_view& out)
    {
        if (!has(n))
            return false;
        out = std::string_view(m_p, static_cast<std::size_t>(n));
        m_p += n;
        return true;
    }
    [[nodiscard]] std::size_t left() const noexcept { return static_cast<std::size_t>(m_end - m_p); }

private:
    const char* m_p;
    const char* m_end;
};

/// Collects one integer column (NULLs allowed) and writes it packed: width byte (1, 2, 4, 8; 0 only
/// for no rows, so that a reader can bound a row count by the bytes present), NULL flag byte, base
/// (int64), the NULL bitmap when there are NULLs, then value − base per row in `width` bytes (0 for
/// NULL rows).
class IntColumnBuilder {
public:
    void reserve(std::size_t n) { m_values.reserve(n); }
    void push(std::int64_t v) { m_values.push_back(v), m_null.push_back(false); }
    void pushNull() { m_values.push_back(0), m_null.push_back(true), m_hasNull = true; }
    [[nodiscard]] std::size_t size() const noexcept { return m_values.size(); }
    void write(Writer& w) const;

private:
    std::vector<std::int64_t> m_values;
    std::vector<bool> m_null;
    bool m_hasNull = false;
};

/// A decoded view of a column written by IntColumnBuilder (points into the payload).
class IntColumn {
public:
    /// Reads a column of `rows` values; an error names `what` when the bytes do not fit.
    static Result<IntColumn> read(Reader& in, std::uint64_t rows, const char* what);
    [[nodiscard]] bool isNull(std::size_t i) const noexcept
    {
        return m_nulls && (static_cast<std::uint8_t>(m_nulls[i >> 3]) >> (i & 7) & 1) != 0;
    }
    /// The value of row i (0 for NULL rows, as sqlite3_column_int64 reads them).
    [[nodiscard]] std::int64_t at(std::size_t i) const noexcept
    {
        if (isNull(i))
            return 0;
        return static_cast<std::int64_t>(static_cast<std::uint64_t>(m_base) + raw(i));
    }
    [[nodiscard]] std::int64_t orElse(std::size_t i, std::int64_t ifNull) const noexcept
    {
        return isNull(i) ? ifNull : at(i);
    }

private:
    std::uint64_t raw(std::size_t i) const noexcept;
    int m_width = 0;
    std::int64_t m_base = 0;
    const char* m_nulls = nullptr;
    const char* m_data = nullptr;
};

/// Texts interned in order of first use; written as count + (length, bytes) per entry.
class TextDictionary {
public:
    /// Code of `text` (added when new).
    std::int64_t code(std::string_view text) { return m_texts.intern(text); }
    void write(Writer& w) const;
    static Result<std::vector<std::string_view>> read(Reader& in, const char* what);

private:
    metrics::Dictionary m_texts;
};

} // namespace sa::rollup::pack
