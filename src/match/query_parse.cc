#include "match/query_parse.h"

#include "model/country.h"
#include "model/fuzzy_date.h"
#include "model/text_util.h"

namespace embargo::match {
namespace {

using nlohmann::json;

Status AddDate(Query& q, std::string_view field, std::string_view value) {
  auto d = ParseFuzzyDate(value);
  if (!d)
    return InvalidArgument("field " + std::string(field) + ": not a date: '" + std::string(value) +
                           "'");
  q.birth_dates.push_back(*d);
  return Status::Ok();
}

Status AddCountry(Query& q, std::string_view field, std::string_view value) {
  std::string code = CountryCode(value);
  if (code.empty())
    return InvalidArgument("field " + std::string(field) + ": unknown country: '" +
                           std::string(value) + "'");
  for (const std::string& c : q.countries)
    if (c == code) return Status::Ok();
  q.countries.push_back(code);
  return Status::Ok();
}

Status SetGender(Query& q, std::string_view value) {
  std::string g = AsciiLower(Trim(value));
  if (g == "m" || g == "male")
    q.gender = Gender::kMale;
  else if (g == "f" || g == "female")
    q.gender = Gender::kFemale;
  else if (!g.empty() && g != "unknown" && g != "other")
    return InvalidArgument("field gender: expected male or female, got '" + std::string(value) +
                           "'");
  return Status::Ok();
}

void AddName(Query& q, std::string_view value) {
  std::string name = CollapseSpaces(value);
  if (name.empty()) return;
  for (const std::string& n : q.names)
    if (n == name) return;
  q.names.push_back(std::move(name));
}

// One field of the flat form; `key` is already lower case.
Status ApplyField(Query& q, const std::string& key, std::string_view value) {
  value = Trim(value);
  if (value.empty()) return Status::Ok();
  if (key == "id") {
    q.id = std::string(value);
  } else if (key == "name") {
    for (std::string_view part : Split(value, ';')) AddName(q, part);
  } else if (key == "kind" || key == "schema" || key == "type") {
    Result<EntityKind> kind = ParseQueryKind(std::string(value));
    if (!kind.ok()) return kind.status();
    q.kind = *kind;
  } else if (key == "dob" || key == "birth_date" || key == "birthdate") {
    return AddDate(q, key, value);
  } else if (key == "country" || key == "nationality" || key == "citizenship" || key == "flag") {
    return AddCountry(q, key, value);
  } else if (key == "gender") {
    return SetGender(q, value);
  } else if (auto type = ParseIdType(key)) {
    q.identifiers.push_back(Identifier{*type, std::string(value), "", key, ""});
  }
  return Status::Ok();
}

std::vector<std::string> Strings(const json& value) {
  std::vector<std::string> out;
  if (value.is_string()) out.push_back(value.get<std::string>());
  if (value.is_array())
    for (const json& v : value)
      if (v.is_string()) out.push_back(v.get<std::string>());
  return out;
}

}  // namespace

Result<EntityKind> ParseQueryKind(const std::string& text) {
  std::string lower = AsciiLower(Trim(text));
  if (lower == "person" || lower == "individual") return EntityKind::kPerson;
  if (lower == "organization" || lower == "organisation" || lower == "company" ||
      lower == "legalentity" || lower == "entity")
    return EntityKind::kOrganization;
  if (lower == "vessel" || lower == "ship") return EntityKind::kVessel;
  if (lower == "aircraft" || lower == "airplane") return EntityKind::kAircraft;
  return InvalidArgument("field kind: expected person, organization, vessel or aircraft, got '" +
                         text + "'");
}

Result<Query> QueryFromFields(const std::vector<std::pair<std::string, std::string>>& fields) {
  Query q;
  for (const auto& [key, value] : fields) {
    Status st = ApplyField(q, AsciiLower(Trim(key)), value);
    if (!st.ok()) return st;
  }
  if (q.names.empty() && q.identifiers.empty())
    return InvalidArgument("field name: missing (a query needs a name or an identifier)");
  return q;
}

Result<Query> QueryFromFtm(const std::string& schema, const json& properties) {
  Query q;
  if (schema == "Person")
    q.kind = EntityKind::kPerson;
  else if (schema == "Company" || schema == "Organization" || schema == "PublicBody")
    q.kind = EntityKind::kOrganization;
  else if (schema == "Vessel")
    q.kind = EntityKind::kVessel;
  else if (schema == "Airplane")
    q.kind = EntityKind::kAircraft;
  else if (schema != "LegalEntity" && schema != "Thing")
    return InvalidArgument("schema: unknown or unsupported schema '" + schema + "'");
  if (!properties.is_object()) return InvalidArgument("properties: expected an object");
  std::vector<std::string> first, middle, last, father;
  for (const auto& [prop, value] : properties.items()) {
    std::vector<std::string> values = Strings(value);
    for (const std::string& v : values) {
      Status st;
      if (prop == "name" || prop == "alias" || prop == "weakAlias" || prop == "previousName")
        AddName(q, v);
      else if (prop == "firstName")
        first.push_back(v);
      else if (prop == "middleName" || prop == "secondName")
        middle.push_back(v);
      else if (prop == "lastName")
        last.push_back(v);
      else if (prop == "fatherName")
        father.push_back(v);
      else if (prop == "birthDate")
        st = AddDate(q, prop, v);
      else if (prop == "nationality" || prop == "country" || prop == "citizenship" ||
               prop == "jurisdiction" || prop == "flag" || prop == "mainCountry")
        st = AddCountry(q, prop, v);
      else if (prop == "gender")
        st = SetGender(q, v);
      else if (prop == "passportNumber")
        q.identifiers.push_back({IdType::kPassport, v, "", prop, ""});
      else if (prop == "idNumber")
        q.identifiers.push_back({IdType::kNationalId, v, "", prop, ""});
      else if (prop == "taxNumber" || prop == "innCode")
        q.identifiers.push_back({IdType::kTaxId, v, "", prop, ""});
      else if (prop == "registrationNumber" || prop == "ogrnCode" || prop == "leiCode")
        q.identifiers.push_back({IdType::kRegistration, v, "", prop, ""});
      else if (prop == "imoNumber")
        q.identifiers.push_back({IdType::kImo, v, "", prop, ""});
      else if (prop == "mmsi")
        q.identifiers.push_back({IdType::kMmsi, v, "", prop, ""});
      else if (prop == "callSign")
        q.identifiers.push_back({IdType::kCallSign, v, "", prop, ""});
      else if (prop == "swiftBic" || prop == "bicCode")
        q.identifiers.push_back({IdType::kSwiftBic, v, "", prop, ""});
      if (!st.ok()) return st;
    }
  }
  // No name: compose one from the parts, given names first.
  if (q.names.empty() && !(first.empty() && last.empty())) {
    std::string composed;
    for (auto* parts : {&first, &father, &middle, &last})
      for (const std::string& p : *parts) composed += (composed.empty() ? "" : " ") + p;
    AddName(q, composed);
  }
  if (q.names.empty() && q.identifiers.empty())
    return InvalidArgument("properties.name: missing (a query needs a name or an identifier)");
  return q;
}

Result<Query> QueryFromJson(const json& object) {
  if (!object.is_object()) return InvalidArgument("expected a JSON object");
  if (object.contains("schema") && object.contains("properties")) {
    if (!object["schema"].is_string()) return InvalidArgument("schema: expected a string");
    Result<Query> q = QueryFromFtm(object["schema"].get<std::string>(), object["properties"]);
    if (q.ok() && object.contains("id") && object["id"].is_string())
      q->id = object["id"].get<std::string>();
    return q;
  }
  std::vector<std::pair<std::string, std::string>> fields;
  for (const auto& [key, value] : object.items()) {
    if (value.is_string())
      fields.emplace_back(key, value.get<std::string>());
    else if (value.is_number())
      fields.emplace_back(key, value.dump());
    else if (value.is_array())
      for (const std::string& s : Strings(value)) fields.emplace_back(key, s);
  }
  return QueryFromFields(fields);
}

}  // namespace embargo::match
