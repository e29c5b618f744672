#include "filter_settings.hpp"

#include <QSettings>
#include <QStringList>

namespace letopis::gui {

namespace {

std::vector<std::string> strings(const QVariant& v)
{
    std::vector<std::string> out;
    for (const auto& s : v.toStringList())
        out.push_back(s.toStdString());
    return out;
}

QStringList list(const std::vector<std::string>& v)
{
    QStringList out;
    for (const auto& s : v)
        out << QString::fromStdString(s);
    return out;
}

} // namespace

store::EventFilter loadFilter(const QSettings& s)
{
    store::EventFilter f;
    f.types = strings(s.value(QStringLiteral("filter/types")));
    f.countries = strings(s.value(QStringLiteral("filter/countries")));
    f.organizations = strings(s.value(QStringLiteral("filter/organizations")));
    f.persons = strings(s.value(QStringLiteral("filter/persons")));
    f.from = dates::parseIso(s.value(QStringLiteral("filter/from")).toString().toStdString());
    f.to = dates::parseIso(s.value(QStringLiteral("filter/to")).toString().toStdString());
    f.text = s.value(QStringLiteral("filter/text")).toString().toStdString();
    return f;
}

void saveFilter(QSettings& s, const store::EventFilter& f)
{
    s.setValue(QStringLiteral("filter/types"), list(f.types));
    s.setValue(QStringLiteral("filter/countries"), list(f.countries));
    s.setValue(QStringLiteral("filter/organizations"), list(f.organizations));
    s.setValue(QStringLiteral("filter/persons"), list(f.persons));
    s.setValue(QStringLiteral("filter/from"), f.from ? QString::fromStdString(f.from->iso()) : QString());
    s.setValue(QStringLiteral("filter/to"), f.to ? QString::fromStdString(f.to->iso()) : QString());
    s.setValue(QStringLiteral("filter/text"), QString::fromStdString(f.text));
}

} // namespace letopis::gui
