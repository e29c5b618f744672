#include "reader_view.hpp"

#include "date_text.hpp"
#include "labels.hpp"

#include "letopis/text.hpp"

#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <set>

namespace letopis::gui {

namespace {

QString esc(const std::string& s) { return QString::fromStdString(s).toHtmlEscaped(); }
QString esc(std::u32string_view s) { return QString::fromStdString(text::toUtf8(s)).toHtmlEscaped(); }

QString row(const QString& label, const QString& value)
{
    return QStringLiteral("<tr><td style='color:#666;padding-right:12px'>%1</td><td>%2</td></tr>").arg(label, value);
}

const QColor kFocusColor(0xff, 0xe3, 0x6b); // the evidence sentence

const char* const kLegend[] = {"PERSON", "ORGANIZATION", "COUNTRY", "CITY", "REGION", "DATE", "PROFESSION", "EVENT"};

// The outermost mentions that do not overlap one another, in text order.
std::vector<const store::DocumentMention*> outermost(const std::vector<store::DocumentMention>& mentions)
{
    std::vector<const store::DocumentMention*> sorted;
    for (const auto& m : mentions)
        sorted.push_back(&m);
    std::sort(sorted.begin(), sorted.end(), [](const auto* a, const auto* b) {
        return a->span.start != b->span.start ? a->span.start < b->span.start : a->span.end > b->span.end;
    });
    std::vector<const store::DocumentMention*> out;
    std::uint32_t reached = 0;
    for (const auto* m : sorted) {
        if (m->span.start >= reached && m->span.end > m->span.start) {
            out.push_back(m);
            reached = m->span.end;
        }
    }
    return out;
}

// One paragraph [start, end) as HTML: mentions as coloured links, the focus sentence marked.
QString paragraphHtml(std::u32string_view all, text::Span para, const std::vector<const store::DocumentMention*>& mentions,
                      const std::optional<text::Span>& focus, bool& anchorPlaced, bool asParagraph = true)
{
    std::set<std::uint32_t> cuts{para.start, para.end};
    for (const auto* m : mentions) {
        if (m->span.end > para.start && m->span.start < para.end) {
            cuts.insert(std::clamp(m->span.start, para.start, para.end));
            cuts.insert(std::clamp(m->span.end, para.start, para.end));
        }
    }
    if (focus) {
        cuts.insert(std::clamp(focus->start, para.start, para.end));
        cuts.insert(std::clamp(focus->end, para.start, para.end));
    }
    QString html;
    auto mentionAt = [&](std::uint32_t pos) -> const store::DocumentMention* {
        auto it = std::upper_bound(mentions.begin(), mentions.end(), pos,
                                   [](std::uint32_t p, const auto* m) { return p < m->span.start; });
        if (it == mentions.begin())
            return nullptr;
        const auto* m = *std::prev(it);
        return pos < m->span.end ? m : nullptr;
    };
    for (auto it = cuts.begin(); std::next(it) != cuts.end(); ++it) {
        const std::uint32_t a = *it, b = *std::next(it);
        QString piece = esc(all.substr(a, b - a));
        const bool inFocus = focus && a >= focus->start && b <= focus->end;
        if (const auto* m = mentionAt(a)) {
            const QString href = m->entityId ? QStringLiteral("letopis://%1/%2")
                                                   .arg(QString::fromStdString(m->entityKind),
                                                        QString::fromUtf8(QUrl::toPercentEncoding(QString::fromStdString(m->entityKey))))
                                             : QString();
            // In the evidence sentence the sentence's colour wins; the mention stays underlined.
            const QString style = inFocus ? QStringLiteral("background:%1;color:#000;text-decoration:underline").arg(kFocusColor.name())
                                          : QStringLiteral("background:%1;color:#000;text-decoration:none").arg(mentionColor(m->type).name());
            const QString tip = mentionTypeLabel(m->type) + QStringLiteral(": ") + QString::fromStdString(m->entity);
            piece = href.isEmpty() ? QStringLiteral("<span style='%1' title='%2'>%3</span>").arg(style, tip.toHtmlEscaped(), piece)
                                   : QStringLiteral("<a href='%1' style='%2' title='%3'>%4</a>").arg(href, style, tip.toHtmlEscaped(), piece);
        }
        if (inFocus) {
            anchorPlaced = true;
            piece = QStringLiteral("<span style='background:%1;font-weight:600'>%2</span>").arg(kFocusColor.name(), piece);
        }
        html += piece;
    }
    return asParagraph ? QStringLiteral("<p>%1</p>").arg(html) : html;
}

} // namespace

ReaderView::ReaderView(QWidget* parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    setPlaceholderText(tr("Select a document to read it."));
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (url.scheme() == QStringLiteral("letopis"))
            emit entityRequested(url.host(), QUrl::fromPercentEncoding(url.path().mid(1).toUtf8()));
    });
}

