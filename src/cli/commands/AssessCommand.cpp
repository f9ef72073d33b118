#include "AssessCommand.h"

#include "CommandSupport.h"
#include "ScoringArgs.h"
#include "common/Text.h"
#include "scoring/Assess.h"

#include <algorithm>
#include <cstdlib>
#include <functional>
#include <ostream>

namespace sa::cli {

std::string AssessCommand::summary() const
{
    return "Record the consultant's assessment of one criterion (exactly one mode per call):\n"
           "  --checklist a=yes,b=partly,c=no,d=na  checklist answers; standard/premium audits need\n"
           "        --evidence (note ids); in express an answer without evidence is stored as declared.\n"
           "  --rating 0|1|2 --basis TEXT   rating criteria (S3); the basis names the sample.\n"
           "  --status green|yellow|red|not_assessed --reason-category data_quality|business_context|\n"
           "        new_evidence|threshold_not_applicable --rationale TEXT  override; the automatic result\n"
           "        is kept; colouring a not-assessed criterion needs --evidence. --clear-override reverts.\n"
           "  --confirm-absent --rationale TEXT  the practice/field does not exist (type D, M1, M4, M7, L2):\n"
           "        the metric turns red. --clear-absent reverts.\n"
           "  --not-applicable --rationale TEXT  not applicable to this company. --clear-not-applicable.\n"
           "  --impact-class H|M|L|default  expert impact class for the bottleneck ranking.\n"
           "  --confirm-outlier  lets a calc impact above 30 % of revenue rank.\n"
           "  --threshold stalled_share.green=0.2[,stalled_share.yellow=0.4] --rationale TEXT  per-audit\n"
           "        threshold change (listed in the report appendix); --clear-threshold KEY.green reverts.\n"
           "  --param NAME=JSON --rationale TEXT  per-audit change of a criteria/refs.json parameter\n"
           "        (no CRITERION), e.g. --param gm=0.32; --clear-param NAME reverts.\n"
           "A rationale is at least one full sentence (20+ characters ending with . ! or ?).\n"
           "Invalid input: exit 2 (usage) or 3 (rejected) and nothing is written.";
}

std::vector<OptionSpec> AssessCommand::options() const
{
    return { { "checklist", true, "ITEM=ANSWER,...", "checklist answers (yes, partly, no, na)" },
        { "rating", true, "0..2", "rating of a rating criterion" },
        { "basis", true, "TEXT", "evidence basis of a rating" }, { "status", true, "STATUS", "override status" },
        { "reason-category", true, "C", "override reason category" },
        { "rationale", true, "TEXT", "rationale (override, confirm-absent, not-applicable, threshold, param)" },
        { "evidence", true, "ID,...", "evidence note ids" },
        { "author", true, "NAME", "who decided (overrides, parameter changes)" },
        { "clear-override", false, "", "revert the active override" },
        { "confirm-absent", false, "", "confirm the practice or field is absent" },
        { "clear-absent", false, "", "revert confirm-absent" },
        { "not-applicable", false, "", "mark the criterion not applicable" },
        { "clear-not-applicable", false, "", "revert not-applicable" },
        { "impact-class", true, "H|M|L|default", "expert impact class" },
        { "confirm-outlier", false, "", "confirm an outlier calc impact" },
        { "threshold", true, "KEY.LEVEL=V,...", "per-audit threshold change" },
        { "clear-threshold", true, "KEY.LEVEL", "revert a threshold change" },
        { "param", true, "NAME=JSON", "per-audit reference parameter change" },
        { "clear-param", true, "NAME", "revert a parameter change" }, catalogueOptionSpec() };
}

namespace {

const std::vector<std::string> kModes = { "checklist", "rating", "status", "clear-override", "confirm-absent",
    "clear-absent", "not-applicable", "clear-not-applicable", "impact-class", "confirm-outlier", "threshold",
    "clear-threshold", "param", "clear-param" };

Result<std::vector<std::pair<std::string, evidence::Answer>>> parseChecklist(const std::string& text)
{
    std::vector<std::pair<std::string, evidence::Answer>> out;
    for (auto part : text::split(text, ',')) {
        const auto eq = part.find('=');
        const auto item = text::trim(part.substr(0, eq));
        const auto answer = eq == std::string_view::npos ? std::optional<evidence::Answer>()
                                                         : evidence::parseAnswer(text::trim(part.substr(eq + 1)));
        if (item.empty() || !answer)
            return Error::usage("--checklist expects ITEM=yes|partly|no|na[,...], got '" + std::string(part) + "'");
        out.emplace_back(std::string(item), *answer);
    }
    return out;
}

Result<std::vector<std::pair<std::string, double>>> parseThresholds(const std::string& text)
{
    std::vector<std::pair<std::string, double>> out;
    for (auto part : text::split(text, ',')) {
        const auto eq = part.find('=');
        const std::string value = eq == std::string_view::npos ? "" : std::string(text::trim(part.substr(eq + 1)));
        char* end = nullptr;
        const double v = value.empty() ? 0.0 : std::strtod(value.c_str(), &end);
        if (value.empty() || end != value.c_str() + value.size())
            return Error::usage(
                "--threshold expects KEY.green=NUMBER or KEY.yellow=NUMBER, got '" + std::string(part) + "'");
        out.emplace_back(std::string(text::trim(part.substr(0, eq))), v);
    }
    return out;
}

std::string rationale(const ParsedArgs& a)
{
    return a.get("rationale").value_or("");
}

/// An override (prints its id): needs the current automatic result of the project.
sa::Status runOverride(const ParsedArgs& a, store::Project& p, const scoring::ScoringSetup& s, const std::string& id,
    const std::vector<std::int64_t>& ev, Context& ctx)
{
    evidence::Override o;
    o.criterionId = id;
    o.newStatus = *a.get("status");
    o.reasonCategory = a.get("reason-category").value_or("");
    o.rationale = rationale(a);
    o.evidenceIds = ev;
    o.author = a.get("author").value_or("");
    auto current = scoring::scoreProject(p, s.catalogue.dir);
    if (!current)
        return current.error();
    auto oid = scoring::assessOverride(p, s, *current, o, ctx.clock);
    if (!oid)
        return oid.error();
    ctx.out << *oid << "\n";
    return {};
}

/// Modes that record evidence-based answers: checklist, rating, override, absent, n.a.
std::optional<sa::Status> runAnswerMode(const std::string& mode, const ParsedArgs& a, store::Project& p,
    const scoring::ScoringSetup& s, const std::string& id, const std::vector<std::int64_t>& ev, Context& ctx)
{
    const auto& clock = ctx.clock;
    if (mode == "checklist") {
        auto answers = parseChecklist(*a.get("checklist"));
        if (!answers)
            return sa::Status(answers.error());
        return scoring::assessChecklist(p, s, id, *answers, ev, clock);
    }
    if (mode == "rating") {
        const std::string r = a.get("rating").value_or("");
        if (r.size() != 1 || r[0] < '0' || r[0] > '2')
            return sa::Status(Error::usage("--rating must be 0, 1 or 2"));
        return scoring::assessRating(p, s, id, r[0] - '0', a.get("basis").value_or(""), ev, clock);
    }
    if (mode == "status")
        return runOverride(a, p, s, id, ev, ctx);
    if (mode == "clear-override")
        return evidence::clearOverride(p.db(), id);
    if (mode == "confirm-absent" || mode == "clear-absent")
        return scoring::assessConfirmedAbsent(
            p, s, id, mode == "confirm-absent" ? a.get("rationale") : std::nullopt, clock);
    if (mode == "not-applicable" || mode == "clear-not-applicable")
        return scoring::assessNotApplicable(
            p, s, id, mode == "not-applicable" ? a.get("rationale") : std::nullopt, clock);
    return std::nullopt;
}

/// Modes that configure the ranking and the reference model of this audit.
sa::Status runSettingMode(const std::string& mode, const ParsedArgs& a, store::Project& p,
    const scoring::ScoringSetup& s, const std::string& id, const Clock& clock)
{
    const auto author = a.get("author").value_or("");
    if (mode == "impact-class") {
        const std::string c = a.get("impact-class").value_or("");
        if (c != "H" && c != "M" && c != "L" && c != "default")
            return Error::usage("--impact-class must be H, M, L or default");
        return scoring::assessImpactClass(p, s, id, c == "default" ? std::nullopt : std::optional<char>(c[0]), clock);
    }
    if (mode == "confirm-outlier")
        return scoring::assessOutlierConfirmed(p, s, id, true, clock);
    if (mode == "threshold") {
        auto changes = parseThresholds(*a.get("threshold"));
        if (!changes)
            return changes.error();
        return scoring::changeThresholds(p, s, id, *changes, rationale(a), author, clock);
    }
    if (mode == "clear-threshold")
        return evidence::clearRefOverride(p.db(), id, *a.get("clear-threshold"));
    if (mode == "param") {
        const auto v = *a.get("param");
        const auto eq = v.find('=');
        if (eq == std::string::npos)
            return Error::usage("--param expects NAME=JSON, e.g. gm=0.32");
        return scoring::changeParam(p, s, v.substr(0, eq), v.substr(eq + 1), rationale(a), author, clock);
    }
    return evidence::clearRefOverride(p.db(), "", *a.get("clear-param"));
}

} // namespace

int AssessCommand::run(const ParsedArgs& args, Context& ctx)
{
    std::vector<std::string> modes;
    std::copy_if(kModes.begin(), kModes.end(), std::back_inserter(modes), [&](const auto& m) { return args.has(m); });
    if (modes.size() != 1)
        return usageError(ctx, *this,
            modes.empty() ? "give one mode (--checklist, --rating, --status, ...)"
                          : "give only one mode, got --" + modes[0] + " and --" + modes[1]);
    const bool global = modes[0] == "param" || modes[0] == "clear-param";
    if (args.positional.size() != (global ? 1u : 2u))
        return usageError(ctx, *this, global ? "--param takes PROJECT only" : "expected PROJECT and CRITERION");
    auto ev = parseIdList(args.get("evidence").value_or(""), "evidence");
    if (!ev)
        return fail(ctx, ev.error());
    auto project = openProject(args.positional[0], store::OpenMode::ReadWrite);
    if (!project)
        return fail(ctx, project.error());
    auto setup = scoring::loadScoringSetup(*project, catalogueDirOption(args));
    if (!setup)
        return fail(ctx, setup.error());
    std::string id = global ? std::string() : args.positional[1];
    std::transform(id.begin(), id.end(), id.begin(), [](unsigned char c) { return char(std::toupper(c)); });
    auto written = runAnswerMode(modes[0], args, *project, *setup, id, *ev, ctx);
    if (!written)
        written = runSettingMode(modes[0], args, *project, *setup, id, ctx.clock);
    if (!*written)
        return fail(ctx, written->error());
    ctx.err << "recorded " << modes[0] << (id.empty() ? "" : " for " + id) << "\n";
    return ExitOk;
}

} // namespace sa::cli
