#include "ReportCommand.h"

#include "PdfReportWriter.h"
#include "ReportSupport.h"

#include <QString>
#include <ostream>

namespace sa::cli {

std::vector<OptionSpec> ReportCommand::options() const
{
    return { { "pdf", true, "FILE", "the PDF to write (atomically: an earlier file stays intact on failure)" },
        { "lang", true, "ru|en", "language of the report (default ru)" } };
}

int ReportCommand::run(const ParsedArgs& args, Context& ctx)
{
    if (args.positional.size() != 1)
        return usageError(ctx, *this, "expected exactly one PROJECT path");
    if (!args.has("pdf") || args.options.at("pdf").empty())
        return usageError(ctx, *this, "--pdf FILE is required");
    const auto lang = languageOption(args);
    if (!lang)
        return usageError(ctx, *this, lang.error().message);
    auto model = buildProjectReport(args.positional[0], *lang, ctx.clock);
    if (!model)
        return fail(ctx, model.error());
    ensureGuiApplication();
    const std::string& pdf = args.options.at("pdf");
    const auto pages = report::PdfReportWriter().write(*model, QString::fromStdString(pdf));
    if (!pages)
        return fail(ctx, pages.error());
    ctx.out << "wrote " << pdf << " (" << *pages << " pages)\n";
    return ExitOk;
}

} // namespace sa::cli
