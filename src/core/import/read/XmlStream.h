#pragma once
// Expat, hardened for untrusted XML parts of an .xlsx: any DOCTYPE (and so any entity
// declaration — the "billion laughs" attack) stops the parse with an error; external
// entities are never loaded. Element names come without their namespace prefix.
#include "common/Result.h"

#include <string>
#include <string_view>

struct XML_ParserStruct;

namespace sa::import::read {

class XmlHandler {
public:
    virtual ~XmlHandler() = default;
    /// attrs: expat's NULL-terminated name/value array (names without prefix via attr()).
    virtual void start(std::string_view name, const char** attrs) = 0;
    virtual void end(std::string_view name) = 0;
    virtual void text(std::string_view chars) = 0;
    /// A problem found by the handler stops the parse and is returned by feed().
    void fail(Error e)
    {
        m_error = std::move(e);
        m_failed = true;
    }
    [[nodiscard]] bool failed() const noexcept { return m_failed; }
    [[nodiscard]] const Error& error() const noexcept { return m_error; }

    /// The value of attribute `name` (prefix ignored), or nullptr.
    static const char* attr(const char** attrs, std::string_view name) noexcept;

private:
    Error m_error;
    bool m_failed = false;
};

class XmlStream {
public:
    XmlStream(XmlHandler& handler, std::string archive, std::string part);
    ~XmlStream();
    XmlStream(const XmlStream&) = delete;
    XmlStream& operator=(const XmlStream&) = delete;

    /// Parses the next piece of the document; `last` marks its end.
    Status feed(const char* data, std::size_t n, bool last);

private:
    XML_ParserStruct* m_parser;
    XmlHandler& m_handler;
    std::string m_archive;
    std::string m_part;
    bool m_doctype = false;

    friend struct XmlCallbacks;
};

/// Element name without its namespace prefix ("x:row" → "row").
[[nodiscard]] std::string_view localName(std::string_view qualified) noexcept;

} // namespace sa::import::read
