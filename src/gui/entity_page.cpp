#include "entity_page.hpp"

#include "date_text.hpp"
#include "labels.hpp"

#include "letopis/store.hpp"
#include "letopis/text.hpp"

#include <QUrlQuery>

#include <algorithm>

namespace letopis::gui {

namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }
// Corpus text, shown literally: escaped, and line breaks inside a sentence read as spaces.
QString esc(const QString& s) { return s.simplified().toHtmlEscaped(); }
QString esc(const std::string& s) { return esc(qs(s)); }
// A piece of a sentence: escaped, line breaks as spaces, its edges kept (they touch the mark).
QString escPiece(std::u32string_view s)
{
    QString q = qs(text::toUtf8(s));
    for (QChar& c : q) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t'))
            c = QLatin1Char(' ');
    }
    return q.toHtmlEscaped();
}

QString link(const QUrl& url, const QString& html) { return QStringLiteral("<a href='%1'>%2</a>").arg(url.toString(QUrl::FullyEncoded), html); }

const QString kMuted = QStringLiteral("color:#666");
const QString kTable = QStringLiteral("<table cellspacing='0' cellpadding='4' width='100%'>");

// widths: percentages of the table's width, one per cell (or none).
QString headRow(const QStringList& cells, const QList<int>& widths = {})
{
    QString html = QStringLiteral("<tr style='background:#e8e8e8'>");
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const QString width = i < widths.size() ? QStringLiteral(" width='%1%'").arg(widths[i]) : QString();
        html += QStringLiteral("<th align='left'%1>%2</th>").arg(width, cells[i].toHtmlEscaped());
    }
    return html + QStringLiteral("</tr>");
}

// A sentence, escaped, with the titles it prints (as extracted, any case) in bold.
QString boldTitles(const QString& raw, const QStringList& titles)
{
    const QString sentence = raw.simplified();
    std::vector<std::pair<qsizetype, qsizetype>> marks; // [from, to) in UTF-16 units
    for (const auto& t : titles) {
        const QString title = t.simplified();
        if (const auto at = title.isEmpty() ? -1 : sentence.indexOf(title, 0, Qt::CaseInsensitive); at >= 0)
            marks.emplace_back(at, at + title.size());
    }
    std::sort(marks.begin(), marks.end());
    QString html;
    qsizetype done = 0;
    for (const auto& [from, to] : marks) {
        if (from < done)
            continue; // overlaps the previous mark
        html += sentence.mid(done, from - done).toHtmlEscaped() + QStringLiteral("<b>") +
                sentence.mid(from, to - from).toHtmlEscaped() + QStringLiteral("</b>");
        done = to;
    }
    return html + sentence.mid(done).toHtmlEscaped();
}

QString row(const QStringList& htmlCells, bool odd)
{
    QString html = odd ? QStringLiteral("<tr style='background:#f6f6f6'>") : QStringLiteral("<tr>");
    for (const auto& c : htmlCells)
        html += QStringLiteral("<td valign='top'>%1</td>").arg(c);
    return html + QStringLiteral("</tr>");
}

// The mentions one sentence holds, each marked in the colour of its type and linked to its place
// in the document. They come in text order (entityMentions() sorts them so).
QString markedSentence(const store::Evidence& context, const std::vector<const store::MentionContext*>& mentions,
                       const QColor& colour)
{
    const std::u32string all = text::toU32(context.sentenceText);
    const std::u32string_view v(all);
    const auto n = static_cast<std::uint32_t>(all.size());
    QString html;
    std::uint32_t done = 0;
    for (const auto* m : mentions) {
        // Code points into the sentence; a mention reaching outside it is cut at its edges.
        const std::uint32_t from = std::clamp(m->mention.start - std::min(m->mention.start, context.sentence.start), done, n);
        const std::uint32_t to = std::clamp(m->mention.end - std::min(m->mention.end, context.sentence.start), from, n);
        const QUrl target = EntityPage::documentUrl(context.documentId, static_cast<int>(m->mention.start),
                                                    static_cast<int>(m->mention.end));
        html += escPiece(v.substr(done, from - done)) +
                QStringLiteral("<a href='%1' style='background:%2;color:#000;font-weight:600;text-decoration:none'>%3</a>")
                    .arg(target.toString(QUrl::FullyEncoded), colour.name(), escPiece(v.substr(from, to - from)));
        done = to;
    }
    return html + escPiece(v.substr(done));
}

