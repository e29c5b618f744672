// letopis-cli: the command-line face of the Letopis core.
#include "commands.hpp"
#include "common.hpp"
#include "output.hpp"

#include <cstring>
#include <iostream>

namespace {

constexpr const char* kHelp = R"(Usage: letopis-cli COMMAND [OPTIONS]

Commands:
  ingest PATH... [--encoding NAME] [--threads N] [--format table|json] [--quiet] [--rebuild]
                        read .txt files and folders (recursively) into the database;
                        --rebuild: the database is damaged: move it aside to
                        FILE.damaged-YYYYMMDD-HHMMSS and build a new one from PATH...
  documents [--format table|json]
                        list the documents, oldest first
  show DOC [--format table|json]
                        one document by id, path or file name: metadata, header parts, body
  search QUERY... [--limit N] [--format table|json]
                        full-text search with Russian word forms (выставка finds выставке)
  extract PATH... [--format jsonl|json] [--encoding NAME]
                        print what extraction finds in files, one JSON object per document;
                        touches no database
  events [--country ISO] [--org NAME] [--person NAME] [--type T] [--from DATE] [--to DATE]
         [--query TEXT] [--format table|json|csv]
                        events across documents, with their sources and evidence; options may
                        repeat or take comma-separated values (OR within one, AND across)
  entities [--type person|organization|country|place] [--format table|json|csv]
                        persons, organisations, countries and places with their roles and counts
  override rename KIND KEY NAME | override merge KIND KEY INTO-KEY | override reject KIND KEY
  override split KIND KEY | override set-type event KEY TYPE | override set-dates event KEY START[/END]
  override undo ID | override list [--format table|json]
                        the analyst's corrections (KIND: person, organization, country, place,
                        event; KEY: a name, an ISO code, or an event's key from events --format json);
                        kept across re-ingest and applied at once
  eval seeds GOLD.json [--corpus DIR] | eval nerel DIR | eval factru DIR
       [--tagger-only] [--model FILE] [--types T,...] [--format table|json]
                        measure extraction against annotated Russian news
  train-ner --nerel DIR --out FILE [--epochs N] [--types T,...] [--min-count N] [--prune W] [--seed N] [--ensemble K] [--quiet]
                        train the named-entity tagger on NEREL (see docs/extraction-ner.md)
  report [--country ISO] [--org NAME] [--person NAME] [--type T] [--from DATE] [--to DATE]
         [--query TEXT] [--title TEXT] --out FILE.pdf
                        the events that pass the filter as a PDF report in Russian: summary,
                        timeline, events table, top names, sources with evidence; exits 3 when
                        the PDF cannot be written (docs/reports.md)

Every command takes --db FILE (default: $LETOPIS_DB, else ~/.local/share/letopis/letopis.db).
Exit codes: 0 success, 1 some files failed to ingest, 2 usage error, 3 database or output-file error.
)";

} // namespace

namespace {

int run(int argc, char** argv)
{
    using namespace letopis::cli;
    if (argc < 2 || !std::strcmp(argv[1], "--help") || !std::strcmp(argv[1], "-h") || !std::strcmp(argv[1], "help")) {
        std::cout << kHelp;
        return argc < 2 ? kExitUsage : kExitOk;
    }
    const std::string command = argv[1];
    if (command == "ingest")
        return ingestCommand(argc, argv, 2);
    if (command == "documents")
        return documentsCommand(argc, argv, 2);
    if (command == "show")
        return showCommand(argc, argv, 2);
    if (command == "search")
        return searchCommand(argc, argv, 2);
    if (command == "extract")
        return extractCommand(argc, argv, 2);
    if (command == "events")
        return eventsCommand(argc, argv, 2);
    if (command == "entities")
        return entitiesCommand(argc, argv, 2);
    if (command == "override")
        return overrideCommand(argc, argv, 2);
    if (command == "train-ner")
        return trainNerCommand(argc, argv, 2);
    if (command == "eval")
        return evalCommand(argc, argv, 2);
    if (command == "report")
        return reportCommand(argc, argv, 2);
    std::cerr << "letopis-cli: unknown command '" << command << "'\n" << kHelp;
    return kExitUsage;
}

} // namespace

int main(int argc, char** argv)
{
    const int rc = run(argc, argv);
    // A query that met a damaged page fails with 3 like any database error: say what to do.
    if (rc == letopis::cli::kExitFatal)
        letopis::cli::offerRebuild();
    return rc;
}
