// Decoding: every supported encoding from bytes written here, binary refusal, forced encodings,
// and round trips of every corpus file through legacy encodings.
#include "letopis/encoding.hpp"
#include "letopis/text.hpp"

#include <catch2/catch.hpp>
#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace letopis;
using namespace letopis::text;

namespace {

// Encodes UTF-8 text with ICU; fails the test if a character has no mapping.
std::string encode(const std::string& utf8, const char* encoding) {
    UErrorCode err = U_ZERO_ERROR;
    UConverter* cnv = ucnv_open(encoding, &err);
    REQUIRE(U_SUCCESS(err));
    ucnv_setFromUCallBack(cnv, UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &err);
    const icu::UnicodeString u = icu::UnicodeString::fromUTF8(utf8);
    std::string out(static_cast<std::size_t>(u.length()) * 4 + 8, '\0');
    const int32_t n = ucnv_fromUChars(cnv, out.data(), static_cast<int32_t>(out.size()), u.getBuffer(), u.length(), &err);
    ucnv_close(cnv);
    REQUIRE(U_SUCCESS(err));
    out.resize(static_cast<std::size_t>(n));
    return out;
}

std::string readFile(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// KOI8-R and IBM866 have no guillemets or long dashes: replace them as a converting editor would.
std::string asciiPunctuation(const std::string& utf8) {
    std::u32string s = toU32(utf8);
    for (char32_t& c : s) {
        if (c == U'«' || c == U'»' || c == U'„' || c == U'“' || c == U'”') c = U'"';
        if (c == U'—' || c == U'–') c = U'-';
    }
    return toUtf8(s);
}

const std::string kRussian =
    "Съешь же ещё этих мягких французских булок, да выпей чаю. В 2020 г. компания открыла новый завод.";

} // namespace

TEST_CASE("decode: plain UTF-8 is returned unchanged with full confidence", "[encoding]") {
    const auto d = decode(kRussian);
    REQUIRE(d.ok());
    CHECK(d->utf8 == kRussian);
    CHECK(d->encoding == "UTF-8");
    CHECK(d->confidence == 100);
}

TEST_CASE("decode: ASCII and empty input are UTF-8", "[encoding]") {
    const auto ascii = decode("Hello, world.\r\nSecond line.");
    REQUIRE(ascii.ok());
    CHECK(ascii->encoding == "UTF-8");
    CHECK(ascii->utf8 == "Hello, world.\r\nSecond line."); // line ends are kept byte for byte
    const auto empty = decode("");
    REQUIRE(empty.ok());
    CHECK(empty->utf8.empty());
}

TEST_CASE("decode: UTF-8 BOM is removed", "[encoding]") {
    const auto d = decode("\xEF\xBB\xBF" + kRussian);
    REQUIRE(d.ok());
    CHECK(d->utf8 == kRussian);
    CHECK(d->encoding == "UTF-8");
    CHECK(d->confidence == 100);
}

TEST_CASE("decode: UTF-16 with a BOM, both byte orders", "[encoding]") {
    const auto le = decode("\xFF\xFE" + encode(kRussian, "UTF-16LE"));
    REQUIRE(le.ok());
    CHECK(le->utf8 == kRussian);
    CHECK(le->encoding == "UTF-16LE");
    CHECK(le->confidence == 100);
    const auto be = decode("\xFE\xFF" + encode(kRussian, "UTF-16BE"));
    REQUIRE(be.ok());
    CHECK(be->utf8 == kRussian);
    CHECK(be->encoding == "UTF-16BE");
}

TEST_CASE("decode: UTF-16 without a BOM is recognised by its NUL pattern", "[encoding]") {
    const auto le = decode(encode(kRussian, "UTF-16LE"));
    REQUIRE(le.ok());
    CHECK(le->utf8 == kRussian);
    CHECK(le->encoding == "UTF-16LE");
    const auto be = decode(encode("Plain English text, no BOM.", "UTF-16BE"));
    REQUIRE(be.ok());
    CHECK(be->utf8 == "Plain English text, no BOM.");
    CHECK(be->encoding == "UTF-16BE");
}

TEST_CASE("decode: each Cyrillic code page is told apart", "[encoding]") {
    const std::string text = asciiPunctuation(kRussian);
    const std::pair<const char*, const char*> cases[] = {
        {"windows-1251", "windows-1251"}, {"KOI8-R", "KOI8-R"}, {"IBM866", "IBM866"}, {"ISO-8859-5", "ISO-8859-5"}};
    for (const auto& [icuName, expected] : cases) {
        INFO(icuName);
        const auto d = decode(encode(text, icuName));
        REQUIRE(d.ok());
        CHECK(d->encoding == expected);
        CHECK(d->utf8 == text);
        CHECK(d->confidence >= 50);
    }
}

TEST_CASE("decode: short texts in windows-1251 and KOI8-R", "[encoding]") {
    for (const char* s : {"Привет, мир!", "Москва", "Да", "ПРИВЕТ МИР", "ООО \"Ромашка\""}) {
        INFO(s);
        const auto cp = decode(encode(s, "windows-1251"));
        REQUIRE(cp.ok());
        CHECK(cp->encoding == "windows-1251");
        CHECK(cp->utf8 == s);
        const auto koi = decode(encode(s, "KOI8-R"));
        REQUIRE(koi.ok());
        CHECK(koi->encoding == "KOI8-R");
        CHECK(koi->utf8 == s);
    }
}

TEST_CASE("decode: every corpus file survives legacy and Unicode encodings", "[encoding][corpus]") {
    int files = 0;
    for (const auto& entry : std::filesystem::directory_iterator(LETOPIS_CORPUS)) {
        if (entry.path().extension() != ".txt") continue;
        ++files;
        const std::string original = readFile(entry.path());
        INFO(entry.path().filename().string());
        REQUIRE(decode(original)->utf8 == original);

        const auto cp = decode(encode(original, "windows-1251"));
        REQUIRE(cp.ok());
        CHECK(cp->encoding == "windows-1251");
        CHECK(cp->utf8 == original);

        const std::string koiText = asciiPunctuation(original);
        const auto koi = decode(encode(koiText, "KOI8-R"));
        REQUIRE(koi.ok());
        CHECK(koi->encoding == "KOI8-R");
        CHECK(koi->utf8 == koiText);

        const auto le = decode("\xFF\xFE" + encode(original, "UTF-16LE"));
        REQUIRE(le.ok());
        CHECK(le->utf8 == original);
        const auto be = decode("\xFE\xFF" + encode(original, "UTF-16BE"));
        REQUIRE(be.ok());
        CHECK(be->utf8 == original);
        const auto bom = decode("\xEF\xBB\xBF" + original);
        REQUIRE(bom.ok());
        CHECK(bom->utf8 == original);
    }
    CHECK(files >= 5);
}

TEST_CASE("decode: rejectsBinary with NUL bytes", "[encoding]") {
    std::string bytes(512, 'a');
    for (int i = 0; i < 37; ++i) bytes[static_cast<std::size_t>(i) * 13] = '\0';
    bytes += std::string(1000, 'b');
    const auto d = decode(bytes);
    REQUIRE_FALSE(d.ok());
    CHECK(d.error().code == ErrorCode::NotText);
    CHECK(d.error().message == "file is not text: 37 of the first 512 bytes are NUL");
}

TEST_CASE("decode: rejectsBinary with control bytes and NULs later in the file", "[encoding]") {
    std::string controls;
    for (int i = 0; i < 100; ++i) controls += std::string("data\x01\x02\x03\x10", 8);
    const auto c = decode(controls);
    REQUIRE_FALSE(c.ok());
    CHECK(c.error().code == ErrorCode::NotText);
    CHECK(c.error().message.find("control characters") != std::string::npos);

    std::string late = "Text header, then binary.\n" + std::string(600, 'x');
    for (int i = 0; i < 200; ++i) late += std::string("\0\x7F\x05\0", 4);
    const auto l = decode(late);
    REQUIRE_FALSE(l.ok());
    CHECK(l.error().code == ErrorCode::NotText);
}

TEST_CASE("decode: a stray NUL is dropped, not fatal", "[encoding]") {
    const auto d = decode(std::string("Привет") + '\0' + " мир");
    REQUIRE(d.ok());
    CHECK(d->utf8 == "Привет мир");
}

TEST_CASE("decode: UTF-8 cut mid-character stays UTF-8", "[encoding]") {
    std::string cut = kRussian;
    cut.pop_back();                      // '.'
    cut.pop_back();                      // half of 'д'
    const auto d = decode(cut);
    REQUIRE(d.ok());
    CHECK(d->encoding == "UTF-8");
    CHECK(d->confidence < 100);
    CHECK(d->utf8.ends_with("\xEF\xBF\xBD")); // U+FFFD
}

TEST_CASE("decodeAs: a forced encoding is obeyed", "[encoding]") {
    const std::string koi = encode("Привет, мир", "KOI8-R");
    const auto asKoi = decodeAs(koi, "koi8-r");
    REQUIRE(asKoi.ok());
    CHECK(asKoi->utf8 == "Привет, мир");
    CHECK(asKoi->encoding == "KOI8-R");
    CHECK(asKoi->confidence == 100);

    const auto asCp = decodeAs(koi, "cp1251"); // wrong but valid: the caller asked for it
    REQUIRE(asCp.ok());
    CHECK(asCp->encoding == "windows-1251");
    CHECK(asCp->utf8 != "Привет, мир");

    const auto le = decodeAs("\xFF\xFE" + encode("Тест", "UTF-16LE"), "utf-16le");
    REQUIRE(le.ok());
    CHECK(le->utf8 == "Тест"); // the BOM is removed
    CHECK(le->encoding == "UTF-16LE");
    const auto u8 = decodeAs("\xEF\xBB\xBFТест", "utf8");
    REQUIRE(u8.ok());
    CHECK(u8->utf8 == "Тест");
}

TEST_CASE("decodeAs: rejectsUnknownEncodingName", "[encoding]") {
    for (const char* name : {"no-such-encoding", ""}) {
        const auto d = decodeAs("abc", name);
        REQUIRE_FALSE(d.ok());
        CHECK(d.error().code == ErrorCode::Encoding);
        CHECK(d.error().message.find("unknown encoding") != std::string::npos);
    }
}

TEST_CASE("decodeAs: rejectsInvalidBytes for the forced encoding", "[encoding]") {
    const auto u8 = decodeAs("abc\xFF" "def", "utf-8");
    REQUIRE_FALSE(u8.ok());
    CHECK(u8.error().code == ErrorCode::Encoding);
    CHECK(u8.error().message.find("0xFF at byte offset 3") != std::string::npos);

    const auto u16 = decodeAs(std::string("\x41\x00\x00\xD8\x42\x00", 6), "UTF-16LE"); // lone surrogate
    REQUIRE_FALSE(u16.ok());
    CHECK(u16.error().code == ErrorCode::Encoding);
}

TEST_CASE("decode: arbitrary bytes either decode to valid UTF-8 or fail with a message", "[encoding]") {
    std::uint32_t seed = 7;
    for (int round = 0; round < 300; ++round) {
        std::string bytes;
        const std::size_t length = static_cast<std::size_t>(round % 61);
        for (std::size_t i = 0; i < length; ++i) {
            seed = seed * 1664525u + 1013904223u;
            // Mostly high bytes and spaces, sometimes controls and NULs.
            const std::uint32_t r = (seed >> 8) % 100;
            bytes.push_back(static_cast<char>(r < 70 ? 0x80 + (seed >> 16) % 128 : r < 95 ? ' ' + (seed >> 16) % 90 : (seed >> 16) % 32));
        }
        INFO("round " << round);
        const auto d = decode(bytes);
        if (d.ok()) {
            CHECK(toUtf8(toU32(d->utf8)) == d->utf8); // well-formed
            CHECK(d->utf8.find('\0') == std::string::npos);
            CHECK(d->confidence >= 0);
            CHECK(d->confidence <= 100);
        } else {
            CHECK(d.error().code == ErrorCode::NotText);
            CHECK_FALSE(d.error().message.empty());
        }
    }
}

TEST_CASE("decode: a file of UTF-8 lines and Windows-1251 lines decodes each line in its own encoding", "[encoding]") {
    const std::string utf8Part = "Выставка «Иннопром» открылась в Екатеринбурге.\n";
    const std::string legacyPart = "Участники из Китая и Турции показали станки и роботов.\n"
                                   "Форум продлится три дня, сообщили организаторы.\n";
    const auto d = decode(utf8Part + encode(legacyPart, "windows-1251") + "Конец.\n");
    REQUIRE(d.ok());
    CHECK(d->utf8 == utf8Part + legacyPart + "Конец.\n");
    CHECK(d->encoding == "UTF-8+windows-1251");
    // A file wholly in the code page is not "mixed".
    const auto whole = decode(encode(utf8Part + legacyPart, "windows-1251"));
    REQUIRE(whole.ok());
    CHECK(whole->encoding == "windows-1251");
    CHECK(whole->utf8 == utf8Part + legacyPart);
}
