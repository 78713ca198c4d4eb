// What changed between two versions of a list: entities added, removed and changed, field by
// field. Entities are matched by id and compared semantically (the order of repeated items,
// which OFAC does not keep stable, does not count; nor does the list's own date).
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "embargo/lists.h"

namespace embargo::lists {

struct FieldChange {
  std::string field;     // "names", "birth_dates", "remarks" ...
  nlohmann::json before;  // null when absent
  nlohmann::json after;
};

struct EntityChange {
  std::string id;
  std::string caption;
  std::vector<FieldChange> fields;
};

struct ListDiff {
  std::string old_version;
  std::string new_version;
  std::vector<std::string> added;    // ids
  std::vector<std::string> removed;  // ids
  std::vector<EntityChange> changed;
  bool empty() const { return added.empty() && removed.empty() && changed.empty(); }
};

ListDiff DiffSnapshots(const ListSnapshot& before, const ListSnapshot& after);
nlohmann::json DiffToJson(const ListDiff& diff);
std::string DiffToText(const ListDiff& diff);

}  // namespace embargo::lists
