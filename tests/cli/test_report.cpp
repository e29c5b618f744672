// End-to-end: `letopis-cli report` writes a PDF whose text (as pdftotext reads it) holds what the
// filter lets through, literally; and the renderer's API on its own.
#include "report_pdf.hpp"

#include "cli_sandbox.hpp"

#include <catch2/catch.hpp>

#include <QGuiApplication>

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <regex>
#include <sstream>

namespace fs = std::filesystem;
using namespace letopis;

namespace {

using letopis::testing::Run;
using letopis::testing::shell;

class Sandbox final {
public:
    std::string path(const std::string& name) const { return m_box.path(name).string(); }
    // letopis-cli NAME --db <sandbox db> ARGS, stderr with stdout
    Run command(const std::string& name, const std::string& args) const
    {
        return shell(std::string("'") + LETOPIS_CLI + "' " + name + " --db '" + m_box.db() + "' " + args + " 2>&1");
    }

private:
    letopis::testing::Sandbox m_box{"letopis-report-"};
};

// The PDF's text with every run of white space as one space (table cells wrap lines).
std::string pdfText(const std::string& pdf)
{
    const Run r = shell(std::string("'") + LETOPIS_PDFTOTEXT + "' -enc UTF-8 '" + pdf + "' -");
    REQUIRE(r.exitCode == 0);
    return std::regex_replace(r.out, std::regex("\\s+"), " ");
}

bool contains(const std::string& haystack, const std::string& needle) { return haystack.find(needle) != std::string::npos; }

} // namespace

TEST_CASE("report --country UZ: the Tashkent exhibition and its speakers, nothing from the BRICS forum", "[cli][report]")
{
    Sandbox box;
    REQUIRE(box.command("ingest", std::string("--quiet '") + LETOPIS_CORPUS + "'").exitCode == 0);
    const auto pdf = box.path("uz.pdf");
    const Run r = box.command("report", "--country UZ --out '" + pdf + "'");
    INFO(r.out);
    REQUIRE(r.exitCode == 0);
    CHECK(contains(r.out, "event(s)"));
    const std::string text = pdfText(pdf);
    INFO(text.substr(0, 2000));
    CHECK(contains(text, "Ташкент"));
    CHECK(contains(text, "Иннопром. Центральная Азия"));
    CHECK(contains(text, "Мантуров"));
    CHECK(contains(text, "Страна: Узбекистан (UZ)"));
    CHECK_FALSE(contains(text, "БРИКС"));
    CHECK(std::regex_search(text, std::regex("стр\\. 1 из [0-9]+")));
}

TEST_CASE("report without a filter: every event, the BRICS forum among them, a page number on every page", "[cli][report]")
{
    Sandbox box;
    REQUIRE(box.command("ingest", std::string("--quiet '") + LETOPIS_CORPUS + "'").exitCode == 0);
    const auto pdf = box.path("all.pdf");
    REQUIRE(box.command("report", "--out '" + pdf + "'").exitCode == 0);
    const std::string text = pdfText(pdf);
    CHECK(contains(text, "БРИКС"));
    CHECK(contains(text, "без фильтров"));
    std::smatch m;
    REQUIRE(std::regex_search(text, m, std::regex("стр\\. 1 из ([0-9]+)")));
    const int pages = std::stoi(m[1]);
    CHECK(pages >= 2);
    for (int p = 1; p <= pages; ++p)
        CHECK(contains(text, "стр. " + std::to_string(p) + " из " + std::to_string(pages)));
}

TEST_CASE("report fonts are embedded", "[cli][report]")
{
    Sandbox box;
    REQUIRE(box.command("ingest", std::string("--quiet '") + LETOPIS_CORPUS + "'").exitCode == 0);
    const auto pdf = box.path("fonts.pdf");
    REQUIRE(box.command("report", "--country RU --out '" + pdf + "'").exitCode == 0);
    const Run fonts = shell(std::string("'") + LETOPIS_PDFFONTS + "' '" + pdf + "'");
    REQUIRE(fonts.exitCode == 0);
    INFO(fonts.out);
    std::istringstream lines(fonts.out);
    int rows = 0;
    for (std::string line; std::getline(lines, line);) {
        if (line.empty() || line.rfind("name", 0) == 0 || line.rfind("---", 0) == 0)
            continue;
        ++rows;
        CHECK(std::regex_search(line, std::regex(" yes +(yes|no) +yes ")));
    }
    CHECK(rows >= 1);
}

