// Splits a press release into header, body and boilerplate by general layout rules:
// a leading date line, one or two short title lines, separators, page debris, an agency
// dateline opening the body and a closing byline. Nothing here knows any particular outlet.
#include "letopis/document.hpp"

#include "ingest/header_rules.hpp"
#include "ingest/publication_year.hpp"

#include <algorithm>

namespace letopis {

const char* partKindName(PartKind k)
{
    switch (k) {
    case PartKind::DateLine: return "date_line";
    case PartKind::Title: return "title";
    case PartKind::Subtitle: return "subtitle";
    case PartKind::Separator: return "separator";
    case PartKind::Dateline: return "dateline";
    case PartKind::Byline: return "byline";
    case PartKind::Debris: return "debris";
    }
    return "debris";
}

std::optional<PartKind> partKindFromName(std::string_view name)
{
    for (auto k : {PartKind::DateLine, PartKind::Title, PartKind::Subtitle, PartKind::Separator,
                   PartKind::Dateline, PartKind::Byline, PartKind::Debris}) {
        if (name == partKindName(k))
            return k;
    }
    return std::nullopt;
}

std::string ParsedDocument::bodyText() const
{
    const std::u32string all = text::toU32(text);
    std::u32string out;
    for (const auto& s : body) {
        if (!out.empty())
            out += U"\n\n";
        out.append(all, s.start, s.end - s.start);
    }
    return text::toUtf8(out);
}

namespace {

using ingest::detail::Line;

std::vector<Line> splitLines(std::u32string_view t)
{
    std::vector<Line> lines;
    std::uint32_t pos = 0;
    const auto n = static_cast<std::uint32_t>(t.size());
    while (pos <= n) {
        std::uint32_t e = pos;
        while (e < n && t[e] != U'\n' && t[e] != U'\r')
            ++e;
        Line l{pos, e};
        while (l.start < l.end && ingest::detail::isSpace(t[l.start]))
            ++l.start;
        while (l.end > l.start && ingest::detail::isSpace(t[l.end - 1]))
            --l.end;
        lines.push_back(l);
        if (e >= n)
            break;
        pos = e + 1;
        if (t[e] == U'\r' && pos < n && t[pos] == U'\n')
            ++pos;
    }
    return lines;
}

std::string utf8Of(std::u32string_view t, text::Span s)
{
    return text::toUtf8(t.substr(s.start, s.end - s.start));
}

class Parser final {
public:
    explicit Parser(ParsedDocument& doc) : m_doc(doc), m_text(text::toU32(doc.text)) {}

    void run()
    {
        m_lines = splitLines(m_text);
        std::size_t i = skipBlank(0);
        std::optional<dates::Date> headerDate;
        if (i < m_lines.size()) {
            headerDate = ingest::detail::parseDateLine(view(m_lines[i]));
            if (headerDate) {
                addPart(PartKind::DateLine, m_lines[i]);
                i = skipBlank(i + 1);
            }
        }
        i = readTitles(i, headerDate.has_value());
        // A date line may also stand under the title ("Выставка … откроется в Москве" / "12 марта 2025 года").
        if (!headerDate && i < m_lines.size()) {
            headerDate = ingest::detail::parseDateLine(view(m_lines[i]));
            if (headerDate) {
                addPart(PartKind::DateLine, m_lines[i]);
                i = skipBlank(i + 1);
            }
        }
        readBody(i);
        std::optional<dates::Date> datelineDate = readDateline();
        readByline();
        resolvePublished(headerDate ? headerDate : datelineDate);
        std::sort(m_doc.parts.begin(), m_doc.parts.end(),
                  [](const DocumentPart& a, const DocumentPart& b) { return a.span.start < b.span.start; });
    }

private:
    std::u32string_view view(const Line& l) const
    {
        return std::u32string_view(m_text).substr(l.start, l.end - l.start);
    }
    bool blank(std::size_t i) const { return m_lines[i].start == m_lines[i].end; }
    std::size_t skipBlank(std::size_t i) const
    {
        while (i < m_lines.size() && blank(i))
            ++i;
        return i;
    }
    void addPart(PartKind k, const Line& l) { m_doc.parts.push_back({k, text::Span{l.start, l.end}}); }

