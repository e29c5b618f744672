#pragma once
// GNU gettext .mo catalogues (the Russian translations iso-codes ships).
#include "letopis/result.hpp"

#include <string>
#include <unordered_map>

namespace letopis::gaz::detail {

using Translations = std::unordered_map<std::string, std::string>; // msgid → msgstr

// Reads a .mo file of either byte order. Fails on a missing file or a malformed table.
Result<Translations> readMoFile(const std::string& path);

} // namespace letopis::gaz::detail
