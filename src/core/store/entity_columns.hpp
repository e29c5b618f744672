#pragma once
// The first nine columns every entity query selects, in this order: id, kind, key, name (after a
// rename), documents, mentions, first seen, last seen, events. One reader for entities() and
// entity().
#include "letopis/facts.hpp"
#include "store/statement.hpp"

namespace letopis::store::detail {

inline EntityRow entityFromColumns(const Statement& q)
{
    EntityRow r;
    r.id = q.int64(0);
    r.kind = q.text(1);
    r.key = q.text(2);
    r.name = q.text(3);
    r.documents = static_cast<std::size_t>(q.int64(4));
    r.mentions = static_cast<std::size_t>(q.int64(5));
    if (!q.isNull(6))
        r.firstSeen = dates::parseIso(q.text(6));
    if (!q.isNull(7))
        r.lastSeen = dates::parseIso(q.text(7));
    r.events = static_cast<std::size_t>(q.int64(8));
    return r;
}

} // namespace letopis::store::detail
