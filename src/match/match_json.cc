#include "match/match_json.h"

#include <cmath>

namespace embargo::match {
namespace {

double Round(double v) { return std::round(v * 10000.0) / 10000.0; }

}  // namespace

std::string RegimeOf(const Entity& entity) {
  std::string out;
  for (const std::string& p : entity.programs) out += (out.empty() ? "" : "; ") + p;
  return out;
}

nlohmann::json MatchToJson(const Match& m) {
  using nlohmann::json;
  const Entity& e = *m.entity;
  json tokens = json::array();
  for (const TokenMatch& t : m.tokens)
    tokens.push_back({{"query", t.query_token},
                      {"candidate", t.candidate_token},
                      {"similarity", Round(t.similarity)},
                      {"weight", Round(t.weight)},
                      {"method", t.method}});
  json evidence = json::array();
  for (const Evidence& ev : m.evidence)
    evidence.push_back({{"kind", ev.kind}, {"detail", ev.detail}, {"effect", Round(ev.effect)}});
  json explanation = {{"query_name", m.query_name},
                      {"matched_name", m.matched_name},
                      {"alias_quality", NameQualityName(m.matched_quality)},
                      {"matched_form", m.matched_form},
                      {"name_score", Round(m.name_score)},
                      {"tokens", tokens},
                      {"evidence", evidence},
                      {"list", e.source},
                      {"list_version", e.list_version},
                      {"regime", RegimeOf(e)},
                      {"reference", e.reference},
                      {"summary", m.summary}};
  return {{"entity_id", e.id},
          {"score", Round(m.score)},
          {"match", m.match},
          {"caption", e.names.empty() ? e.id : e.names[0].full},
          {"matched_name", m.matched_name},
          {"kind", EntityKindName(e.kind)},
          {"source", e.source},
          {"regime", RegimeOf(e)},
          {"reference", e.reference},
          {"explanation", explanation}};
}

}  // namespace embargo::match
