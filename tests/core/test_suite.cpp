// The test suite's own hygiene: catch_discover_tests registers each Catch2 test case by its name,
// and CTest reads a ';' in a name as a list separator, so such a case is split into filters that
// match nothing and it never runs under CTest (it still passes when the binary runs alone).
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

namespace fs = std::filesystem;

TEST_CASE("no test case name holds a semicolon, which would keep it from running under CTest", "[suite]")
{
    int cases = 0;
    for (const auto& entry : fs::recursive_directory_iterator(LETOPIS_TEST_SOURCES)) {
        if (entry.path().extension() != ".cpp")
            continue;
        std::ifstream in(entry.path());
        const std::string source((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        for (auto at = source.find("TEST_CASE(\""); at != std::string::npos; at = source.find("TEST_CASE(\"", at + 1)) {
            // The name's closing quote: the first '"' not escaped by a backslash.
            std::size_t end = at + 11;
            while (end < source.size() && !(source[end] == '"' && source[end - 1] != '\\'))
                ++end;
            const std::string name = source.substr(at + 11, end - at - 11);
            INFO(entry.path().string() << ": " << name);
            CHECK(name.find(';') == std::string::npos);
            ++cases;
        }
    }
    CHECK(cases > 100);
}
