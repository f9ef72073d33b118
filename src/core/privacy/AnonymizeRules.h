#pragma once
// Which columns of a project hold personal data and what becomes of them in an anonymised copy.
// Named columns are pseudonymised as whole values; every other TEXT column of every table is
// scrubbed (e-mails, phones and the named people replaced where they appear inside the text).
#include "store/Sqlite.h"

#include <string>
#include <vector>

namespace sa::privacy {

enum class Treatment {
    Person, ///< a person's name: Pseudonymiser::person(label, value)
    Client, ///< a client's name, key or reference: Pseudonymiser::client
    Deal, ///< a deal's free-text name: Pseudonymiser::deal
    PersonInn, ///< a 12-digit INN (a person's): Pseudonymiser::personInn
    MatchKeyOf, ///< recomputed as text::matchKey(source) after `source` is pseudonymised
    Scrub, ///< free text: Pseudonymiser::scrub
};

[[nodiscard]] const char* toString(Treatment t) noexcept; ///< "person", "client", ...

struct ColumnRule {
    std::string table;
    std::string column;
    Treatment treatment = Treatment::Scrub;
    std::string label; ///< Person: "Manager", "Respondent", ...; MatchKeyOf: the source column
    std::string where; ///< optional SQL condition limiting the rows
};

/// The named personal columns of schema v1 (docs/RELIABILITY.md lists them), Person rules first.
[[nodiscard]] const std::vector<ColumnRule>& personalColumns();

/// Every column rule for `db`: the named ones, then Scrub for each other TEXT column of every
/// ordinary table (full-text index tables excluded: they are rebuilt from `evidence`).
Result<std::vector<ColumnRule>> columnRules(const store::Connection& db);

} // namespace sa::privacy
