// Entities and matches in the shape yente answers. FtM schema and properties come from the
// index (rendered once per load by ToFtmJson), so an answer only copies them.
#include <string>

#include "server/handler_context.h"

namespace embargo::server {
namespace {

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

void DateOrNull(JsonWriter& w, const std::string& date) {
  if (date.empty())
    w.Null();
  else
    w.String(date);
}

// The members of the entity object, without its braces.
void WriteEntityMembers(JsonWriter& w, const Entity& entity, const LoadedIndex& index) {
  auto ftm = index.ftm.find(&entity);
  w.Key("id").String(entity.id);
  w.Key("caption").String(entity.names.empty() ? entity.id : entity.primary_name().full);
  bool rendered = ftm != index.ftm.end();
  w.Key("schema").String(rendered && !ftm->second.schema.empty() ? ftm->second.schema
                                                                 : FtmSchema(entity.kind));
  w.Key("properties").Raw(rendered ? std::string_view(ftm->second.properties) : "{}");
  w.Key("datasets").BeginArray();
  for (const std::string& d : EntityDatasets(entity)) w.String(d);
  w.EndArray();
  w.Key("referents").BeginArray().EndArray();
  w.Key("target").Bool(true);
  w.Key("first_seen");
  DateOrNull(w, entity.listed_on);
  w.Key("last_seen");
  DateOrNull(w, entity.list_version);
  w.Key("last_change");
  DateOrNull(w, entity.list_version);
}

void WriteExplanations(JsonWriter& w, const Match& match) {
  w.BeginObject();
  w.Key("name_match").BeginObject();
  w.Key("score").Number(match.name_score);
  w.Key("detail").String(match.summary);
  w.Key("query").String(match.query_name);
  w.Key("candidate").String(match.matched_name);
  w.Key("candidate_quality").String(NameQualityName(match.matched_quality));
  w.Key("form").String(match.matched_form);
  w.Key("tokens").BeginArray();
  for (const TokenMatch& t : match.tokens) {
    w.BeginObject();
    w.Key("query").String(t.query_token);
    w.Key("candidate").String(t.candidate_token);
    w.Key("similarity").Number(t.similarity);
    w.Key("weight").Number(t.weight);
    w.Key("method").String(t.method);
    w.EndObject();
  }
  w.EndArray().EndObject();
  // One key per kind of evidence: "birth_date", "country", then "country_2" for a second one.
  std::vector<std::string> keys;
  for (const Evidence& e : match.evidence) {
    std::string key = e.kind;
    for (int n = 2; std::find(keys.begin(), keys.end(), key) != keys.end(); ++n)
      key = e.kind + "_" + std::to_string(n);
    keys.push_back(key);
    w.Key(key).BeginObject();
    w.Key("score").Number(e.effect);
    w.Key("detail").String(e.detail);
    w.EndObject();
  }
  w.EndObject();
}

}  // namespace

void WriteEntityResult(JsonWriter& w, const Entity& entity, const LoadedIndex& index) {
  w.BeginObject();
  WriteEntityMembers(w, entity, index);
  w.EndObject();
}

void WriteMatchResult(JsonWriter& w, const Match& match, const LoadedIndex& index) {
  w.BeginObject();
  WriteEntityMembers(w, *match.entity, index);
  w.Key("score").Number(match.score);
  w.Key("match").Bool(match.match);
  w.Key("explanations");
  WriteExplanations(w, match);
  w.EndObject();
}

}  // namespace embargo::server
