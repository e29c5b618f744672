#include "report_html.hpp"

#include "timeline.hpp"

#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <set>

namespace letopis::render {

namespace {

QString esc(const std::string& s) { return QString::fromStdString(s).toHtmlEscaped(); }

QString px(qreal v, const HtmlStyle& st) { return QString::number(qRound(v * st.unit)) + QStringLiteral("px"); }

QString joinedEsc(const std::vector<std::string>& items, const char* sep = ", ")
{
    QStringList out;
    for (const auto& s : items)
        out << esc(s);
    return out.join(QString::fromUtf8(sep));
}

QString eventDates(const store::EventRow& e)
{
    const std::string text = report::dateRangeText(e.start, e.end);
    if (text.empty())
        return QStringLiteral("без даты");
    return esc(text) + (e.yearInferred ? QStringLiteral("*") : QString());
}

QString headerSection(const report::Report& r)
{
    QString h = QStringLiteral("<h1>") + esc(r.title) + QStringLiteral("</h1>");
    h += QStringLiteral("<p class=\"meta\"><b>Фильтр:</b> ") + esc(r.filterText) + QStringLiteral("</p>");
    const std::string time = r.generatedAt.size() > 11 ? r.generatedAt.substr(11) : std::string();
    h += QStringLiteral("<p class=\"meta\"><b>Сформирован:</b> ") + esc(r.generatedOn) +
         (time.empty() ? QString() : QStringLiteral(", ") + esc(time)) + QStringLiteral("</p>");
    return h;
}

QString summarySection(const report::Report& r)
{
    const auto& s = r.summary;
    const std::vector<std::pair<std::size_t, QString>> cells{
        {s.events, QStringLiteral("событий")}, {s.documents, QStringLiteral("документов")},
        {s.persons, QStringLiteral("участников")}, {s.organizations, QStringLiteral("организаций")},
        {s.countries, QStringLiteral("стран")}};
    QString h = QStringLiteral("<table class=\"summary\" width=\"100%\" cellspacing=\"0\"><tr>");
    for (const auto& [n, label] : cells)
        h += QStringLiteral("<td align=\"center\"><span class=\"figure\">") + QString::number(n) +
             QStringLiteral("</span><br/><span class=\"small\">") + label + QStringLiteral("</span></td>");
    return h + QStringLiteral("</tr></table>");
}

QString timelineSection(const report::Report& r, const Timeline& timeline)
{
    QString h = QStringLiteral("<h2>Хронология</h2>");
    const int parts = (timeline.rowCount() + kTimelineRowsPerPart - 1) / kTimelineRowsPerPart;
    for (int i = 0; i < parts; ++i)
        h += QStringLiteral("<p class=\"picture\"><img src=\"") + QString::fromLatin1(kTimelineScheme) +
             QStringLiteral(":") + QString::number(i) + QStringLiteral("\"/></p>");
    if (timeline.empty())
        h += QStringLiteral("<p class=\"small\">Ни у одного события нет даты с годом: шкалу построить не из чего.</p>");
    QStringList yearless, undated;
    for (const auto& e : r.events) {
        const QString item = QStringLiteral("<b>") + esc(e.name) + QStringLiteral("</b> (") + esc(report::typeLabel(e.type)) + QStringLiteral(")");
        if (!e.start)
            undated << item;
        else if (!e.start->yearKnown())
            yearless << esc(report::dateText(*e.start)) + QStringLiteral(" — ") + item;
    }
    if (!yearless.isEmpty())
        h += QStringLiteral("<p class=\"aside\">Год неизвестен (нет на шкале): ") + yearless.join(QStringLiteral("; ")) + QStringLiteral("</p>");
    if (!undated.isEmpty())
        h += QStringLiteral("<p class=\"aside\">Без даты (нет на шкале): ") + undated.join(QStringLiteral("; ")) + QStringLiteral("</p>");
    return h;
}

// Table attributes are device pixels too.
QString gridTable(const HtmlStyle& st, qreal padding)
{
    return QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\" border=\"") +
           QString::number(std::max(1, qRound(0.75 * st.unit))) + QStringLiteral("\" cellpadding=\"") +
           QString::number(qRound(padding * st.unit)) + QStringLiteral("\">");
}

QString eventsSection(const report::Report& r, const HtmlStyle& st)
{
    QString h = QStringLiteral("<h2>События</h2>") + gridTable(st, 2.5) +
                QStringLiteral("<thead><tr><th width=\"4%\">№</th><th width=\"15%\">Даты</th><th width=\"23%\">Событие</th>"
                               "<th width=\"10%\">Тип</th><th width=\"15%\">Место</th><th width=\"11%\">Страны</th>"
                               "<th width=\"22%\">Участники</th></tr></thead>");
    bool inferred = false;
    for (std::size_t i = 0; i < r.events.size(); ++i) {
        const auto& e = r.events[i];
        inferred = inferred || e.yearInferred;
        QString name = QStringLiteral("<b>") + esc(e.name) + QStringLiteral("</b>");
        if (!e.parentName.empty())
            name += QStringLiteral("<br/><span class=\"small\">в рамках: ") + esc(e.parentName) + QStringLiteral("</span>");
        h += QStringLiteral("<tr><td style=\"white-space: nowrap\">") + QString::number(i + 1) + QStringLiteral("</td><td>") + eventDates(e) +
             QStringLiteral("</td><td>") + name + QStringLiteral("</td><td>") + esc(report::typeLabel(e.type)) +
             QStringLiteral("</td><td>") + esc(report::placeText(e)) + QStringLiteral("</td><td>") +
             joinedEsc(e.countries) + QStringLiteral("</td><td>") + joinedEsc(e.speakers) + QStringLiteral("</td></tr>");
    }
    h += QStringLiteral("</table>");
    if (inferred)
        h += QStringLiteral("<p class=\"small\">* год в тексте не указан и выведен из даты публикации или контекста.</p>");
    return h;
}

// One table, a name column and a count column for each list, so it paginates as rows do.
QString topSection(const report::Report& r, const HtmlStyle& st)
{
    const std::vector<const std::vector<report::Tally>*> lists{&r.persons, &r.organizations, &r.countries};
    QString h = QStringLiteral("<h2>Кто и что встречается чаще</h2>") + gridTable(st, 2) +
                QStringLiteral("<thead><tr><th width=\"24%\">Участники</th><th width=\"7%\" align=\"right\">соб.</th>"
                               "<th width=\"31%\">Организации</th><th width=\"7%\" align=\"right\">соб.</th>"
                               "<th width=\"24%\">Страны</th><th width=\"7%\" align=\"right\">соб.</th></tr></thead>");
    std::size_t rows = 0;
    for (const auto* list : lists)
        rows = std::max(rows, list->size());
    for (std::size_t i = 0; i < rows; ++i) {
        h += QStringLiteral("<tr>");
        for (const auto* list : lists) {
            if (i < list->size())
                h += QStringLiteral("<td>") + esc((*list)[i].label) + QStringLiteral("</td><td align=\"right\">") +
                     QString::number((*list)[i].events) + QStringLiteral("</td>");
            else
                h += QStringLiteral("<td></td><td></td>");
        }
        h += QStringLiteral("</tr>");
    }
    return h + QStringLiteral("</table><p class=\"small\">«соб.» — число событий отчёта, в которых участвует человек, "
                              "организация или страна.</p>");
}

QString documentLine(const store::Evidence& s)
{
    QString line = s.title.empty() ? QStringLiteral("Без заголовка") : QStringLiteral("«") + esc(s.title) + QStringLiteral("»");
    if (s.published && s.published->yearKnown())
        line += QStringLiteral(", ") + esc(report::dateText(*s.published)) +
                (s.published->yearInferred ? QStringLiteral(" (год выведен)") : QString());
    line += QStringLiteral(" — <span class=\"path\">") + esc(QFileInfo(QString::fromStdString(s.path)).fileName().toStdString()) +
            QStringLiteral("</span>");
    return line;
}

QString sourcesSection(const report::Report& r)
{
    QString h = QStringLiteral("<h2>Источники и свидетельства</h2>");
    for (std::size_t i = 0; i < r.events.size(); ++i) {
        const auto& e = r.events[i];
        h += QStringLiteral("<h3>") + QString::number(i + 1) + QStringLiteral(". ") + esc(e.name) + QStringLiteral("</h3>");
        h += QStringLiteral("<p class=\"small\">") + eventDates(e) + QStringLiteral(" · ") + esc(report::typeLabel(e.type));
        if (const auto place = report::placeText(e); !place.empty())
            h += QStringLiteral(" · ") + esc(place);
        h += QStringLiteral("</p>");
        std::vector<std::int64_t> documents; // in the order of their first evidence
        for (const auto& s : e.sources)
            if (std::find(documents.begin(), documents.end(), s.documentId) == documents.end())
                documents.push_back(s.documentId);
        for (const auto id : documents) {
            bool first = true;
            for (const auto& s : e.sources) {
                if (s.documentId != id)
                    continue;
                if (first)
                    h += QStringLiteral("<p class=\"source\">") + documentLine(s) + QStringLiteral("</p>");
                first = false;
                h += QStringLiteral("<p class=\"quote\">«") + esc(s.sentenceText) + QStringLiteral("»</p>");
            }
        }
        if (e.sources.empty())
            h += QStringLiteral("<p class=\"small\">Источников нет.</p>");
    }
    return h;
}

// Corpus text is escaped, so every "<hN>" in the HTML is one of ours.
QString withPageBreaks(const QString& html, const QSet<int>& breakBefore)
{
    if (breakBefore.isEmpty())
        return html;
    static const QRegularExpression heading(QStringLiteral("<h([1-3])>"));
    QString out;
    qsizetype done = 0;
    int index = 0;
    for (auto it = heading.globalMatch(html); it.hasNext(); ++index) {
        const auto m = it.next();
        out += QStringView(html).mid(done, m.capturedStart() - done);
        out += breakBefore.contains(index)
                   ? QStringLiteral("<h") + m.captured(1) + QStringLiteral(" style=\"page-break-before: always\">")
                   : m.captured(0);
        done = m.capturedEnd();
    }
    return out + QStringView(html).mid(done);
}

} // namespace

