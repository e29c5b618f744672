#include "letopis/extract.hpp"

#include "extract/pipeline.hpp"

#include "letopis/gazetteer.hpp"
#include "letopis/morph.hpp"
#include "letopis/ner.hpp"

namespace letopis::extract {

const char* mentionTypeName(MentionType t)
{
    switch (t) {
    case MentionType::Person: return "PERSON";
    case MentionType::Organization: return "ORGANIZATION";
    case MentionType::Country: return "COUNTRY";
    case MentionType::City: return "CITY";
    case MentionType::Region: return "REGION";
    case MentionType::Location: return "LOCATION";
    case MentionType::Date: return "DATE";
    case MentionType::Profession: return "PROFESSION";
    case MentionType::Event: return "EVENT";
    }
    return "LOCATION";
}

const char* eventTypeName(EventType t)
{
    switch (t) {
    case EventType::Exhibition: return "exhibition";
    case EventType::Forum: return "forum";
    case EventType::Session: return "session";
    case EventType::Conference: return "conference";
    case EventType::Summit: return "summit";
    case EventType::Other: return "other";
    }
    return "other";
}

std::optional<EventType> eventTypeFromName(std::string_view name)
{
    for (auto t : {EventType::Exhibition, EventType::Forum, EventType::Session, EventType::Conference,
                   EventType::Summit, EventType::Other}) {
        if (name == eventTypeName(t))
            return t;
    }
    return std::nullopt;
}

const char* eventFormatName(EventFormat f)
{
    switch (f) {
    case EventFormat::Online: return "online";
    case EventFormat::Offline: return "offline";
    case EventFormat::Hybrid: return "hybrid";
    case EventFormat::Unknown: return "";
    }
    return "";
}

Result<Resources> Resources::load()
{
    Resources r;
    auto tagger = ner::Tagger::load(ner::Tagger::defaultModelPath());
    if (!tagger)
        return tagger.error();
    r.tagger = std::shared_ptr<const ner::Tagger>(std::move(tagger).value());
    r.gazetteer = r.tagger->gazetteer(); // one gazetteer for the tagger's features and the rules
    if (!r.gazetteer) {
        auto gazetteer = gaz::Gazetteer::load();
        if (!gazetteer)
            return gazetteer.error();
        r.gazetteer = std::shared_ptr<const gaz::Gazetteer>(std::move(gazetteer).value());
    }
    return r;
}

struct Extractor::CityAdjectives {
    text::FlatStringMap<char32_t, std::uint32_t> stems;
};

Extractor::Extractor(Resources r, std::unique_ptr<morph::Lemmatizer> lem) : m_res(std::move(r)), m_lem(std::move(lem))
{
    if (m_res.gazetteer)
        m_cityAdjectives = std::make_shared<const CityAdjectives>(CityAdjectives{detail::cityAdjectiveStems(*m_res.gazetteer)});
}
Extractor::~Extractor() = default;

Result<std::unique_ptr<Extractor>> Extractor::create(Resources resources)
{
    auto lem = morph::Lemmatizer::open();
    if (!lem)
        return lem.error();
    return std::unique_ptr<Extractor>(new Extractor(std::move(resources), std::move(lem).value()));
}

DocumentFacts Extractor::extract(const ParsedDocument& doc)
{
    detail::Context ctx(doc);
    detail::Work w(ctx);
    w.lem = m_lem.get();
    w.gazetteer = m_res.gazetteer.get();
    if (m_cityAdjectives)
        w.cityAdjectives = &m_cityAdjectives->stems;
    if (doc.published && doc.published->yearKnown())
        w.anchor = doc.published;
    // Dates over each usable region, anchored at the publication date; not in the dateline,
    // which dates the release rather than what it reports.
    auto region = [&](text::Span r) {
        for (auto d : dates::findDates(ctx.view(r.start, r.end), w.anchor)) {
            d.start += r.start;
            d.end += r.start;
            w.dates.push_back(d);
        }
    };
    for (const auto& p : doc.parts) {
        if (p.kind == PartKind::Title || p.kind == PartKind::Subtitle)
            region(p.span);
    }
    for (const auto& b : doc.body)
        region(b);
    w.namedEvents = detail::findNamedEvents(ctx);
    detail::collectMentions(w, m_res.tagger.get());
    detail::buildPersons(w);
    detail::buildOrganizations(w);
    detail::buildCountriesAndPlaces(w);
    detail::buildEvents(w);
    return std::move(w.facts);
}

} // namespace letopis::extract
