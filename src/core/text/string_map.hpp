#pragma once
// Hash maps keyed by strings that are looked up by string_view: a lookup builds no temporary key
// string (the hot paths look words up by a view into the document). XXH3 hashes short keys in a
// few nanoseconds. Use these for tables that are only looked up: their iteration order is the
// hash's, which no output may depend on.
#include <xxhash.h>

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace letopis::text {

struct StringKeyHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept
    {
        return static_cast<std::size_t>(XXH3_64bits(s.data(), s.size()));
    }
    std::size_t operator()(std::u32string_view s) const noexcept
    {
        return static_cast<std::size_t>(XXH3_64bits(s.data(), s.size() * sizeof(char32_t)));
    }
};

template <class V>
using StringMap = std::unordered_map<std::string, V, StringKeyHash, std::equal_to<>>;
template <class V>
using U32StringMap = std::unordered_map<std::u32string, V, StringKeyHash, std::equal_to<>>;
using StringSet = std::unordered_set<std::string, StringKeyHash, std::equal_to<>>;

// A memo of a pure function of a word, bounded: when full it starts a new generation and keeps
// the last one, so a reference it returned stays valid for at least kMax further insertions
// (enough for any caller that holds the keys of a few words at once).
template <class V, std::size_t kMax = (1u << 16)>
class WordMemo final {
public:
    template <class F>
    const V& get(std::u32string_view word, F compute)
    {
        if (const auto it = m_current.find(word); it != m_current.end())
            return it->second;
        if (!m_previous.empty())
            if (const auto it = m_previous.find(word); it != m_previous.end())
                return it->second;
        if (m_current.size() >= kMax) {
            m_previous = std::move(m_current);
            m_current.clear();
        }
        return m_current.emplace(std::u32string(word), compute(word)).first->second;
    }

private:
    U32StringMap<V> m_current;
    U32StringMap<V> m_previous;
};

} // namespace letopis::text
