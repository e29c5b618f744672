// Fuzz target: a PDF report whose every string comes from the input (markup, controls, invalid
// UTF-8, huge words). The renderer must draw it literally and never crash.
#include "targets.hpp"

#include "report_pdf.hpp"

#include <QGuiApplication>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <string_view>
#include <unistd.h>
#include <vector>

namespace letopis::fuzz {

namespace {

QGuiApplication& app()
{
    static int argc = 1;
    static char name[] = "letopis-fuzz";
    static char* argv[] = {name, nullptr};
    static QGuiApplication* a = [] {
        setenv("QT_QPA_PLATFORM", "offscreen", 0);
        return new QGuiApplication(argc, argv); // lives as long as the process, as Qt expects
    }();
    return *a;
}

// The input split at '\n' into at least n strings (missing ones are empty).
std::vector<std::string> fields(std::string_view in, std::size_t n)
{
    std::vector<std::string> out;
    std::size_t pos = 0;
    while (pos <= in.size()) {
        const std::size_t nl = in.find('\n', pos);
        out.emplace_back(in.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos));
        if (nl == std::string_view::npos)
            break;
        pos = nl + 1;
    }
    out.resize(std::max(out.size(), n));
    return out;
}

std::optional<dates::Date> dateFrom(unsigned char b)
{
    if (b % 3 == 0)
        return std::nullopt;
    dates::Date d;
    d.year = b % 5 == 0 ? 0 : 1990 + b % 60;
    d.month = 1 + b % 12;
    d.day = b % 4 == 0 ? 0 : 1 + b % 28;
    d.precision = d.day ? dates::Precision::Day : dates::Precision::Month;
    return d;
}

} // namespace

int renderReport(const std::uint8_t* data, std::size_t size)
{
    app();
    const std::string_view in(reinterpret_cast<const char*>(data), size);
    const auto f = fields(in, 12);
    report::Report r;
    r.title = f[0];
    r.filters = {f[1], f[2]};
    r.filterText = f[1] + "; " + f[2];
    r.generatedAt = f[3];
    r.generatedOn = f[3];
    // A few events from the remaining fields, with dates picked by the input's bytes.
    for (std::size_t i = 4; i + 3 < f.size() && r.events.size() < 6; i += 4) {
        store::EventRow e;
        e.id = static_cast<std::int64_t>(i);
        e.key = f[i];
        e.name = f[i];
        e.type = f[i + 1];
        e.city = e.venue = f[i + 2];
        e.country = f[i + 2].substr(0, 2);
        e.speakers = {f[i + 3], f[i]};
        e.organizations = {f[i + 1]};
        e.countries = {e.country};
        const unsigned char b = f[i].empty() ? 0 : static_cast<unsigned char>(f[i][0]);
        e.start = dateFrom(b);
        e.end = dateFrom(static_cast<unsigned char>(b + 7));
        store::Evidence ev;
        ev.documentId = 1;
        ev.path = f[i + 2];
        ev.title = f[i + 1];
        ev.published = dateFrom(static_cast<unsigned char>(b + 1));
        ev.sentenceText = f[i + 3];
        e.sources = {ev, ev};
        r.events.push_back(std::move(e));
        r.persons.push_back({f[i + 3], f[i + 3], i});
        r.organizations.push_back({f[i + 1], f[i + 1], 1});
        r.countries.push_back({f[i + 2], f[i + 2], 2});
    }
    r.summary.events = r.events.size();
    static const std::string path =
        (std::filesystem::temp_directory_path() / ("letopis-fuzz-" + std::to_string(getpid()) + ".pdf")).string();
    auto st = render::renderReportPdf(r, path);
    require(st.ok(), "renderReportPdf writes the report");
    (void)render::renderTimeline(r, 800);
    return 0;
}

} // namespace letopis::fuzz
