#include "store/override_set.hpp"

#include "letopis/extract.hpp"
#include "letopis/text.hpp"

#include <cctype>

namespace letopis::store::detail {

namespace {

bool knownSubjectKind(std::string_view k)
{
    return k == "person" || k == "organization" || k == "country" || k == "place" || k == "event";
}

bool knownCorrection(std::string_view k)
{
    return k == "rename" || k == "merge" || k == "reject" || k == "split" || k == "set-dates" || k == "set-type";
}

Error invalid(std::string message) { return makeError(ErrorCode::InvalidArgument, std::move(message)); }

} // namespace

std::string subjectKey(std::string_view kind, std::string_view value)
{
    if (kind == "country") {
        std::string code(value);
        for (auto& c : code)
            c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        return code;
    }
    return text::nameKey(value);
}

std::optional<EventDates> parseEventDates(std::string_view value)
{
    const auto slash = value.find('/');
    const auto start = dates::parseIso(value.substr(0, slash));
    if (!start)
        return std::nullopt;
    EventDates out{*start, std::nullopt};
    if (slash == std::string_view::npos)
        return out;
    const auto end = dates::parseIso(value.substr(slash + 1));
    if (!end || end->precision != start->precision || end->iso() < start->iso())
        return std::nullopt;
    out.end = *end;
    return out;
}

Result<OverrideSet> OverrideSet::load(sqlite3* db, StatementCache& cache)
{
    auto s = cache.get("SELECT id, kind, subject_kind, subject_key, value FROM overrides ORDER BY id");
    if (!s)
        return s.error();
    ResetOnExit guard(**s);
    OverrideSet set;
    int rc;
    while ((rc = (*s)->step()) == SQLITE_ROW)
        set.add({(*s)->int64(0), (*s)->text(1), (*s)->text(2), (*s)->text(3), (*s)->text(4), {}});
    if (rc != SQLITE_DONE)
        return sqliteError(db, "cannot read overrides");
    return set;
}

void OverrideSet::add(const Override& o)
{
    ++m_count;
    const Subject subject{o.subjectKind, o.subjectKey};
    if (o.kind == "merge") {
        m_fate[subject] = {o.kind, subjectKey(o.subjectKind, o.value), o.value, o.id};
        m_split.erase(subject);
    } else if (o.kind == "reject") {
        m_fate[subject] = {o.kind, {}, {}, o.id};
    } else if (o.kind == "split") {
        if (auto it = m_fate.find(subject); it != m_fate.end() && it->second.correction == "merge")
            m_fate.erase(it);
        m_split.insert(subject);
    } else if (o.kind == "rename") {
        m_rename[subject] = o.value;
    } else if (o.kind == "set-type") {
        m_type[o.subjectKey] = o.value;
    } else if (o.kind == "set-dates") {
        if (auto d = parseEventDates(o.value))
            m_dates[o.subjectKey] = *d;
    }
}

Status OverrideSet::check(const Override& o) const
{
    if (!knownCorrection(o.kind))
        return invalid("unknown correction '" + o.kind + "' (rename, merge, reject, split, set-dates or set-type)");
    if (!knownSubjectKind(o.subjectKind))
        return invalid("unknown kind '" + o.subjectKind + "' (person, organization, country, place or event)");
    if (o.subjectKey.empty())
        return invalid(o.kind + ": say which " + o.subjectKind + " (its key)");
    if ((o.kind == "set-dates" || o.kind == "set-type") && o.subjectKind != "event")
        return invalid(o.kind + " applies to events only");
    const bool needsValue = o.kind != "reject" && o.kind != "split";
    if (needsValue && text::nameKey(o.value).empty())
        return invalid(o.kind + " " + o.subjectKey + ": give the new value");
    if (o.kind == "set-type" && !extract::eventTypeFromName(o.value))
        return invalid("unknown event type '" + o.value + "' (exhibition, forum, session, conference, summit or other)");
    if (o.kind == "set-dates" && !parseEventDates(o.value))
        return invalid("dates '" + o.value + "' are not START or START/END in ISO form (2024-04-22, 2024-04 or "
                       "2024), both to the same precision, the end not before the start");
    if (o.kind == "merge") {
        const std::string target = subjectKey(o.subjectKind, o.value);
        const auto resolved = resolve(o.subjectKind, target);
        if (target == o.subjectKey || resolved == o.subjectKey)
            return invalid("cannot merge " + o.subjectKey + " into " + o.value + ": that is itself or merges into it");
        if (!resolved)
            return invalid("cannot merge " + o.subjectKey + " into " + o.value + ": it is rejected; undo that first");
    }
    if (o.kind == "split") {
        const auto it = m_fate.find({o.subjectKind, o.subjectKey});
        if (it == m_fate.end() || it->second.correction != "merge")
            return invalid(o.subjectKey + " is not merged into anything; nothing to split");
    }
    return Ok{};
}

std::optional<std::string> OverrideSet::resolve(const std::string& kind, std::string key) const
{
    for (int hops = 0; hops < 16; ++hops) { // check() refuses cycles; the bound is a second guard
        auto it = m_fate.find({kind, key});
        if (it == m_fate.end())
            return key;
        if (it->second.correction == "reject")
            return std::nullopt;
        key = it->second.target;
    }
    return key;
}

const std::string* OverrideSet::mergedName(const std::string& kind, const std::string& key) const
{
    const Fate* latest = nullptr;
    for (const auto& [subject, fate] : m_fate) {
        if (subject.first == kind && fate.correction == "merge" && fate.target == key && (!latest || fate.id > latest->id))
            latest = &fate;
    }
    return latest ? &latest->name : nullptr;
}

const std::string* OverrideSet::rename(const std::string& kind, const std::string& key) const
{
    auto it = m_rename.find({kind, key});
    return it == m_rename.end() ? nullptr : &it->second;
}

const std::string* OverrideSet::eventType(const std::string& key) const
{
    auto it = m_type.find(key);
    return it == m_type.end() ? nullptr : &it->second;
}

const EventDates* OverrideSet::eventDates(const std::string& key) const
{
    auto it = m_dates.find(key);
    return it == m_dates.end() ? nullptr : &it->second;
}

std::vector<std::string> OverrideSet::mergedInto(const std::string& kind, const std::string& key) const
{
    std::vector<std::string> out;
    for (const auto& [subject, fate] : m_fate) {
        if (subject.first != kind || fate.correction != "merge")
            continue;
        std::string at = fate.target;
        for (int hops = 0; hops < 16 && at != key; ++hops) {
            auto next = m_fate.find({kind, at});
            if (next == m_fate.end() || next->second.correction != "merge")
                break;
            at = next->second.target;
        }
        if (at == key)
            out.push_back(subject.second);
    }
    return out;
}

std::optional<std::string> OverrideSet::cycle() const
{
    for (const auto& entry : m_fate) {
        const Subject& subject = entry.first;
        std::set<std::string> seen{subject.second};
        for (auto it = m_fate.find(subject); it != m_fate.end() && it->second.correction == "merge";
             it = m_fate.find({subject.first, it->second.target})) {
            if (!seen.insert(it->second.target).second)
                return subject.second;
        }
    }
    return std::nullopt;
}

bool OverrideSet::corrected(const std::string& kind, const std::string& key) const
{
    if (rename(kind, key) || m_split.count({kind, key}) || mergedName(kind, key))
        return true;
    return kind == "event" && (eventType(key) || eventDates(key));
}

} // namespace letopis::store::detail
