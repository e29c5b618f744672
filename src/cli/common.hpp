#pragma once
#include "args.hpp"
#include "output.hpp"

#include "letopis/store.hpp"

#include <memory>
#include <optional>

namespace letopis::cli {

// Opens --db, $LETOPIS_DB or the default database; prints the reason on stderr when it cannot.
std::unique_ptr<store::Database> openDatabase(const Args& args);
// After a database error: when the database is damaged (store::isDamaged), says so on stderr with
// the command that rebuilds it (ingest --rebuild) and returns true.
bool offerRebuild();
// --format table|json; prints an error and returns nothing for anything else.
std::optional<Format> formatOf(const Args& args);
// Prints "letopis-cli CMD: message" on stderr and returns kExitUsage.
int usageError(const char* command, const std::string& message);

} // namespace letopis::cli