QString kindLabel(const std::string& kind)
{
    if (kind == "person") return EntityPage::tr("Person");
    if (kind == "organization") return EntityPage::tr("Organisation");
    if (kind == "country") return EntityPage::tr("Country");
    if (kind == "place") return EntityPage::tr("Place");
    return qs(kind);
}

QString mentionTypeOf(const std::string& kind)
{
    if (kind == "person") return QStringLiteral("PERSON");
    if (kind == "organization") return QStringLiteral("ORGANIZATION");
    if (kind == "country") return QStringLiteral("COUNTRY");
    return QStringLiteral("CITY");
}

QString documentLabel(const store::Evidence& e)
{
    return e.title.empty() ? EntityPage::tr("(untitled)") + QStringLiteral(" ") + qs(e.path).section(QLatin1Char('/'), -1)
                           : qs(e.title);
}

} // namespace

EntityPage::EntityPage(store::Database& db, QWidget* parent) : QTextBrowser(parent), m_db(db)
{
    setOpenLinks(false);
    setPlaceholderText(tr("Choose a person, an organisation or a country to see its page."));
    connect(this, &QTextBrowser::anchorClicked, this, &EntityPage::openLink);
}

QUrl EntityPage::eventUrl(qint64 eventId) { return QUrl(QStringLiteral("letopis-event:%1").arg(eventId)); }

QUrl EntityPage::documentUrl(qint64 documentId, int startCp, int endCp)
{
    QUrl url(QStringLiteral("letopis-document:%1").arg(documentId));
    url.setQuery(QStringLiteral("start=%1&end=%2").arg(startCp).arg(endCp));
    return url;
}

QUrl EntityPage::entityUrl(const QString& kind, const QString& key)
{
    // As the reader's entity links: letopis://<kind>/<key, percent-encoded>.
    return QUrl(QStringLiteral("letopis://%1/%2").arg(kind, QString::fromUtf8(QUrl::toPercentEncoding(key))));
}

void EntityPage::openLink(const QUrl& url)
{
    bool ok = false;
    if (url.scheme() == QStringLiteral("letopis-event")) {
        const qint64 id = url.path().toLongLong(&ok);
        if (ok)
            emit eventRequested(id);
    } else if (url.scheme() == QStringLiteral("letopis-document")) {
        const qint64 id = url.path().toLongLong(&ok);
        const QUrlQuery q(url);
        if (ok)
            emit documentRequested(id, q.queryItemValue(QStringLiteral("start")).toInt(), q.queryItemValue(QStringLiteral("end")).toInt());
    } else if (url.scheme() == QStringLiteral("letopis")) {
        emit entityRequested(url.host(), QUrl::fromPercentEncoding(url.path().mid(1).toUtf8()));
    }
}

bool EntityPage::showEntity(const QString& kind, const QString& key)
{
    auto row = m_db.entity(kind.toStdString(), key.toStdString());
    if (!row) {
        showError(tr("Cannot read the entity: %1").arg(qs(row.error().message)));
        return false;
    }
    if (!*row) {
        showError(tr("No %1 with the key “%2” is in the database.").arg(kindLabel(kind.toStdString()).toLower(), key));
        return false;
    }
    return load(*row);
}

