#include "DrillCommand.h"

#include "CommandSupport.h"
#include "CsvWriter.h"
#include "ScoringArgs.h"
#include "common/DateTime.h"
#include "common/Money.h"
#include "scoring/Drill.h"
#include "store/Schema.h"

#include <algorithm>
#include <charconv>
#include <ostream>
#include <sqlite3.h>

namespace sa::cli {

namespace {

bool endsWith(const std::string& s, const std::string& tail)
{
    return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

/// One stored value as a cell: dates (…_at, …_date; schema: local seconds) as dates, money
/// (amount, …_amount; schema: minor units) in major units, other numbers as numbers.
report::TableCell cellOf(const store::Statement& st, int col, const std::string& name, const Currency& currency)
{
    switch (sqlite3_column_type(st.handle(), col)) {
    case SQLITE_NULL:
        return {};
    case SQLITE_INTEGER:
        if (endsWith(name, "_at") || endsWith(name, "_date") || name == "month")
            return QString::fromStdString(formatDateTime(st.getInt(col), true));
        if (name == "amount" || endsWith(name, "_amount"))
            return toMajor(st.getInt(col), currency);
        return static_cast<double>(st.getInt(col));
    case SQLITE_FLOAT:
        return st.getDouble(col);
    default:
        return QString::fromStdString(st.getText(col));
    }
}

/// The records of `set` in id order with every column of its table (one scan, ids looked up in the
/// sorted set: no IN list of 100 000s of literals).
Result<report::Table> recordsTable(const store::Project& project, const scoring::RowSet& set)
{
    const auto& tables = store::entityTables();
    if (std::find(tables.begin(), tables.end(), set.table) == tables.end())
        return Error::internal("drill-down names an unknown table '" + set.table + "'");
    auto audit = project.auditInfo();
    if (!audit)
        return audit.error();
    auto st = project.db().prepare("SELECT * FROM " + set.table + " ORDER BY id");
    if (!st)
        return st.error();
    report::Table table;
    table.name = QString::fromStdString(set.table);
    std::vector<std::string> names;
    for (int c = 0; c < st->columnCount(); ++c)
        names.push_back(st->columnName(c)), table.header << QString::fromStdString(names.back());
    const auto& ids = *set.ids;
    for (auto more = st->step(); more; more = st->step()) {
        if (!*more)
            return table;
        if (!std::binary_search(ids.begin(), ids.end(), st->getInt(0)))
            continue;
        std::vector<report::TableCell> row;
        for (int c = 0; c < st->columnCount(); ++c)
            row.push_back(cellOf(*st, c, names[static_cast<std::size_t>(c)], audit->currency));
        table.rows.push_back(std::move(row));
    }
    return Error::internal("reading " + set.table + " failed");
}

void printSets(std::ostream& out, const std::string& id, const std::vector<scoring::RowSet>& sets)
{
    if (sets.empty()) {
        out << id << ": the measure names no records behind its value (not measured from rows, or no data).\n";
        return;
    }
    out << id << ": records behind the value\n";
    for (std::size_t i = 0; i < sets.size(); ++i) {
        const auto& ids = *sets[i].ids;
        out << "  " << i + 1 << ". " << sets[i].label << " (" << sets[i].table << "): " << ids.size() << "\n";
        if (ids.empty())
            continue;
        out << "     ids:";
        for (std::size_t k = 0; k < ids.size() && k < 20; ++k)
            out << (k ? ", " : " ") << ids[k];
        out << (ids.size() > 20 ? ", … (--json or --csv FILE for all)\n" : "\n");
    }
}

} // namespace

std::vector<OptionSpec> DrillCommand::options() const
{
    return { { "json", false, "", "print every set with all its ids as JSON on stdout" },
        { "csv", true, "FILE", "write the records of one set as CSV (UTF-8 with BOM, ';')" },
        { "set", true, "N", "the set --csv writes, 1-based (default 1)" }, catalogueOptionSpec() };
}

int DrillCommand::run(const ParsedArgs& args, Context& ctx)
{
    if (args.positional.size() != 2)
        return usageError(ctx, *this, "expected PROJECT and CRITERION");
    if (args.has("json") && args.has("csv"))
        return usageError(ctx, *this, "give at most one of --json, --csv");
    if (args.has("set") && !args.has("csv"))
        return usageError(ctx, *this, "--set chooses the set --csv writes: give --csv FILE too");
    auto project = openProject(args.positional[0], store::OpenMode::ReadOnly);
    if (!project)
        return fail(ctx, project.error());
    auto setup = scoring::loadScoringSetup(*project, catalogueDirOption(args));
    if (!setup)
        return fail(ctx, setup.error());
    auto drill = scoring::drillRows(*project, *setup, args.positional[1]);
    if (!drill)
        return fail(ctx, drill.error());
    if (args.has("json")) {
        ctx.out << nlohmann::json { { "criterion", drill->criterionId }, { "sets", scoring::rowSetsJson(drill->sets) } }
                       .dump(2)
                << "\n";
        return ExitOk;
    }
    if (!args.has("csv")) {
        printSets(ctx.out, drill->criterionId, drill->sets);
        return ExitOk;
    }
    return writeSetCsv(args, ctx, *project, *drill);
}

int DrillCommand::writeSetCsv(
    const ParsedArgs& args, Context& ctx, const store::Project& project, const scoring::Drill& drill) const
{
    const std::string text = args.has("set") ? args.options.at("set") : "1";
    std::size_t n = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
    if (ec != std::errc() || end != text.data() + text.size() || n == 0 || n > drill.sets.size())
        return usageError(ctx, *this,
            "--set must be a number from 1 to " + std::to_string(drill.sets.size()) + " (the sets of "
                + drill.criterionId + ")");
    const scoring::RowSet& set = drill.sets[n - 1];
    auto table = recordsTable(project, set);
    if (!table)
        return fail(ctx, table.error());
    if (Status s = report::writeCsv(*table, QString::fromStdString(args.options.at("csv"))); !s)
        return fail(ctx, s.error());
    ctx.err << "Wrote " << table->rows.size() << " " << set.table << " rows (" << set.label << ") to "
            << args.options.at("csv") << "\n";
    return ExitOk;
}

} // namespace sa::cli
