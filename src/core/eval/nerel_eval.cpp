#include "letopis/eval.hpp"
#include "letopis/text.hpp"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <set>
#include <tuple>

namespace fs = std::filesystem;

namespace letopis::eval {

double Score::precision() const
{
    const auto n = truePositives + falsePositives;
    return n ? static_cast<double>(truePositives) / static_cast<double>(n) : 0.0;
}

double Score::recall() const
{
    const auto n = truePositives + falseNegatives;
    return n ? static_cast<double>(truePositives) / static_cast<double>(n) : 0.0;
}

double Score::f1() const
{
    const double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

void scoreSpans(const std::vector<ner::Span>& gold, const std::vector<ner::Span>& system,
                const std::vector<std::string>& types, std::map<std::string, Score>& into)
{
    using Key = std::tuple<std::string, std::uint32_t, std::uint32_t>;
    const auto wanted = [&](const std::string& t) {
        return types.empty() || std::find(types.begin(), types.end(), t) != types.end();
    };
    std::set<Key> g, s;
    for (const auto& x : gold)
        if (wanted(x.type))
            g.emplace(x.type, x.start, x.end);
    for (const auto& x : system)
        if (wanted(x.type))
            s.emplace(x.type, x.start, x.end);
    for (const auto& t : types)
        into[t]; // every requested type shows, even with no spans
    for (const auto& k : s)
        (g.count(k) ? into[std::get<0>(k)].truePositives : into[std::get<0>(k)].falsePositives)++;
    for (const auto& k : g)
        if (!s.count(k))
            into[std::get<0>(k)].falseNegatives++;
}

Result<Report> nerel(const std::string& dir, const Extractor& extract, const std::vector<std::string>& types)
{
    auto listed = ner::nerelAnnotations(dir);
    if (!listed)
        return listed.error();
    const std::vector<fs::path> anns(listed->begin(), listed->end());
    Report report;
    for (const auto& ann : anns) {
        auto annText = ner::readFile(ann.string());
        if (!annText)
            return annText.error();
        auto text = ner::readFile(fs::path(ann).replace_extension(".txt").string());
        if (!text)
            return text.error();
        const auto started = std::chrono::steady_clock::now();
        const auto system = extract(*text);
        report.seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        scoreSpans(ner::parseBrat(*annText), system, types, report.byType);
        ++report.documents;
    }
    return report;
}

} // namespace letopis::eval
