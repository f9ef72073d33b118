#include "import/normalise/NumberColumnProfile.h"

#include "common/Text.h"

namespace sa::import::normalise {

namespace {

bool isDigit(char c) noexcept
{
    return c >= '0' && c <= '9';
}

// '.' or ',' when this one value proves its decimal separator, else 0 (see resolve()).
char evidenceOf(std::string_view t) noexcept
{
    int dots = 0, commas = 0;
    std::size_t lastDot = 0, lastComma = 0;
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (t[i] == 'e' || t[i] == 'E')
            break; // the exponent of "1.5E+3" is no separator evidence
        if (t[i] == '.') {
            ++dots;
            lastDot = i;
        }
        if (t[i] == ',') {
            ++commas;
            lastComma = i;
        }
    }
    if (dots && commas)
        return lastDot > lastComma ? '.' : ',';
    if (dots + commas > 1)
        return dots ? ',' : '.';
    if (dots + commas == 0)
        return 0;
    const std::size_t at = dots ? lastDot : lastComma;
    std::size_t after = 0, before = 0;
    while (at + 1 + after < t.size() && isDigit(t[at + 1 + after]))
        ++after;
    while (before < at && isDigit(t[at - 1 - before]))
        ++before;
    const bool leadingZero = before == 0 || (before == 1 && t[at - 1] == '0');
    if (after == 0)
        return 0; // "12." or a dot inside text: no evidence
    return (after != 3 || leadingZero) ? t[at] : 0;
}

} // namespace

void NumberColumnProfile::observe(std::string_view raw)
{
    const std::string_view t = text::trim(raw);
    if (t.empty())
        return;
    ++m_observed;
    const char e = evidenceOf(t);
    if (e == '.' && m_dotVotes++ == 0)
        m_dotExample = t;
    if (e == ',' && m_commaVotes++ == 0)
        m_commaExample = t;
}

Result<DecimalSeparator> NumberColumnProfile::resolve() const
{
    if (m_dotVotes && m_commaVotes)
        return Error::rejected(
            "the column mixes '.' and ',' as decimal separators ('" + m_dotExample + "' and '" + m_commaExample + "')");
    if (m_dotVotes)
        return DecimalSeparator::Dot;
    if (m_commaVotes)
        return DecimalSeparator::Comma;
    return DecimalSeparator::Unknown;
}

std::string NumberColumnProfile::note() const
{
    if (m_dotVotes && m_commaVotes)
        return "decimal separator inconsistent";
    if (m_dotVotes)
        return "decimal separator '.' (e.g. '" + m_dotExample + "')";
    if (m_commaVotes)
        return "decimal separator ',' (e.g. '" + m_commaExample + "')";
    return m_observed ? "decimal separator not decidable from the values; a lone separator is read as decimal" : "";
}

} // namespace sa::import::normalise
