#include "reader_view.hpp"

#include "document_list_model.hpp"

#include "letopis/text.hpp"

namespace letopis::gui {

namespace {

QString esc(const std::string& s) { return QString::fromStdString(s).toHtmlEscaped(); }

QString row(const QString& label, const QString& value)
{
    return QStringLiteral("<tr><td style='color:#666;padding-right:12px'>%1</td><td>%2</td></tr>").arg(label, value);
}

} // namespace

ReaderView::ReaderView(QWidget* parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    setPlaceholderText(tr("Select a document to read it."));
}

void ReaderView::clearDocument() { clear(); }

void ReaderView::showDocument(const store::DocumentRecord& r)
{
    const auto& d = r.doc;
    QString html;
    html += QStringLiteral("<h2>%1</h2>").arg(d.title.empty() ? tr("(untitled)").toHtmlEscaped() : esc(d.title));
    if (!d.subtitle.empty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(esc(d.subtitle));
    html += QStringLiteral("<table>");
    html += row(tr("Published"), publishedText(d.published).toHtmlEscaped());
    if (!d.source.empty())
        html += row(tr("Source"), esc(d.source));
    if (!d.byline.empty())
        html += row(tr("Byline"), esc(d.byline));
    html += row(tr("File"), esc(r.path));
    html += row(tr("Encoding"), esc(r.encoding) + QStringLiteral(" (%1%)").arg(r.confidence));
    html += QStringLiteral("</table><hr/>");

    const std::u32string all = text::toU32(d.text);
    for (const auto& span : d.body) {
        const auto para = text::toUtf8(std::u32string_view(all).substr(span.start, span.end - span.start));
        html += QStringLiteral("<p>%1</p>").arg(esc(para));
    }
    bool asideHeader = false;
    for (const auto& p : d.parts) {
        if (p.kind == PartKind::Title || p.kind == PartKind::Subtitle)
            continue;
        if (!asideHeader) {
            html += QStringLiteral("<hr/><p style='color:#666'>%1</p>").arg(tr("Set apart from the body:"));
            asideHeader = true;
        }
        const auto part = text::toUtf8(std::u32string_view(all).substr(p.span.start, p.span.end - p.span.start));
        html += QStringLiteral("<p style='color:#888'>[%1] %2</p>")
                    .arg(QString::fromLatin1(partKindName(p.kind)), esc(part));
    }
    setHtml(html);
}

} // namespace letopis::gui
