#include "filter_options.hpp"

#include "letopis/extract.hpp"

#include <algorithm>
#include <cctype>
#include <sstream>

namespace letopis::cli {

namespace {

std::vector<std::string> listOption(const Args& args, const std::string& name)
{
    std::vector<std::string> out;
    for (const auto& v : args.values(name)) {
        std::stringstream in(v);
        for (std::string item; std::getline(in, item, ',');) {
            if (!item.empty())
                out.push_back(item);
        }
    }
    return out;
}

std::optional<dates::Date> dateOption(const Args& args, const std::string& name, std::string& error)
{
    const auto v = args.value(name);
    if (!v)
        return std::nullopt;
    if (auto iso = dates::parseIso(*v))
        return iso;
    if (auto m = dates::parseOne(*v, std::nullopt); m && m->begin.yearKnown())
        return name == "to" ? m->end_ : m->begin;
    error = "--" + name + " needs a date such as 2024-04-22, 2024-04 or 2024 (got \"" + *v + "\")";
    return std::nullopt;
}

} // namespace

std::set<std::string> withFilterOptions(std::set<std::string> own)
{
    own.insert({"country", "org", "person", "type", "from", "to", "query"});
    return own;
}

Result<store::EventFilter> eventFilter(const Args& args)
{
    store::EventFilter filter;
    filter.countries = listOption(args, "country");
    // The store keeps ISO codes in capitals; "uz" means UZ.
    for (auto& c : filter.countries)
        std::transform(c.begin(), c.end(), c.begin(), [](unsigned char ch) { return static_cast<char>(std::toupper(ch)); });
    filter.organizations = listOption(args, "org");
    filter.persons = listOption(args, "person");
    filter.types = listOption(args, "type");
    for (const auto& t : filter.types) {
        if (!extract::eventTypeFromName(t))
            return makeError(ErrorCode::InvalidArgument,
                             "unknown --type " + t + " (exhibition, forum, session, conference, summit, other)");
    }
    std::string error;
    filter.from = dateOption(args, "from", error);
    filter.to = dateOption(args, "to", error);
    if (!error.empty())
        return makeError(ErrorCode::InvalidArgument, error);
    // Several --query values are all required, as words of one query are.
    for (const auto& q : args.values("query"))
        filter.text += (filter.text.empty() ? "" : " ") + q;
    return filter;
}

} // namespace letopis::cli
