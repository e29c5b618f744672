// Fuzz targets over the core: decoding, header parsing, dates, extraction, search and filters.
#include "targets.hpp"

#include "letopis/document.hpp"
#include "letopis/encoding.hpp"
#include "letopis/extract.hpp"
#include "letopis/ingest.hpp"
#include "letopis/store.hpp"
#include "letopis/text.hpp"

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>

namespace letopis::fuzz {

void require(bool ok, const char* what)
{
    if (ok)
        return;
    std::fprintf(stderr, "invariant broken: %s\n", what);
    std::abort();
}

namespace {

std::string_view bytesOf(const std::uint8_t* data, std::size_t size)
{
    return {reinterpret_cast<const char*>(data), size};
}

bool validUtf8(std::string_view s)
{
    return text::toUtf8(text::toU32(s)) == s; // invalid sequences would become U+FFFD
}

void checkSpan(text::Span s, std::size_t length, const char* what)
{
    require(s.start <= s.end && s.end <= length, what);
}

// Everything the pipeline does with decoded text before extraction.
void segment(const std::string& utf8)
{
    const std::u32string u = text::toU32(utf8);
    const text::NormalizedText n = text::normalize(u);
    require(n.origin.size() == n.text.size() + 1, "normalize: origin has one entry per code point plus one");
    require(n.origin.back() == u.size(), "normalize: the last origin is the original length");
    for (const auto& s : text::sentences(u))
        checkSpan(s, u.size(), "sentences: span inside the text");
    for (const auto& t : text::tokens(u))
        require(t.start < t.end && t.end <= u.size(), "tokens: non-empty span inside the text");
    (void)text::foldForMatch(utf8);
    (void)text::nameKey(utf8);
}

} // namespace

int decodeText(const std::uint8_t* data, std::size_t size)
{
    const std::string_view bytes = bytesOf(data, size);
    if (auto d = text::decode(bytes)) {
        require(validUtf8(d->utf8), "decode: the result is valid UTF-8");
        require(d->utf8.find('\0') == std::string::npos, "decode: the result has no NUL");
        require(d->confidence >= 0 && d->confidence <= 100, "decode: confidence 0..100");
        segment(d->utf8);
    }
    static const char* const kForced[] = {"UTF-8", "windows-1251", "KOI8-R", "IBM866", "UTF-16LE", "UTF-16BE", "ISO-8859-5"};
    if (size > 0) {
        if (auto d = text::decodeAs(bytes.substr(1), kForced[data[0] % 7]))
            require(validUtf8(d->utf8), "decodeAs: the result is valid UTF-8");
    }
    return 0;
}

int parseHeader(const std::uint8_t* data, std::size_t size)
{
    // Raw bytes on purpose: parseDocument must survive text that did not come through decode().
    const ParsedDocument doc = parseDocument(std::string(bytesOf(data, size)));
    const std::size_t length = text::codePointCount(doc.text);
    for (const auto& p : doc.parts)
        checkSpan(p.span, length, "parseDocument: part inside the text");
    for (const auto& b : doc.body)
        checkSpan(b, length, "parseDocument: body paragraph inside the text");
    (void)doc.bodyText();
    if (doc.published && doc.published->yearKnown() && doc.published->precision == dates::Precision::Day)
        require(dates::isValidDay(doc.published->year, doc.published->month, doc.published->day),
                "parseDocument: the publication date exists");
    return 0;
}

int parseDates(const std::uint8_t* data, std::size_t size)
{
    if (size < 1)
        return 0;
    // The first byte picks an anchor: none, or a day in 1990..2040.
    std::optional<dates::Date> anchor;
    if (data[0] & 1)
        anchor = dates::makeDate(1990 + data[0] % 51, 1 + data[0] % 12, 1 + data[0] % 28);
    const std::string utf8(bytesOf(data + 1, size - 1));
    const std::size_t length = text::toU32(utf8).size();
    for (const auto& m : dates::findDates(utf8, anchor)) {
        require(m.start < m.end && m.end <= length, "findDates: mention inside the text");
        for (const auto& d : {m.begin, m.end_}) {
            require(d.month >= 0 && d.month <= 12 && d.day >= 0 && d.day <= 31, "findDates: month and day in range");
            if (d.yearKnown() && d.precision == dates::Precision::Day)
                require(dates::isValidDay(d.year, d.month, d.day), "findDates: the day exists");
        }
    }
    (void)dates::parseOne(utf8, anchor);
    if (auto d = dates::parseIso(utf8))
        require(dates::parseIso(d->iso()) == d, "parseIso: iso() reads back");
    return 0;
}

int extractFacts(const std::uint8_t* data, std::size_t size)
{
    static const std::unique_ptr<extract::Extractor> extractor = [] {
        auto res = extract::Resources::load();
        require(res.ok(), "extractor resources load");
        auto ex = extract::Extractor::create(*res);
        require(ex.ok(), "extractor created");
        return std::move(ex).value();
    }();
    const ParsedDocument doc = parseDocument(std::string(bytesOf(data, size)));
    const std::size_t length = text::codePointCount(doc.text);
    const extract::DocumentFacts facts = extractor->extract(doc);
    for (const auto& m : facts.mentions) {
        require(m.start < m.end && m.end <= length, "extract: mention inside the text");
        checkSpan(m.sentence, length, "extract: mention sentence inside the text");
    }
    for (const auto& e : facts.events) {
        require(e.parent < static_cast<int>(facts.events.size()), "extract: parent is an event");
        for (const auto& s : e.evidence)
            checkSpan(s, length, "extract: event evidence inside the text");
    }
    return 0;
}

int searchQuery(const std::uint8_t* data, std::size_t size)
{
    // One in-memory store with the bundled corpus and its facts, made once.
    static const std::unique_ptr<store::Database> db = [] {
        auto d = store::Database::open(":memory:");
        require(d.ok(), "in-memory database opens");
        auto res = extract::Resources::load();
        require(res.ok(), "extractor resources load");
        auto ex = extract::Extractor::create(*res);
        require(ex.ok(), "extractor created");
        ingest::Params params;
        params.paths = {LETOPIS_CORPUS};
        params.extractor = ex->get();
        auto report = ingest::run(**d, params);
        require(report.ok() && report->added > 0, "the corpus is ingested");
        return std::move(d).value();
    }();
    const std::string q(bytesOf(data, size));
    // Errors are fine (InvalidArgument "nothing to search for"); a SQLite error is a finding.
    const auto notSql = [](const Error& e) { return e.code != ErrorCode::Database; };
    if (auto hits = db->search(q, 20); !hits)
        require(notSql(hits.error()), "search: no SQLite error for any query");
    store::EventFilter f;
    f.text = q;
    if (auto ev = db->events(f); !ev)
        require(notSql(ev.error()), "events(text): no SQLite error");
    store::EventFilter g;
    g.countries = g.organizations = g.persons = g.types = {q, q + "'", "\"" + q};
    if (auto ev = db->events(g); !ev)
        require(notSql(ev.error()), "events(filter values): no SQLite error");
    if (auto fa = db->facets(g); !fa)
        require(notSql(fa.error()), "facets: no SQLite error");
    if (auto en = db->entities(q, g); !en)
        require(notSql(en.error()), "entities: no SQLite error");
    if (auto doc = db->document(q); !doc)
        require(notSql(doc.error()), "document(idOrPath): no SQLite error");
    return 0;
}

} // namespace letopis::fuzz
