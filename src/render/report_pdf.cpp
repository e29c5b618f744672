// A report as an A4 PDF: one QTextDocument laid out in pages, drawn page by page between a header
// and a footer; the timeline is drawn with QPainter where the document holds its placeholders, so
// it stays vector graphics.
#include "report_pdf.hpp"

#include "report_html.hpp"
#include "timeline.hpp"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextObjectInterface>

namespace letopis::render {

namespace {

constexpr int kResolution = 300; // dpi of the PDF's coordinate system

// The first family that exists and covers Cyrillic; the application font otherwise.
QString pickFamily(const QStringList& wanted)
{
    const QStringList families = QFontDatabase::families(QFontDatabase::Cyrillic);
    for (const auto& f : wanted)
        if (families.contains(f, Qt::CaseInsensitive))
            return f;
    return families.isEmpty() ? QGuiApplication::font().family() : families.front();
}

HtmlStyle pickStyle(qreal unit)
{
    HtmlStyle st;
    st.sans = pickFamily({QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans"), QStringLiteral("Liberation Sans"),
                          QStringLiteral("PT Sans"), QStringLiteral("FreeSans")});
    st.serif = pickFamily({QStringLiteral("Noto Serif"), QStringLiteral("DejaVu Serif"), QStringLiteral("Liberation Serif"),
                           QStringLiteral("PT Serif"), QStringLiteral("FreeSerif"), st.sans});
    st.unit = unit;
    return st;
}

// Draws the parts of the timeline where the document has their placeholder images. It handles
// every image of the document: a report has no others (corpus text is escaped, so it cannot add one).
class TimelineObject final : public QObject, public QTextObjectInterface {
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    TimelineObject(const Timeline& timeline, qreal unit) : m_timeline(timeline), m_unit(unit) {}

    QSizeF intrinsicSize(QTextDocument* doc, int, const QTextFormat& format) override
    {
        const auto [from, to] = rows(format);
        const qreal width = doc->pageSize().width() - 2 * doc->documentMargin() - 2 * m_unit;
        return {width, Timeline::height(to - from, to == m_timeline.rowCount()) * m_unit};
    }

    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int, const QTextFormat& format) override
    {
        const auto [from, to] = rows(format);
        m_timeline.paint(*painter, rect, from, to, to == m_timeline.rowCount(), m_unit);
    }

private:
    std::pair<int, int> rows(const QTextFormat& format) const
    {
        const QString name = format.toImageFormat().name();
        const QString prefix = QString::fromLatin1(kTimelineScheme) + QLatin1Char(':');
        const int part = name.startsWith(prefix) ? name.mid(prefix.size()).toInt() : -1;
        if (part < 0)
            return {0, 0};
        const int from = part * kTimelineRowsPerPart;
        return {from, std::min(m_timeline.rowCount(), from + kTimelineRowsPerPart)};
    }

    const Timeline& m_timeline;
    qreal m_unit;
};

// Headings whose next lines land on a later page. An event's heading (h3) keeps its dates line and
// its first source with it; a heading followed by another keeps that one's lines too.
QSet<int> lonelyHeadings(QTextDocument& doc, qreal pageHeight)
{
    QSet<int> out;
    int index = -1;
    auto* layout = doc.documentLayout();
    const auto page = [&](const QTextBlock& block) { return int(layout->blockBoundingRect(block).top() / pageHeight); };
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        if (b.blockFormat().headingLevel() == 0)
            continue;
        ++index;
        QTextBlock last = b;
        while (last.next().isValid() && last.next().blockFormat().headingLevel() > 0)
            last = last.next();
        const int keep = last.blockFormat().headingLevel() >= 3 ? 3 : 1;
        for (int k = 0; k < keep && last.next().isValid(); ++k)
            last = last.next();
        if (page(b) != page(last))
            out.insert(index);
    }
    return out;
}

struct PageFrame {
    qreal width = 0;
    qreal header = 0; // heights of the bands above and below the body
    qreal body = 0;
    qreal footer = 0;
};

