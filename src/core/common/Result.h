#pragma once
// Result<T>: the value-or-error type every public core function returns.
// Exceptions never cross the core library boundary.
#include <cassert>
#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace sa {

/// What kind of failure; the CLI maps it to its exit code (PRODUCT.md contract).
enum class ErrorKind {
    Usage, ///< the caller asked for something malformed (exit 2)
    InputRejected, ///< a file or value was refused; nothing was written (exit 3)
    Internal, ///< a bug or an environment failure such as I/O (exit 1)
    Cancelled, ///< the user cancelled; everything was rolled back
};

/// A located, user-facing error. `message` is English; `file`/`row`/`column` locate it when known.
struct Error {
    ErrorKind kind = ErrorKind::Internal;
    std::string message;
    std::string file;
    long long row = 0; ///< 1-based record number, 0 = unknown
    std::string column; ///< column header or letter, empty = unknown

    /// "file: row N, column C: message" with the parts that are known.
    [[nodiscard]] std::string describe() const;

    static Error usage(std::string msg) { return { ErrorKind::Usage, std::move(msg), {}, 0, {} }; }
    static Error rejected(std::string msg, std::string file = {}, long long row = 0, std::string column = {})
    {
        return { ErrorKind::InputRejected, std::move(msg), std::move(file), row, std::move(column) };
    }
    static Error internal(std::string msg) { return { ErrorKind::Internal, std::move(msg), {}, 0, {} }; }
    static Error cancelled()
    {
        return { ErrorKind::Cancelled, "cancelled by the user; nothing was changed", {}, 0, {} };
    }
};

template <class T> class [[nodiscard]] Result {
public:
    Result(T value)
        : m_v(std::in_place_index<0>, std::move(value))
    {
    }
    Result(Error error)
        : m_v(std::in_place_index<1>, std::move(error))
    {
    }

    [[nodiscard]] bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }
    T& value() &
    {
        assert(ok());
        return std::get<0>(m_v);
    }
    const T& value() const&
    {
        assert(ok());
        return std::get<0>(m_v);
    }
    T&& value() &&
    {
        assert(ok());
        return std::get<0>(std::move(m_v));
    }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }
    // By value: `for (x : *makeResult())` must not dangle once the temporary Result dies.
    T operator*() && { return std::move(*this).value(); }
    const Error& error() const
    {
        assert(!ok());
        return std::get<1>(m_v);
    }

private:
    std::variant<T, Error> m_v;
};

/// Result of an operation with no value.
class [[nodiscard]] Status {
public:
    Status() = default;
    Status(Error error)
        : m_error(std::move(error))
    {
    }
    [[nodiscard]] bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const
    {
        assert(m_error);
        return *m_error;
    }

private:
    std::optional<Error> m_error;
};

} // namespace sa
