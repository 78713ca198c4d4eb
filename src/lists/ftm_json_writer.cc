// Entities as FollowTheMoney JSON lines: one object per entity with string-list properties.
#include <fmt/format.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "embargo/lists.h"
#include "lists/ftm_schema.h"
#include "model/country.h"

namespace embargo {
namespace {

using Json = nlohmann::ordered_json;


class PropertyWriter {
 public:
  void Add(std::string_view key, const std::string& value) {
    if (value.empty()) return;
    Json& list = properties_[std::string(key)];
    for (const Json& v : list)
      if (v.get_ref<const std::string&>() == value) return;
    list.push_back(value);
  }
  void AddAll(std::string_view key, const std::vector<std::string>& values) {
    for (const std::string& v : values) Add(key, v);
  }
  void AddNames(const std::vector<Name>& names) {
    for (const Name& n : names) {
      switch (n.quality) {
        case NameQuality::kPrimary:
          Add("name", n.full);
          break;
        case NameQuality::kGoodAlias:
          Add(n.alias_type == "f.k.a." ? "previousName" : "alias", n.full);
          break;
        case NameQuality::kWeakAlias:
          Add("weakAlias", n.full);
          break;
      }
    }
  }
  void AddVessel(const VesselInfo& v) {
    Add("flag", v.flag.empty() ? v.flag_text : v.flag);
    Add("type", v.type);
    Add("tonnage", v.tonnage);
    Add("grossRegisteredTonnage", v.gross_tonnage);
    Add("owner", v.owner);
  }
  Json Take() { return std::move(properties_); }

 private:
  Json properties_ = Json::object();
};

}  // namespace

std::string ToFtmJson(const Entity& e) {
  PropertyWriter w;
  w.AddNames(e.names);
  for (const FuzzyDate& d : e.birth_dates) w.AddAll("birthDate", lists::ftm::DateValues(d));
  for (const Place& p : e.birth_places)
    w.Add("birthPlace", p.text.empty() ? CountryName(p.country) : p.text);
  w.AddAll("nationality", e.nationalities);
  w.AddAll("country", e.countries);
  if (e.gender != Gender::kUnknown) w.Add("gender", std::string(GenderName(e.gender)));
  for (const Identifier& id : e.identifiers)
    w.Add(lists::ftm::IdentifierProperty(id.type), id.value);
  for (const Address& a : e.addresses) w.Add("address", a.ToString());
  w.AddAll("program", e.programs);
  w.AddAll("position", e.positions);
  w.AddAll("title", e.titles);
  w.Add("notes", e.remarks);
  w.Add("listingDate", e.listed_on);
  if (e.kind == EntityKind::kVessel) w.AddVessel(e.vessel);
  for (const ExtraField& x : e.extra)
    if (lists::ftm::IsFtmProperty(x.key)) w.Add(x.key, x.value);

  Json out = Json::object();
  out["id"] = e.id;
  out["schema"] = std::string(lists::ftm::SchemaFor(e));
  out["caption"] = e.names.empty() ? e.id : e.names.front().full;
  out["properties"] = w.Take();
  out["datasets"] = Json::array({e.source});
  // Replace rather than throw on invalid UTF-8: a writer has no error path.
  return out.dump(-1, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace embargo
