// `override`: the analyst's corrections, kept across re-ingest, applied at once.
//   override rename KIND KEY NEW-NAME | merge KIND KEY INTO-KEY | reject KIND KEY | split KIND KEY
//   override set-type event KEY TYPE | set-dates event KEY START [END]
//   override undo ID | override list
#include "commands.hpp"
#include "common.hpp"

#include "letopis/extract.hpp"
#include "letopis/ingest.hpp"

#include <iostream>
#include <stdexcept>
#include <string>

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

// What each correction takes after its name: an error message, or empty when the count fits.
std::string checkArity(const std::string& kind, std::size_t args)
{
    if (kind == "rename" || kind == "merge" || kind == "set-type")
        return args == 3 ? "" : kind + " takes KIND KEY VALUE";
    if (kind == "reject" || kind == "split")
        return args == 2 ? "" : kind + " takes KIND KEY";
    if (kind == "set-dates")
        return args == 3 || args == 4 ? "" : "set-dates takes event KEY START [END]";
    if (kind == "undo")
        return args == 1 ? "" : "undo takes the ID that override list shows";
    return "unknown correction '" + kind + "' (rename, merge, reject, split, set-type, set-dates, undo or list)";
}

// Extracts again the documents the correction marked, so it applies now; prints how many.
int applyNow(store::Database& db, const std::string& what)
{
    auto pending = db.documentsNeedingExtraction();
    std::size_t extracted = 0;
    if (pending && !pending->empty()) {
        auto resources = extract::Resources::load();
        if (!resources) {
            std::cerr << "letopis-cli override: " << what << " saved, but " << resources.error().message
                      << "; it applies on the next ingest\n";
            return kExitFatal;
        }
        auto extractor = extract::Extractor::create(*resources);
        if (!extractor) {
            std::cerr << "letopis-cli override: " << what << " saved, but " << extractor.error().message << '\n';
            return kExitFatal;
        }
        ingest::Params params;
        params.extractor = extractor->get();
        auto report = ingest::run(db, params);
        if (!report) {
            std::cerr << "letopis-cli override: " << what << " saved, but re-extraction failed: " << report.error().message
                      << '\n';
            return kExitFatal;
        }
        extracted = report->extracted;
    } else if (!pending) {
        std::cerr << "letopis-cli override: " << pending.error().message << '\n';
        return kExitFatal;
    }
    std::cout << what << "; " << extracted << " document(s) extracted again\n";
    return kExitOk;
}

int failure(const Error& e)
{
    std::cerr << "letopis-cli override: " << e.message << '\n';
    return e.code == ErrorCode::InvalidArgument ? kExitUsage : kExitFatal;
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
        return usageError("override", "say list, rename, merge, reject, split, set-type, set-dates or undo");
    const std::string& kind = pos[0];
    std::int64_t undoId = 0;
    if (kind != "list") {
        if (auto error = checkArity(kind, pos.size() - 1); !error.empty())
            return usageError("override", error);
        if (kind == "undo") {
            try {
                std::size_t used = 0;
                undoId = std::stoll(pos[1], &used);
                if (used != pos[1].size())
                    throw std::invalid_argument("trailing characters");
            } catch (const std::exception&) {
                return usageError("override", "undo takes a number, the ID that override list shows");
            }
        } else {
            const std::string& of = pos[1];
            if (of != "person" && of != "organization" && of != "country" && of != "place" && of != "event")
                return usageError("override", "unknown KIND '" + of + "' (person, organization, country, place, event)");
        }
    }
    auto db = openDatabase(args);
    if (!db)
        return kExitFatal;
    if (kind == "list")
        return listOverrides(*db, *format);
    if (kind == "undo") {
        if (auto st = db->removeOverride(undoId); !st)
            return failure(st.error());
        return applyNow(*db, "took back correction " + std::to_string(undoId));
    }

    store::Override o;
    o.kind = kind;
    o.subjectKind = pos[1];
    o.subjectKey = pos[2];
    o.value = pos.size() > 3 ? pos[3] : std::string();
    if (kind == "set-dates" && pos.size() > 4)
        o.value += "/" + pos[4];
    auto id = db->addOverride(o);
    if (!id)
        return failure(id.error());
    return applyNow(*db, "saved " + kind + ' ' + o.subjectKind + ' ' + o.subjectKey + " (id " + std::to_string(*id) + ")");
}

} // namespace letopis::cli
