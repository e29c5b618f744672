// End-to-end: the analyst's corrections through letopis-cli on the bundled corpus — each kind
// applies at once, `override undo ID` takes it back, nonsense is refused with exit code 2.
#include "cli_sandbox.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <sys/wait.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

using letopis::testing::Run;

// The corpus in a sandbox, with letopis-cli run on its database.
class Box final {
public:
    Box() : m_box("letopis-cli-corr-") {}
    Run cli(const std::string& args) const { return m_box.cliOnDb(args); }
    json events() const { return json::parse(cli("events --format json").out); }
    json event(const std::string& key) const
    {
        for (const auto& e : events())
            if (e["key"] == key)
                return e;
        return nullptr;
    }
    // The id of the latest correction, as `override list` shows it.
    std::int64_t lastId() const
    {
        const auto list = json::parse(cli("override list --format json").out);
        REQUIRE_FALSE(list.empty());
        return list.back()["id"];
    }

private:
    letopis::testing::Sandbox m_box;
};

} // namespace

TEST_CASE("merge, split, set-type, set-dates and undo through the command line", "[cli][override]")
{
    Box box;
    REQUIRE(box.cli(std::string("ingest --quiet '") + LETOPIS_CORPUS + "'").exitCode == 0);
    const auto count = box.events().size();
    REQUIRE(box.event("иннопром|2021") != nullptr);

    auto r = box.cli("override merge event 'иннопром|2021' 'иннопром|2020'");
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.find("extracted again") != std::string::npos);
    CHECK(box.events().size() == count - 1);
    CHECK(box.event("иннопром|2020")["corrected"] == true);
    REQUIRE(box.cli("override split event 'иннопром|2021'").exitCode == 0);
    CHECK(box.events().size() == count);

    REQUIRE(box.cli("override set-type event 'локомотивы роста|' conference").exitCode == 0);
    const auto typed = box.lastId();
    REQUIRE(box.cli("override set-dates event 'локомотивы роста|' 2023-05-10 2023-05-12").exitCode == 0);
    const auto dated = box.lastId();
    const auto corrected = box.event("локомотивы роста|");
    CHECK(corrected["type"] == "conference");
    CHECK(corrected["start"] == "2023-05-10");
    CHECK(corrected["end"] == "2023-05-12");
    CHECK(json::parse(box.cli("events --type conference --from 2023-05 --to 2023-05 --format json").out).size() == 1);

    REQUIRE(box.cli("override undo " + std::to_string(dated)).exitCode == 0);
    REQUIRE(box.cli("override undo " + std::to_string(typed)).exitCode == 0);
    const auto restored = box.event("локомотивы роста|");
    CHECK(restored["type"] == "forum");
    CHECK(restored["start"] == nullptr);
    CHECK(restored["corrected"] == false);
    CHECK(json::parse(box.cli("override list --format json").out).size() == 2); // the merge and the split stay
}

TEST_CASE("corrections that make no sense exit with 2 and say why", "[cli][override]")
{
    Box box;
    REQUIRE(box.cli(std::string("ingest --quiet '") + LETOPIS_CORPUS + "'").exitCode == 0);
    const auto split = box.cli("override split event 'иннопром|2020'");
    CHECK(split.exitCode == 2);
    CHECK(split.err.find("not merged") != std::string::npos);
    CHECK(box.cli("override set-type person 'денис мантуров' forum").exitCode == 2);
    CHECK(box.cli("override set-type event 'иннопром|2020' party").exitCode == 2);
    CHECK(box.cli("override set-dates event 'иннопром|2020' вчера").exitCode == 2);
    CHECK(box.cli("override set-dates event 'иннопром|2020'").exitCode == 2);
    CHECK(box.cli("override undo 99").exitCode == 2);
    CHECK(box.cli("override undo first").exitCode == 2);
    CHECK(json::parse(box.cli("override list --format json").out).empty());
}
