#include "letopis/paths.hpp"

#include <cstdlib>
#include <filesystem>

#include <climits>
#include <unistd.h>

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

std::string resourceDir()
{
    if (const char* env = std::getenv("LETOPIS_RESOURCE_DIR"); env && *env)
        return env;
    char exe[PATH_MAX];
    if (const ssize_t n = ::readlink("/proc/self/exe", exe, sizeof exe - 1); n > 0) {
        exe[n] = '\0';
        const fs::path installed = fs::path(exe).parent_path().parent_path() / "share" / "letopis";
        std::error_code ec;
        if (fs::is_directory(installed, ec))
            return installed.string();
    }
#ifdef LETOPIS_RESOURCE_DIR
    return LETOPIS_RESOURCE_DIR;
#else
    return "resources";
#endif
}

} // namespace letopis
