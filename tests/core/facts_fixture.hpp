#pragma once
// Shared by the core tests that need extracted facts in a store: one extractor for the process
// (loading the models takes a moment), and a small database of three events written for the tests.
#include "letopis/extract.hpp"
#include "letopis/store.hpp"

#include <catch2/catch.hpp>

#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace letopis::testing {

inline extract::Extractor& sharedExtractor()
{
    static auto resources = extract::Resources::load();
    REQUIRE(resources.ok());
    static auto x = extract::Extractor::create(*resources);
    REQUIRE(x.ok());
    return **x;
}

// Stores a document under path (its hash is the path) with the facts extraction finds in it.
inline void storeExtracted(store::Database& db, const std::string& path, const std::string& text)
{
    store::DocumentRecord rec;
    rec.path = path;
    rec.hash = path;
    rec.encoding = "UTF-8";
    rec.doc = parseDocument(text);
    REQUIRE(db.upsertDocument(rec));
    REQUIRE(db.storeFacts(db.fileState(path)->documentId, sharedExtractor().extract(rec.doc)));
}

// An exhibition in Kazan (China, Turkey), a forum in Moscow (China; a speaker and an association)
// and an exhibition in Minsk (Belarus, Kazakhstan; "тракторы" in its text), in memory or at path.
inline std::unique_ptr<store::Database> threeEvents(const std::string& path = ":memory:")
{
    auto db = store::Database::open(path);
    REQUIRE(db);
    const std::vector<std::pair<std::string, std::string>> docs{
        {"/kazan.txt", "15.05.2023\nСтройэкспо в Казани\n***\nС 15 по 17 мая в Казани проходит выставка «Стройэкспо». "
                       "Свои проекты представили участники из Китая и Турции."},
        {"/moscow.txt", "10.03.2022\nФорум станкостроителей\n***\n11 марта в Москве пройдет форум «Станкостроение». "
                        "Среди спикеров форума — Петр Иванов, президент ассоциации «Станкопром». Приедут гости из Китая."},
        {"/minsk.txt", "01.06.2021\nВыставка в Минске\n***\nС 2 по 4 июня в Минске прошла выставка «Белагро». "
                       "Участники из Белоруссии и Казахстана показали тракторы."}};
    for (const auto& [path, text] : docs)
        storeExtracted(**db, path, text);
    return std::move(*db);
}

} // namespace letopis::testing
