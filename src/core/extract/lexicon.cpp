#include "extract/lexicon.hpp"

#include <algorithm>
#include <initializer_list>
#include <iterator>
#include <utility>

namespace letopis::extract::detail {

namespace {

bool startsWith(std::u32string_view s, std::u32string_view p) { return s.size() >= p.size() && s.substr(0, p.size()) == p; }

template <std::size_t N>
bool anyPrefix(std::u32string_view w, const std::u32string_view (&prefixes)[N])
{
    for (auto p : prefixes) {
        if (startsWith(w, p))
            return true;
    }
    return false;
}

template <std::size_t N>
bool anyOf(std::u32string_view w, const std::u32string_view (&words)[N])
{
    for (auto p : words) {
        if (w == p)
            return true;
    }
    return false;
}

} // namespace

std::optional<EventType> eventNoun(std::u32string_view w)
{
    static constexpr std::pair<std::u32string_view, EventType> kNouns[]{
        {U"выставк", EventType::Exhibition}, {U"ярмарк", EventType::Exhibition}, {U"экспозици", EventType::Exhibition},
        {U"форум", EventType::Forum},        {U"сесси", EventType::Session},     {U"семинар", EventType::Session},
        {U"заседани", EventType::Session},   {U"дискусси", EventType::Session},  {U"мастер-класс", EventType::Session},
        {U"конференц", EventType::Conference}, {U"конгресс", EventType::Conference}, {U"симпозиум", EventType::Conference},
        {U"саммит", EventType::Summit},      {U"марафон", EventType::Other},     {U"фестивал", EventType::Other},
        {U"чемпионат", EventType::Other},    {U"олимпиад", EventType::Other},    {U"конкурс", EventType::Other},
        {U"мероприят", EventType::Other},    {U"биеннал", EventType::Exhibition},
    };
    if (w.size() < 5 || startsWith(w, U"форумн") || startsWith(w, U"сессион"))
        return std::nullopt;
    for (const auto& [prefix, type] : kNouns) {
        if (prefix[1] == w[1] && startsWith(w, prefix)) // the second letter rules out most at once
            return type;
    }
    // "онлайн-конференция", "бизнес-форум", "веб-семинар": the noun after the last hyphen; not a
    // press conference, which is how news are announced, not an event of their own.
    if (const auto hyphen = w.rfind(U'-'); hyphen != std::u32string_view::npos && hyphen > 0
        && !startsWith(w, U"пресс-") && !startsWith(w, U"мастер-"))
        return eventNoun(w.substr(hyphen + 1));
    return std::nullopt;
}

namespace {

bool endsWithAny(std::u32string_view w, std::initializer_list<std::u32string_view> endings)
{
    for (std::u32string_view e : endings) {
        if (w.size() > e.size() && w.substr(w.size() - e.size()) == e)
            return true;
    }
    return false;
}

} // namespace

bool isAdjectiveForm(std::u32string_view w)
{
    return endsWithAny(w, {U"ый", U"ий", U"ой", U"ая", U"яя", U"ое", U"ее", U"ые", U"ие", U"ого", U"его", U"ому",
                           U"ему", U"ым", U"им", U"ых", U"их", U"ую", U"юю", U"ом", U"ем"});
}

bool isPluralAdjectiveForm(std::u32string_view w) { return endsWithAny(w, {U"ые", U"ие", U"ых", U"их", U"ыми", U"ими"}); }

bool hasObliqueAdjectiveEnding(std::u32string_view w)
{
    for (std::u32string_view e : {U"ого", U"его", U"ой", U"ей", U"ых", U"их"}) {
        if (w.size() > e.size() + 1 && w.substr(w.size() - e.size()) == e)
            return true;
    }
    return false;
}

bool isGenericEventNoun(std::u32string_view w) { return startsWith(w, U"мероприят"); }

bool isOrganisationNoun(std::u32string_view w)
{
    static constexpr std::u32string_view kNouns[]{
        U"компани", U"холдинг", U"корпораци", U"концерн", U"завод", U"предприяти", U"банк", U"фонд",
        U"ассоциаци", U"союз", U"парти", U"университет", U"институт", U"агентств", U"издательств",
        U"газет", U"журнал", U"объединени", U"бюро", U"организаци", U"движени", U"общественн",
        U"фирм", U"групп", U"комбинат", U"кластер", U"технопарк", U"альянс"};
    return anyPrefix(w, kNouns) || isLegalForm(w);
}

bool isLegalForm(std::u32string_view w)
{
    static constexpr std::u32string_view kForms[]{
        U"ооо", U"оао", U"ао", U"зао", U"пао", U"нпк", U"нпо", U"гк", U"фгуп", U"гуп", U"муп", U"ано",
        U"нко", U"ип", U"фгбу", U"гбу", U"ltd", U"llc"};
    std::u32string lower(w);
    for (auto& c : lower) {
        if (c >= U'А' && c <= U'Я')
            c = c - U'А' + U'а';
        else if (c >= U'A' && c <= U'Z')
            c = c - U'A' + U'a';
    }
    return anyOf(std::u32string_view(lower), kForms);
}

bool isInstitutionHead(std::u32string_view w)
{
    static constexpr std::u32string_view kBodies[]{
        U"совет", U"комитет", U"собрани", U"академи", U"министерств", U"служб", U"управлени", U"департамент",
        U"федераци", U"комисси", U"палат", U"дум", U"суд", U"прокуратур", U"полици", U"нацполици", U"милици",
        U"театр", U"оркестр", U"опер", U"колледж", U"школ", U"центр", U"правительств", U"администраци",
        U"мэри", U"парламент", U"конгресс", U"сенат", U"штаб", U"арми", U"флот", U"войск",
        // ministries by their short names: "Минобрнауки", "Минздрава", "Минпромторга"
        U"минобр", U"минздрав", U"минпром", U"минфин", U"минтруд", U"минэнерг", U"минюст", U"минсельхоз",
        U"минтранс", U"минкульт", U"минобороны", U"минэконом", U"минцифр", U"минприрод", U"минстро"};
    return isOrganisationNoun(w) || anyPrefix(w, kBodies);
}

bool isKindAbbreviation(std::u32string_view w)
{
    static constexpr std::u32string_view kKinds[]{U"риа", U"иа", U"фк", U"ск", U"акб", U"нии", U"сми", U"тв", U"tv",
                                                 U"аэс", U"гэс", U"тэц", U"сош", U"гок", U"гоу", U"чоп", U"тц", U"тк",
                                                 U"трк", U"нао", U"top"};
    return isLegalForm(w) || anyOf(w, kKinds);
}

bool isVenueMarker(std::u32string_view w)
{
    static constexpr std::u32string_view kWords[]{
        U"нвк", U"мвц", U"вц", U"квц", U"цвк", U"мвк", U"вднх", U"экспоцентр", U"конгрессно-выставочн"};
    static constexpr std::u32string_view kPrefixes[]{
        U"павильон", U"выставочн", U"конгресс-центр", U"экспоцентр", U"конгресс-холл"};
    return anyOf(w, kWords) || anyPrefix(w, kPrefixes);
}

bool isRoleHead(std::u32string_view w)
{
    static constexpr std::u32string_view kHeads[]{
        U"директор", U"глав", U"руководител", U"президент", U"вице-президент", U"председател",
        U"заместител", U"министр", U"вице-премьер", U"премьер-министр", U"губернатор", U"мэр",
        U"секретар", U"депутат", U"координатор", U"советник", U"сенатор", U"посол", U"основател",
        U"соучредител", U"учредител", U"модератор", U"профессор", U"ректор", U"декан", U"начальник",
        U"помощник", U"представител", U"член", U"сопредседател", U"вице-губернатор", U"замминистр",
        U"замглав", U"аналитик", U"эксперт", U"партнер", U"владел", U"футуролог", U"управляющ", U"генеральн", U"исполнительн", U"аташе",
        U"статс-секретар", U"пресс-секретар", U"гендиректор", U"замгендиректор", U"генконсул", U"вице-спикер"};
    return anyPrefix(w, kHeads);
}

bool isPersonTitle(std::u32string_view w)
{
    // Whole words (folded, any case form): titles, ranks, honorifics and kinship words that stand
    // before a name and are not part of it ("Император Акихито", "Полковник Квачков").
    static constexpr std::u32string_view kStems[]{
        U"император", U"императриц", U"принц", U"кронпринц", U"царь", U"царя", U"царю", U"царем",
        U"султан", U"шейх", U"эмир", U"патриарх", U"митрополит", U"архиепископ", U"епископ", U"кардинал",
        U"полковник", U"подполковник", U"генерал", U"капитан", U"майор", U"лейтенант", U"сержант",
        U"адмирал", U"маршал", U"мадам", U"мистер", U"миссис", U"мисс", U"сэр", U"леди", U"лорд", U"певец",
        U"певиц", U"певца", U"певцу", U"певцом", U"актер", U"актрис", U"рэпер", U"режиссер", U"композитор",
        U"писател", U"поэт", U"художник", U"вдов", U"супруг", U"тренер", U"судья", U"судьи", U"судье"};
    for (auto stem : kStems) {
        if (w.size() >= stem.size() && w.size() <= stem.size() + 3 && w.compare(0, stem.size(), stem) == 0)
            return true;
    }
    // Exact forms where a stem would also catch surnames ("Королев").
    static constexpr std::u32string_view kWords[]{
        U"папа", U"папы", U"папе", U"папой", U"король", U"короля", U"королю", U"королем", U"королева",
        U"королевы", U"королеве", U"королеву", U"королевой"};
    return anyOf(w, kWords);
}

bool isRoleModifier(std::u32string_view w)
{
    static constexpr std::u32string_view kMods[]{
        U"генеральн", U"исполнительн", U"управляющ", U"первый", U"первого", U"первому", U"старш",
        U"технич", U"коммерческ", U"финансов", U"региональн", U"федеральн", U"заместител", U"врио"};
    return anyPrefix(w, kMods);
}

bool isSpeakerCue(std::u32string_view w)
{
    static constexpr std::u32string_view kCues[]{
        U"спикер", U"выступ", U"участи", U"участник", U"участвов", U"доклад", U"модератор", U"модерир",
        U"дискусси", U"эксперт"};
    return anyPrefix(w, kCues);
}

bool isAttributionVerb(std::u32string_view w)
{
    static constexpr std::u32string_view kVerbs[]{
        U"отметил", U"подчеркнул", U"рассказал", U"заявил", U"сообщил", U"поделил", U"пояснил",
        U"добавил", U"уточнил", U"напомнил", U"считает", U"говорит", U"отмечает", U"подчеркивает",
        U"заметил", U"призвал", U"выразил"};
    return anyPrefix(w, kVerbs);
}

bool isPastEventVerb(std::u32string_view w)
{
    static constexpr std::u32string_view kVerbs[]{
        U"прошл", U"прошел", U"состоял", U"приняли", U"принял", U"обсудили", U"провели", U"завершил"};
    return anyPrefix(w, kVerbs);
}

bool isEventVerb(std::u32string_view w)
{
    static constexpr std::u32string_view kVerbs[]{
        U"пройдет", U"пройдут", U"состоится", U"состоятся", U"откроется", U"открывается", U"стартует",
        U"стартовал", U"прошел", U"прошла", U"прошло", U"состоялся", U"состоялась", U"начинает"};
    return anyOf(w, kVerbs);
}

bool isOnlineWord(std::u32string_view w)
{
    static constexpr std::u32string_view kWords[]{
        U"онлайн", U"online", U"виртуальн", U"дистанционн", U"интернет-сесси", U"веб", U"трансляци"};
    return anyPrefix(w, kWords);
}

bool isOfflineWord(std::u32string_view w)
{
    static constexpr std::u32string_view kWords[]{U"офлайн", U"оффлайн", U"offline"};
    return anyPrefix(w, kWords);
}

bool isHybridWord(std::u32string_view w)
{
    static constexpr std::u32string_view kWords[]{U"гибридн", U"комбинированн", U"смешанн"};
    return anyPrefix(w, kWords);
}

std::optional<std::u32string_view> ministryFullName(std::u32string_view w)
{
    // Short forms are nouns that inflect ("Минпромторга"): matched by prefix of the folded word.
    static constexpr std::pair<std::u32string_view, std::u32string_view> kMinistries[]{
        {U"минпромторг", U"Министерство промышленности и торговли"},
        {U"минэкономразвития", U"Министерство экономического развития"},
        {U"минфин", U"Министерство финансов"},
        {U"минобороны", U"Министерство обороны"},
        {U"минздрав", U"Министерство здравоохранения"},
        {U"минтранс", U"Министерство транспорта"},
        {U"минэнерго", U"Министерство энергетики"},
        {U"минюст", U"Министерство юстиции"},
        {U"минобрнауки", U"Министерство науки и высшего образования"},
        {U"минпросвещения", U"Министерство просвещения"},
        {U"минцифры", U"Министерство цифрового развития, связи и массовых коммуникаций"},
        {U"минсельхоз", U"Министерство сельского хозяйства"},
        {U"минприроды", U"Министерство природных ресурсов и экологии"},
        {U"минстрой", U"Министерство строительства и жилищно-коммунального хозяйства"},
        {U"минтруд", U"Министерство труда и социальной защиты"},
        {U"минспорт", U"Министерство спорта"},
        {U"минкультуры", U"Министерство культуры"},
        {U"минвостокразвития", U"Министерство по развитию Дальнего Востока и Арктики"},
        {U"мид", U"Министерство иностранных дел"},
        {U"мвд", U"Министерство внутренних дел"},
    };
    for (const auto& [shortForm, full] : kMinistries) {
        if (shortForm.size() <= 3 ? w == shortForm : startsWith(w, shortForm))
            return full;
    }
    return std::nullopt;
}

bool isCompanyNoun(std::u32string_view w)
{
    static constexpr std::u32string_view kNouns[]{U"компани", U"корпораци", U"фирм", U"производител", U"холдинг",
                                                  U"концерн", U"банк", U"оператор", U"агентств", U"студи",
                                                  U"дистрибьютор", U"разработчик", U"поставщик", U"ретейлер",
                                                  U"ритейлер", U"автопроизводител", U"авиакомпани", U"стартап"};
    return std::any_of(std::begin(kNouns), std::end(kNouns), [&](std::u32string_view n) {
        return w.size() <= n.size() + 3 && startsWith(w, n);
    });
}

bool isGovernmentBodyName(std::u32string_view w)
{
    // Every name below starts with one of these letters: most words are ruled out at once.
    if (w.size() < 3 || std::u32string_view(U"мрсгц").find(w[0]) == std::u32string_view::npos)
        return false;
    if (ministryFullName(w))
        return true;
    // Federal services and agencies by their one-word names, which inflect as nouns ("Росстата",
    // "Рособрнадзором"): any "Рос…надзор", and the others of the federal government's list.
    if (startsWith(w, U"рос") && w.find(U"надзор") != std::u32string_view::npos)
        return true;
    static constexpr std::u32string_view kBodies[]{
        U"росстат", U"росреестр", U"росгвардии", U"росгвардия", U"росгвардию", U"росгвардией", U"росавиаци",
        U"роскосмос", U"росимуществ", U"росрыболовств", U"роспатент", U"росархив", U"росмолодеж", U"роструд",
        U"ростуризм", U"росфинмониторинг", U"росгидромет", U"росводресурс", U"рослесхоз", U"росжелдор",
        U"росавтодор", U"росморречфлот", U"россотрудничеств", U"росаккредитаци", U"росстандарт", U"роснедр",
        U"росалкогольрегулировани", U"росаэронавигаци", U"роскомнадзор", U"совфед", U"мосгордум", U"мосгорсуд",
        U"мосгоризбирком", U"центризбирком", U"госдум", U"генпрокуратур", U"минэкономразвити", U"мчс"};
    return anyPrefix(w, kBodies);
}

} // namespace letopis::extract::detail
