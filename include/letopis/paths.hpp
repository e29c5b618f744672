#pragma once
#include <string>

namespace letopis {

// The database the CLI and the workbench use when none is given: $LETOPIS_DB, else
// $XDG_DATA_HOME/letopis/letopis.db, else ~/.local/share/letopis/letopis.db. Creates no files.
std::string defaultDatabasePath();

// The folder holding Letopis's resources (the trained tagger, gazetteer supplements):
// $LETOPIS_RESOURCE_DIR, else <executable's folder>/../share/letopis when installed, else the
// source tree's resources/ this build was made from.
std::string resourceDir();

} // namespace letopis
