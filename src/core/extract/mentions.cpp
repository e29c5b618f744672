// Mentions: the tagger's spans, the gazetteer's places and the dates module's dates, merged.
#include "extract/pipeline.hpp"

#include "letopis/gazetteer.hpp"
#include "letopis/morph.hpp"
#include "letopis/ner.hpp"

#include <algorithm>

namespace letopis::extract::detail {

namespace {

std::optional<MentionType> typeOf(std::string_view nerelType)
{
    if (nerelType == "PERSON") return MentionType::Person;
    if (nerelType == "ORGANIZATION") return MentionType::Organization;
    if (nerelType == "COUNTRY") return MentionType::Country;
    if (nerelType == "CITY") return MentionType::City;
    if (nerelType == "STATE_OR_PROVINCE") return MentionType::Region;
    if (nerelType == "LOCATION") return MentionType::Location;
    if (nerelType == "DATE") return MentionType::Date;
    if (nerelType == "PROFESSION") return MentionType::Profession;
    if (nerelType == "EVENT") return MentionType::Event;
    return std::nullopt;
}

bool isPlaceType(MentionType t)
{
    return t == MentionType::Country || t == MentionType::City || t == MentionType::Region || t == MentionType::Location;
}

MentionType typeOf(gaz::PlaceKind k)
{
    switch (k) {
    case gaz::PlaceKind::Country: return MentionType::Country;
    case gaz::PlaceKind::City: return MentionType::City;
    case gaz::PlaceKind::Region: return MentionType::Region;
    }
    return MentionType::Location;
}

} // namespace

std::vector<std::string> wordsOf(const Context& ctx, std::uint32_t start, std::uint32_t end)
{
    std::vector<std::string> out;
    for (std::size_t i = ctx.wordAt(start); i < ctx.words().size() && ctx.words()[i].end <= end; ++i) {
        const auto& wd = ctx.words()[i];
        out.push_back(ctx.utf8(wd.start, wd.end));
    }
    return out;
}

std::string foldKey(std::string_view utf8)
{
    std::u32string f = text::foldForMatch(text::toU32(utf8));
    std::u32string out;
    bool space = false;
    for (char32_t c : f) {
        if (c == U' ' || c == U'\n' || c == U'\t') {
            space = !out.empty();
            continue;
        }
        if (isQuoteMark(c))
            continue;
        if (space)
            out += U' ';
        space = false;
        out += isDashChar(c) ? U'-' : c;
    }
    return text::toUtf8(out);
}

void addUnique(std::vector<std::string>& v, const std::string& s)
{
    if (!s.empty() && std::find(v.begin(), v.end(), s) == v.end())
        v.push_back(s);
}

std::vector<const Mention*> Work::mentionsOf(MentionType t) const
{
    std::vector<const Mention*> out;
    for (const auto& m : facts.mentions) {
        if (m.type == t)
            out.push_back(&m);
    }
    return out;
}

std::vector<const Mention*> Work::mentionsIn(std::uint32_t start, std::uint32_t end, MentionType t) const
{
    std::vector<const Mention*> out;
    for (const auto& m : facts.mentions) {
        if (m.type == t && m.start >= start && m.start < end)
            out.push_back(&m);
    }
    return out;
}

void collectMentions(Work& w, const ner::Tagger* tagger)
{
    const Context& ctx = w.ctx;
    std::vector<Mention> out;
    auto add = [&](MentionType t, std::uint32_t s, std::uint32_t e) -> Mention& {
        Mention m;
        m.type = t;
        m.start = s;
        m.end = e;
        m.text = ctx.utf8(s, e);
        m.sentence = ctx.sentenceSpan(s);
        out.push_back(std::move(m));
        return out.back();
    };

    // Places from the gazetteer: they carry the country.
    std::vector<gaz::Match> places;
    if (w.gazetteer)
        places = w.gazetteer->find(ctx.text());
    for (const auto& p : places) {
        if (p.adjective || !ctx.usable(p.start, p.end))
            continue;
        const auto& place = w.gazetteer->place(p.place);
        auto& m = add(typeOf(place.kind), p.start, p.end);
        m.lemma = place.name;
        m.entity = place.kind == gaz::PlaceKind::Country ? place.country : place.name;
        if (place.kind != gaz::PlaceKind::Country)
            w.placeCountry[place.name] = place.country;
    }
    const auto placeAt = [&](std::uint32_t s, std::uint32_t e) {
        return std::any_of(out.begin(), out.end(), [&](const Mention& m) {
            return isPlaceType(m.type) && m.start < e && s < m.end;
        });
    };

    if (tagger) {
        for (const auto& span : tagger->tag(ctx.text())) {
            const auto type = typeOf(span.type);
            if (!type || !ctx.usable(span.start, span.end))
                continue;
            if (isPlaceType(*type) && placeAt(span.start, span.end))
                continue; // the gazetteer knows this place better
            auto& m = add(*type, span.start, span.end);
            const auto words = wordsOf(ctx, span.start, span.end);
            switch (*type) {
            case MentionType::Person: m.lemma = morph::personNominative(words, w.lem); break;
            case MentionType::Organization:
            case MentionType::Profession:
            case MentionType::Event:
            case MentionType::Region:
            case MentionType::Location:
            case MentionType::City:
                m.lemma = morph::phraseNominative(words, w.lem);
                break;
            case MentionType::Country: {
                m.lemma = morph::phraseNominative(words, w.lem);
                if (w.gazetteer) {
                    if (auto code = w.gazetteer->countryCode(m.text))
                        m.entity = *code;
                }
                break;
            }
            case MentionType::Date: break;
            }
            if (m.entity.empty())
                m.entity = m.lemma;
        }
    }

    // Dates: values from the dates module; spans from the tagger where it found the date too.
    for (const auto& d : w.dates) {
        std::string value = d.begin.iso();
        if (d.kind == dates::Kind::Range || !(d.end_ == d.begin)) {
            value += '/';
            value += d.end_.iso();
        }
        bool covered = false;
        for (auto& m : out) {
            if (m.type == MentionType::Date && m.start < d.end && d.start < m.end) {
                covered = true;
                if (m.entity.empty() || m.entity == m.lemma)
                    m.entity = value;
            }
        }
        if (!covered) {
            auto& m = add(MentionType::Date, d.start, d.end);
            m.lemma = m.text;
            m.entity = value;
        }
    }
    for (auto& m : out) {
        if (m.type == MentionType::Date && m.lemma.empty())
            m.lemma = m.text;
    }
    std::sort(out.begin(), out.end(), [](const Mention& a, const Mention& b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    w.facts.mentions = std::move(out);
}

} // namespace letopis::extract::detail