void drawPageFrame(QPainter& p, const PageFrame& frame, const report::Report& r, const QString& family, int page, int pages)
{
    const qreal unit = kResolution / 96.0;
    QFont font(family);
    font.setPointSizeF(7.5);
    p.save();
    p.setFont(font);
    p.setPen(QColor(0x66, 0x66, 0x66));
    const QRectF head(0, 0, frame.width, frame.header - 6 * unit);
    p.drawText(head, Qt::AlignLeft | Qt::AlignBottom, QStringLiteral("Летопись · отчёт о событиях"));
    p.drawText(head, Qt::AlignRight | Qt::AlignBottom, QString::fromStdString(r.generatedAt));
    p.setPen(QPen(QColor(0xbb, 0xbb, 0xbb), 0.6 * unit));
    p.drawLine(QPointF(0, frame.header - 3 * unit), QPointF(frame.width, frame.header - 3 * unit));
    const qreal footTop = frame.header + frame.body;
    p.drawLine(QPointF(0, footTop + 3 * unit), QPointF(frame.width, footTop + 3 * unit));
    p.setPen(QColor(0x44, 0x44, 0x44));
    p.drawText(QRectF(0, footTop + 6 * unit, frame.width, frame.footer - 6 * unit), Qt::AlignHCenter | Qt::AlignTop,
               QStringLiteral("стр. %1 из %2").arg(page).arg(pages));
    p.restore();
}

} // namespace

Status renderReportPdf(const report::Report& report, const std::string& path)
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return makeError(ErrorCode::InvalidArgument, "drawing a PDF needs a QGuiApplication (fonts come from the platform)");
    // QPdfWriter only says "false" when it cannot open the file: ask first, for the reason.
    QFile probe(QString::fromStdString(path));
    if (!probe.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, "cannot write " + path + ": " + probe.errorString().toStdString());
    probe.close();
    QPdfWriter writer(QString::fromStdString(path));
    writer.setResolution(kResolution);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 12, 18, 12),
                                     QPageLayout::Millimeter));
    writer.setTitle(QString::fromStdString(report.title));
    writer.setCreator(QStringLiteral("Letopis"));

    const qreal unit = kResolution / 96.0;
    HtmlStyle style = pickStyle(unit);
    const QRect paint = writer.pageLayout().paintRectPixels(kResolution);
    PageFrame frame;
    frame.width = paint.width();
    frame.header = 22 * unit;
    frame.footer = 22 * unit;
    frame.body = paint.height() - frame.header - frame.footer;

    const Timeline timeline(report);
    TimelineObject drawer(timeline, unit);
    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&writer);
    doc.documentLayout()->registerHandler(QTextFormat::ImageObject, &drawer);
    QFont font(style.sans);
    font.setPointSizeF(9);
    doc.setDefaultFont(font);
    doc.setDocumentMargin(0);
    doc.setPageSize(QSizeF(frame.width, frame.body));
    doc.setDefaultStyleSheet(reportStyleSheet(style));
    // Lay out, then move headings left at the foot of a page to the next one, until none is.
    for (int pass = 0; pass < 5; ++pass) {
        doc.setHtml(reportHtml(report, timeline, style));
        QSet<int> lonely = lonelyHeadings(doc, frame.body);
        if (lonely.subtract(style.breakBefore).isEmpty())
            break;
        style.breakBefore.unite(lonely);
    }

    QPainter p;
    if (!p.begin(&writer))
        return makeError(ErrorCode::Io, "cannot write " + path + ": the file cannot be created (does its folder exist?)");
    const int pages = doc.pageCount();
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !writer.newPage())
            return makeError(ErrorCode::Io, "cannot write " + path + ": no room for page " + std::to_string(page + 1));
        drawPageFrame(p, frame, report, style.sans, page + 1, pages);
        p.save();
        const QRectF clip(0, page * frame.body, frame.width, frame.body);
        p.translate(0, frame.header - clip.top());
        p.setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        context.palette.setColor(QPalette::Text, Qt::black);
        doc.documentLayout()->draw(&p, context);
        p.restore();
    }
    if (!p.end())
        return makeError(ErrorCode::Io, "cannot write " + path + ": writing the PDF failed");
    return Ok{};
}

QImage renderTimeline(const report::Report& report, int width, qreal devicePixelRatio)
{
    const Timeline timeline(report);
    if (timeline.empty() || width <= 0)
        return {};
    const int height = qCeil(Timeline::height(timeline.rowCount(), true));
    QImage image(QSize(width, height) * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setFont(QFont(pickStyle(1).sans));
    timeline.paint(p, QRectF(0, 0, width, height), 0, timeline.rowCount(), true, 1.0);
    return image;
}

} // namespace letopis::render

#include "report_pdf.moc"
