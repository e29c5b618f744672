#include "letopis/ner.hpp"

#include <algorithm>
#include <charconv>
#include <filesystem>

namespace letopis::ner {
namespace {

bool parseNumber(std::string_view s, std::uint32_t& out)
{
    const auto* end = s.data() + s.size();
    const auto r = std::from_chars(s.data(), end, out);
    return r.ec == std::errc() && r.ptr == end;
}

// "TYPE 10 20" or "TYPE 10 20;25 30": the type and the covering span.
bool parseEntity(std::string_view field, Span& span)
{
    const auto space = field.find(' ');
    if (space == std::string_view::npos || space == 0)
        return false;
    span.type = std::string(field.substr(0, space));
    std::string_view ranges = field.substr(space + 1);
    bool first = true;
    while (!ranges.empty()) {
        const auto semi = ranges.find(';');
        const std::string_view range = ranges.substr(0, semi);
        ranges = semi == std::string_view::npos ? std::string_view() : ranges.substr(semi + 1);
        const auto sp = range.find(' ');
        std::uint32_t a = 0, b = 0;
        if (sp == std::string_view::npos || !parseNumber(range.substr(0, sp), a) ||
            !parseNumber(range.substr(sp + 1), b) || b < a)
            return false;
        span.start = first ? a : std::min(span.start, a);
        span.end = first ? b : std::max(span.end, b);
        first = false;
    }
    return !first && span.end > span.start;
}

} // namespace

std::vector<Span> parseBrat(std::string_view annText)
{
    std::vector<Span> out;
    while (!annText.empty()) {
        const auto nl = annText.find('\n');
        std::string_view line = annText.substr(0, nl);
        annText = nl == std::string_view::npos ? std::string_view() : annText.substr(nl + 1);
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (line.empty() || line.front() != 'T')
            continue;
        const auto tab1 = line.find('\t');
        if (tab1 == std::string_view::npos)
            continue;
        const auto tab2 = line.find('\t', tab1 + 1);
        Span span;
        if (parseEntity(line.substr(tab1 + 1, tab2 == std::string_view::npos ? std::string_view::npos : tab2 - tab1 - 1),
                        span))
            out.push_back(std::move(span));
    }
    std::sort(out.begin(), out.end(), [](const Span& a, const Span& b) {
        return a.start != b.start ? a.start < b.start : (a.end != b.end ? a.end > b.end : a.type < b.type);
    });
    return out;
}

Result<std::vector<std::string>> nerelAnnotations(const std::string& dir)
{
    namespace fs = std::filesystem;
    std::error_code ec;
    std::vector<std::string> anns;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
        if (it->path().extension() == ".ann")
            anns.push_back(it->path().string());
    if (ec)
        return makeError(ErrorCode::Io, "cannot list " + dir + ": " + ec.message());
    if (anns.empty())
        return makeError(ErrorCode::InvalidArgument, dir + " holds no NEREL *.ann files");
    std::sort(anns.begin(), anns.end());
    return anns;
}

} // namespace letopis::ner
