#include "output.hpp"

#include "letopis/text.hpp"

#include <algorithm>
#include <ostream>

namespace letopis::cli {

namespace {

std::string cut(const std::string& s, std::size_t maxWidth)
{
    std::u32string u = text::toU32(s);
    std::replace(u.begin(), u.end(), U'\n', U' ');
    if (u.size() > maxWidth) {
        u.resize(maxWidth - 1);
        u += U'…';
    }
    return text::toUtf8(u);
}

} // namespace

void Table::print(std::ostream& out, std::size_t maxWidth) const
{
    std::vector<std::vector<std::string>> cells;
    std::vector<std::size_t> widths;
    for (const auto& row : m_rows) {
        auto& c = cells.emplace_back();
        for (std::size_t i = 0; i < row.size(); ++i) {
            c.push_back(cut(row[i], maxWidth));
            if (widths.size() <= i)
                widths.push_back(0);
            widths[i] = std::max(widths[i], text::codePointCount(c.back()));
        }
    }
    for (const auto& row : cells) {
        for (std::size_t i = 0; i < row.size(); ++i) {
            out << row[i];
            if (i + 1 < row.size())
                out << std::string(widths[i] - text::codePointCount(row[i]) + 2, ' ');
        }
        out << '\n';
    }
}

std::string precisionName(dates::Precision p)
{
    switch (p) {
    case dates::Precision::Day: return "day";
    case dates::Precision::Month: return "month";
    case dates::Precision::Year: return "year";
    }
    return "day";
}

nlohmann::json nullIfEmpty(const std::string& s)
{
    return s.empty() ? nlohmann::json(nullptr) : nlohmann::json(s);
}

nlohmann::json placeJson(const std::string& city, const std::string& country, const std::string& venue)
{
    nlohmann::json place = nlohmann::json::object();
    if (!city.empty())
        place["city"] = city;
    if (!country.empty())
        place["country"] = country;
    if (!venue.empty())
        place["venue"] = venue;
    return place;
}

std::string publishedLabel(const std::optional<dates::Date>& d)
{
    if (!d)
        return "unknown";
    return d->iso() + (d->yearInferred ? " (year inferred)" : "");
}

nlohmann::json documentJson(const store::DocumentRecord& r, bool withText)
{
    const auto& d = r.doc;
    nlohmann::json j{
        {"id", r.id},
        {"path", r.path},
        {"paths", r.paths.empty() ? std::vector<std::string>{r.path} : r.paths},
        {"hash", r.hash},
        {"encoding", r.encoding},
        {"encoding_confidence", r.confidence},
        {"size_bytes", r.sizeBytes},
        {"title", nullIfEmpty(d.title)},
        {"excerpt", r.excerpt},
        {"subtitle", nullIfEmpty(d.subtitle)},
        {"source", nullIfEmpty(d.source)},
        {"byline", nullIfEmpty(d.byline)},
        {"published", d.published ? nlohmann::json(d.published->iso()) : nlohmann::json(nullptr)},
        {"published_precision",
         d.published ? nlohmann::json(precisionName(d.published->precision)) : nlohmann::json(nullptr)},
        {"published_inferred", d.published && d.published->yearInferred},
    };
    if (withText) {
        const std::u32string all = text::toU32(d.text);
        auto parts = nlohmann::json::array();
        for (const auto& p : d.parts) {
            parts.push_back({{"kind", partKindName(p.kind)},
                             {"start", p.span.start},
                             {"end", p.span.end},
                             {"text", text::toUtf8(std::u32string_view(all).substr(p.span.start, p.span.end - p.span.start))}});
        }
        j["parts"] = std::move(parts);
        j["body"] = d.bodyText();
        j["text"] = d.text;
    }
    return j;
}

} // namespace letopis::cli
