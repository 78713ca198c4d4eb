#include "lists/ftm_schema.h"

#include <fmt/format.h>

#include <utility>

#include "model/country.h"
#include "model/text_util.h"

namespace embargo::lists::ftm {
namespace {

struct IdProperty {
  std::string_view property;
  IdType type;
  std::string_view label;
};

// Reading order matters only for the writer: the first property of each type is the one written.
constexpr IdProperty kIdProperties[] = {
    {"passportNumber", IdType::kPassport, ""},
    {"idNumber", IdType::kNationalId, ""},
    {"taxNumber", IdType::kTaxId, ""},
    {"innCode", IdType::kTaxId, "INN"},
    {"vatCode", IdType::kTaxId, "VAT"},
    {"registrationNumber", IdType::kRegistration, ""},
    {"ogrnCode", IdType::kRegistration, "OGRN"},
    {"leiCode", IdType::kRegistration, "LEI"},
    {"okpoCode", IdType::kRegistration, "OKPO"},
    {"dunsCode", IdType::kRegistration, "DUNS"},
    {"imoNumber", IdType::kImo, ""},
    {"mmsi", IdType::kMmsi, ""},
    {"callSign", IdType::kCallSign, ""},
    {"swiftBic", IdType::kSwiftBic, ""},
    {"cryptoWallet", IdType::kCryptoAddress, ""},
    {"email", IdType::kEmail, ""},
    {"website", IdType::kWebsite, ""},
    {"phone", IdType::kPhone, ""},
    {"serialNumber", IdType::kOther, "serialNumber"},
};

constexpr std::string_view kFtmExtras[] = {
    "topics",          "sourceUrl",  "buildDate",  "description",    "summary",
    "keywords",        "legalForm",  "status",     "sector",         "incorporationDate",
    "dissolutionDate", "modifiedAt", "wikidataId", "education",      "religion",
    "ethnicity",       "motherName", "political",  "classification", "publisher",
};

}  // namespace

std::optional<EntityKind> SubjectKind(std::string_view schema) {
  if (schema == "Person") return EntityKind::kPerson;
  if (schema == "Organization" || schema == "Company" || schema == "LegalEntity" ||
      schema == "PublicBody")
    return EntityKind::kOrganization;
  if (schema == "Vessel") return EntityKind::kVessel;
  if (schema == "Airplane") return EntityKind::kAircraft;
  return std::nullopt;
}

std::string_view SchemaFor(const Entity& entity) {
  switch (entity.kind) {
    case EntityKind::kPerson:
      return "Person";
    case EntityKind::kVessel:
      return "Vessel";
    case EntityKind::kAircraft:
      return "Airplane";
    case EntityKind::kOrganization:
      break;
  }
  for (const ExtraField& x : entity.extra) {
    if (x.key != "ftm_schema") continue;
    if (x.value == "Company" || x.value == "LegalEntity" || x.value == "PublicBody") return x.value;
  }
  return "Organization";
}

std::string_view IdentifierProperty(IdType type) {
  if (type == IdType::kOther) return "idNumber";
  for (const IdProperty& p : kIdProperties)
    if (p.type == type) return p.property;
  return "idNumber";
}

std::optional<IdentifierField> PropertyIdentifier(std::string_view property) {
  for (const IdProperty& p : kIdProperties)
    if (p.property == property) return IdentifierField{p.type, p.label};
  return std::nullopt;
}

bool IsFtmProperty(std::string_view extra_key) {
  for (std::string_view k : kFtmExtras)
    if (k == extra_key) return true;
  return false;
}

std::string CountryValue(std::string_view value) {
  std::string code = CountryCode(value);
  if (!code.empty()) return code;
  std::string lower = AsciiLower(Trim(value));
  bool code_like = lower.size() >= 2 && lower.size() <= 6 &&
                   lower.find_first_not_of("abcdefghijklmnopqrstuvwxyz-") == std::string::npos;
  return code_like ? lower : std::string();
}

std::vector<std::string> DateValues(const FuzzyDate& d) {
  switch (d.precision) {
    case DatePrecision::kDay:
      return {fmt::format("{:04}-{:02}-{:02}", d.year, d.month, d.day)};
    case DatePrecision::kMonth:
      return {fmt::format("{:04}-{:02}", d.year, d.month)};
    case DatePrecision::kYear:
      return {fmt::format("{:04}", d.year)};
    case DatePrecision::kYearRange:
      break;
  }
  if (d.to_year - d.year > 10)
    return {fmt::format("{:04}", d.year), fmt::format("{:04}", d.to_year)};
  std::vector<std::string> years;
  for (int y = d.year; y <= d.to_year; ++y) years.push_back(fmt::format("{:04}", y));
  return years;
}

}  // namespace embargo::lists::ftm
