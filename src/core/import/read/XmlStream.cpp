#include "import/read/XmlStream.h"

#include <expat.h>

namespace sa::import::read {

std::string_view localName(std::string_view q) noexcept
{
    const std::size_t colon = q.rfind(':');
    return colon == std::string_view::npos ? q : q.substr(colon + 1);
}

const char* XmlHandler::attr(const char** attrs, std::string_view name) noexcept
{
    for (int i = 0; attrs && attrs[i]; i += 2)
        if (localName(attrs[i]) == name)
            return attrs[i + 1];
    return nullptr;
}

struct XmlCallbacks {
    static XmlStream& self(void* p) { return *static_cast<XmlStream*>(p); }
    static void start(void* p, const XML_Char* name, const XML_Char** attrs)
    {
        if (!self(p).m_handler.failed())
            self(p).m_handler.start(localName(name), attrs);
        if (self(p).m_handler.failed())
            XML_StopParser(self(p).m_parser, XML_FALSE);
    }
    static void end(void* p, const XML_Char* name)
    {
        if (!self(p).m_handler.failed())
            self(p).m_handler.end(localName(name));
        if (self(p).m_handler.failed())
            XML_StopParser(self(p).m_parser, XML_FALSE);
    }
    static void text(void* p, const XML_Char* s, int len)
    {
        if (!self(p).m_handler.failed())
            self(p).m_handler.text(std::string_view(s, static_cast<std::size_t>(len)));
        if (self(p).m_handler.failed())
            XML_StopParser(self(p).m_parser, XML_FALSE);
    }
    static void doctype(void* p, const XML_Char*, const XML_Char*, const XML_Char*, int)
    {
        self(p).m_doctype = true;
        XML_StopParser(self(p).m_parser, XML_FALSE);
    }
    static void entity(void* p, const XML_Char*, int, const XML_Char*, int, const XML_Char*, const XML_Char*,
        const XML_Char*, const XML_Char*)
    {
        self(p).m_doctype = true;
        XML_StopParser(self(p).m_parser, XML_FALSE);
    }
    static int external(XML_Parser, const XML_Char*, const XML_Char*, const XML_Char*, const XML_Char*)
    {
        return XML_STATUS_ERROR;
    }
};

XmlStream::XmlStream(XmlHandler& handler, std::string archive, std::string part)
    : m_parser(XML_ParserCreate("UTF-8"))
    , m_handler(handler)
    , m_archive(std::move(archive))
    , m_part(std::move(part))
{
    XML_SetUserData(m_parser, this);
    XML_SetElementHandler(m_parser, &XmlCallbacks::start, &XmlCallbacks::end);
    XML_SetCharacterDataHandler(m_parser, &XmlCallbacks::text);
    XML_SetStartDoctypeDeclHandler(m_parser, &XmlCallbacks::doctype);
    XML_SetEntityDeclHandler(m_parser, &XmlCallbacks::entity);
    XML_SetExternalEntityRefHandler(m_parser, &XmlCallbacks::external);
    XML_SetParamEntityParsing(m_parser, XML_PARAM_ENTITY_PARSING_NEVER);
}

XmlStream::~XmlStream()
{
    XML_ParserFree(m_parser);
}

Status XmlStream::feed(const char* data, std::size_t n, bool last)
{
    const XML_Status st = XML_Parse(m_parser, data, static_cast<int>(n), last ? 1 : 0);
    if (m_doctype)
        return Error::rejected("the archive's " + m_part
                + " contains a DOCTYPE declaration, which no Excel file has — refusing (XML entity "
                  "expansion attack)",
            m_archive);
    if (m_handler.failed())
        return m_handler.error();
    if (st != XML_STATUS_OK)
        return Error::rejected("the archive's " + m_part + " is not well-formed XML ("
                + XML_ErrorString(XML_GetErrorCode(m_parser)) + " at line "
                + std::to_string(XML_GetCurrentLineNumber(m_parser)) + ")",
            m_archive);
    return {};
}

} // namespace sa::import::read
