#pragma once
// A decoded press release split into header, body and boilerplate, by general rules.
#include "letopis/dates.hpp"
#include "letopis/text.hpp"

#include <optional>
#include <string>
#include <vector>

namespace letopis {

enum class PartKind : std::uint8_t {
    DateLine,   // leading "06.07.2020" or "22 АПР, 00:09"
    Title,
    Subtitle,
    Separator,  // "***", "###", "---"
    Dateline,   // agency dateline "ТАШКЕНТ, 22 апреля. /ТАСС/." (kept in the body text, recorded here)
    Byline,     // closing "Ольга Штейн, \"Российская газета\", Свердловская область"
    Debris,     // page furniture: "Ваш браузер не поддерживает видео", "Читать на …", "Теги", edit notes
};
const char* partKindName(PartKind k);               // "date_line", "title", ...
std::optional<PartKind> partKindFromName(std::string_view name);

struct DocumentPart {
    PartKind kind;
    text::Span span; // code points into ParsedDocument::text
};

struct PublishedDate {
    dates::Date date;          // precision and yearInferred as found
    bool operator==(const PublishedDate&) const = default;
};

struct ParsedDocument {
    std::string text;                   // the whole decoded original, UTF-8, unmodified
    std::string title;
    std::string subtitle;
    std::string source;                 // outlet or agency ("ТАСС", "Российская газета"), may be empty
    std::string byline;                 // closing author line as printed, may be empty
    std::optional<dates::Date> published; // unknown when nothing dates the document
    std::vector<DocumentPart> parts;    // header and boilerplate, in text order
    std::vector<text::Span> body;       // the body paragraphs: text minus header and boilerplate

    // The body as one string, paragraphs joined by "\n\n". For indexing.
    std::string bodyText() const;
};

// Splits decoded text into header, body and boilerplate and dates it. Never fails: text with no
// recognisable header is all body. Publication date: the header's date line; when it lacks a year,
// the year is inferred from the text (the dateline's month/day, years mentioned, edition ordinals)
// and marked yearInferred; when nothing dates the document, published is empty.
ParsedDocument parseDocument(std::string utf8);

} // namespace letopis