bool EntityPage::showEntityById(qint64 id)
{
    auto row = m_db.entityById(id);
    if (!row) {
        showError(tr("Cannot read the entity: %1").arg(qs(row.error().message)));
        return false;
    }
    if (!*row) {
        showError(tr("Entity %1 is not in the database.").arg(id));
        return false;
    }
    return load(*row);
}

bool EntityPage::refresh()
{
    if (!m_entity)
        return false;
    const QString kind = qs(m_entity->kind), key = qs(m_entity->key);
    return showEntity(kind, key);
}

void EntityPage::clearEntity()
{
    m_entity.reset();
    m_events.clear();
    m_mentions.clear();
    clear();
}

void EntityPage::showError(const QString& message)
{
    clearEntity();
    setHtml(QStringLiteral("<p style='color:#a00'>%1</p>").arg(message.toHtmlEscaped()));
}

bool EntityPage::load(const std::optional<store::EntityRow>& row)
{
    auto events = m_db.entityEvents(row->id);
    if (!events) {
        showError(tr("Cannot read the entity's events: %1").arg(qs(events.error().message)));
        return false;
    }
    auto mentions = m_db.entityMentions(row->id, kMentionLimit);
    if (!mentions) {
        showError(tr("Cannot read the entity's mentions: %1").arg(qs(mentions.error().message)));
        return false;
    }
    m_entity = row;
    m_events = std::move(events).value();
    m_mentions = std::move(mentions).value();
    QString html = headerHtml();
    if (m_entity->kind == "person")
        html += rolesHtml();
    html += eventsHtml() + mentionsHtml();
    setHtml(html);
    return true;
}

QString EntityPage::headerHtml() const
{
    const auto& e = *m_entity;
    QString name = esc(e.name);
    if (e.kind == "country") {
        const QString label = countryLabel(e.key);
        name = label != qs(e.key) ? esc(label) : esc(e.name) + QStringLiteral(" (") + esc(e.key) + QStringLiteral(")");
    }
    QString seen;
    if (e.firstSeen && e.lastSeen)
        seen = e.firstSeen->iso() == e.lastSeen->iso() ? tr("seen %1").arg(dateText(*e.firstSeen))
                                                        : tr("seen from %1 to %2").arg(dateText(*e.firstSeen), dateText(*e.lastSeen));
    QStringList facts{kindLabel(e.kind), tr("%n document(s)", nullptr, static_cast<int>(e.documents)),
                      tr("%n mention(s)", nullptr, static_cast<int>(e.mentions)),
                      tr("%n event(s)", nullptr, static_cast<int>(m_events.size()))};
    if (!seen.isEmpty())
        facts << seen;
    if (e.corrected)
        facts << tr("corrected by hand");
    return QStringLiteral("<h2>%1</h2><p style='%2'>%3</p>").arg(name, kMuted, facts.join(QStringLiteral(" · ")).toHtmlEscaped());
}

QString EntityPage::organizationHtml(const std::string& organization) const
{
    // Linked when the organisation has a page of its own.
    auto known = m_db.entity("organization", text::nameKey(organization));
    if (known && *known)
        return link(entityUrl(QStringLiteral("organization"), qs((*known)->key)), esc(organization));
    return esc(organization);
}

