#pragma once
// Names of events: finding them in text and deciding when two spellings name the same event.
#include "extract/context.hpp"

#include "letopis/extract.hpp"

#include <optional>
#include <string>
#include <vector>

namespace letopis::extract::detail {

// One place in the text that names an event.
struct EventOccurrence {
    std::uint32_t start = 0;              // the name, without quotes
    std::uint32_t end = 0;
    std::optional<EventType> type;        // from an event noun attached to the name
    bool nominative = false;              // the name stands after its noun ("выставка «X»"): not inflected
    bool program = false;                 // "мероприятием деловой программы станет «X»": part of a bigger event
    int sentence = -1;
    bool adjectival = false;              // named by adjectives before its noun ("Восточного экономического форума"): inflected
};

// Quoted names are short; a longer quotation is reported speech, whose words are text.
inline constexpr std::uint32_t kMaxNameLength = 120;
// True when pos is inside a quoted name (not inside quoted speech).
bool insideName(const Context& ctx, std::uint32_t pos);

// Two forms of one word: equal, or the shorter one (at least `minLength` letters; less its last
// `trim` letters, where the ending replaces one rather than adding to it) begins the longer one,
// which has at most `maxEnding` letters more: "Голос" / "Голоса", "Союз" / "Союзом", "Атлантис" /
// "Атлантиса". A word's case forms, not its stem: "Российский" / "Россия" are not one.
bool sameWordForms(std::u32string_view a, std::u32string_view b, std::size_t minLength, std::size_t maxEnding,
                   std::size_t trim = 0);

// Names attached to event nouns ("выставка «Иннопром»", "сессии «Марафон столиц»",
// "выставка России ИННОПРОМ", "марафон INNOPROM Online") and quoted names introduced by event
// verbs ("пройдет «Марафон столиц»").
std::vector<EventOccurrence> findNamedEvents(const Context& ctx);

// The words of a name folded for comparison, with format words ("онлайн", "Online") and an
// edition year dropped and Latin letters transliterated ("INNOPROM Online" → {"иннопром"}).
struct NameKey {
    std::vector<std::u32string> words;
    int edition = 0;
    bool online = false;
};
NameKey nameKey(std::u32string_view name);

// Same name, allowing case endings: "Иннопром" ~ "Иннопрома" ~ "ИННОПРОМ" ~ "INNOPROM".
bool sameName(const NameKey& a, const NameKey& b);
// The first word of a's name names b's series ("Иннопром" and "Иннопром. Центральная Азия").
bool sameSeries(const NameKey& a, const NameKey& b);

// Display form of a name: quotes dropped, format words and edition stripped, an all-capitals
// brand of six letters or more put in title case ("ИННОПРОМ" → "Иннопром").
std::string displayName(std::u32string_view name);
// "Иннопром. Центральная Азия" → "Иннопром"; "Иннопром-2024" → "Иннопром"; else the name.
std::string seriesOf(const std::string& display);

} // namespace letopis::extract::detail
