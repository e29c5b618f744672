#include "commands.hpp"
#include "common.hpp"

#include "letopis/text.hpp"

#include <iostream>

namespace letopis::cli {

int documentsCommand(int argc, char** argv, int first)
{
    const Args args(argc, argv, first, {"db", "format"}, {});
    if (!args.ok())
        return usageError("documents", args.error());
    const auto format = formatOf(args);
    if (!format)
        return kExitUsage;
    auto db = openDatabase(args);
    if (!db)
        return kExitFatal;
    auto docs = db->documents();
    if (!docs) {
        std::cerr << "letopis-cli documents: " << docs.error().message << '\n';
        return kExitFatal;
    }
    if (*format == Format::Json) {
        auto out = nlohmann::json::array();
        for (const auto& d : *docs)
            out.push_back(documentJson(d, false));
        std::cout << out.dump(2) << '\n';
        return kExitOk;
    }
    Table t({"ID", "PUBLISHED", "SOURCE", "TITLE", "PATH"});
    for (const auto& d : *docs)
        t.add({std::to_string(d.id), publishedLabel(d.doc.published), d.doc.source,
               d.doc.title.empty() ? (d.excerpt.empty() ? "—" : "(" + d.excerpt + "…)") : d.doc.title, d.path});
    t.print(std::cout);
    return kExitOk;
}

int showCommand(int argc, char** argv, int first)
{
    const Args args(argc, argv, first, {"db", "format"}, {});
    if (!args.ok())
        return usageError("show", args.error());
    if (args.positionals().size() != 1)
        return usageError("show", "name one document: its id, path or file name");
    const auto format = formatOf(args);
    if (!format)
        return kExitUsage;
    auto db = openDatabase(args);
    if (!db)
        return kExitFatal;
    auto doc = db->document(args.positionals().front());
    if (!doc) {
        std::cerr << "letopis-cli show: " << doc.error().message << '\n';
        return kExitUsage;
    }
    if (!*doc) {
        std::cerr << "letopis-cli show: no document " << args.positionals().front() << '\n';
        return kExitUsage;
    }
    const auto& r = **doc;
    if (*format == Format::Json) {
        std::cout << documentJson(r, true).dump(2) << '\n';
        return kExitOk;
    }
    const auto line = [](const char* k, const std::string& v) {
        if (!v.empty())
            std::cout << k << v << '\n';
    };
    line("Path:      ", r.path);
    line("Title:     ", r.doc.title);
    line("Subtitle:  ", r.doc.subtitle);
    line("Published: ", publishedLabel(r.doc.published));
    line("Source:    ", r.doc.source);
    line("Byline:    ", r.doc.byline);
    line("Encoding:  ", r.encoding + " (confidence " + std::to_string(r.confidence) + ")");
    const std::u32string all = text::toU32(r.doc.text);
    for (const auto& p : r.doc.parts) {
        if (p.kind == PartKind::Title || p.kind == PartKind::Subtitle)
            continue;
        std::cout << "Aside:     [" << partKindName(p.kind) << "] "
                  << text::toUtf8(std::u32string_view(all).substr(p.span.start, p.span.end - p.span.start)) << '\n';
    }
    std::cout << '\n' << r.doc.bodyText() << '\n';
    return kExitOk;
}

int searchCommand(int argc, char** argv, int first)
{
    const Args args(argc, argv, first, {"db", "format", "limit"}, {});
    if (!args.ok())
        return usageError("search", args.error());
    if (args.positionals().empty())
        return usageError("search", "give the words to search for");
    const auto format = formatOf(args);
    if (!format)
        return kExitUsage;
    int limit = 50;
    if (const auto l = args.value("limit")) {
        try {
            limit = std::stoi(*l);
        } catch (const std::exception&) {
            return usageError("search", "--limit needs a number");
        }
    }
    std::string query;
    for (const auto& p : args.positionals())
        query += (query.empty() ? "" : " ") + p;
    auto db = openDatabase(args);
    if (!db)
        return kExitFatal;
    auto hits = db->search(query, limit);
    if (!hits) {
        std::cerr << "letopis-cli search: " << hits.error().message << '\n';
        return hits.error().code == ErrorCode::InvalidArgument ? kExitUsage : kExitFatal;
    }
    if (*format == Format::Json) {
        auto out = nlohmann::json::array();
        for (const auto& h : *hits)
            out.push_back({{"id", h.documentId}, {"path", h.path}, {"title", nullIfEmpty(h.title)},
                           {"snippet", h.snippet}, {"score", h.score}});
        std::cout << out.dump(2) << '\n';
        return kExitOk;
    }
    Table t({"SCORE", "PATH", "SNIPPET"});
    for (const auto& h : *hits) {
        char score[16];
        std::snprintf(score, sizeof score, "%.3g", h.score);
        t.add({score, h.path, h.snippet});
    }
    t.print(std::cout, 90);
    if (hits->empty())
        std::cout << "no documents match\n";
    return kExitOk;
}

} // namespace letopis::cli
