#include "ExportCommand.h"

#include "CsvWriter.h"
#include "JsonWriter.h"
#include "ReportSupport.h"
#include "XlsxWriter.h"
#include "scoring/ScoreJson.h"

#include <ostream>

namespace sa::cli {

std::vector<OptionSpec> ExportCommand::options() const
{
    return { { "json", true, "FILE", "the whole audit result as JSON" },
        { "xlsx", true, "FILE", "criteria and action plan as XLSX (text as strings, never formulas)" },
        { "csv", true, "FILE", "the action plan as CSV for Excel (UTF-8 with BOM, formulas neutralised)" },
        { "lang", true, "ru|en", "language of the texts (default ru)" },
        { "delimiter", true, ";|,", "CSV delimiter (default ;)" } };
}

int ExportCommand::run(const ParsedArgs& args, Context& ctx)
{
    if (args.positional.size() != 1)
        return usageError(ctx, *this, "expected exactly one PROJECT path");
    if (!args.has("json") && !args.has("xlsx") && !args.has("csv"))
        return usageError(ctx, *this, "give at least one of --json, --xlsx, --csv");
    const auto lang = languageOption(args);
    if (!lang)
        return usageError(ctx, *this, lang.error().message);
    report::CsvOptions csv;
    if (args.has("delimiter")) {
        const std::string& d = args.options.at("delimiter");
        if (d != ";" && d != ",")
            return usageError(ctx, *this, "--delimiter must be ';' or ','");
        csv.delimiter = QLatin1Char(d[0]);
    }
    scoring::ScoreResult score;
    auto model = buildProjectReport(args.positional[0], *lang, ctx.clock, &score);
    if (!model)
        return fail(ctx, model.error());
    auto path = [&](const char* name) { return QString::fromStdString(args.options.at(name)); };
    if (args.has("json")) {
        // The engine's deterministic score (as `score --json`) plus everything the report prints.
        nlohmann::json doc { { "score", nlohmann::json::parse(scoring::toJson(score).dump()) },
            { "report", report::toJson(*model) } };
        if (Status s = report::writeJson(doc, path("json")); !s)
            return fail(ctx, s.error());
    }
    if (args.has("xlsx"))
        if (Status s = report::writeXlsx({ report::criteriaTable(*model), report::planTable(*model) }, path("xlsx"));
            !s)
            return fail(ctx, s.error());
    if (args.has("csv"))
        if (Status s = report::writeCsv(report::planTable(*model), path("csv"), csv); !s)
            return fail(ctx, s.error());
    for (const char* name : { "json", "xlsx", "csv" })
        if (args.has(name))
            ctx.out << "wrote " << args.options.at(name) << "\n";
    return ExitOk;
}

} // namespace sa::cli
