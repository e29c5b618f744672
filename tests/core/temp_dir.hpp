#pragma once
// A fresh folder under the system's temporary directory, removed with everything in it (also
// files a test made unreadable) when the test ends. Shared by the core and CLI tests.
#include <filesystem>
#include <random>
#include <string>

namespace letopis::testing {

class TempDir final {
public:
    explicit TempDir(const std::string& prefix = "letopis-test")
    {
        std::random_device rd;
        m_path = std::filesystem::temp_directory_path() / (prefix + "-" + std::to_string(rd()) + std::to_string(rd()));
        std::filesystem::create_directories(m_path);
    }
    ~TempDir()
    {
        namespace fs = std::filesystem;
        std::error_code ec;
        fs::permissions(m_path, fs::perms::owner_all, fs::perm_options::add, ec);
        fs::remove_all(m_path, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    const std::filesystem::path& path() const { return m_path; }
    std::string file(const char* name) const { return (m_path / name).string(); }

private:
    std::filesystem::path m_path;
};

} // namespace letopis::testing
