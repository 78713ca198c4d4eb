#include "lists/ftm_linked.h"

#include "lists/ftm_schema.h"
#include "model/text_util.h"

namespace embargo::lists::ftm {
namespace {

std::vector<std::string> Values(const nlohmann::json& entity, const char* key) {
  std::vector<std::string> out;
  auto props = entity.find("properties");
  if (props == entity.end() || !props->is_object()) return out;
  auto it = props->find(key);
  if (it == props->end()) return out;
  if (it->is_string()) out.push_back(it->get<std::string>());
  if (it->is_array())
    for (const nlohmann::json& v : *it)
      if (v.is_string()) out.push_back(v.get<std::string>());
  return out;
}

std::string First(const nlohmann::json& entity, const char* key) {
  std::vector<std::string> values = Values(entity, key);
  return values.empty() ? std::string() : CollapseSpaces(values.front());
}

std::string Join(const std::vector<std::string>& parts) {
  std::string out;
  for (const std::string& p : parts)
    if (!p.empty()) out += (out.empty() ? "" : ", ") + p;
  return out;
}

template <typename T>
void AddUnique(std::vector<T>& values, T value) {
  if (value == T()) return;
  for (const T& v : values)
    if (v == value) return;
  values.push_back(std::move(value));
}

}  // namespace

bool LinkedDetails::Add(const std::string& schema, const std::string& id,
                        const nlohmann::json& entity) {
  if (schema == "Sanction") {
    std::string start = First(entity, "listingDate");
    if (start.empty()) start = First(entity, "startDate");
    start = start.substr(0, 10);
    for (const std::string& subject : Values(entity, "entity")) {
      SubjectDetails& d = by_subject_[subject];
      for (const std::string& p : Values(entity, "program"))
        AddUnique(d.programs, CollapseSpaces(p));
      for (const std::string& r : Values(entity, "reason")) AddUnique(d.reasons, CollapseSpaces(r));
      if (!start.empty() && (d.listed_on.empty() || start < d.listed_on)) d.listed_on = start;
    }
    return true;
  }
  if (schema == "Identification" || schema == "Passport") {
    Identifier doc;
    doc.label = First(entity, "type");
    bool passport =
        schema == "Passport" || AsciiLower(doc.label).find("passport") != std::string::npos;
    doc.type = passport ? IdType::kPassport : IdType::kNationalId;
    doc.value = First(entity, "number");
    if (doc.value.empty()) doc.value = First(entity, "passportNumber");
    doc.country = CountryValue(First(entity, "country"));
    doc.note =
        Join({First(entity, "authority"), First(entity, "startDate"), First(entity, "endDate")});
    if (doc.value.empty()) return true;
    for (const std::string& holder : Values(entity, "holder"))
      AddUnique(by_subject_[holder].identifiers, doc);
    return true;
  }
  if (schema == "Address") {
    Address a;
    a.street = First(entity, "full");
    if (a.street.empty()) {
      a.street = Join({First(entity, "street"), First(entity, "street2")});
      a.city = First(entity, "city");
      a.region = First(entity, "region");
      a.postal_code = First(entity, "postalCode");
    }
    a.country = CountryValue(First(entity, "country"));
    addresses_[id] = a;
    return true;
  }
  return false;
}

SubjectDetails LinkedDetails::For(const std::string& subject_id,
                                  const std::vector<std::string>& address_ids) const {
  SubjectDetails d;
  if (auto it = by_subject_.find(subject_id); it != by_subject_.end()) d = it->second;
  for (const std::string& id : address_ids) {
    if (auto it = addresses_.find(id); it != addresses_.end()) AddUnique(d.addresses, it->second);
  }
  return d;
}

}  // namespace embargo::lists::ftm
