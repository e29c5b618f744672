#pragma once
// Lists of events and entities as CSV and JSON: one implementation for the CLI (`events`,
// `entities --format csv|json`) and the workbench's exports.
#include "letopis/facts.hpp"
#include "letopis/result.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace letopis::report {

// One CSV field: quoted (with quotes doubled) when it holds a comma, a quote or a line break.
std::string csvField(std::string_view s);

// A header line and one line per event; lines end with "\n"; lists inside a field are joined by
// ';'. Columns: start,end,year_inferred,type,name,parent,city,country,venue,format,countries,
// speakers,organizations,sources (the source documents' paths).
std::string eventsCsv(const std::vector<store::EventRow>& events);
// A JSON array (UTF-8, indented by 2, ending with "\n"), one object per event with its dates,
// precision, place, speakers, countries, organisations and sources with their evidence sentences.
std::string eventsJson(const std::vector<store::EventRow>& events);

// The same for entities (kind, name, counts, first/last seen, roles, organisations).
std::string entitiesCsv(const std::vector<store::EntityRow>& entities);
std::string entitiesJson(const std::vector<store::EntityRow>& entities);

// Writes text to a file, replacing it. Io error naming the file when it cannot.
Status writeTextFile(const std::string& path, std::string_view content);

} // namespace letopis::report
