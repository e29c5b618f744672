#include "date_text.hpp"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>

namespace letopis::gui {

namespace {

class DateText final {
    Q_DECLARE_TR_FUNCTIONS(DateText)
};

QString dayMonth(const dates::Date& d)
{
    return QLocale().toString(QDate(2000, d.month, d.day), QStringLiteral("d MMMM"));
}

QString plain(const dates::Date& d)
{
    if (d.month == 0)
        return d.yearKnown() ? QString::number(d.year) : QString();
    if (!d.yearKnown())
        return d.precision == dates::Precision::Day && d.day ? dayMonth(d)
                                                             : QLocale().standaloneMonthName(d.month, QLocale::LongFormat);
    if (d.precision == dates::Precision::Day && d.day)
        return QLocale().toString(QDate(d.year, d.month, d.day), QStringLiteral("d MMMM yyyy"));
    if (d.precision == dates::Precision::Month || !d.day) // Qt 6.4 date formats have no stand-alone month
        return QLocale().standaloneMonthName(d.month, QLocale::LongFormat) + QLatin1Char(' ') + QString::number(d.year);
    return QString::number(d.year);
}

QString withNotes(QString text, bool yearKnown, bool yearInferred)
{
    if (!yearKnown)
        return text + QStringLiteral(", ") + DateText::tr("year unknown");
    if (yearInferred)
        return text + QStringLiteral(", ") + DateText::tr("year inferred from the text");
    return text;
}

} // namespace

QString dateText(const dates::Date& d) { return withNotes(plain(d), d.yearKnown(), d.yearInferred); }

QString publishedText(const std::optional<dates::Date>& d)
{
    return d ? dateText(*d) : QStringLiteral("—");
}

QString dateRangeText(const std::optional<dates::Date>& start, const std::optional<dates::Date>& end, bool yearInferred)
{
    if (!start)
        return DateText::tr("undated");
    const auto& a = *start;
    const bool inferred = yearInferred || a.yearInferred;
    if (!end || *end == a || end->iso() == a.iso())
        return withNotes(plain(a), a.yearKnown(), inferred);
    const auto& b = *end;
    const bool days = a.precision == dates::Precision::Day && b.precision == dates::Precision::Day && a.day && b.day;
    QString text;
    if (days && a.year == b.year && a.month == b.month)
        text = QString::number(a.day) + QStringLiteral("–") + plain(b);
    else if (days && a.year == b.year)
        text = dayMonth(a) + QStringLiteral(" – ") + plain(b);
    else
        text = plain(a) + QStringLiteral(" – ") + plain(b);
    return withNotes(text, a.yearKnown(), inferred);
}

QString dateSortKey(const std::optional<dates::Date>& d)
{
    if (!d)
        return QStringLiteral("~~");
    const auto iso = QString::fromStdString(d->iso());
    return d->yearKnown() ? iso : QStringLiteral("~") + iso;
}

} // namespace letopis::gui
