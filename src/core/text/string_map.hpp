#pragma once
// String tables for the hot paths, looked up by string_view: a lookup builds no temporary key
// string (the extraction looks words up by a view into the document). XXH3 hashes short keys in
// a few nanoseconds. They cannot be iterated, so no output can depend on a hash's order.
// Inlined: the hash of a short word costs less than a call into the library.
#ifndef XXH_INLINE_ALL
#define XXH_INLINE_ALL
#endif
#include <xxhash.h>

#include <cstddef>
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace letopis::text {

// An insert-only table for memos on hot paths: open addressing over a power-of-two array of
// 8-byte slots (the upper half of the key's hash as a tag, the entry's number), entries in a deque,
// so a value's address stays valid until clear(). About one cache miss less per lookup than
// std::unordered_map and no division by a prime.
template <class Char, class V>
class FlatStringMap final {
public:
    using View = std::basic_string_view<Char>;

    const V* find(View key) const
    {
        const std::size_t n = numberOf(key);
        return n == 0 ? nullptr : &m_entries[n - 1].value;
    }

    // Adds a key that find() does not know.
    V& add(View key, V value)
    {
        if ((m_entries.size() + 1) * 2 > m_slots.size())
            grow();
        const std::uint64_t h = hashOf(key);
        m_entries.push_back(Entry{std::basic_string<Char>(key), std::move(value), h});
        place(h, m_entries.size());
        return m_entries.back().value;
    }

    // The value of key, added default-constructed when absent.
    V& operator[](View key)
    {
        const std::size_t n = numberOf(key);
        return n == 0 ? add(key, V{}) : m_entries[n - 1].value;
    }

    std::size_t size() const { return m_entries.size(); }
    bool empty() const { return m_entries.empty(); }
    void clear()
    {
        m_entries.clear();
        m_slots.clear();
        m_mask = 0;
    }

private:
    struct Entry {
        std::basic_string<Char> key;
        V value;
        std::uint64_t hash;
    };
    static constexpr std::uint64_t kIndexBits = 0xFFFFFFFFu; // entry number + 1; 0: empty slot

    // The entry number of key (its index + 1), 0 when absent.
    std::size_t numberOf(View key) const
    {
        if (m_slots.empty())
            return 0;
        const std::uint64_t h = hashOf(key);
        for (std::size_t i = h & m_mask;; i = (i + 1) & m_mask) {
            const std::uint64_t slot = m_slots[i];
            if (slot == 0)
                return 0;
            const std::size_t n = static_cast<std::size_t>(slot & kIndexBits);
            if ((slot & ~kIndexBits) == (h & ~kIndexBits) && View(m_entries[n - 1].key) == key)
                return n;
        }
    }

    static std::uint64_t hashOf(View key) { return XXH3_64bits(key.data(), key.size() * sizeof(Char)); }

    void place(std::uint64_t h, std::size_t number)
    {
        std::size_t i = h & m_mask;
        while (m_slots[i] != 0)
            i = (i + 1) & m_mask;
        m_slots[i] = (h & ~kIndexBits) | number;
    }

    void grow() // at most half full: short probes
    {
        m_slots.assign(m_slots.empty() ? 64 : m_slots.size() * 2, 0);
        m_mask = m_slots.size() - 1;
        for (std::size_t n = 0; n < m_entries.size(); ++n)
            place(m_entries[n].hash, n + 1);
    }

    std::deque<Entry> m_entries;
    std::vector<std::uint64_t> m_slots;
    std::size_t m_mask = 0;
};

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
        if (const V* v = m_current.find(word))
            return v;
        return m_previous.empty() ? nullptr : m_previous.find(word);
    }

    template <class F>
    const V& get(std::u32string_view word, F compute)
    {
        if (const V* v = m_current.find(word))
            return *v;
        V value = carriedOrComputed(word, compute);
        if (m_current.size() >= kMax) {
            m_previous = std::move(m_current);
            m_current.clear();
            ++m_generation;
        }
        return m_current.add(word, std::move(value));
    }

    std::uint64_t generation() const { return m_generation; }

private:
    template <class F>
    V carriedOrComputed(std::u32string_view word, F compute) const
    {
        if (const V* v = m_previous.empty() ? nullptr : m_previous.find(word))
            return *v;
        return compute(word);
    }

    FlatStringMap<char32_t, V> m_current;
    FlatStringMap<char32_t, V> m_previous;
    std::uint64_t m_generation = 0;
};

} // namespace letopis::text
