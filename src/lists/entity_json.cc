#include "lists/entity_json.h"

namespace embargo::lists {
namespace {

using nlohmann::json;

void PutIf(json& j, const char* key, const std::string& value) {
  if (!value.empty()) j[key] = value;
}

json NameToJson(const Name& n) {
  json j = {{"full", n.full}, {"quality", NameQualityName(n.quality)}};
  if (!n.parts.empty()) j["parts"] = n.parts;
  PutIf(j, "alias_type", n.alias_type);
  if (n.original_script) j["original_script"] = true;
  PutIf(j, "script", n.script);
  return j;
}

json DateToJson(const FuzzyDate& d) {
  json j = {{"date", d.ToString()}, {"precision", DatePrecisionName(d.precision)}};
  if (d.approximate) j["approximate"] = true;
  PutIf(j, "text", d.text);
  return j;
}

json IdentifierToJson(const Identifier& id) {
  json j = {{"type", IdTypeName(id.type)}, {"value", id.value}};
  PutIf(j, "country", id.country);
  PutIf(j, "label", id.label);
  PutIf(j, "note", id.note);
  return j;
}

json AddressToJson(const Address& a) {
  json j = json::object();
  PutIf(j, "street", a.street);
  PutIf(j, "city", a.city);
  PutIf(j, "region", a.region);
  PutIf(j, "postal_code", a.postal_code);
  PutIf(j, "country", a.country);
  PutIf(j, "country_text", a.country_text);
  PutIf(j, "note", a.note);
  return j;
}

template <typename T, typename F>
void PutArray(json& j, const char* key, const std::vector<T>& items, F&& convert) {
  if (items.empty()) return;
  json arr = json::array();
  for (const T& item : items) arr.push_back(convert(item));
  j[key] = std::move(arr);
}

}  // namespace

json EntityToJson(const Entity& e) {
  json j = {{"id", e.id}, {"source", e.source}, {"reference", e.reference},
            {"kind", EntityKindName(e.kind)}};
  PutArray(j, "names", e.names, NameToJson);
  PutArray(j, "birth_dates", e.birth_dates, DateToJson);
  PutArray(j, "birth_places", e.birth_places, [](const Place& p) {
    json pj = {{"text", p.text}};
    PutIf(pj, "country", p.country);
    return pj;
  });
  if (!e.nationalities.empty()) j["nationalities"] = e.nationalities;
  if (!e.countries.empty()) j["countries"] = e.countries;
  if (e.gender != Gender::kUnknown) j["gender"] = GenderName(e.gender);
  PutArray(j, "identifiers", e.identifiers, IdentifierToJson);
  PutArray(j, "addresses", e.addresses, AddressToJson);
  if (!e.programs.empty()) j["programs"] = e.programs;
  PutIf(j, "listed_on", e.listed_on);
  if (!e.titles.empty()) j["titles"] = e.titles;
  if (!e.positions.empty()) j["positions"] = e.positions;
  if (!(e.vessel == VesselInfo{})) {
    json v = json::object();
    PutIf(v, "flag", e.vessel.flag);
    PutIf(v, "flag_text", e.vessel.flag_text);
    PutIf(v, "type", e.vessel.type);
    PutIf(v, "tonnage", e.vessel.tonnage);
    PutIf(v, "gross_tonnage", e.vessel.gross_tonnage);
    PutIf(v, "owner", e.vessel.owner);
    j["vessel"] = std::move(v);
  }
  PutIf(j, "remarks", e.remarks);
  PutArray(j, "extra", e.extra, [](const ExtraField& f) {
    return json{{"key", f.key}, {"value", f.value}};
  });
  PutIf(j, "list_version", e.list_version);
  return j;
}

}  // namespace embargo::lists
