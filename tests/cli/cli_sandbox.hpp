#pragma once
// Shared by the end-to-end tests: a temporary folder with a database, and letopis-cli (the
// LETOPIS_CLI of the test target) run in it as a user runs it.
#include <catch2/catch.hpp>

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>

namespace letopis::testing {

struct Run {
    int exitCode = -1;
    std::string out;
    std::string err; // empty when stderr went to out
};

// Runs a shell command and collects its stdout; its exit code, or -1 when it did not exit.
inline Run shell(const std::string& cmd)
{
    Run r;
    FILE* pipe = popen(cmd.c_str(), "r");
    REQUIRE(pipe);
    std::array<char, 4096> buf{};
    std::size_t n = 0;
    while ((n = std::fread(buf.data(), 1, buf.size(), pipe)) > 0)
        r.out.append(buf.data(), n);
    const int status = pclose(pipe);
    r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
}

class Sandbox final {
public:
    explicit Sandbox(const std::string& prefix = "letopis-cli-")
    {
        std::random_device rd;
        m_dir = std::filesystem::temp_directory_path() / (prefix + std::to_string(rd()));
        std::filesystem::create_directories(m_dir);
    }
    ~Sandbox()
    {
        std::error_code ec;
        std::filesystem::remove_all(m_dir, ec);
    }
    Sandbox(const Sandbox&) = delete;
    Sandbox& operator=(const Sandbox&) = delete;

    std::filesystem::path path(const std::string& name) const { return m_dir / name; }
    std::string db() const { return (m_dir / "test.db").string(); }

    // letopis-cli ARGS (already shell-quoted where needed); stderr collected apart.
    Run cli(const std::string& args) const
    {
        const auto errFile = m_dir / "stderr.txt";
        Run r = shell(std::string("'") + LETOPIS_CLI + "' " + args + " 2>'" + errFile.string() + "'");
        std::ifstream in(errFile);
        std::stringstream ss;
        ss << in.rdbuf();
        r.err = ss.str();
        return r;
    }
    // letopis-cli ARGS on this sandbox's database.
    Run cliOnDb(const std::string& args) const { return cli(args + " --db '" + db() + "'"); }

private:
    std::filesystem::path m_dir;
};

} // namespace letopis::testing
