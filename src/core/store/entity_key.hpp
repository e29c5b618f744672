#pragma once
#include <string>
#include <string_view>

namespace letopis::store::detail {

// The identity of a name across documents: lower-case, ё→е, quotes dropped, spaces collapsed.
std::string entityKey(std::string_view name);

} // namespace letopis::store::detail
