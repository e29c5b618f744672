#pragma once
// Hash maps keyed by strings that are looked up by string_view: a lookup builds no temporary key
// string (the hot paths look words up by a view into the document). XXH3 hashes short keys in a
// few nanoseconds. Use these for tables that are only looked up: their iteration order is the
// hash's, which no output may depend on.
// Inlined: the hash of a short word costs less than a call into the library.
#ifndef XXH_INLINE_ALL
#define XXH_INLINE_ALL
#endif
#include <xxhash.h>

#include <cstddef>
#include <cstdint>
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
// the last one. get() always answers from the current generation (a word found in the last one is
// carried over), so a reference it returns stays valid while generation() has advanced by at most
// one: for at least kMax further insertions.
template <class V, std::size_t kMax = (1u << 16)>
class WordMemo final {
public:
    // The remembered value of a word, or nullptr; valid until the next insertion at least.
    const V* find(std::u32string_view word) const
    {
        if (const auto it = m_current.find(word); it != m_current.end())
            return &it->second;
        if (!m_previous.empty())
            if (const auto it = m_previous.find(word); it != m_previous.end())
                return &it->second;
        return nullptr;
    }

    template <class F>
    const V& get(std::u32string_view word, F compute)
    {
        if (const auto it = m_current.find(word); it != m_current.end())
            return it->second;
        V value = carriedOrComputed(word, compute);
        if (m_current.size() >= kMax) {
            m_previous = std::move(m_current);
            m_current.clear();
            ++m_generation;
        }
        return m_current.emplace(std::u32string(word), std::move(value)).first->second;
    }

    std::uint64_t generation() const { return m_generation; }

private:
    template <class F>
    V carriedOrComputed(std::u32string_view word, F compute) const
    {
        if (!m_previous.empty())
            if (const auto it = m_previous.find(word); it != m_previous.end())
                return it->second;
        return compute(word);
    }

    U32StringMap<V> m_current;
    U32StringMap<V> m_previous;
    std::uint64_t m_generation = 0;
};

} // namespace letopis::text