    // Up to two short unpunctuated lines at the top are title and subtitle.
    std::size_t readTitles(std::size_t i, bool hadDateLine)
    {
        std::vector<std::size_t> candidates;
        std::size_t j = i;
        while (j < m_lines.size() && candidates.size() < 2) {
            const auto v = view(m_lines[j]);
            if (ingest::detail::isSeparator(v) || ingest::detail::isDebris(v)
                || !ingest::detail::isHeadingLike(v) || ingest::detail::parseDateLine(v))
                break;
            candidates.push_back(j);
            j = skipBlank(j + 1);
        }
        // A lone unpunctuated first line with body right after it is a title only when something
        // else marks a header: a date line (before or after it), a separator, an agency dateline
        // opening the body, or a second heading line.
        const bool separatorFollows = j < m_lines.size()
            && (ingest::detail::isSeparator(view(m_lines[j])) || ingest::detail::parseDateLine(view(m_lines[j]))
                || ingest::detail::matchAgencyDateline(view(m_lines[j])));
        if (candidates.empty() || (!hadDateLine && !separatorFollows && candidates.size() < 2))
            return i;
        if (j >= m_lines.size())
            return i; // nothing but headings: keep them as body
        m_doc.title = utf8Of(m_text, {m_lines[candidates[0]].start, m_lines[candidates[0]].end});
        addPart(PartKind::Title, m_lines[candidates[0]]);
        if (candidates.size() > 1) {
            m_doc.subtitle = utf8Of(m_text, {m_lines[candidates[1]].start, m_lines[candidates[1]].end});
            addPart(PartKind::Subtitle, m_lines[candidates[1]]);
        }
        return j;
    }

    void readBody(std::size_t i)
    {
        bool inTags = false;
        for (; i < m_lines.size(); ++i) {
            if (blank(i))
                continue;
            const auto v = view(m_lines[i]);
            if (ingest::detail::isSeparator(v)) {
                addPart(PartKind::Separator, m_lines[i]);
            } else if (ingest::detail::isDebris(v) || (inTags && ingest::detail::isTagLike(v))) {
                inTags = inTags || ingest::detail::opensTagList(v);
                addPart(PartKind::Debris, m_lines[i]);
            } else {
                inTags = false;
                m_doc.body.push_back({m_lines[i].start, m_lines[i].end});
            }
        }
    }

    std::optional<dates::Date> readDateline()
    {
        if (m_doc.body.empty())
            return std::nullopt;
        text::Span& first = m_doc.body.front();
        const auto found = ingest::detail::matchAgencyDateline(
            std::u32string_view(m_text).substr(first.start, first.end - first.start));
        if (!found)
            return std::nullopt;
        m_doc.parts.push_back({PartKind::Dateline, {first.start, first.start + found->length}});
        m_doc.source = text::toUtf8(found->agency);
        first.start += found->length;
        while (first.start < first.end && ingest::detail::isSpace(m_text[first.start]))
            ++first.start;
        if (first.start == first.end)
            m_doc.body.erase(m_doc.body.begin());
        return found->date;
    }

    void readByline()
    {
        if (m_doc.body.empty())
            return;
        text::Span& last = m_doc.body.back();
        const auto para = std::u32string_view(m_text).substr(last.start, last.end - last.start);
        const auto found = ingest::detail::matchClosingByline(para);
        if (!found)
            return;
        const std::uint32_t at = last.start + found->offset;
        m_doc.parts.push_back({PartKind::Byline, {at, last.end}});
        m_doc.byline = text::toUtf8(para.substr(found->offset));
        if (m_doc.source.empty())
            m_doc.source = text::toUtf8(found->outlet);
        last.end = at;
        while (last.end > last.start && ingest::detail::isSpace(m_text[last.end - 1]))
            --last.end;
        if (last.start == last.end)
            m_doc.body.pop_back();
    }

    void resolvePublished(std::optional<dates::Date> date)
    {
        if (!date)
            return;
        if (!date->yearKnown()) {
            const int year = ingest::detail::inferPublicationYear(bodyU32());
            if (year == 0 || !dates::isValidDay(year, date->month, date->day))
                return; // nothing dates the document: unknown, never guessed
            date->year = year;
            date->yearInferred = true;
        }
        m_doc.published = date;
    }

    std::u32string bodyU32() const
    {
        std::u32string out;
        for (const auto& s : m_doc.body) {
            out.append(m_text, s.start, s.end - s.start);
            out += U'\n';
        }
        return out;
    }

    ParsedDocument& m_doc;
    std::u32string m_text;
    std::vector<Line> m_lines;
};

} // namespace

ParsedDocument parseDocument(std::string utf8)
{
    ParsedDocument doc;
    doc.text = std::move(utf8);
    Parser(doc).run();
    return doc;
}

} // namespace letopis
