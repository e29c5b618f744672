// `events` and `entities`: what the database knows across documents.
#include "commands.hpp"
#include "common.hpp"

#include "letopis/extract.hpp"

#include <algorithm>
#include <iostream>
#include <set>
#include <sstream>

namespace letopis::cli {

namespace {

std::vector<std::string> listOption(const Args& args, const std::string& name)
{
    std::vector<std::string> out;
    for (const auto& v : args.values(name)) {
        std::stringstream in(v);
        for (std::string item; std::getline(in, item, ',');) {
            if (!item.empty())
                out.push_back(item);
        }
    }
    return out;
}

std::optional<dates::Date> dateOption(const Args& args, const std::string& name, std::string& error)
{
    const auto v = args.value(name);
    if (!v)
        return std::nullopt;
    if (auto iso = dates::parseIso(*v))
        return iso;
    if (auto m = dates::parseOne(*v, std::nullopt); m && m->begin.yearKnown())
        return name == "to" ? m->end_ : m->begin;
    error = "--" + name + " needs a date such as 2024-04-22, 2024-04 or 2024 (got \"" + *v + "\")";
    return std::nullopt;
}

std::string csvField(const std::string& s)
{
    if (s.find_first_of(",\"\n\r") == std::string::npos)
        return s;
    std::string out = "\"";
    for (char c : s)
        out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + '"';
}

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

nlohmann::json evidenceJson(const store::Evidence& e)
{
    return {{"document", e.documentId},
            {"path", e.path},
            {"title", nullIfEmpty(e.title)},
            {"published", e.published && e.published->yearKnown() ? nlohmann::json(e.published->iso()) : nlohmann::json(nullptr)},
            {"start", e.sentence.start},
            {"end", e.sentence.end},
            {"sentence", e.sentenceText}};
}

nlohmann::json eventJson(const store::EventRow& e)
{
    auto sources = nlohmann::json::array();
    for (const auto& s : e.sources)
        sources.push_back(evidenceJson(s));
    const nlohmann::json place = placeJson(e.city, e.country, e.venue);
    return {{"id", e.id},
            {"key", e.key},
            {"type", e.type},
            {"name", e.name},
            {"series", e.series},
            {"edition", e.edition ? nlohmann::json(e.edition) : nlohmann::json(nullptr)},
            {"aliases", e.aliases},
            {"start", e.start ? nlohmann::json(e.start->iso()) : nlohmann::json(nullptr)},
            {"end", e.end ? nlohmann::json(e.end->iso()) : nlohmann::json(nullptr)},
            {"precision", e.start ? nlohmann::json(precisionName(e.start->precision)) : nlohmann::json(nullptr)},
            {"year_inferred", e.yearInferred},
            {"place", place},
            {"format", nullIfEmpty(e.format)},
            {"parent", nullIfEmpty(e.parentName)},
            {"speakers", e.speakers},
            {"countries", e.countries},
            {"organizations", e.organizations},
            {"corrected", e.corrected},
            {"sources", sources}};
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
    const Args args(argc, argv, first, {"db", "format", "country", "org", "person", "type", "from", "to"}, {});
    if (!args.ok())
        return usageError("events", args.error());
    const std::string format = args.value("format").value_or("table");
    if (format != "table" && format != "json" && format != "csv")
        return usageError("events", "unknown --format " + format + " (use table, json or csv)");
    store::EventFilter filter;
    filter.countries = listOption(args, "country");
    filter.organizations = listOption(args, "org");
    filter.persons = listOption(args, "person");
    filter.types = listOption(args, "type");
    for (const auto& t : filter.types) {
        if (!extract::eventTypeFromName(t))
            return usageError("events", "unknown --type " + t + " (exhibition, forum, session, conference, summit, other)");
    }
    std::string error;
    filter.from = dateOption(args, "from", error);
    filter.to = dateOption(args, "to", error);
    if (!error.empty())
        return usageError("events", error);
    auto db = openDatabase(args);
    if (!db)
        return kExitFatal;
    auto events = db->events(filter);
    if (!events) {
        std::cerr << "letopis-cli events: " << events.error().message << '\n';
        return kExitFatal;
    }
    if (format == "json") {
        auto out = nlohmann::json::array();
        for (const auto& e : *events)
            out.push_back(eventJson(e));
        std::cout << out.dump(2) << '\n';
    } else if (format == "csv") {
        std::cout << "start,end,year_inferred,type,name,parent,city,country,venue,format,countries,speakers,organizations,sources\n";
        for (const auto& e : *events) {
            std::vector<std::string> paths;
            for (const auto& s : e.sources)
                if (std::find(paths.begin(), paths.end(), s.path) == paths.end())
                    paths.push_back(s.path);
            const std::vector<std::string> fields{
                e.start ? e.start->iso() : "", e.end ? e.end->iso() : "", e.yearInferred ? "1" : "0", e.type, e.name,
                e.parentName, e.city, e.country, e.venue, e.format, joined(e.countries, ";"), joined(e.speakers, ";"),
                joined(e.organizations, ";"), joined(paths, ";")};
            std::string line;
            for (const auto& f : fields)
            {
                if (!line.empty())
                    line += ',';
                line += csvField(f);
            }
            std::cout << line << '\n';
        }
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
    const auto date = [](const std::optional<dates::Date>& d) { return d ? d->iso() : std::string(); };
    if (format == "json") {
        auto out = nlohmann::json::array();
        for (const auto& r : *rows) {
            auto roles = nlohmann::json::array();
            for (const auto& role : r.roles)
                roles.push_back({{"title", role.title}, {"organization", nullIfEmpty(role.organization)},
                                 {"evidence", evidenceJson(role.evidence)}});
            out.push_back({{"id", r.id}, {"kind", r.kind}, {"name", r.name}, {"key", r.key}, {"documents", r.documents},
                           {"mentions", r.mentions}, {"events", r.events},
                           {"first_seen", r.firstSeen ? nlohmann::json(date(r.firstSeen)) : nlohmann::json(nullptr)},
                           {"last_seen", r.lastSeen ? nlohmann::json(date(r.lastSeen)) : nlohmann::json(nullptr)},
                           {"roles", roles}, {"organizations", r.organizations}});
        }
        std::cout << out.dump(2) << '\n';
        return kExitOk;
    }
    if (format == "csv") {
        std::cout << "kind,name,documents,mentions,events,first_seen,last_seen,roles,organizations\n";
        for (const auto& r : *rows) {
            std::vector<std::string> titles;
            for (const auto& role : r.roles)
                titles.push_back(role.title);
            std::cout << csvField(r.kind) << ',' << csvField(r.name) << ',' << r.documents << ',' << r.mentions << ','
                      << r.events << ',' << date(r.firstSeen) << ',' << date(r.lastSeen) << ','
                      << csvField(joined(titles, ";")) << ',' << csvField(joined(r.organizations, ";")) << '\n';
        }
        return kExitOk;
    }
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
