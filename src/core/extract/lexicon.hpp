#pragma once
// Closed-class Russian vocabulary the extraction rules use: event nouns, organisation-type
// nouns, role heads, speaking and participation cues. General Russian, matched on folded
// (lower-case, ё→е) word prefixes.
#include "letopis/extract.hpp"

#include <optional>
#include <string_view>

namespace letopis::extract::detail {

// "выставке" → Exhibition, "форума" → Forum, "сессии" → Session, "мероприятием" → Other...
std::optional<EventType> eventNoun(std::u32string_view folded);
// A generic event noun that refers back rather than names ("мероприятие").
bool isGenericEventNoun(std::u32string_view folded);

// An adjective's genitive, dative or prepositional ending ("малого", "инвестиционной", "торговых"):
// a word that needs the noun after it. By ending only; a noun may end so too ("службой").
bool hasObliqueAdjectiveEnding(std::u32string_view folded);
// An adjective's ending in any case, number and gender ("международного", "экономический").
bool isAdjectiveForm(std::u32string_view folded);
// A plural adjective's ending ("международные", "российских").
bool isPluralAdjectiveForm(std::u32string_view folded);

// Words after which a quoted name is an organisation: "компании", "группы компаний", "ООО", "партии".
bool isOrganisationNoun(std::u32string_view folded);
// Legal forms printed before or inside quoted names: ООО, АО, ПАО, ЗАО, НПК, ГК, ФГУП ...
bool isLegalForm(std::u32string_view word);
// The head of an institution's name: an organisation noun, or a body of state ("совета",
// "комитета", "собрания", "службы", "Минобрнауки", "суда", "театра", "оркестра").
bool isInstitutionHead(std::u32string_view folded);
// Abbreviations that say what kind of body follows, not which ("РИА", "ФК", "НИИ", "СМИ", "ТВ").
bool isKindAbbreviation(std::u32string_view folded);

// Venue markers: "НВК", "МВЦ", "павильонах", "выставочном центре", "конгресс-центре".
bool isVenueMarker(std::u32string_view folded);

// Heads of a job title: "директор", "глава", "министра", "вице-президент", "депутат" ...
bool isRoleHead(std::u32string_view folded);
// Modifiers that may open a job title: "генеральный", "заместитель", "первый", "старший" ...
bool isRoleModifier(std::u32string_view folded);
// A title, rank, honorific or kinship word before a name ("император", "полковник", "мадам", "вдова").
bool isPersonTitle(std::u32string_view folded);

// Speaking and taking part: "спикеров", "выступят", "участие", "докладчик", "модератор".
bool isSpeakerCue(std::u32string_view folded);
// Reported speech: "отметил", "подчеркнула", "рассказал", "заявил", "поделился".
bool isAttributionVerb(std::u32string_view folded);
// Past-tense event verbs: "прошла", "состоялся", "приняли".
bool isPastEventVerb(std::u32string_view folded);
// Event verbs that introduce a named event: "пройдет", "состоится", "откроется", "стартует".
bool isEventVerb(std::u32string_view folded);

// Format words.
bool isOnlineWord(std::u32string_view folded);
bool isOfflineWord(std::u32string_view folded);
bool isHybridWord(std::u32string_view folded);


// Short forms of federal ministries and their full names ("минпромторг" → "Министерство
// промышленности и торговли"), keyed by the folded stem of the short form.
std::optional<std::u32string_view> ministryFullName(std::u32string_view folded);
// A ministry, federal service or agency named by its one-word short name in any case form
// ("Минобрнауки", "Рособрнадзором", "Росстата", "Совфеда").
bool isGovernmentBodyName(std::u32string_view folded);
// A noun for a company, in any case form ("компании", "концерна", "производителя", "агентству");
// not a site, network or service, whose names NEREL marks as products.
bool isCompanyNoun(std::u32string_view folded);

} // namespace letopis::extract::detail