TEST_CASE("report shows markup in a document literally", "[cli][report][hostile]")
{
    Sandbox box;
    REQUIRE(box.command("ingest", std::string("--quiet '") + LETOPIS_TEST_DATA + "/report/script_in_text.txt'").exitCode == 0);
    const auto pdf = box.path("script.pdf");
    REQUIRE(box.command("report", "--out '" + pdf + "'").exitCode == 0);
    const std::string text = pdfText(pdf);
    CHECK(contains(text, "<script>alert(1)</script>"));
    CHECK(contains(text, "& \"кавычки\""));
}

TEST_CASE("report refuses bad options with exit 2 and an unwritable file with exit 3", "[cli][report]")
{
    Sandbox box;
    REQUIRE(box.command("ingest", std::string("--quiet '") + LETOPIS_CORPUS + "'").exitCode == 0);
    Run r = box.command("report", "--country UZ");
    CHECK(r.exitCode == 2);
    CHECK(contains(r.out, "--out FILE.pdf is required"));
    r = box.command("report", "--type fair --out '" + box.path("x.pdf") + "'");
    CHECK(r.exitCode == 2);
    CHECK(contains(r.out, "unknown --type fair"));
    r = box.command("report", "--from someday --out '" + box.path("x.pdf") + "'");
    CHECK(r.exitCode == 2);
    r = box.command("report", "--out '" + box.path("no/such/folder/x.pdf") + "'");
    CHECK(r.exitCode == 3);
    CHECK(contains(r.out, "cannot write"));
    CHECK_FALSE(fs::exists(box.path("x.pdf")));
}

TEST_CASE("events --query keeps the events whose documents match the full-text query", "[cli][report]")
{
    Sandbox box;
    REQUIRE(box.command("ingest", std::string("--quiet '") + LETOPIS_CORPUS + "'").exitCode == 0);
    const Run r = box.command("events", "--query Ташкенте --format csv");
    REQUIRE(r.exitCode == 0);
    CHECK(contains(r.out, "Иннопром. Центральная Азия"));
    CHECK_FALSE(contains(r.out, "БРИКС"));
    const Run pdf = box.command("report", "--query 'облачные города' --out '" + box.path("q.pdf") + "'");
    REQUIRE(pdf.exitCode == 0);
    const std::string text = pdfText(box.path("q.pdf"));
    CHECK(contains(text, "Поиск по тексту: «облачные города»"));
    CHECK(contains(text, "БРИКС"));
    CHECK_FALSE(contains(text, "Ташкент"));
}

// The renderer's API as the workbench calls it.
namespace {

QGuiApplication& app()
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "test_report";
    static char* argv[] = {name, nullptr};
    static QGuiApplication instance(argc, argv);
    return instance;
}

report::Report twoEvents()
{
    report::Report r;
    r.title = "Проверка";
    r.filterText = "без фильтров";
    r.generatedAt = "2024-05-01 10:00";
    r.generatedOn = "1 мая 2024";
    store::EventRow a;
    a.id = 1;
    a.name = "Иннопром";
    a.type = "exhibition";
    a.start = dates::Date{2024, 7, 8};
    a.end = dates::Date{2024, 7, 11};
    store::EventRow b = a;
    b.id = 2;
    b.name = "Форум <b>не жирный</b>";
    b.type = "forum";
    b.start.reset();
    b.end.reset();
    r.events = {a, b};
    r.summary.events = 2;
    return r;
}

} // namespace

TEST_CASE("renderTimeline draws the dated events and leaves the undated out", "[report][render]")
{
    app();
    const auto r = twoEvents();
    const QImage image = render::renderTimeline(r, 600);
    REQUIRE_FALSE(image.isNull());
    CHECK(image.width() == 600);
    CHECK(image.height() > 20);
    CHECK(image.height() < 100); // one row, the axis and the legend
    report::Report undated = r;
    undated.events.erase(undated.events.begin());
    CHECK(render::renderTimeline(undated, 600).isNull());
}

TEST_CASE("renderReportPdf writes a readable PDF and names a path it cannot write", "[report][render]")
{
    app();
    Sandbox box;
    const auto r = twoEvents();
    const auto pdf = box.path("api.pdf");
    REQUIRE(render::renderReportPdf(r, pdf));
    const std::string text = pdfText(pdf);
    CHECK(contains(text, "Проверка"));
    CHECK(contains(text, "Форум <b>не жирный</b>"));
    CHECK(contains(text, "8–11 июля 2024"));
    const auto bad = render::renderReportPdf(r, box.path("missing/dir/x.pdf"));
    REQUIRE_FALSE(bad);
    CHECK(bad.error().code == ErrorCode::Io);
    CHECK(contains(bad.error().message, "missing/dir/x.pdf"));
}
