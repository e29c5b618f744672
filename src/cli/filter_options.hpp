#pragma once
// The event filter options that `events` and `report` share: --country --org --person --type
// --from --to --query. Each may repeat or take comma-separated values (OR within, AND across).
#include "args.hpp"

#include "letopis/facts.hpp"
#include "letopis/result.hpp"

#include <set>
#include <string>

namespace letopis::cli {

// A command's own value options plus the filter's.
std::set<std::string> withFilterOptions(std::set<std::string> own);
// The filter the options describe; InvalidArgument with a message for the user on a bad type or date.
Result<store::EventFilter> eventFilter(const Args& args);

} // namespace letopis::cli
