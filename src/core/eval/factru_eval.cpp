// factRuEval-2016 scored the way natasha/naeval does it (ner/adapt.py, ner/score.py): gold
// PER/LOC/ORG spans picked from the object layer, overlaps and misaligned spans dropped, then
// token-level IO tags compared per type.
#include "letopis/eval.hpp"
#include "letopis/text.hpp"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <filesystem>
#include <sstream>
#include <unordered_map>
#include <unordered_set>

namespace fs = std::filesystem;

namespace letopis::eval {
namespace {

struct RawSpan {
    std::string type; // loc_name, org_name, surname, ...
    std::uint32_t start = 0;
    std::uint32_t end = 0;
};

std::vector<std::string_view> fields(std::string_view line)
{
    std::vector<std::string_view> out;
    std::size_t i = 0;
    while (i < line.size()) {
        while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r'))
            ++i;
        const std::size_t j = i;
        while (i < line.size() && line[i] != ' ' && line[i] != '\t' && line[i] != '\r')
            ++i;
        if (i > j)
            out.push_back(line.substr(j, i - j));
    }
    return out;
}

bool number(std::string_view s, std::uint32_t& out)
{
    const auto r = std::from_chars(s.data(), s.data() + s.size(), out);
    return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

template <class F>
void eachLine(std::string_view text, F f)
{
    while (!text.empty()) {
        const auto nl = text.find('\n');
        f(text.substr(0, nl));
        text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
    }
}

// naeval's filter_overlapping: sorted by (start, -end), a span starting inside the last kept one
// is dropped.
std::vector<ner::Span> dropOverlapping(std::vector<ner::Span> spans)
{
    std::stable_sort(spans.begin(), spans.end(), [](const ner::Span& a, const ner::Span& b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    std::vector<ner::Span> out;
    for (auto& s : spans)
        if (out.empty() || out.back().end <= s.start)
            out.push_back(std::move(s));
    return out;
}

std::vector<ner::Span> dropMisaligned(std::vector<ner::Span> spans, const std::vector<ner::Span>& tokens)
{
    std::unordered_set<std::uint32_t> starts, ends;
    for (const auto& t : tokens) {
        starts.insert(t.start);
        ends.insert(t.end);
    }
    std::erase_if(spans, [&](const ner::Span& s) { return !starts.count(s.start) || !ends.count(s.end); });
    return spans;
}

std::string factruType(const std::string& nerType)
{
    if (nerType == "PERSON" || nerType == "PER")
        return "PER";
    if (nerType == "ORGANIZATION" || nerType == "ORG")
        return "ORG";
    if (nerType == "COUNTRY" || nerType == "CITY" || nerType == "STATE_OR_PROVINCE" || nerType == "LOCATION" ||
        nerType == "DISTRICT" || nerType == "LOC")
        return "LOC";
    return {};
}

Status parseSpans(std::string_view data, std::unordered_map<std::string, RawSpan>& out)
{
    bool ok = true;
    eachLine(data, [&](std::string_view line) {
        const auto f = fields(line.substr(0, line.find('#')));
        if (f.empty())
            return;
        RawSpan s;
        std::uint32_t length = 0;
        if (f.size() < 4 || !number(f[2], s.start) || !number(f[3], length)) {
            ok = false;
            return;
        }
        s.type = std::string(f[1]);
        s.end = s.start + length;
        out.emplace(std::string(f[0]), std::move(s));
    });
    if (!ok)
        return makeError(ErrorCode::InvalidArgument, "a line of the .spans file is malformed");
    return Ok{};
}

// Gold spans of the objects layer, as naeval's select_spans.
std::vector<ner::Span> goldOf(std::string_view objects, const std::unordered_map<std::string, RawSpan>& spans)
{
    std::vector<ner::Span> out;
    eachLine(objects, [&](std::string_view line) {
        const auto f = fields(line.substr(0, line.find('#')));
        if (f.size() < 3)
            return;
        const std::string_view type = f[1];
        std::vector<RawSpan> parts;
        for (std::size_t i = 2; i < f.size(); ++i)
            if (auto it = spans.find(std::string(f[i])); it != spans.end())
                parts.push_back(it->second);
        if (parts.empty())
            return;
        if (type == "Person") {
            ner::Span s{parts[0].start, parts[0].end, "PER", 1.0f};
            for (const auto& p : parts) {
                s.start = std::min(s.start, p.start);
                s.end = std::max(s.end, p.end);
            }
            out.push_back(s);
            return;
        }
        const bool org = type == "Org";
        if (!org && type != "LocOrg" && type != "Location")
            return;
        std::vector<ner::Span> named;
        for (const auto& p : parts)
            if (p.type == (org ? "org_name" : "loc_name"))
                named.push_back(ner::Span{p.start, p.end, org ? "ORG" : "LOC", 1.0f});
        for (auto& s : dropOverlapping(std::move(named)))
            out.push_back(std::move(s));
    });
    return out;
}

} // namespace

Result<FactruDocument> readFactru(const std::string& dir, const std::string& name)
{
    const fs::path base = fs::path(dir) / name;
    const auto read = [&](const char* ext) { return ner::readFile(base.string() + ext); };
    auto text = read(".txt");
    auto tokens = read(".tokens");
    auto spans = read(".spans");
    auto objects = read(".objects");
    for (const auto* r : {&text, &tokens, &spans, &objects})
        if (!*r)
            return r->error();
    FactruDocument doc;
    doc.name = name;
    doc.text = std::move(*text);
    bool ok = true;
    eachLine(*tokens, [&](std::string_view line) {
        const auto f = fields(line);
        if (f.empty())
            return;
        std::uint32_t start = 0, length = 0;
        if (f.size() < 3 || !number(f[1], start) || !number(f[2], length))
            ok = false;
        else
            doc.tokens.push_back(ner::Span{start, start + length, {}, 1.0f});
    });
    if (!ok)
        return makeError(ErrorCode::InvalidArgument, base.string() + ".tokens: a line is not 'id offset length text'");
    std::unordered_map<std::string, RawSpan> raw;
    if (auto st = parseSpans(*spans, raw); !st)
        return makeError(ErrorCode::InvalidArgument, base.string() + ".spans: " + st.error().message);
    std::sort(doc.tokens.begin(), doc.tokens.end(), [](const auto& a, const auto& b) { return a.start < b.start; });
    doc.gold = dropMisaligned(dropOverlapping(goldOf(*objects, raw)), doc.tokens);
    return doc;
}

void scoreFactru(const FactruDocument& doc, const std::vector<ner::Span>& system, std::map<std::string, Score>& into)
{
    std::vector<ner::Span> mapped;
    for (const auto& s : system)
        if (auto t = factruType(s.type); !t.empty())
            mapped.push_back(ner::Span{s.start, s.end, t, s.confidence});
    mapped = dropMisaligned(dropOverlapping(std::move(mapped)), doc.tokens);
    // naeval's spans_io: a token is inside the current span from its start until a token reaches
    // the span's end.
    const auto io = [&](const std::vector<ner::Span>& spans, const std::string& type) {
        std::vector<char> inside(doc.tokens.size(), 0);
        std::vector<const ner::Span*> typed;
        for (const auto& s : spans)
            if (s.type == type)
                typed.push_back(&s);
        std::size_t k = 0;
        for (std::size_t i = 0; i < doc.tokens.size() && k < typed.size(); ++i) {
            if (doc.tokens[i].start >= typed[k]->start)
                inside[i] = 1;
            if (doc.tokens[i].end >= typed[k]->end)
                ++k;
        }
        return inside;
    };
    for (const std::string type : {"PER", "LOC", "ORG"}) {
        const auto sys = io(mapped, type);
        const auto gold = io(doc.gold, type);
        Score& s = into[type];
        for (std::size_t i = 0; i < sys.size(); ++i) {
            if (sys[i] && gold[i])
                ++s.truePositives;
            else if (sys[i])
                ++s.falsePositives;
            else if (gold[i])
                ++s.falseNegatives;
        }
    }
}

Result<Report> factru(const std::string& dir, const Extractor& extract)
{
    std::error_code ec;
    std::vector<std::string> names;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
        if (it->path().extension() == ".objects")
            names.push_back(it->path().stem().string());
    if (ec)
        return makeError(ErrorCode::Io, "cannot list " + dir + ": " + ec.message());
    if (names.empty())
        return makeError(ErrorCode::InvalidArgument, dir + " holds no factRuEval *.objects files");
    std::sort(names.begin(), names.end());
    Report report;
    for (const auto& name : names) {
        auto doc = readFactru(dir, name);
        if (!doc)
            return doc.error();
        const auto started = std::chrono::steady_clock::now();
        const auto system = extract(doc->text);
        report.seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        scoreFactru(*doc, system, report.byType);
        ++report.documents;
    }
    return report;
}

} // namespace letopis::eval
