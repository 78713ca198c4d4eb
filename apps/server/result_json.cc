// Entities and matches in the shape yente answers, with FtM properties from ToFtmJson.
#include <string>

#include "server/handler_context.h"

namespace embargo::server {
namespace {

using nlohmann::json;

std::string_view FtmSchema(EntityKind kind) {
  switch (kind) {
    case EntityKind::kPerson:
      return "Person";
    case EntityKind::kOrganization:
      return "Organization";
    case EntityKind::kVessel:
      return "Vessel";
    case EntityKind::kAircraft:
      return "Airplane";
  }
  return "LegalEntity";
}

json DateOrNull(const std::string& date) { return date.empty() ? json(nullptr) : json(date); }

json TokensJson(const std::vector<TokenMatch>& tokens) {
  json out = json::array();
  for (const TokenMatch& t : tokens)
    out.push_back({{"query", t.query_token},
                   {"candidate", t.candidate_token},
                   {"similarity", t.similarity},
                   {"weight", t.weight},
                   {"method", t.method}});
  return out;
}

}  // namespace

json EntityResultJson(const Entity& entity) {
  json ftm = json::parse(ToFtmJson(entity), nullptr, /*allow_exceptions=*/false);
  json out = json::object();
  out["id"] = entity.id;
  out["caption"] = entity.names.empty() ? entity.id : entity.primary_name().full;
  out["schema"] =
      ftm.is_object() && ftm.contains("schema") ? ftm["schema"] : json(FtmSchema(entity.kind));
  out["properties"] =
      ftm.is_object() && ftm.contains("properties") ? std::move(ftm["properties"]) : json::object();
  out["datasets"] = EntityDatasets(entity);
  out["referents"] = json::array();
  out["target"] = true;
  out["first_seen"] = DateOrNull(entity.listed_on);
  out["last_seen"] = DateOrNull(entity.list_version);
  out["last_change"] = DateOrNull(entity.list_version);
  return out;
}

json MatchResultJson(const Match& match) {
  json out = EntityResultJson(*match.entity);
  out["score"] = match.score;
  out["match"] = match.match;
  json explanations = json::object();
  explanations["name_match"] = {
      {"score", match.name_score},
      {"detail", match.summary},
      {"query", match.query_name},
      {"candidate", match.matched_name},
      {"candidate_quality", NameQualityName(match.matched_quality)},
      {"form", match.matched_form},
      {"tokens", TokensJson(match.tokens)},
  };
  for (const Evidence& e : match.evidence) {
    std::string key = e.kind;
    for (int n = 2; explanations.contains(key); ++n) key = e.kind + "_" + std::to_string(n);
    explanations[key] = {{"score", e.effect}, {"detail", e.detail}};
  }
  out["explanations"] = std::move(explanations);
  return out;
}

}  // namespace embargo::server
