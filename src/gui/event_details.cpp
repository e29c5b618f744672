#include "event_details.hpp"

#include "date_text.hpp"
#include "event_table_model.hpp"
#include "labels.hpp"

#include <QUrl>
#include <QUrlQuery>

namespace letopis::gui {

namespace {

QString esc(const std::string& s) { return QString::fromStdString(s).toHtmlEscaped(); }

QString row(const QString& label, const QString& valueHtml)
{
    return QStringLiteral("<tr><td style='color:#666;padding-right:12px;vertical-align:top'>%1</td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), valueHtml);
}

QString entityLinks(const char* kind, const std::vector<std::string>& names)
{
    QStringList out;
    for (const auto& n : names) {
        QUrl url;
        url.setScheme(QStringLiteral("letopis"));
        url.setHost(QString::fromLatin1(kind));
        url.setPath(QStringLiteral("/") + QString::fromStdString(n));
        out << QStringLiteral("<a href=\"%1\">%2</a>").arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(), esc(n));
    }
    return out.join(QStringLiteral(", "));
}

QString countryLinks(const std::vector<std::string>& codes)
{
    QStringList out;
    for (const auto& c : codes)
        out << QStringLiteral("<a href=\"letopis://country/%1\">%2</a>")
                   .arg(QString::fromStdString(c).toHtmlEscaped(), countryLabel(c).toHtmlEscaped());
    return out.join(QStringLiteral(", "));
}

QString eventLink(std::int64_t id, const QString& name)
{
    return QStringLiteral("<a href=\"letopis://event/%1\">%2</a>").arg(id).arg(name.toHtmlEscaped());
}

} // namespace

EventDetails::EventDetails(QWidget* parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    setPlaceholderText(tr("Select an event on the timeline or in the table to see its details."));
    connect(this, &QTextBrowser::anchorClicked, this, &EventDetails::follow);
}

void EventDetails::clearEvent()
{
    m_eventId = 0;
    clear();
}

void EventDetails::showEvent(const store::EventRow& e, const std::vector<Related>& children)
{
    m_eventId = e.id;
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(e.name));
    if (e.corrected)
        html += QStringLiteral("<p style='color:#a05000'><b>%1</b></p>").arg(tr("Corrected by hand").toHtmlEscaped());
    html += QStringLiteral("<table>");
    html += row(tr("Type"), eventTypeLabel(e.type).toHtmlEscaped());
    html += row(tr("Dates"), dateRangeText(e.start, e.end, e.yearInferred).toHtmlEscaped());
    if (const auto place = placeText(e); !place.isEmpty())
        html += row(tr("Place"), place.toHtmlEscaped());
    if (!e.format.empty()) {
        const QString format = e.format == "online" ? tr("online") : e.format == "offline" ? tr("in person") : tr("hybrid");
        html += row(tr("Format"), format.toHtmlEscaped());
    }
    if (!e.series.empty() && e.series != e.name)
        html += row(tr("Series"), esc(e.series) + (e.edition ? QStringLiteral(" %1").arg(e.edition) : QString()));
    if (!e.aliases.empty())
        html += row(tr("Also called"), esc([&] {
                        std::string s;
                        for (const auto& a : e.aliases)
                            s += (s.empty() ? "" : ", ") + a;
                        return s;
                    }()));
    if (e.parentId)
        html += row(tr("Part of"), eventLink(e.parentId, QString::fromStdString(e.parentName)));
    if (!children.empty()) {
        QStringList links;
        for (const auto& c : children)
            links << eventLink(c.id, c.name);
        html += row(tr("Within it"), links.join(QStringLiteral("<br/>")));
    }
    if (!e.speakers.empty())
        html += row(tr("Speakers"), entityLinks("person", e.speakers));
    if (!e.countries.empty())
        html += row(tr("Countries"), countryLinks(e.countries));
    if (!e.organizations.empty())
        html += row(tr("Organisations"), entityLinks("organization", e.organizations));
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h3>%1</h3>").arg(tr("Sources (%1)").arg(e.sources.size()).toHtmlEscaped());
    for (const auto& s : e.sources) {
        const QString title = s.title.empty() ? QString::fromStdString(s.path) : QString::fromStdString(s.title);
        html += QStringLiteral("<p><a href=\"letopis://document/%1?start=%2&amp;end=%3\">%4</a> <span style='color:#666'>%5</span><br/>"
                               "<span style='background:#fff3c4'>«%6»</span></p>")
                    .arg(s.documentId)
                    .arg(s.sentence.start)
                    .arg(s.sentence.end)
                    .arg(title.toHtmlEscaped(), publishedText(s.published).toHtmlEscaped(), esc(s.sentenceText));
    }
    setHtml(html);
}

void EventDetails::follow(const QUrl& url)
{
    if (url.scheme() != QStringLiteral("letopis"))
        return;
    const QString host = url.host();
    const QString value = url.path().mid(1);
    if (host == QStringLiteral("document")) {
        const QUrlQuery q(url);
        emit documentRequested(value.toLongLong(), q.queryItemValue(QStringLiteral("start")).toInt(),
                               q.queryItemValue(QStringLiteral("end")).toInt());
    } else if (host == QStringLiteral("event")) {
        emit eventRequested(value.toLongLong());
    } else {
        emit entityRequested(host, value);
    }
}

} // namespace letopis::gui
