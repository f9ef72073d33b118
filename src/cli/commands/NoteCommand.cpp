#include "NoteCommand.h"

#include "CommandSupport.h"
#include "ScoringArgs.h"
#include "evidence/EvidenceStore.h"

#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace sa::cli {

std::vector<OptionSpec> NoteCommand::options() const
{
    return { { "kind", true, "KIND", "evidence kind: " + evidence::noteKindList() },
        { "title", true, "TEXT", "title of the note" },
        { "text-file", true, "FILE", "the note's text (UTF-8), '-' = stdin" },
        { "criteria", true, "ID,...", "criteria the note supports" },
        { "date", true, "DATE", "date of the interview/document (YYYY-MM-DD)" },
        { "respondent", true, "NAME", "who was interviewed / observed" },
        { "role", true, "ROLE", "the respondent's role" },
        { "search", true, "QUERY", "full-text search instead of adding" },
        { "json", false, "", "search: print JSON on stdout" }, catalogueOptionSpec() };
}

namespace {

Result<std::string> readText(const std::string& path)
{
    std::stringstream buf;
    if (path == "-") {
        buf << std::cin.rdbuf();
        return buf.str();
    }
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return Error::rejected("cannot read the text file", path);
    buf << in.rdbuf();
    return buf.str();
}

int search(const store::Project& project, const std::string& query, bool json, Context& ctx)
{
    auto hits = evidence::searchNotes(project.db(), query);
    if (!hits)
        return fail(ctx, hits.error());
    if (json) {
        nlohmann::ordered_json j = nlohmann::ordered_json::array();
        for (const auto& h : *hits)
            j.push_back({ { "id", h.id }, { "kind", evidence::toString(h.kind) }, { "title", h.title },
                { "date", h.date ? nlohmann::ordered_json(formatDate(*h.date)) : nlohmann::ordered_json(nullptr) },
                { "snippet", h.snippet } });
        ctx.out << j.dump(2) << "\n";
        return ExitOk;
    }
    for (const auto& h : *hits)
        ctx.out << h.id << "  " << evidence::toString(h.kind) << "  " << (h.date ? formatDate(*h.date) : "-") << "  "
                << h.title << "\n    " << h.snippet << "\n";
    ctx.err << hits->size() << " note(s) found\n";
    return ExitOk;
}

Result<evidence::Note> noteFromArgs(const ParsedArgs& args, const std::string& catalogueDir)
{
    for (const char* required : { "kind", "title", "text-file" })
        if (!args.has(required))
            return Error::usage(std::string("--") + required + " is required to add a note");
    evidence::Note n;
    const auto kind = evidence::parseNoteKind(*args.get("kind"));
    if (!kind)
        return Error::usage("--kind must be one of: " + evidence::noteKindList());
    n.kind = *kind;
    n.title = *args.get("title");
    auto date = dateOption(args, "date");
    if (!date)
        return date.error();
    n.date = *date;
    n.respondent = args.get("respondent").value_or("");
    n.role = args.get("role").value_or("");
    if (auto crit = args.get("criteria")) {
        auto cat = scoring::loadCatalogue(catalogueDir);
        if (!cat)
            return cat.error();
        auto ids = parseCriterionList(*crit, *cat);
        if (!ids)
            return ids.error();
        n.criteria = *ids;
    }
    auto text = readText(*args.get("text-file"));
    if (!text)
        return text.error();
    n.text = *text;
    return n;
}

} // namespace

int NoteCommand::run(const ParsedArgs& args, Context& ctx)
{
    if (args.positional.size() != 1)
        return usageError(ctx, *this, "expected exactly one PROJECT path");
    if (args.has("search")) {
        auto project = openProject(args.positional[0], store::OpenMode::ReadOnly);
        if (!project)
            return fail(ctx, project.error());
        return search(*project, *args.get("search"), args.has("json"), ctx);
    }
    auto note = noteFromArgs(args, catalogueDirOption(args));
    if (!note)
        return fail(ctx, note.error());
    auto project = openProject(args.positional[0], store::OpenMode::ReadWrite);
    if (!project)
        return fail(ctx, project.error());
    auto id = evidence::addNote(project->db(), *note, ctx.clock);
    if (!id)
        return fail(ctx, id.error());
    ctx.out << *id << "\n";
    return ExitOk;
}

} // namespace sa::cli
