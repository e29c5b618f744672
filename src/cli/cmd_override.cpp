// `override`: the analyst's corrections, kept across re-ingest, applied at once.
//   override rename KIND KEY NEW-NAME | override merge KIND KEY INTO-KEY | override reject KIND KEY
//   override list
#include "commands.hpp"
#include "common.hpp"

#include "letopis/extract.hpp"
#include "letopis/ingest.hpp"

#include <iostream>

namespace letopis::cli {

namespace {

int listOverrides(store::Database& db, Format format)
{
    auto all = db.overrides();
    if (!all) {
        std::cerr << "letopis-cli override: " << all.error().message << '\n';
        return kExitFatal;
    }
    if (format == Format::Json) {
        auto out = nlohmann::json::array();
        for (const auto& o : *all)
            out.push_back({{"id", o.id}, {"kind", o.kind}, {"subject_kind", o.subjectKind}, {"subject_key", o.subjectKey},
                           {"value", nullIfEmpty(o.value)}, {"created_at", o.createdAt}});
        std::cout << out.dump(2) << '\n';
        return kExitOk;
    }
    Table t({"ID", "KIND", "OF", "KEY", "VALUE", "CREATED"});
    for (const auto& o : *all)
        t.add({std::to_string(o.id), o.kind, o.subjectKind, o.subjectKey, o.value, o.createdAt});
    t.print(std::cout);
    return kExitOk;
}

} // namespace

int overrideCommand(int argc, char** argv, int first)
{
    const Args args(argc, argv, first, {"db", "format"}, {});
    if (!args.ok())
        return usageError("override", args.error());
    const auto format = formatOf(args);
    if (!format)
        return kExitUsage;
    const auto& pos = args.positionals();
    if (pos.empty())
        return usageError("override", "say list, rename, merge or reject");
    const std::string& kind = pos[0];
    if (kind != "list") {
        const bool needsValue = kind == "rename" || kind == "merge";
        if (kind != "rename" && kind != "merge" && kind != "reject")
            return usageError("override", "unknown correction '" + kind + "' (rename, merge, reject or list)");
        if (pos.size() != (needsValue ? 4u : 3u))
            return usageError("override", needsValue ? kind + " takes KIND KEY VALUE" : "reject takes KIND KEY");
        const std::string& of = pos[1];
        if (of != "person" && of != "organization" && of != "country" && of != "place" && of != "event")
            return usageError("override", "unknown KIND '" + of + "' (person, organization, country, place, event)");
    }
    auto db = openDatabase(args);
    if (!db)
        return kExitFatal;
    if (kind == "list")
        return listOverrides(*db, *format);

    store::Override o;
    o.kind = kind;
    o.subjectKind = pos[1];
    o.subjectKey = pos[2];
    o.value = pos.size() > 3 ? pos[3] : std::string();
    if (auto st = db->addOverride(o); !st) {
        std::cerr << "letopis-cli override: " << st.error().message << '\n';
        return kExitFatal;
    }
    // Apply it now: the stored facts are extracted again with the correction in force.
    auto resources = extract::Resources::load();
    if (!resources) {
        std::cerr << "letopis-cli override: saved, but " << resources.error().message
                  << "; it applies on the next ingest\n";
        return kExitFatal;
    }
    auto extractor = extract::Extractor::create(*resources);
    if (!extractor) {
        std::cerr << "letopis-cli override: saved, but " << extractor.error().message << '\n';
        return kExitFatal;
    }
    ingest::Params params;
    params.extractor = extractor->get();
    auto report = ingest::run(*db, params);
    if (!report) {
        std::cerr << "letopis-cli override: saved, but re-extraction failed: " << report.error().message << '\n';
        return kExitFatal;
    }
    std::cout << "saved " << kind << ' ' << o.subjectKind << ' ' << o.subjectKey << "; " << report->extracted
              << " document(s) extracted again\n";
    return kExitOk;
}

} // namespace letopis::cli