QString reportStyleSheet(const HtmlStyle& st)
{
    return QStringLiteral("body { font-family: '%1'; font-size: 9pt; }"
                          "h1 { font-size: 17pt; font-weight: 600; color: #1f3a5f; margin-top: 0px; margin-bottom: %3; }"
                          "h2 { font-size: 12.5pt; font-weight: 600; color: #1f3a5f; margin-top: %4; margin-bottom: %3; }"
                          "h3 { font-size: 10pt; font-weight: 600; margin-top: %5; margin-bottom: %6; }"
                          "p { margin-top: 0px; margin-bottom: %6; }"
                          "ul { margin-top: 0px; margin-bottom: %6; }"
                          ".meta { color: #333333; }"
                          ".small { font-size: 8pt; color: #555555; }"
                          ".aside { font-size: 8.5pt; margin-top: %6; }"
                          ".figure { font-size: 16pt; font-weight: 600; color: #1f3a5f; }"
                          ".source { font-size: 8.5pt; color: #333333; margin-top: %6; margin-bottom: %7; }"
                          ".path { color: #777777; }"
                          ".quote { font-family: '%2'; font-style: italic; margin-left: %5; margin-bottom: %7; }"
                          ".picture { margin-top: %6; margin-bottom: 0px; }"
                          "table.grid { border-collapse: collapse; border-color: #b8c2cc; border-style: solid; font-size: 8pt; }"
                          "table.summary { margin-top: %6; margin-bottom: %6; background-color: #f1f4f8; }"
                          "th { background-color: #e3e9f0; font-weight: 600; text-align: left; }"
                          )
        .arg(st.sans, st.serif, px(6, st), px(16, st), px(10, st), px(4, st), px(2, st));
}

QString reportHtml(const report::Report& r, const Timeline& timeline, const HtmlStyle& st)
{
    QString h = QStringLiteral("<html><body>") + headerSection(r) + summarySection(r);
    if (r.events.empty())
        return h + QStringLiteral("<p>Ни одно событие не прошло фильтр.</p></body></html>");
    h += timelineSection(r, timeline) + eventsSection(r, st) + topSection(r, st) + sourcesSection(r) +
         QStringLiteral("</body></html>");
    return withPageBreaks(h, st.breakBefore);
}

} // namespace letopis::render
