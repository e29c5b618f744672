#pragma once
// Rendering for the command line: aligned tables and JSON shapes of core values.
#include "letopis/store.hpp"

#include <nlohmann/json.hpp>

#include <iosfwd>
#include <string>
#include <vector>

namespace letopis::cli {

enum class Format { Table, Json };

// Exit codes, documented in README.md.
inline constexpr int kExitOk = 0;
inline constexpr int kExitSomeFailed = 1; // some input files could not be ingested; the rest were
inline constexpr int kExitUsage = 2;
inline constexpr int kExitFatal = 3;      // the database could not be opened or written

class Table final {
public:
    explicit Table(std::vector<std::string> header) : m_rows{std::move(header)} {}
    void add(std::vector<std::string> row) { m_rows.push_back(std::move(row)); }
    // Prints with columns padded to their widths in code points; maxWidth cuts long cells with "…".
    void print(std::ostream& out, std::size_t maxWidth = 60) const;

private:
    std::vector<std::vector<std::string>> m_rows;
};

std::string precisionName(dates::Precision p);
nlohmann::json documentJson(const store::DocumentRecord& r, bool withText);
nlohmann::json nullIfEmpty(const std::string& s);
// An event's place as {"city", "country", "venue"}, each only when known.
nlohmann::json placeJson(const std::string& city, const std::string& country, const std::string& venue);
// "2024-04-22 (year inferred)", or "unknown".
std::string publishedLabel(const std::optional<dates::Date>& d);

} // namespace letopis::cli
