// The built-in party matcher: exact identifiers and exact (folded) names over loaded lists.
#include <memory>
#include <unordered_map>

#include "embargo/regime.h"
#include "regimes/names.h"

namespace embargo {
namespace {

std::string IdKey(IdType type, std::string_view value) {
  const std::string normalized =
      type == IdType::kImo ? NormalizeImo(value) : NormalizeIdentifier(value);
  if (normalized.empty()) return "";
  return std::string(IdTypeName(type)) + ":" + normalized;
}

// Immutable after construction; shared by every copy of the returned function.
struct ExactIndex {
  std::vector<Entity> entities;
  std::unordered_multimap<std::string, size_t> by_id;     // "imo:9191773" -> entity
  std::unordered_multimap<std::string, size_t> by_value;  // untyped normalized value -> entity
  std::unordered_multimap<std::string, std::pair<size_t, std::string>> by_name;  // folded

  explicit ExactIndex(const std::vector<ListSnapshot>& lists) {
    for (const ListSnapshot& list : lists) {
      for (const Entity& e : list.entities) entities.push_back(e);
    }
    for (size_t i = 0; i < entities.size(); ++i) {
      const Entity& e = entities[i];
      for (const Identifier& id : e.identifiers) {
        if (std::string key = IdKey(id.type, id.value); !key.empty()) by_id.emplace(key, i);
        const std::string value = NormalizeIdentifier(id.value);
        if (value.size() >= 5) by_value.emplace(value, i);
      }
      for (const Name& n : e.names) {
        const std::string folded = FoldForSearch(n.full);
        if (folded.size() >= 3) by_name.emplace(folded, std::pair{i, n.full});
      }
    }
  }

  PartyHit MakeHit(size_t index, std::string matched, std::string kind) const {
    const Entity& e = entities[index];
    std::string program = e.programs.empty() ? "" : e.programs.front();
    for (const std::string& p : e.programs) {
      if (p.find("DPRK") != std::string::npos) program = p;
    }
    return PartyHit{e.id,
                    e.names.empty() ? e.id : e.names.front().full,
                    e.source,
                    program,
                    e.reference,
                    1.0,
                    std::move(matched),
                    std::move(kind)};
  }

  std::vector<PartyHit> Match(const Party& party) const {
    std::vector<PartyHit> hits;
    std::vector<bool> seen(entities.size(), false);
    auto add = [&](size_t i, std::string matched, std::string kind) {
      if (seen[i]) return;
      seen[i] = true;
      hits.push_back(MakeHit(i, std::move(matched), std::move(kind)));
    };
    for (const auto& [key, value] : party.ids) {
      std::optional<IdType> type = IdTypeOfKey(key);
      if (type) {
        auto [lo, hi] = by_id.equal_range(IdKey(*type, value));
        for (auto it = lo; it != hi; ++it) add(it->second, value, "identifier:" + key);
      }
      if (type == IdType::kImo) continue;  // IMO numbers only match IMO numbers
      auto [lo, hi] = by_value.equal_range(NormalizeIdentifier(value));
      for (auto it = lo; it != hi; ++it) add(it->second, value, "identifier:" + key);
    }
    const std::string folded = FoldForSearch(party.name);
    if (folded.size() >= 3) {
      auto [lo, hi] = by_name.equal_range(folded);
      for (auto it = lo; it != hi; ++it) add(it->second.first, it->second.second, "name");
    }
    return hits;
  }
};

}  // namespace

std::string NormalizeIdentifier(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
    if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) out.push_back(c);
  }
  return out;
}

std::string NormalizeImo(std::string_view text) {
  std::string id = NormalizeIdentifier(text);
  if (id.starts_with("IMO")) id.erase(0, 3);
  if (id.size() != 7) return "";
  for (char c : id) {
    if (c < '0' || c > '9') return "";
  }
  return id;
}

bool ImoCheckDigitOk(std::string_view imo) {
  if (imo.size() != 7) return false;
  int sum = 0;
  for (int i = 0; i < 6; ++i) {
    if (imo[i] < '0' || imo[i] > '9') return false;
    sum += (imo[i] - '0') * (7 - i);
  }
  return imo[6] >= '0' && imo[6] <= '9' && sum % 10 == imo[6] - '0';
}

PartyMatcher MakeExactListMatcher(const std::vector<ListSnapshot>& lists) {
  auto index = std::make_shared<const ExactIndex>(lists);
  return [index](const Party& party) { return index->Match(party); };
}

}  // namespace embargo
