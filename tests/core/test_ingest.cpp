// Ingesting files and folders into a store: dedupe, incremental re-runs, replacement, failures.
#include "temp_dir.hpp"
#include "letopis/ingest.hpp"

#include <catch2/catch.hpp>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <random>

namespace fs = std::filesystem;
using namespace letopis;

namespace {

using TempDir = letopis::testing::TempDir;

void write(const fs::path& p, const std::string& bytes)
{
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << bytes;
}

// Windows-1251 bytes for Russian text (ASCII, А..я, Ё, ё): enough for the tests' own texts.
std::string toCp1251(const std::string& utf8)
{
    std::string out;
    for (char32_t c : text::toU32(utf8)) {
        if (c < 0x80)
            out += static_cast<char>(c);
        else if (c >= U'А' && c <= U'я')
            out += static_cast<char>(0xC0 + (c - U'А'));
        else if (c == U'Ё')
            out += static_cast<char>(0xA8);
        else if (c == U'ё')
            out += static_cast<char>(0xB8);
        else
            FAIL("no cp1251 byte for this test character");
    }
    return out;
}

const std::string kRelease = "06.07.2020\nЗавод открыл новый цех\n***\nВ Екатеринбурге открылся цех. "
                             "Всё оборудование отечественное.";

} // namespace

TEST_CASE("a folder is ingested recursively, and a second run changes nothing", "[ingest]")
{
    TempDir dir;
    write(dir.path() / "a.txt", kRelease);
    write(dir.path() / "sub" / "b.txt", "Выставка открылась в Казани.");
    write(dir.path() / "sub" / "deeper" / "c.TXT", "Форум прошёл в Москве.");
    write(dir.path() / "notes.md", "not a press release");
    auto db = store::Database::open(":memory:");
    REQUIRE(db);

    ingest::Params params;
    params.paths = {dir.path().string()};
    std::size_t progressCalls = 0, total = 0;
    params.progress = [&](const ingest::Progress& p) {
        ++progressCalls;
        total = p.total;
    };
    auto first = ingest::run(**db, params);
    REQUIRE(first);
    CHECK(first->read == 3);
    CHECK(first->added == 3);
    CHECK(first->failures.empty());
    CHECK(total == 3);
    CHECK(progressCalls >= 3);
    CHECK((*db)->documentCount() == 3);

    auto second = ingest::run(**db, params);
    REQUIRE(second);
    CHECK(second->added == 0);
    CHECK(second->unchanged == 3);
    CHECK((*db)->documentCount() == 3);
}

TEST_CASE("a Windows-1251 copy is the same document as its UTF-8 original", "[ingest]")
{
    TempDir dir;
    write(dir.path() / "utf8.txt", kRelease);
    write(dir.path() / "cp1251.txt", toCp1251(kRelease));
    auto fromCp1251 = ingest::readFile((dir.path() / "cp1251.txt").string(), std::nullopt);
    REQUIRE(fromCp1251);
    CHECK(fromCp1251->doc.text == kRelease);
    CHECK(fromCp1251->encoding == "windows-1251");

    auto db = store::Database::open(":memory:");
    REQUIRE(db);
    ingest::Params params;
    params.paths = {dir.path().string()};
    auto report = ingest::run(**db, params);
    REQUIRE(report);
    CHECK(report->added == 1);
    CHECK(report->duplicates == 1);
    CHECK((*db)->documentCount() == 1);
}

TEST_CASE("a changed file replaces its old version", "[ingest]")
{
    TempDir dir;
    const auto file = dir.path() / "release.txt";
    write(file, kRelease);
    auto db = store::Database::open(":memory:");
    REQUIRE(db);
    ingest::Params params;
    params.paths = {file.string()};
    REQUIRE(ingest::run(**db, params));

    write(file, kRelease + " Добавлено предложение.");
    fs::last_write_time(file, fs::last_write_time(file) + std::chrono::seconds(5));
    auto report = ingest::run(**db, params);
    REQUIRE(report);
    CHECK(report->replaced == 1);
    CHECK((*db)->documentCount() == 1);
    auto doc = (*db)->document(file.string());
    REQUIRE(doc);
    REQUIRE(*doc);
    CHECK((*doc)->doc.text.find("Добавлено предложение") != std::string::npos);
}

TEST_CASE("files that cannot be read are reported by name — the rest is ingested", "[ingest]")
{
    TempDir dir;
    write(dir.path() / "good.txt", kRelease);
    write(dir.path() / "image.txt", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10", 24));
    auto db = store::Database::open(":memory:");
    REQUIRE(db);
    ingest::Params params;
    params.paths = {dir.path().string(), (dir.path() / "missing.txt").string()};
    auto report = ingest::run(**db, params);
    REQUIRE(report);
    CHECK(report->added == 1);
    REQUIRE(report->failures.size() == 2);
    const auto named = [&](const std::string& name) {
        for (const auto& f : report->failures) {
            if (fs::path(f.path).filename() == name)
                return f.reason;
        }
        return std::string();
    };
    CHECK(named("image.txt").find("not text") != std::string::npos);
    CHECK(named("missing.txt").find("no such file") != std::string::npos);
    CHECK((*db)->documentCount() == 1);
}

TEST_CASE("a forced encoding decodes as told", "[ingest]")
{
    TempDir dir;
    write(dir.path() / "koi.txt", toCp1251("Выставка"));
    auto asCp1251 = ingest::readFile((dir.path() / "koi.txt").string(), std::string("cp1251"));
    REQUIRE(asCp1251);
    CHECK(asCp1251->doc.text == "Выставка");
    auto unknown = ingest::readFile((dir.path() / "koi.txt").string(), std::string("no-such-encoding"));
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().message.find("koi.txt") != std::string::npos);
}

TEST_CASE("a cancelled ingest stops before reading and keeps what it stored", "[ingest]")
{
    TempDir dir;
    write(dir.path() / "a.txt", kRelease);
    auto db = store::Database::open(":memory:");
    REQUIRE(db);
    std::atomic<bool> cancel{true};
    ingest::Params params;
    params.paths = {dir.path().string()};
    params.cancel = &cancel;
    auto report = ingest::run(**db, params);
    REQUIRE(report);
    CHECK(report->cancelled);
    CHECK((*db)->documentCount() == 0);
}
