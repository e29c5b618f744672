#include "mo_file.hpp"

#include <cstdint>
#include <fstream>
#include <iterator>

namespace letopis::gaz::detail {
namespace {

constexpr std::uint32_t kMagic = 0x950412deu;
constexpr std::uint32_t kMagicSwapped = 0xde120495u;

std::uint32_t readWord(const std::string& bytes, std::size_t at, bool swapped)
{
    std::uint32_t v = 0;
    for (int i = 0; i < 4; ++i)
        v |= std::uint32_t(static_cast<unsigned char>(bytes[at + i])) << (8 * i);
    if (swapped)
        v = (v >> 24) | ((v >> 8) & 0xff00u) | ((v << 8) & 0xff0000u) | (v << 24);
    return v;
}

} // namespace

Result<Translations> readMoFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return makeError(ErrorCode::Io, "cannot open the translation catalogue " + path
                                            + " (install the Debian package iso-codes)");
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const auto bad = [&](const char* what) {
        return makeError(ErrorCode::Io, path + " is not a valid .mo file: " + what);
    };
    if (bytes.size() < 20)
        return bad("shorter than its header");
    const std::uint32_t magic = readWord(bytes, 0, false);
    if (magic != kMagic && magic != kMagicSwapped)
        return bad("wrong magic number");
    const bool swapped = magic == kMagicSwapped;
    const std::uint64_t count = readWord(bytes, 8, swapped);
    const std::uint64_t originals = readWord(bytes, 12, swapped);
    const std::uint64_t translated = readWord(bytes, 16, swapped);
    if (originals + count * 8 > bytes.size() || translated + count * 8 > bytes.size())
        return bad("string tables run past the end");

    Translations out;
    out.reserve(count);
    for (std::uint64_t i = 0; i < count; ++i) {
        const std::uint64_t olen = readWord(bytes, originals + i * 8, swapped);
        const std::uint64_t ooff = readWord(bytes, originals + i * 8 + 4, swapped);
        const std::uint64_t tlen = readWord(bytes, translated + i * 8, swapped);
        const std::uint64_t toff = readWord(bytes, translated + i * 8 + 4, swapped);
        if (ooff + olen > bytes.size() || toff + tlen > bytes.size())
            return bad("a string runs past the end");
        if (olen == 0)
            continue; // the header entry
        // Plural entries hold NUL-separated forms: keep the first of each.
        std::string id = bytes.substr(ooff, olen);
        std::string str = bytes.substr(toff, tlen);
        id.resize(id.find('\0') == std::string::npos ? id.size() : id.find('\0'));
        str.resize(str.find('\0') == std::string::npos ? str.size() : str.find('\0'));
        out.emplace(std::move(id), std::move(str));
    }
    return out;
}

} // namespace letopis::gaz::detail
