#include "args.hpp"

namespace letopis::cli {

Args::Args(int argc, char** argv, int first, std::set<std::string> valueOptions, std::set<std::string> flags)
{
    bool onlyPositionals = false;
    for (int i = first; i < argc; ++i) {
        std::string a = argv[i];
        if (onlyPositionals || a.size() < 3 || a.compare(0, 2, "--") != 0) {
            if (a == "--")
                onlyPositionals = true;
            else
                m_positionals.push_back(a);
            continue;
        }
        std::string name = a.substr(2);
        std::optional<std::string> inlineValue;
        if (const auto eq = name.find('='); eq != std::string::npos) {
            inlineValue = name.substr(eq + 1);
            name.resize(eq);
        }
        if (flags.count(name) && !inlineValue) {
            m_flags.insert(name);
        } else if (valueOptions.count(name)) {
            if (inlineValue) {
                m_values.emplace(name, *inlineValue);
            } else if (i + 1 < argc) {
                m_values.emplace(name, argv[++i]);
            } else {
                m_error = "option --" + name + " needs a value";
                return;
            }
        } else {
            m_error = "unknown option --" + name;
            return;
        }
    }
}

std::optional<std::string> Args::value(const std::string& name) const
{
    const auto [from, to] = m_values.equal_range(name);
    if (from == to)
        return std::nullopt;
    return std::prev(to)->second; // the last one given wins
}

std::vector<std::string> Args::values(const std::string& name) const
{
    std::vector<std::string> out;
    const auto [from, to] = m_values.equal_range(name);
    for (auto it = from; it != to; ++it)
        out.push_back(it->second);
    return out;
}

} // namespace letopis::cli
