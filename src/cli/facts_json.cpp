#include "facts_json.hpp"

#include "output.hpp"

#include <algorithm>
#include <utility>

namespace letopis::cli {

namespace {

nlohmann::json dateJson(const std::optional<dates::Date>& d)
{
    return d ? nlohmann::json(d->iso()) : nlohmann::json(nullptr);
}

nlohmann::json eventJson(const extract::DocumentFacts& facts, const extract::Event& e)
{
    nlohmann::json place = placeJson(e.city, e.country, e.venue);
    const char* format = extract::eventFormatName(e.format);
    return {
        {"type", extract::eventTypeName(e.type)},
        {"name", e.name},
        {"aliases", e.aliases},
        {"series", e.series},
        {"edition", e.edition ? nlohmann::json(e.edition) : nlohmann::json(nullptr)},
        {"start", dateJson(e.start)},
        {"end", dateJson(e.end)},
        {"precision", e.start ? nlohmann::json(precisionName(e.start->precision)) : nlohmann::json(nullptr)},
        {"year_inferred", e.yearInferred},
        {"place", std::move(place)},
        {"format", *format ? nlohmann::json(format) : nlohmann::json(nullptr)},
        {"parent", e.parent >= 0 ? nlohmann::json(facts.events[std::size_t(e.parent)].name) : nlohmann::json(nullptr)},
        {"speakers", e.speakers},
        {"countries", e.countries},
        {"organizations", e.organizations},
        {"key", e.key},
    };
}

} // namespace

nlohmann::json factsJson(const std::string& file, const ParsedDocument& doc, const extract::DocumentFacts& facts)
{
    auto mentions = nlohmann::json::array();
    for (const auto& m : facts.mentions) {
        mentions.push_back({{"type", extract::mentionTypeName(m.type)},
                            {"start", m.start},
                            {"end", m.end},
                            {"text", m.text},
                            {"lemma", m.lemma},
                            {"entity", m.entity}});
    }
    auto persons = nlohmann::json::array();
    for (const auto& p : facts.persons) {
        std::vector<std::string> roles, orgs;
        for (const auto& r : p.roles) {
            roles.push_back(r.title);
            if (!r.organization.empty() && std::find(orgs.begin(), orgs.end(), r.organization) == orgs.end())
                orgs.push_back(r.organization);
        }
        persons.push_back({{"name", p.name}, {"roles", std::move(roles)}, {"organizations", std::move(orgs)}});
    }
    auto events = nlohmann::json::array();
    for (const auto& e : facts.events)
        events.push_back(eventJson(facts, e));
    const bool dated = doc.published && doc.published->yearKnown();
    return {{"file", file},
            {"published", dated ? nlohmann::json(doc.published->iso()) : nlohmann::json(nullptr)},
            {"published_inferred", dated && doc.published->yearInferred},
            {"title", nullIfEmpty(doc.title)},
            {"source", nullIfEmpty(doc.source)},
            {"mentions", std::move(mentions)}, // moved: a braced list copies what it is given
            {"persons", std::move(persons)},
            {"organizations", facts.organizations},
            {"countries", facts.countries},
            {"places", facts.places},
            {"events", std::move(events)}};
}

} // namespace letopis::cli
