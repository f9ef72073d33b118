#include "import/read/CsvDialect.h"

#include "common/Text.h"

#include <set>

namespace sa::import::read {

namespace {

constexpr int kSniffRecords = 20;

// Field counts of the first records when split by `delim`.
std::vector<int> fieldCounts(std::string_view s, char delim, bool complete)
{
    std::vector<int> counts;
    bool quoted = false, blank = true;
    int fields = 1;
    for (std::size_t i = 0; i < s.size() && static_cast<int>(counts.size()) < kSniffRecords; ++i) {
        const char c = s[i];
        if (c == '"') {
            quoted = !quoted;
        } else if (quoted) {
            continue;
        } else if (c == delim) {
            ++fields;
        } else if (c == '\n' || c == '\r') {
            if (!blank)
                counts.push_back(fields);
            fields = 1;
            blank = true;
            continue;
        }
        blank = false;
    }
    if (complete && !blank && static_cast<int>(counts.size()) < kSniffRecords)
        counts.push_back(fields);
    return counts;
}

} // namespace

char detectDelimiter(std::string_view sample, bool complete)
{
    char best = ',';
    long long bestScore = 0;
    for (char d : { ',', ';', '\t', '|' }) {
        const auto counts = fieldCounts(sample, d, complete);
        if (counts.empty() || counts[0] < 2)
            continue;
        long long consistent = 0;
        for (int c : counts)
            consistent += c == counts[0];
        const long long score = consistent * 100000 + counts[0];
        if (score > bestScore) {
            best = d;
            bestScore = score;
        }
    }
    return best;
}

std::vector<std::string> uniqueHeader(const std::vector<std::string>& raw, std::vector<std::string>& notes)
{
    std::vector<std::string> out;
    std::set<std::string> seen;
    for (std::size_t i = 0; i < raw.size(); ++i) {
        std::string name(text::trim(raw[i]));
        if (name.empty()) {
            name = "Column " + std::to_string(i + 1);
            notes.push_back("column " + std::to_string(i + 1) + " has no header; named \"" + name + "\"");
        }
        std::string unique = name;
        for (int n = 2; seen.count(text::foldCase(unique)); ++n)
            unique = name + " (" + std::to_string(n) + ")";
        if (unique != name)
            notes.push_back("duplicate header \"" + name + "\" renamed \"" + unique + "\"");
        seen.insert(text::foldCase(unique));
        out.push_back(std::move(unique));
    }
    return out;
}

} // namespace sa::import::read
