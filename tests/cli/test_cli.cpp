// End-to-end: letopis-cli as a user runs it, on the bundled corpus and on files written here.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <sys/wait.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <sstream>

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

struct Run {
    int exitCode = -1;
    std::string out;
    std::string err;
};

class Sandbox final {
public:
    Sandbox()
    {
        std::random_device rd;
        m_dir = fs::temp_directory_path() / ("letopis-cli-" + std::to_string(rd()));
        fs::create_directories(m_dir);
    }
    ~Sandbox()
    {
        std::error_code ec;
        fs::remove_all(m_dir, ec);
    }
    fs::path path(const std::string& name) const { return m_dir / name; }
    std::string db() const { return (m_dir / "test.db").string(); }

    // Runs letopis-cli with the given arguments (already shell-quoted where needed).
    Run cli(const std::string& args) const
    {
        const auto errFile = m_dir / "stderr.txt";
        const std::string cmd = std::string("'") + LETOPIS_CLI + "' " + args + " 2>'" + errFile.string() + "'";
        Run r;
        FILE* pipe = popen(cmd.c_str(), "r");
        REQUIRE(pipe);
        std::array<char, 4096> buf{};
        std::size_t n = 0;
        while ((n = std::fread(buf.data(), 1, buf.size(), pipe)) > 0)
            r.out.append(buf.data(), n);
        const int status = pclose(pipe);
        r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        std::ifstream in(errFile);
        std::stringstream ss;
        ss << in.rdbuf();
        r.err = ss.str();
        return r;
    }

private:
    fs::path m_dir;
};

std::size_t corpusFileCount()
{
    std::size_t n = 0;
    for (const auto& e : fs::directory_iterator(LETOPIS_CORPUS))
        n += e.path().extension() == ".txt" ? 1 : 0;
    return n;
}

} // namespace

TEST_CASE("ingest the corpus, list it with publication dates, re-ingest changes nothing", "[cli]")
{
    Sandbox box;
    const auto first = box.cli("ingest '" + std::string(LETOPIS_CORPUS) + "' --db " + box.db() + " --format json");
    INFO(first.err);
    REQUIRE(first.exitCode == 0);
    const auto report = json::parse(first.out);
    CHECK(report["new"] == corpusFileCount());
    CHECK(report["failed"] == 0);

    const auto docs = box.cli("documents --format json --db " + box.db());
    REQUIRE(docs.exitCode == 0);
    const auto list = json::parse(docs.out);
    REQUIRE(list.size() == corpusFileCount());
    std::map<std::string, int> byDate;
    for (const auto& d : list) {
        REQUIRE(d.contains("path"));
        REQUIRE(d.contains("title"));
        REQUIRE(d.contains("published_precision"));
        const std::string key = d["published"].is_null()
            ? std::string("unknown")
            : d["published"].get<std::string>() + (d["published_inferred"].get<bool>() ? " inferred" : "");
        ++byDate[key];
    }
    // The bundled releases: two dated in full, one whose year the text implies, two undated.
    CHECK(byDate == std::map<std::string, int>{{"2020-07-06", 2}, {"2024-04-22 inferred", 1}, {"unknown", 2}});

    const auto second = box.cli("ingest '" + std::string(LETOPIS_CORPUS) + "' --db " + box.db() + " --format json");
    REQUIRE(second.exitCode == 0);
    const auto again = json::parse(second.out);
    CHECK(again["new"] == 0);
    CHECK(again["replaced"] == 0);
    CHECK(again["unchanged"] == corpusFileCount());

    const auto table = box.cli("ingest '" + std::string(LETOPIS_CORPUS) + "' --db " + box.db());
    CHECK(table.out.find("read " + std::to_string(corpusFileCount()) + ", new 0") == 0);
}

TEST_CASE("search finds Russian word forms and reports snippets", "[cli]")
{
    Sandbox box;
    REQUIRE(box.cli("ingest '" + std::string(LETOPIS_CORPUS) + "' --db " + box.db()).exitCode == 0);
    const auto r = box.cli("search выставка --format json --db " + box.db());
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    const auto hits = json::parse(r.out);
    CHECK(hits.size() == 3); // "выставки", "выставке", "выставку"... in three of the five releases
    for (const auto& h : hits) {
        CHECK(h.contains("path"));
        CHECK(h.contains("title"));
        CHECK(h["snippet"].get<std::string>().find("[[") != std::string::npos);
        CHECK(h["score"].is_number());
    }
    const auto none = box.cli("search несуществующееслово --format json --db " + box.db());
    CHECK(none.exitCode == 0);
    CHECK(json::parse(none.out).empty());
}

TEST_CASE("hostile search queries are taken literally", "[cli]")
{
    Sandbox box;
    REQUIRE(box.cli("ingest '" + std::string(LETOPIS_CORPUS) + "' --db " + box.db()).exitCode == 0);
    for (const std::string q : {"'\"'", "'NEAR(выставка'", "'выставка OR -форум'", "\"'); DROP TABLE documents; --\"",
                                "'(((('", "'*'"}) {
        const auto r = box.cli("search " + q + " --format json --db " + box.db());
        INFO(q << " -> " << r.err);
        CHECK((r.exitCode == 0 || r.exitCode == 2));
        CHECK(r.err.find("syntax error") == std::string::npos);
    }
    const auto docs = box.cli("documents --format json --db " + box.db());
    CHECK(json::parse(docs.out).size() == corpusFileCount());
}

TEST_CASE("a Windows-1251 copy reads identically to the UTF-8 original", "[cli]")
{
    Sandbox box;
    const auto original = fs::directory_iterator(LETOPIS_CORPUS)->path();
    const auto copy = box.path("copy-cp1251.txt");
    const std::string iconv = "iconv -f UTF-8 -t CP1251 '" + original.string() + "' > '" + copy.string() + "'";
    REQUIRE(std::system(iconv.c_str()) == 0);
    REQUIRE(box.cli("ingest '" + copy.string() + "' --db " + box.db()).exitCode == 0);
    const auto shown = box.cli("show copy-cp1251.txt --format json --db " + box.db());
    REQUIRE(shown.exitCode == 0);
    const auto doc = json::parse(shown.out);
    std::ifstream in(original, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    CHECK(doc["text"].get<std::string>() == ss.str());
    CHECK(doc["encoding"] == "windows-1251");
}

TEST_CASE("failures name the file and set the exit code, good files still go in", "[cli]")
{
    Sandbox box;
    fs::create_directories(box.path("in"));
    std::ofstream(box.path("in/good.txt")) << "Выставка открылась в Казани.";
    std::ofstream(box.path("in/binary.txt"), std::ios::binary) << std::string("\x7f" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0", 16);
    const auto r = box.cli("ingest '" + box.path("in").string() + "' --db " + box.db() + " --format json");
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("binary.txt") != std::string::npos);
    const auto report = json::parse(r.out);
    CHECK(report["new"] == 1);
    CHECK(report["failed"] == 1);
}

TEST_CASE("usage errors exit with 2 and say what is wrong", "[cli]")
{
    Sandbox box;
    auto r = box.cli("frobnicate");
    CHECK(r.exitCode == 2);
    CHECK(r.err.find("unknown command") != std::string::npos);
    r = box.cli("documents --format xml --db " + box.db());
    CHECK(r.exitCode == 2);
    r = box.cli("ingest --db " + box.db());
    CHECK(r.exitCode == 2);
    r = box.cli("show no-such-document --db " + box.db());
    CHECK(r.exitCode == 2);
    CHECK(r.err.find("no-such-document") != std::string::npos);
}
