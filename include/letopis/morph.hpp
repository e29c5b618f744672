#pragma once
// Russian morphology: dictionary lemmas (hunspell-ru), Snowball stems, and the rules that put
// names and noun phrases into the nominative case.
#include "letopis/result.hpp"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

class Hunspell;

namespace letopis::morph {

// Lower-case, ё→е, Snowball Russian stem (English for Latin words). Thread-safe.
std::string stem(std::string_view word);

enum class Gender : std::uint8_t { Unknown, Masculine, Feminine };

// Dictionary lemmas from hunspell-ru. Not thread-safe: use one per thread (open() is ~0.1 s).
class Lemmatizer final {
public:
    // dictDir: folder with ru_RU.aff/ru_RU.dic; empty looks in the usual system places.
    static Result<std::unique_ptr<Lemmatizer>> open(const std::string& dictDir = {});
    ~Lemmatizer();

    // Dictionary base forms of a word form, as the dictionary spells them (case kept for proper
    // names: "Москвы" → "Москва"). Empty for unknown words.
    std::vector<std::string> lemmas(std::string_view word);
    bool isKnown(std::string_view word);

    // What the dictionary says about a form: each base form with the part of speech its paradigm
    // shows (hunspell-ru has no tags; the suffix class and the lemma's shape tell adjectives and
    // verbs from nouns). The reference stays valid until the next call on this Lemmatizer.
    enum class Pos : std::uint8_t { Noun, Adjective, Verb };
    struct Analysis {
        std::string lemma;
        Pos pos = Pos::Noun;
    };
    const std::vector<Analysis>& analyses(std::string_view word);

private:
    struct Cache;
    explicit Lemmatizer(std::unique_ptr<Hunspell> h);
    std::unique_ptr<Hunspell> m_hunspell;
    std::unique_ptr<Cache> m_cache; // lemma lookups by word form; cleared when it grows too big
};

// A person's name as printed, word by word, in the nominative: {"Дениса", "Мантурова"} →
// "Денис Мантуров"; {"Ольги", "Видановой"} → "Ольга Виданова"; {"Жамшида", "Ходжаева"} →
// "Жамшид Ходжаев"; patronymics too ("Алексеевича"); foreign and indeclinable names kept whole
// ("Рикардо Маркес Флорес", "Чжао Мяоси", "Николя Бюшу"). lem may be null (rules only).
std::string personNominative(const std::vector<std::string>& words, Lemmatizer* lem);

// The gender a name form shows, if any ("Ольги" → Feminine, "Мантурова" → unknown alone).
Gender nameGender(const std::vector<std::string>& words, Lemmatizer* lem);

// A noun phrase (organisation, event, role) in the nominative: the head noun and the adjectives
// agreeing with it are put in the nominative, the dependents after the head are kept as printed:
// "Ассоциации торговых палат Африки" → "Ассоциация торговых палат Африки";
// "Федеральной ассоциации малого и среднего бизнеса Германии" →
// "Федеральная ассоциация малого и среднего бизнеса Германии"; "Минпромторга РФ" → "Минпромторг РФ";
// "заместителя премьер-министра Республики Узбекистан" → "заместитель премьер-министра Республики Узбекистан".
// Quoted parts and Latin words are never changed.
std::string phraseNominative(const std::vector<std::string>& words, Lemmatizer* lem);

} // namespace letopis::morph
