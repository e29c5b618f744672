#pragma once
// Layout rules for press-release headers and page furniture. Internal to the ingest stage.
#include "letopis/dates.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace letopis::ingest::detail {

struct Line {
    std::uint32_t start = 0; // code points, trimmed of surrounding whitespace
    std::uint32_t end = 0;
};

bool isSpace(char32_t c);

// "06.07.2020", "22 АПР, 00:09", "7 июля 2020 года 12:30" — a line that is only a date (and a time).
// The year is 0 when the line does not print one.
std::optional<dates::Date> parseDateLine(std::u32string_view line);

bool isSeparator(std::u32string_view line);   // "***", "###", "---", "* * *"
bool isHeadingLike(std::u32string_view line); // short, no closing period
bool isDebris(std::u32string_view line);      // "Ваш браузер не поддерживает видео", "Читать на …", "Теги", edit notes
bool opensTagList(std::u32string_view line);  // "Теги", "Теги:" — short lines after it are tags
bool isTagLike(std::u32string_view line);

struct AgencyDateline {
    std::uint32_t length = 0;            // code points from the paragraph start, through the agency's closing dot
    std::u32string agency;               // "ТАСС", "РИА Новости"; empty in a press release's dateline
    std::optional<dates::Date> date;     // day and month; year 0 unless printed
};
// "ТАШКЕНТ, 22 апреля. /ТАСС/." or "МОСКВА, 22 апр — РИА Новости." at the start of a paragraph,
// or a press release's "Казань, 15 апреля 2024 г. — " (no agency: `agency` is empty).
std::optional<AgencyDateline> matchAgencyDateline(std::u32string_view paragraph);

struct ClosingByline {
    std::uint32_t offset = 0; // where the byline starts within the paragraph
    std::u32string outlet;    // the quoted outlet, or the second comma-separated field
};
// "Ольга Штейн, \"Российская газета\", Свердловская область" as the last paragraph or glued to the
// end of it, after the last sentence.
std::optional<ClosingByline> matchClosingByline(std::u32string_view paragraph);

} // namespace letopis::ingest::detail
