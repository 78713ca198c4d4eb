#include "lists/list_diff.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "lists/entity_json.h"

namespace embargo::lists {
namespace {

using nlohmann::json;

// Repeated items compare as sets: sort arrays by their serialization.
json Canonical(json j) {
  j.erase("list_version");
  for (auto& [key, value] : j.items()) {
    if (!value.is_array()) continue;
    std::sort(value.begin(), value.end(),
              [](const json& a, const json& b) { return a.dump() < b.dump(); });
  }
  return j;
}

std::map<std::string, const Entity*> ById(const ListSnapshot& snap) {
  std::map<std::string, const Entity*> out;
  for (const Entity& e : snap.entities) out.emplace(e.id, &e);
  return out;
}

}  // namespace

ListDiff DiffSnapshots(const ListSnapshot& before, const ListSnapshot& after) {
  ListDiff diff;
  diff.old_version = before.version;
  diff.new_version = after.version;
  auto old_ids = ById(before), new_ids = ById(after);
  for (const auto& [id, e] : new_ids)
    if (!old_ids.count(id)) diff.added.push_back(id);
  for (const auto& [id, e] : old_ids) {
    auto it = new_ids.find(id);
    if (it == new_ids.end()) {
      diff.removed.push_back(id);
      continue;
    }
    json a = Canonical(EntityToJson(*e)), b = Canonical(EntityToJson(*it->second));
    if (a == b) continue;
    EntityChange change{id, it->second->names.empty() ? id : it->second->names[0].full, {}};
    std::set<std::string> keys;
    for (auto& [k, v] : a.items()) keys.insert(k);
    for (auto& [k, v] : b.items()) keys.insert(k);
    for (const std::string& k : keys) {
      json va = a.contains(k) ? a[k] : json(), vb = b.contains(k) ? b[k] : json();
      if (va != vb) change.fields.push_back({k, va, vb});
    }
    diff.changed.push_back(std::move(change));
  }
  return diff;
}

json DiffToJson(const ListDiff& diff) {
  json changed = json::array();
  for (const EntityChange& c : diff.changed) {
    json fields = json::array();
    for (const FieldChange& f : c.fields)
      fields.push_back({{"field", f.field}, {"before", f.before}, {"after", f.after}});
    changed.push_back({{"id", c.id}, {"caption", c.caption}, {"fields", fields}});
  }
  return {{"old_version", diff.old_version}, {"new_version", diff.new_version},
          {"added", diff.added},             {"removed", diff.removed},
          {"changed", changed},
          {"summary", {{"added", diff.added.size()}, {"removed", diff.removed.size()},
                       {"changed", diff.changed.size()}}}};
}

std::string DiffToText(const ListDiff& diff) {
  std::string out = fmt::format("{} -> {}: {} added, {} removed, {} changed\n", diff.old_version,
                                diff.new_version, diff.added.size(), diff.removed.size(),
                                diff.changed.size());
  for (const std::string& id : diff.added) out += "+ " + id + "\n";
  for (const std::string& id : diff.removed) out += "- " + id + "\n";
  for (const EntityChange& c : diff.changed) {
    out += fmt::format("~ {} ({})\n", c.id, c.caption);
    for (const FieldChange& f : c.fields)
      out += fmt::format("    {}: {} -> {}\n", f.field, f.before.dump(), f.after.dump());
  }
  return out;
}

}  // namespace embargo::lists
