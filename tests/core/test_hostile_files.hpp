#pragma once
// Hostile files for ingest, written into a folder: what analysts' scrapers produce on a bad day.
// Shared by tests/core/test_hostile.cpp (the core) and tests/cli/test_hostile_cli.cpp (end to end).
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace letopis::hostile {

namespace fs = std::filesystem;

inline void writeFile(const fs::path& p, const std::string& bytes)
{
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << bytes;
}

// A good press release; `tag` makes its text (and so its document) unique.
inline std::string release(const std::string& tag, const std::string& dateLine = "06.07.2020")
{
    return dateLine + "\nЗавод «" + tag + "» открыл новый цех\n***\nВ Екатеринбурге открылся цех завода «" + tag
           + "». Всё оборудование отечественное. Директор Иван Петров рассказал о планах.\n";
}

inline std::string utf16le(const std::u16string& s)
{
    std::string out;
    for (char16_t c : s) {
        out += static_cast<char>(c & 0xFF);
        out += static_cast<char>(c >> 8);
    }
    return out;
}

// A tiny valid PNG header and an ELF header padded with zeros: binaries named .txt.
inline std::string pngBytes()
{
    std::string s("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0\x1f\xf3\xff\x61", 33);
    s += std::string(200, '\0');
    return s;
}
inline std::string elfBytes()
{
    std::string s("\x7f" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0\x3e\0\x01\0\0\0", 24);
    for (int i = 0; i < 400; ++i)
        s += static_cast<char>(i * 7 % 256);
    return s;
}

inline std::string nestedQuotes(int depth)
{
    std::string s = "06.07.2020\nКавычки\n\nКомпания ";
    for (int i = 0; i < depth; ++i)
        s += i % 2 ? "\"" : "«";
    s += "Ромашка";
    for (int i = 0; i < depth; ++i)
        s += i % 2 ? "\"" : "»";
    return s + " провела выставку в Москве.\n";
}

// Files that must go in (name → text they hold, identifiable by a word of their title), and files
// that must fail (name → a word the failure's reason contains).
struct Expectation {
    std::string name;
    std::string reasonWord; // empty: the file must be ingested
};

// Writes every small hostile file into dir and returns what each must do. The big ones (50 MB,
// 1 MB line) and the file-system tricks (links, permissions, deletion) are made by the tests.
inline std::vector<Expectation> writeSmallHostileFiles(const fs::path& dir)
{
    std::vector<Expectation> e;
    const auto put = [&](const std::string& name, const std::string& bytes, const std::string& reason) {
        writeFile(dir / name, bytes);
        e.push_back({name, reason});
    };
    put("good.txt", release("Альфа"), "");
    put("empty.txt", "", "empty");
    put("whitespace.txt", " \n\t\r\n   \n\xC2\xA0\n", "no text");
    put("image.txt", pngBytes(), "not text");
    put("program.txt", elfBytes(), "not text");
    std::string nul = release("Нуль");
    nul.insert(nul.find('\n') + 1, std::string(1, '\0')); // between lines: dropped, the text intact
    put("nul inside.txt", nul, "");
    std::string badUtf8 = release("Бета") + std::string(200, 'a');
    badUtf8.insert(30, "\xC3\x28\xE2\x82");
    put("invalid-utf8.txt", badUtf8, "");
    // Half UTF-8, half Windows-1251 ("Выставка" in cp1251).
    put("mixed.txt", release("Гамма") + "\xC2\xFB\xF1\xF2\xE0\xE2\xEA\xE0\n", "");
    std::u16string u16 = u"06.07.2020\nЗавод «Дельта» открыл новый цех\n\nВ Екатеринбурге открылся цех.\n";
    put("utf16-no-bom.txt", utf16le(u16), "");
    put("quotes.txt", nestedQuotes(100000), "");
    put("date-31-02.txt", release("Эпсилон", "31.02.2020"), "");
    put("date-99.txt", release("Дзета", "99.99.9999"), "");
    put("date-year0.txt", release("Эта", "01.01.0000\n1 января 0 года"), "");
    put("date-year99999.txt", release("Тета", "01.01.99999\n5 мая 99999 года"), "");
    put("name with spaces.txt", release("Йота"), "");
    put("Пресс-релиз Каппа.txt", release("Каппа"), "");
    put("line\nbreak.txt", release("Лямбда"), "");
    return e;
}

} // namespace letopis::hostile
