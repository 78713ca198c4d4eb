// FollowTheMoney JSON lines (OpenSanctions exports and Embargo's own): one entity per line.
#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <string>

#include "lists/ftm_linked.h"
#include "lists/ftm_schema.h"
#include "lists/readers.h"
#include "model/fuzzy_date.h"
#include "model/text_util.h"

namespace embargo::lists {
namespace {

using Json = nlohmann::json;

constexpr size_t kMaxWarnings = 100;

std::string StringField(const Json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// The string values of a property: FtM writes lists; a bare string is accepted too.
std::vector<std::string> Strings(const Json& value) {
  std::vector<std::string> out;
  if (value.is_string()) out.push_back(value.get<std::string>());
  if (value.is_array())
    for (const Json& v : value)
      if (v.is_string()) out.push_back(v.get<std::string>());
  return out;
}

std::vector<std::string> Values(const Json& object, const char* key) {
  auto it = object.find(key);
  return it == object.end() ? std::vector<std::string>() : Strings(*it);
}

// "fr:12345" kept as is; a bare OpenSanctions id "NK-abc" gets "<dataset>:" in front.
bool HasSourcePrefix(std::string_view id) {
  size_t colon = id.find(':');
  if (colon == 0 || colon == std::string_view::npos || colon + 1 == id.size()) return false;
  for (char c : id.substr(0, colon))
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-')) return false;
  return true;
}

// Values are kept as written, only trimmed: FtM data is already cleaned, and a round trip of
// Embargo's own export must give back the same text.
std::string Trimmed(std::string_view value) { return std::string(Trim(value)); }

std::string IsoDatePrefix(std::string_view value) {
  value = Trim(value);
  return value.size() >= 10 && value[4] == '-' && value[7] == '-' ? std::string(value.substr(0, 10))
                                                                  : std::string(value);
}

// Reads one subject entity. Which properties exist depends on the schema; anything the model has
// no slot for is kept in `extra` under its FtM name.
class SubjectReader {
 public:
  Entity Read(const Json& j, const std::string& ftm_id, const std::string& schema,
              EntityKind kind) {
    e_ = Entity();
    e_.kind = kind;
    std::vector<std::string> datasets = Values(j, "datasets");
    if (HasSourcePrefix(ftm_id)) {
      e_.id = ftm_id;
      e_.reference = ftm_id.substr(ftm_id.find(':') + 1);
      e_.source = datasets.empty() ? ftm_id.substr(0, ftm_id.find(':')) : datasets.front();
    } else {
      e_.source = datasets.empty() ? "ftm" : datasets.front();
      e_.reference = ftm_id;
      e_.id = e_.source + ":" + ftm_id;
    }
    if (kind == EntityKind::kOrganization && schema != "Organization")
      e_.extra.push_back({"ftm_schema", schema});
    parts_.clear();
    address_ids_.clear();
    auto props = j.find("properties");
    if (props != j.end() && props->is_object()) {
      for (auto it = props->begin(); it != props->end(); ++it) {
        for (std::string& v : Strings(it.value())) Apply(it.key(), std::move(v));
      }
    }
    for (const char* key : {"first_seen", "last_seen", "last_change"}) {
      std::string value = StringField(j, key);
      if (!value.empty()) e_.extra.push_back({key, value});
    }
    FinishNames();
    return std::move(e_);
  }

  const std::vector<std::string>& address_ids() const { return address_ids_; }

 private:
  void AddName(std::string value, NameQuality quality, std::string alias_type) {
    value = Trimmed(value);
    if (value.empty()) return;
    for (const Name& n : e_.names)
      if (n.full == value && n.quality == quality) return;
    Name name;
    name.script = DominantScript(value);
    name.full = std::move(value);
    name.quality = quality;
    name.alias_type = std::move(alias_type);
    e_.names.push_back(std::move(name));
  }

  template <typename T>
  static void AddUnique(std::vector<T>& values, T value) {
    if (value == T()) return;
    for (const T& v : values)
      if (v == value) return;
    values.push_back(std::move(value));
  }

  void Apply(const std::string& prop, std::string value) {
    if (prop == "name") return AddName(value, NameQuality::kPrimary, "");
    if (prop == "alias") return AddName(value, NameQuality::kGoodAlias, "a.k.a.");
    if (prop == "previousName") return AddName(value, NameQuality::kGoodAlias, "f.k.a.");
    if (prop == "weakAlias") return AddName(value, NameQuality::kWeakAlias, "weak");
    if (prop == "firstName" || prop == "secondName" || prop == "middleName" ||
        prop == "fatherName" || prop == "patronymic" || prop == "lastName") {
      parts_[prop].push_back(Trimmed(value));
      return;
    }
    if (prop == "birthDate") {
      if (auto d = ParseFuzzyDate(IsoDatePrefix(value))) return AddUnique(e_.birth_dates, *d);
      return AddUnique(e_.extra, ExtraField{prop, value});
    }
    if (prop == "birthPlace") return AddUnique(e_.birth_places, Place{Trimmed(value), ""});
    if (prop == "nationality" || prop == "citizenship" || prop == "country" ||
        prop == "jurisdiction") {
      std::string code = ftm::CountryValue(value);
      if (code.empty()) return AddUnique(e_.extra, ExtraField{prop, value});
      return AddUnique(
          prop == "nationality" || prop == "citizenship" ? e_.nationalities : e_.countries, code);
    }
    if (prop == "gender") {
      std::string g = AsciiLower(value);
      e_.gender = g == "male" ? Gender::kMale : g == "female" ? Gender::kFemale : e_.gender;
      return;
    }
    if (auto id = ftm::PropertyIdentifier(prop)) {
      Identifier identifier{id->type, Trimmed(value), "", std::string(id->label), ""};
      return AddUnique(e_.identifiers, identifier);
    }
    if (prop == "address") {
      Address a;
      a.street = Trimmed(value);
      return AddUnique(e_.addresses, a);
    }
    if (prop == "addressEntity") return address_ids_.push_back(value);
    if (prop == "program") return AddUnique(e_.programs, Trimmed(value));
    if (prop == "position") return AddUnique(e_.positions, Trimmed(value));
    if (prop == "title") return AddUnique(e_.titles, Trimmed(value));
    if (prop == "notes") {
      e_.remarks += (e_.remarks.empty() ? "" : "\n") + value;
      return;
    }
    if ((prop == "listingDate" || prop == "createdAt") && e_.listed_on.empty()) {
      e_.listed_on = IsoDatePrefix(value);
      return;
    }
    if (e_.kind == EntityKind::kVessel && ApplyVessel(prop, value)) return;
    AddUnique(e_.extra, ExtraField{prop, value});
  }

  bool ApplyVessel(const std::string& prop, const std::string& value) {
    VesselInfo& v = e_.vessel;
    if (prop == "flag") {
      std::string code = ftm::CountryValue(value);
      if (v.flag.empty()) v.flag = code;
      if (code.empty() || code != AsciiLower(value)) v.flag_text = value;
    } else if (prop == "type") {
      v.type = value;
    } else if (prop == "tonnage") {
      v.tonnage = value;
    } else if (prop == "grossRegisteredTonnage") {
      v.gross_tonnage = value;
    } else if (prop == "owner") {
      v.owner = value;
    } else {
      return false;
    }
    return true;
  }

  // Properties arrive in key order ("alias" before "name"): the first "name" leads. Name parts
  // go on it; with no name at all they compose it.
  void FinishNames() {
    auto primary = std::find_if(e_.names.begin(), e_.names.end(),
                                [](const Name& n) { return n.quality == NameQuality::kPrimary; });
    if (primary != e_.names.end()) std::rotate(e_.names.begin(), primary, primary + 1);
    std::vector<std::string> parts;
    for (const char* key :
         {"firstName", "secondName", "middleName", "fatherName", "patronymic", "lastName"}) {
      auto it = parts_.find(key);
      if (it != parts_.end() && !it->second.empty() && !it->second.front().empty())
        parts.push_back(it->second.front());
    }
    if (parts.empty()) return;
    if (e_.names.empty()) {
      std::string full;
      for (const std::string& p : parts) full += (full.empty() ? "" : " ") + p;
      AddName(full, NameQuality::kPrimary, "");
    }
    e_.names.front().parts = std::move(parts);
  }

  Entity e_;
  std::map<std::string, std::vector<std::string>> parts_;
  std::vector<std::string> address_ids_;
};

}  // namespace

Result<ListSnapshot> ReadFtmJson(std::string_view content, const std::string& name) {
  ListSnapshot snapshot;
  snapshot.format = ListFormat::kFtmJson;
  snapshot.path = name;
  SubjectReader reader;
  ftm::LinkedDetails linked;
  std::vector<std::string> ftm_ids;                 // per entity
  std::vector<std::vector<std::string>> addresses;  // per entity: addressEntity ids
  std::map<std::string, size_t> other_schemas;
  auto skip = [&](size_t line, const std::string& why) {
    ++snapshot.rows_skipped;
    if (snapshot.warnings.size() < kMaxWarnings)
      snapshot.warnings.push_back(name + ":" + std::to_string(line) + ": " + why);
  };
  size_t line_no = 0;
  for (size_t pos = 0; pos < content.size();) {
    size_t end = content.find('\n', pos);
    if (end == std::string_view::npos) end = content.size();
    std::string_view line = Trim(content.substr(pos, end - pos));
    pos = end + 1;
    ++line_no;
    if (line.empty()) continue;
    Json j = Json::parse(line.begin(), line.end(), nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded() || !j.is_object()) {
      skip(line_no, "not a JSON object");
      continue;
    }
    std::string id = StringField(j, "id"), schema = StringField(j, "schema");
    if (id.empty() || schema.empty()) {
      skip(line_no, id.empty() ? "entity without \"id\"" : "entity without \"schema\"");
      continue;
    }
    std::optional<EntityKind> kind = ftm::SubjectKind(schema);
    if (!kind) {
      linked.Add(schema, id, j);
      ++other_schemas[schema];
      continue;
    }
    snapshot.entities.push_back(reader.Read(j, id, schema, *kind));
    if (snapshot.entities.back().names.empty()) {
      snapshot.entities.pop_back();
      skip(line_no, "entity " + id + " has no name");
      continue;
    }
    ftm_ids.push_back(id);
    addresses.push_back(reader.address_ids());
  }
  for (size_t i = 0; i < snapshot.entities.size(); ++i) {
    Entity& e = snapshot.entities[i];
    ftm::SubjectDetails d = linked.For(ftm_ids[i], addresses[i]);
    for (std::string& p : d.programs)
      if (std::find(e.programs.begin(), e.programs.end(), p) == e.programs.end())
        e.programs.push_back(std::move(p));
    if (e.listed_on.empty()) e.listed_on = d.listed_on;
    for (const std::string& r : d.reasons)
      if (e.remarks.find(r) == std::string::npos) e.remarks += (e.remarks.empty() ? "" : "\n") + r;
    for (Identifier& id : d.identifiers)
      if (std::find(e.identifiers.begin(), e.identifiers.end(), id) == e.identifiers.end())
        e.identifiers.push_back(std::move(id));
    for (Address& a : d.addresses)
      if (std::find(e.addresses.begin(), e.addresses.end(), a) == e.addresses.end())
        e.addresses.push_back(std::move(a));
  }
  if (snapshot.rows_skipped > kMaxWarnings)
    snapshot.warnings.push_back(std::to_string(snapshot.rows_skipped - kMaxWarnings) +
                                " more skipped lines not listed");
  if (!other_schemas.empty()) {
    std::string counts;
    size_t total = 0;
    for (const auto& [schema, n] : other_schemas) {
      counts += (counts.empty() ? "" : ", ") + schema + ": " + std::to_string(n);
      total += n;
    }
    snapshot.warnings.push_back(name + ": " + std::to_string(total) +
                                " entities of non-subject schemas not loaded as entities (" +
                                counts +
                                "); sanctions, documents and addresses among them were "
                                "merged into their subjects");
  }
  snapshot.source = snapshot.entities.empty() ? "ftm" : snapshot.entities.front().source;
  return snapshot;
}

}  // namespace embargo::lists