void ReaderView::clearDocument()
{
    m_documentId = 0;
    clear();
}

void ReaderView::showDocument(const store::DocumentRecord& r, const std::vector<store::DocumentMention>& mentions,
                              std::optional<text::Span> focus)
{
    m_documentId = r.id;
    const auto& d = r.doc;
    QString html;
    const std::u32string all = text::toU32(d.text);
    const auto marked = outermost(mentions);
    bool anchorPlaced = false;
    // Title and subtitle carry mentions and evidence too: a headline is often the sentence that
    // names the event.
    auto headerPart = [&](PartKind kind) -> std::optional<text::Span> {
        for (const auto& p : d.parts) {
            if (p.kind == kind && p.span.start < p.span.end && p.span.end <= all.size())
                return p.span;
        }
        return std::nullopt;
    };
    if (const auto title = headerPart(PartKind::Title))
        html += QStringLiteral("<h2>%1</h2>").arg(paragraphHtml(all, *title, marked, focus, anchorPlaced, false));
    else
        html += QStringLiteral("<h2>%1</h2>").arg(d.title.empty() ? tr("(untitled)").toHtmlEscaped() : esc(d.title));
    if (const auto subtitle = headerPart(PartKind::Subtitle))
        html += QStringLiteral("<p><i>%1</i></p>").arg(paragraphHtml(all, *subtitle, marked, focus, anchorPlaced, false));
    else if (!d.subtitle.empty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(esc(d.subtitle));
    html += QStringLiteral("<table>");
    html += row(tr("Published"), publishedText(d.published).toHtmlEscaped());
    if (!d.source.empty())
        html += row(tr("Source"), esc(d.source));
    if (!d.byline.empty())
        html += row(tr("Byline"), esc(d.byline));
    html += row(tr("File"), esc(r.path));
    html += row(tr("Encoding"), esc(r.encoding) + QStringLiteral(" (%1%)").arg(r.confidence));
    html += QStringLiteral("</table>");
    if (!mentions.empty()) {
        QString legend;
        for (const char* type : kLegend)
            legend += QStringLiteral("<span style='background:%1;color:#000'>&nbsp;%2&nbsp;</span> ")
                          .arg(mentionColor(type).name(), mentionTypeLabel(type).toHtmlEscaped());
        html += QStringLiteral("<p style='font-size:small'>%1</p>").arg(legend);
    }
    html += QStringLiteral("<hr/>");

    for (const auto& span : d.body) {
        if (span.end <= all.size() && span.start < span.end)
            html += paragraphHtml(all, span, marked, focus, anchorPlaced);
    }
    bool asideHeader = false;
    for (const auto& p : d.parts) {
        if (p.kind == PartKind::Title || p.kind == PartKind::Subtitle || p.span.end > all.size())
            continue;
        if (!asideHeader) {
            html += QStringLiteral("<hr/><p style='color:#666'>%1</p>").arg(tr("Set apart from the body:"));
            asideHeader = true;
        }
        const auto part = std::u32string_view(all).substr(p.span.start, p.span.end - p.span.start);
        html += QStringLiteral("<p style='color:#888'>[%1] %2</p>").arg(QString::fromLatin1(partKindName(p.kind)), esc(part));
    }
    setHtml(html);
    m_focusPosition = -1;
    if (anchorPlaced) {
        // The first character drawn on the evidence colour is where the sentence starts.
        for (auto block = document()->begin(); block.isValid() && m_focusPosition < 0; block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                if (it.fragment().charFormat().background().color() == kFocusColor) {
                    m_focusPosition = it.fragment().position();
                    break;
                }
            }
        }
        QTextCursor cursor(document());
        cursor.setPosition(std::max(0, m_focusPosition));
        setTextCursor(cursor);
        // Layout of a new document finishes on the next turn of the event loop; scroll after it,
        // placing the sentence near the top rather than at the bottom edge.
        QTimer::singleShot(0, this, [this] {
            if (m_focusPosition < 0)
                return;
            const QRect r = cursorRect();
            verticalScrollBar()->setValue(verticalScrollBar()->value() + r.top() - viewport()->height() / 4);
        });
    }
}

QString ReaderView::focusedText() const
{
    if (m_focusPosition < 0)
        return {};
    QString out;
    for (auto block = document()->findBlock(m_focusPosition); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const auto f = it.fragment();
            if (f.position() + f.length() <= m_focusPosition)
                continue;
            if (f.charFormat().background().color() != kFocusColor)
                return out;
            out += f.text();
        }
    }
    return out;
}

} // namespace letopis::gui
