#include "labels.hpp"

#include "letopis/country_names.hpp"

#include <QCoreApplication>

namespace letopis::gui {

namespace {

class Labels final {
    Q_DECLARE_TR_FUNCTIONS(Labels)
};

} // namespace

QString eventTypeLabel(std::string_view type)
{
    if (type == "exhibition") return Labels::tr("Exhibition");
    if (type == "forum") return Labels::tr("Forum");
    if (type == "session") return Labels::tr("Session");
    if (type == "conference") return Labels::tr("Conference");
    if (type == "summit") return Labels::tr("Summit");
    if (type == "other") return Labels::tr("Other");
    return QString::fromUtf8(type.data(), static_cast<qsizetype>(type.size()));
}

QString countryLabel(std::string_view iso2)
{
    const auto code = QString::fromUtf8(iso2.data(), static_cast<qsizetype>(iso2.size()));
    const auto name = QString::fromStdString(countryName(iso2, "ru"));
    return name == code ? code : name + QStringLiteral(" (") + code + QStringLiteral(")");
}

QColor mentionColor(std::string_view type)
{
    if (type == "PERSON") return QColor(0xff, 0xe0, 0x8a);
    if (type == "ORGANIZATION") return QColor(0xb3, 0xd9, 0xff);
    if (type == "COUNTRY") return QColor(0xc5, 0xe8, 0xb7);
    if (type == "CITY" || type == "REGION" || type == "LOCATION") return QColor(0xd9, 0xf2, 0xd0);
    if (type == "DATE") return QColor(0xf0, 0xd0, 0xf0);
    if (type == "PROFESSION") return QColor(0xff, 0xd5, 0xc0);
    if (type == "EVENT") return QColor(0xd8, 0xcc, 0xff);
    return QColor(0xe6, 0xe6, 0xe6);
}

QString mentionTypeLabel(std::string_view type)
{
    if (type == "PERSON") return Labels::tr("Person");
    if (type == "ORGANIZATION") return Labels::tr("Organisation");
    if (type == "COUNTRY") return Labels::tr("Country");
    if (type == "CITY") return Labels::tr("City");
    if (type == "REGION") return Labels::tr("Region");
    if (type == "LOCATION") return Labels::tr("Place");
    if (type == "DATE") return Labels::tr("Date");
    if (type == "PROFESSION") return Labels::tr("Role");
    if (type == "EVENT") return Labels::tr("Event");
    return QString::fromUtf8(type.data(), static_cast<qsizetype>(type.size()));
}

} // namespace letopis::gui
