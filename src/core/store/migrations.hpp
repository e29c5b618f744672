#pragma once
// Forward-only schema migrations. Internal to the store; the schema is described in
// docs/data-model.md.
#include "letopis/result.hpp"

#include <string>

struct sqlite3;

namespace letopis::store::detail {

// PRAGMA user_version, or an error (a file that is not a database fails here).
Result<int> userVersion(sqlite3* db, const std::string& path);

// Applies every migration step above the current user_version, each in its own transaction
// that also sets user_version, so a failed step leaves the database at the previous version.
Status migrate(sqlite3* db, const std::string& path);

} // namespace letopis::store::detail