QString EntityPage::rolesHtml() const
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(tr("Roles over time").toHtmlEscaped());
    const auto& roles = m_entity->roles;
    if (roles.empty())
        return html + QStringLiteral("<p style='%1'>%2</p>").arg(kMuted, tr("No role found in the documents.").toHtmlEscaped());
    html += kTable + headRow({tr("Date"), tr("Role"), tr("Organisation"), tr("Evidence")}, {16, 22, 24, 38});
    bool odd = false;
    // Roles one sentence gives ("вице-премьер — министр ...") share one row and one evidence.
    for (std::size_t i = 0, next = 0; i < roles.size(); i = next) {
        const auto& ev = roles[i].evidence;
        QStringList titles, titlesHtml, orgsHtml;
        for (next = i; next < roles.size() && roles[next].evidence.documentId == ev.documentId
                       && roles[next].evidence.sentence == ev.sentence;
             ++next) {
            titles << qs(roles[next].title);
            titlesHtml << esc(roles[next].title);
            if (!roles[next].organization.empty())
                orgsHtml << organizationHtml(roles[next].organization);
        }
        orgsHtml.removeDuplicates();
        const QUrl doc = documentUrl(ev.documentId, static_cast<int>(ev.sentence.start), static_cast<int>(ev.sentence.end));
        const QString evidence = boldTitles(qs(ev.sentenceText), titles) +
                                 QStringLiteral("<br/><span style='%1'>%2</span>").arg(kMuted, link(doc, esc(documentLabel(ev))));
        html += row({publishedText(ev.published).toHtmlEscaped(), titlesHtml.join(QStringLiteral("<br/>")),
                     orgsHtml.join(QStringLiteral("<br/>")), evidence},
                    odd);
        odd = !odd;
    }
    return html + QStringLiteral("</table>");
}

QString EntityPage::eventsHtml() const
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(tr("Events (%1)").arg(m_events.size()).toHtmlEscaped());
    if (m_events.empty())
        return html + QStringLiteral("<p style='%1'>%2</p>").arg(kMuted, tr("Not linked to any event.").toHtmlEscaped());
    html += kTable + headRow({tr("Dates"), tr("Type"), tr("Event"), tr("Place"), tr("Documents")}, {20, 10, 40, 20, 10});
    bool odd = false;
    for (const auto& e : m_events) {
        QStringList place;
        if (!e.city.empty())
            place << qs(e.city);
        if (!e.country.empty())
            place << countryLabel(e.country);
        const QString name = e.name.empty() ? tr("(unnamed)") : qs(e.name);
        html += row({dateRangeText(e.start, e.end, e.yearInferred).toHtmlEscaped(), eventTypeLabel(e.type).toHtmlEscaped(),
                     link(eventUrl(e.id), esc(name)), esc(place.join(QStringLiteral(", "))), QString::number(e.documentCount)},
                    odd);
        odd = !odd;
    }
    return html + QStringLiteral("</table>");
}

QString EntityPage::mentionsHtml() const
{
    const auto total = static_cast<qsizetype>(m_entity->mentions);
    QString html = QStringLiteral("<h3>%1</h3>").arg(tr("Mentions in context (%1)").arg(total).toHtmlEscaped());
    if (m_mentions.empty())
        return html;
    if (static_cast<qsizetype>(m_mentions.size()) < total)
        html += QStringLiteral("<p style='%1'>%2</p>").arg(kMuted, tr("The oldest %1 are shown.").arg(m_mentions.size()).toHtmlEscaped());
    const QColor colour = mentionColor(mentionTypeOf(m_entity->kind).toStdString());
    std::int64_t document = 0;
    for (std::size_t i = 0, next = 0; i < m_mentions.size(); i = next) {
        const auto& c = m_mentions[i].context;
        if (c.documentId != document) {
            // One heading per document: its date and a link to its start.
            document = c.documentId;
            html += QStringLiteral("<p style='margin-top:10px'><span style='%1'>%2</span> &nbsp;<b>%3</b></p>")
                        .arg(kMuted, publishedText(c.published).toHtmlEscaped(), link(documentUrl(c.documentId, 0, 0), esc(documentLabel(c))));
        }
        // A sentence naming the entity twice is shown once, both mentions marked.
        std::vector<const store::MentionContext*> same;
        for (next = i; next < m_mentions.size() && m_mentions[next].context.documentId == c.documentId
                       && m_mentions[next].context.sentence == c.sentence;
             ++next)
            same.push_back(&m_mentions[next]);
        html += QStringLiteral("<p style='margin-left:16px'>%1</p>").arg(markedSentence(c, same, colour));
    }
    return html;
}

} // namespace letopis::gui
