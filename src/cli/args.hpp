#pragma once
// A small command-line parser: "--name value", "--name=value", flags, and positionals.
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace letopis::cli {

class Args final {
public:
    // valueOptions take a value; flags do not. Anything else starting with "--" is an error.
    Args(int argc, char** argv, int first, std::set<std::string> valueOptions, std::set<std::string> flags);

    bool ok() const { return m_error.empty(); }
    const std::string& error() const { return m_error; }
    std::optional<std::string> value(const std::string& name) const;
    std::vector<std::string> values(const std::string& name) const;
    bool flag(const std::string& name) const { return m_flags.count(name) > 0; }
    const std::vector<std::string>& positionals() const { return m_positionals; }

private:
    std::multimap<std::string, std::string> m_values;
    std::set<std::string> m_flags;
    std::vector<std::string> m_positionals;
    std::string m_error;
};

} // namespace letopis::cli
