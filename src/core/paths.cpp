#include "letopis/paths.hpp"

#include <cstdlib>
#include <filesystem>

namespace fs = std::filesystem;

namespace letopis {

std::string defaultDatabasePath()
{
    if (const char* env = std::getenv("LETOPIS_DB"); env && *env)
        return env;
    fs::path base;
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg)
        base = xdg;
    else if (const char* home = std::getenv("HOME"); home && *home)
        base = fs::path(home) / ".local" / "share";
    else
        base = fs::current_path();
    return (base / "letopis" / "letopis.db").string();
}

} // namespace letopis
