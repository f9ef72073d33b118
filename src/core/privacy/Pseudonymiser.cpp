#include "Pseudonymiser.h"

#include "Hmac.h"
#include "common/Text.h"

#include <algorithm>

namespace sa::privacy {

std::string Pseudonymiser::token(std::string_view domain, std::string_view value, std::size_t chars) const
{
    static constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford: no I L O U
    std::string message(domain);
    message += '\0';
    message += value;
    const Digest d = hmacSha256(m_key, message);
    std::string out;
    for (std::size_t i = 0; i < std::min<std::size_t>(chars, d.size() * 8 / 5); ++i) {
        const std::size_t bit = i * 5;
        const unsigned two = (unsigned(d[bit / 8]) << 8) | (bit / 8 + 1 < d.size() ? d[bit / 8 + 1] : 0);
        out += kAlphabet[(two >> (11 - bit % 8)) & 31];
    }
    return out;
}

std::string Pseudonymiser::person(std::string_view label, std::string_view name) const
{
    return std::string(label) + " " + token("person", text::matchKey(name), 8);
}

std::string Pseudonymiser::client(std::string_view value) const
{
    return "Client " + token("client", text::matchKey(value), 12);
}

std::string Pseudonymiser::deal(std::string_view name) const
{
    return "Deal " + token("deal", text::matchKey(name), 12);
}

std::string Pseudonymiser::personInn(std::string_view inn) const
{
    const std::string t(text::trim(inn));
    if (t.size() != 12 || t.find_first_not_of("0123456789") != std::string::npos)
        return std::string(inn);
    return "INN " + token("inn", t, 12);
}

void Pseudonymiser::addKnownName(std::string_view name, std::string pseudonym, NameMatcher::Kind kind)
{
    m_names.add(name, std::move(pseudonym), kind);
}

void Pseudonymiser::findKnownNames(std::string_view text, std::vector<Hit>& hits) const
{
    std::vector<NameMatcher::Hit> found;
    m_names.find(text, found);
    for (const NameMatcher::Hit& h : found)
        hits.push_back({ h.begin, h.end, *h.replacement });
}

std::string Pseudonymiser::scrub(std::string_view text) const
{
    std::vector<Hit> hits;
    for (const PiiMatch& m : findPersonalData(text)) {
        const std::string_view raw = text.substr(m.begin, m.end - m.begin);
        const bool email = m.kind == PiiKind::Email;
        const std::string tok = token(email ? "email" : "phone", canonicalForm(raw, m.kind), 8);
        hits.push_back({ m.begin, m.end, (email ? "[e-mail " : "[phone ") + tok + "]" });
    }
    findKnownNames(text, hits);
    std::stable_sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) { return a.begin < b.begin; });
    std::string out;
    std::size_t at = 0;
    for (const Hit& h : hits) {
        if (h.begin < at)
            continue; // overlaps an earlier replacement (e-mails and phones come first)
        out.append(text.substr(at, h.begin - at));
        out += h.replacement;
        at = h.end;
    }
    out.append(text.substr(at));
    return out;
}

bool Pseudonymiser::needsScrub(std::string_view text) const
{
    if (containsPersonalData(text))
        return true;
    std::vector<Hit> hits;
    findKnownNames(text, hits);
    return !hits.empty();
}

} // namespace sa::privacy
