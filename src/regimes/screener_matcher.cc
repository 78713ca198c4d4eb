// Party screening through the fuzzy Screener, behind the same PartyMatcher interface as the
// exact built-in matcher.
#include "embargo/regime.h"
#include "embargo/screener.h"
#include "regimes/names.h"

namespace embargo {
namespace {

Query QueryOf(const Party& party) {
  Query query;
  query.id = party.name;
  if (!party.name.empty()) query.names.push_back(party.name);
  if (!party.kind.empty()) query.kind = ParseEntityKind(party.kind);
  if (!party.country.empty()) query.countries.push_back(party.country);
  for (const auto& [key, value] : party.ids) {
    Identifier id;
    id.type = IdTypeOfKey(key).value_or(IdType::kOther);
    id.value = value;
    id.label = key;
    query.identifiers.push_back(std::move(id));
  }
  return query;
}

}  // namespace

PartyMatcher MakeScreenerMatcher(std::shared_ptr<const Screener> screener, ScreenOptions options) {
  return [screener, options](const Party& party) {
    std::vector<PartyHit> hits;
    const Query query = QueryOf(party);
    if (query.names.empty() && query.identifiers.empty()) return hits;
    for (const Match& m : screener->Screen(query, options)) {
      if (!m.match || m.entity == nullptr) continue;
      const Entity& e = *m.entity;
      std::string program = e.programs.empty() ? "" : e.programs.front();
      for (const std::string& p : e.programs) {
        if (p.find("DPRK") != std::string::npos) program = p;
      }
      hits.push_back(PartyHit{e.id, e.names.empty() ? e.id : e.names.front().full, e.source,
                              program, e.reference, m.score, m.matched_name,
                              m.summary.empty() ? "screener" : m.summary,
                              FoldForSearch(m.matched_name) == FoldForSearch(party.name)});
    }
    return hits;
  };
}

}  // namespace embargo
