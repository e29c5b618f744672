// Replays every input the fuzzers ever failed on (tests/data/fuzz-regressions/<target>/*), and a
// few hostile inputs of our own, through the same functions the fuzzers call. Part of the normal
// suite: no libFuzzer, no sanitizer needed (though the asan preset runs it too).
#include "targets.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

using Target = int (*)(const std::uint8_t*, std::size_t);

std::vector<std::string> regressions(const std::string& target)
{
    std::vector<std::string> out;
    const fs::path dir = fs::path(LETOPIS_FUZZ_REGRESSIONS) / target;
    if (!fs::is_directory(dir))
        return out;
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(dir))
        if (e.is_regular_file() && e.path().filename() != "README.md")
            files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (const auto& p : files) {
        std::ifstream in(p, std::ios::binary);
        out.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    return out;
}

std::vector<std::string> hostile()
{
    std::string quotes;
    for (int i = 0; i < 2000; ++i)
        quotes += "«\"";
    return {"", " \n\t ", std::string("\0\0\0", 3), "\xFF\xFE\x00", "\xC3\x28\xE2\x82", "31.02.2020 99.99.9999 00.00.0000",
            "1 января 0 года, 5 мая 99999 года", "<script>alert('x')</script>\n<b>жирный</b>", quotes,
            "\" * NEAR( - ) ( ' OR 1=1 -- ;DROP TABLE documents", std::string(5000, 'x')};
}

void replay(const std::string& name, Target target)
{
    const auto inputs = regressions(name);
    for (const auto& in : inputs)
        CHECK(target(reinterpret_cast<const std::uint8_t*>(in.data()), in.size()) == 0);
    for (const auto& in : hostile())
        CHECK(target(reinterpret_cast<const std::uint8_t*>(in.data()), in.size()) == 0);
    INFO(name << ": " << inputs.size() << " regression inputs");
}

} // namespace

#ifdef LETOPIS_FUZZ_RENDER
TEST_CASE("fuzz regressions: report rendering", "[fuzz-regression]") { replay("render", letopis::fuzz::renderReport); }
#else
TEST_CASE("fuzz regressions: decoding and normalisation", "[fuzz-regression]") { replay("decode", letopis::fuzz::decodeText); }
TEST_CASE("fuzz regressions: header parsing", "[fuzz-regression]") { replay("header", letopis::fuzz::parseHeader); }
TEST_CASE("fuzz regressions: date parsing", "[fuzz-regression]") { replay("dates", letopis::fuzz::parseDates); }
TEST_CASE("fuzz regressions: extraction", "[fuzz-regression]") { replay("extract", letopis::fuzz::extractFacts); }
TEST_CASE("fuzz regressions: search and filters", "[fuzz-regression]") { replay("search", letopis::fuzz::searchQuery); }
#endif
