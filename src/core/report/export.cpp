// CSV and JSON shapes of events and entities. The JSON is what `letopis-cli events --format json`
// has always printed: keep it stable, scripts read it.
#include "letopis/export.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>

namespace letopis::report {

namespace {

using nlohmann::json;

json nullIfEmpty(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }

json dateJson(const std::optional<dates::Date>& d) { return d ? json(d->iso()) : json(nullptr); }

const char* precisionName(dates::Precision p)
{
    switch (p) {
    case dates::Precision::Day: return "day";
    case dates::Precision::Month: return "month";
    case dates::Precision::Year: return "year";
    }
    return "day";
}

json placeJson(const store::EventRow& e)
{
    json place = json::object();
    if (!e.city.empty())
        place["city"] = e.city;
    if (!e.country.empty())
        place["country"] = e.country;
    if (!e.venue.empty())
        place["venue"] = e.venue;
    return place;
}

json evidenceJson(const store::Evidence& e)
{
    return {{"document", e.documentId},
            {"path", e.path},
            {"title", nullIfEmpty(e.title)},
            {"published", e.published && e.published->yearKnown() ? json(e.published->iso()) : json(nullptr)},
            {"start", e.sentence.start},
            {"end", e.sentence.end},
            {"sentence", e.sentenceText}};
}

json eventJson(const store::EventRow& e)
{
    auto sources = json::array();
    for (const auto& s : e.sources)
        sources.push_back(evidenceJson(s));
    return {{"id", e.id},
            {"key", e.key},
            {"type", e.type},
            {"name", e.name},
            {"series", e.series},
            {"edition", e.edition ? json(e.edition) : json(nullptr)},
            {"aliases", e.aliases},
            {"start", dateJson(e.start)},
            {"end", dateJson(e.end)},
            {"precision", e.start ? json(precisionName(e.start->precision)) : json(nullptr)},
            {"year_inferred", e.yearInferred},
            {"place", placeJson(e)},
            {"format", nullIfEmpty(e.format)},
            {"parent", nullIfEmpty(e.parentName)},
            {"speakers", e.speakers},
            {"countries", e.countries},
            {"organizations", e.organizations},
            {"corrected", e.corrected},
            {"sources", sources}};
}

json entityJson(const store::EntityRow& r)
{
    auto roles = json::array();
    for (const auto& role : r.roles)
        roles.push_back({{"title", role.title}, {"organization", nullIfEmpty(role.organization)},
                         {"evidence", evidenceJson(role.evidence)}});
    return {{"id", r.id}, {"kind", r.kind}, {"name", r.name}, {"key", r.key}, {"documents", r.documents},
            {"mentions", r.mentions}, {"events", r.events}, {"first_seen", dateJson(r.firstSeen)},
            {"last_seen", dateJson(r.lastSeen)}, {"roles", roles}, {"organizations", r.organizations}};
}

std::string joined(const std::vector<std::string>& v, const char* sep)
{
    std::string out;
    for (const auto& s : v) {
        if (!out.empty())
            out += sep;
        out += s;
    }
    return out;
}

std::string csvLine(const std::vector<std::string>& fields)
{
    std::string line;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i > 0) // not "line.empty()": leading empty fields still need their commas
            line += ',';
        line += csvField(fields[i]);
    }
    return line + '\n';
}

} // namespace

std::string csvField(std::string_view s)
{
    if (s.find_first_of(",\"\n\r") == std::string_view::npos)
        return std::string(s);
    std::string out = "\"";
    for (char c : s)
        out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + '"';
}

std::string eventsCsv(const std::vector<store::EventRow>& events)
{
    std::string out = "start,end,year_inferred,type,name,parent,city,country,venue,format,countries,speakers,organizations,sources\n";
    for (const auto& e : events) {
        std::vector<std::string> paths;
        for (const auto& s : e.sources)
            if (std::find(paths.begin(), paths.end(), s.path) == paths.end())
                paths.push_back(s.path);
        out += csvLine({e.start ? e.start->iso() : "", e.end ? e.end->iso() : "", e.yearInferred ? "1" : "0", e.type,
                        e.name, e.parentName, e.city, e.country, e.venue, e.format, joined(e.countries, ";"),
                        joined(e.speakers, ";"), joined(e.organizations, ";"), joined(paths, ";")});
    }
    return out;
}

std::string eventsJson(const std::vector<store::EventRow>& events)
{
    auto out = json::array();
    for (const auto& e : events)
        out.push_back(eventJson(e));
    return out.dump(2) + '\n';
}

std::string entitiesCsv(const std::vector<store::EntityRow>& entities)
{
    const auto date = [](const std::optional<dates::Date>& d) { return d ? d->iso() : std::string(); };
    std::string out = "kind,name,documents,mentions,events,first_seen,last_seen,roles,organizations\n";
    for (const auto& r : entities) {
        std::vector<std::string> titles;
        for (const auto& role : r.roles)
            titles.push_back(role.title);
        out += csvLine({r.kind, r.name, std::to_string(r.documents), std::to_string(r.mentions),
                        std::to_string(r.events), date(r.firstSeen), date(r.lastSeen), joined(titles, ";"),
                        joined(r.organizations, ";")});
    }
    return out;
}

std::string entitiesJson(const std::vector<store::EntityRow>& entities)
{
    auto out = json::array();
    for (const auto& r : entities)
        out.push_back(entityJson(r));
    return out.dump(2) + '\n';
}

Status writeTextFile(const std::string& path, std::string_view content)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (out)
        out.write(content.data(), static_cast<std::streamsize>(content.size()));
    if (out)
        out.close();
    if (!out)
        return makeError(ErrorCode::Io, "cannot write " + path + ": " + std::strerror(errno));
    return Ok{};
}

} // namespace letopis::report
