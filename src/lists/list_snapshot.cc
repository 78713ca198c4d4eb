// ListSnapshot's own methods, apart from loading so that code holding a snapshot (tests,
// readers) does not pull in every reader.
#include "embargo/lists.h"

namespace embargo {

const Entity* ListSnapshot::Find(std::string_view id) const {
  for (const Entity& e : entities)
    if (e.id == id) return &e;
  return nullptr;
}

}  // namespace embargo
