#include "embargo/entity.h"

#include <fmt/format.h>

#include <array>

namespace embargo {
namespace {

constexpr std::array<std::string_view, 4> kKindNames = {"person", "organization", "vessel",
                                                        "aircraft"};
constexpr std::array<std::string_view, 13> kIdTypeNames = {
    "passport", "national_id", "tax_id",   "registration", "imo",     "mmsi",  "call_sign",
    "swift_bic", "crypto_address", "email", "website",     "phone",   "other"};

}  // namespace

std::string_view EntityKindName(EntityKind kind) { return kKindNames[static_cast<int>(kind)]; }

std::string_view NameQualityName(NameQuality q) {
  switch (q) {
    case NameQuality::kPrimary: return "primary";
    case NameQuality::kGoodAlias: return "good_alias";
    case NameQuality::kWeakAlias: return "weak_alias";
  }
  return "primary";
}

std::string_view IdTypeName(IdType type) { return kIdTypeNames[static_cast<int>(type)]; }

std::string_view GenderName(Gender gender) {
  switch (gender) {
    case Gender::kMale: return "male";
    case Gender::kFemale: return "female";
    case Gender::kUnknown: break;
  }
  return "unknown";
}

std::string_view DatePrecisionName(DatePrecision p) {
  switch (p) {
    case DatePrecision::kDay: return "day";
    case DatePrecision::kMonth: return "month";
    case DatePrecision::kYear: return "year";
    case DatePrecision::kYearRange: return "year_range";
  }
  return "year";
}

std::optional<EntityKind> ParseEntityKind(std::string_view text) {
  for (size_t i = 0; i < kKindNames.size(); ++i) {
    if (text == kKindNames[i]) return static_cast<EntityKind>(i);
  }
  if (text == "Person" || text == "individual") return EntityKind::kPerson;
  if (text == "Organization" || text == "Company" || text == "LegalEntity" || text == "entity" ||
      text == "company" || text == "org")
    return EntityKind::kOrganization;
  if (text == "Vessel") return EntityKind::kVessel;
  if (text == "Airplane" || text == "Aircraft") return EntityKind::kAircraft;
  return std::nullopt;
}

std::optional<IdType> ParseIdType(std::string_view text) {
  for (size_t i = 0; i < kIdTypeNames.size(); ++i) {
    if (text == kIdTypeNames[i]) return static_cast<IdType>(i);
  }
  if (text == "bic" || text == "swift") return IdType::kSwiftBic;
  if (text == "tax") return IdType::kTaxId;
  if (text == "national" || text == "id") return IdType::kNationalId;
  if (text == "lei") return IdType::kRegistration;
  return std::nullopt;
}

std::string FuzzyDate::ToString() const {
  std::string prefix = approximate ? "~" : "";
  switch (precision) {
    case DatePrecision::kDay: return fmt::format("{}{:04}-{:02}-{:02}", prefix, year, month, day);
    case DatePrecision::kMonth: return fmt::format("{}{:04}-{:02}", prefix, year, month);
    case DatePrecision::kYear: return fmt::format("{}{:04}", prefix, year);
    case DatePrecision::kYearRange: return fmt::format("{}{:04}/{:04}", prefix, year, to_year);
  }
  return text;
}

std::string Address::ToString() const {
  std::string out;
  for (const std::string* part : {&street, &city, &region, &postal_code, &country_text}) {
    if (part->empty()) continue;
    if (!out.empty()) out += ", ";
    out += *part;
  }
  if (country_text.empty() && !country.empty()) out += (out.empty() ? "" : ", ") + country;
  return out;
}

}  // namespace embargo
