#pragma once
#include <string_view>

namespace letopis::ingest::detail {

// The year a document whose header prints only day and month was most likely published, from its
// body: an edition ordinal ("Четвертая международная выставка") counted from the year of the first
// edition ("В 2021 году … впервые"), else the latest year the text mentions. 0 when nothing tells.
int inferPublicationYear(std::u32string_view body);

} // namespace letopis::ingest::detail
