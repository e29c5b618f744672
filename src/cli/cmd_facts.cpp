// `events` and `entities`: what the database knows across documents.
#include "commands.hpp"
#include "common.hpp"
#include "filter_options.hpp"

#include "letopis/export.hpp"

#include <iostream>
#include <set>

namespace letopis::cli {

namespace {

std::string joined(const std::vector<std::string>& v, const char* sep = ", ")
{
    std::string out;
    for (const auto& s : v)
    {
        if (!out.empty())
            out += sep;
        out += s;
    }
    return out;
}

std::string dateLabel(const store::EventRow& e)
{
    if (!e.start)
        return "—";
    std::string s = e.start->iso();
    if (e.end && !(*e.end == *e.start))
        s += " – " + e.end->iso();
    return s + (e.yearInferred ? "*" : "");
}

} // namespace

int eventsCommand(int argc, char** argv, int first)
{
    const Args args(argc, argv, first, withFilterOptions({"db", "format"}), {});
    if (!args.ok())
        return usageError("events", args.error());
    const std::string format = args.value("format").value_or("table");
    if (format != "table" && format != "json" && format != "csv")
        return usageError("events", "unknown --format " + format + " (use table, json or csv)");
    auto filter = eventFilter(args);
    if (!filter)
        return usageError("events", filter.error().message);
    auto db = openDatabase(args);
    if (!db)
        return kExitFatal;
    auto events = db->events(*filter);
    if (!events) {
        std::cerr << "letopis-cli events: " << events.error().message << '\n';
        return events.error().code == ErrorCode::InvalidArgument ? kExitUsage : kExitFatal;
    }
    if (format == "json") {
        std::cout << report::eventsJson(*events);
    } else if (format == "csv") {
        std::cout << report::eventsCsv(*events);
    } else {
        Table t({"DATES", "TYPE", "NAME", "PLACE", "COUNTRIES", "SPEAKERS", "DOCS"});
        for (const auto& e : *events) {
            std::set<std::int64_t> docs;
            for (const auto& s : e.sources)
                docs.insert(s.documentId);
            t.add({dateLabel(e), e.type, e.parentName.empty() ? e.name : e.name + " (" + e.parentName + ")",
                   joined({e.city, e.venue}), joined(e.countries), joined(e.speakers), std::to_string(docs.size())});
        }
        t.print(std::cout, 48);
        std::cout << events->size() << " event(s); * marks a year inferred from the text\n";
    }
    return kExitOk;
}

int entitiesCommand(int argc, char** argv, int first)
{
    const Args args(argc, argv, first, {"db", "format", "type"}, {});
    if (!args.ok())
        return usageError("entities", args.error());
    const std::string format = args.value("format").value_or("table");
    if (format != "table" && format != "json" && format != "csv")
        return usageError("entities", "unknown --format " + format + " (use table, json or csv)");
    const std::string kind = args.value("type").value_or("");
    if (!kind.empty() && kind != "person" && kind != "organization" && kind != "country" && kind != "place")
        return usageError("entities", "unknown --type " + kind + " (person, organization, country, place)");
    auto db = openDatabase(args);
    if (!db)
        return kExitFatal;
    auto rows = db->entities(kind);
    if (!rows) {
        std::cerr << "letopis-cli entities: " << rows.error().message << '\n';
        return kExitFatal;
    }
    if (format == "json") {
        std::cout << report::entitiesJson(*rows);
        return kExitOk;
    }
    if (format == "csv") {
        std::cout << report::entitiesCsv(*rows);
        return kExitOk;
    }
    const auto date = [](const std::optional<dates::Date>& d) { return d ? d->iso() : std::string(); };
    Table t({"KIND", "NAME", "DOCS", "MENTIONS", "EVENTS", "FIRST", "LAST", "ROLES"});
    for (const auto& r : *rows) {
        std::vector<std::string> titles;
        for (const auto& role : r.roles)
            titles.push_back(role.title);
        t.add({r.kind, r.name, std::to_string(r.documents), std::to_string(r.mentions), std::to_string(r.events),
               date(r.firstSeen), date(r.lastSeen), joined(titles, "; ")});
    }
    t.print(std::cout, 60);
    return kExitOk;
}

} // namespace letopis::cli
