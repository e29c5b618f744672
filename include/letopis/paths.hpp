#pragma once
#include <string>

namespace letopis {

// The database the CLI and the workbench use when none is given: $LETOPIS_DB, else
// $XDG_DATA_HOME/letopis/letopis.db, else ~/.local/share/letopis/letopis.db. Creates no files.
std::string defaultDatabasePath();

} // namespace letopis
