// The part of the FollowTheMoney (FtM) model that Embargo reads and writes: subject schemas and
// the properties that carry identifiers. Shared by the FtM JSON lines reader and writer so that
// a written entity reads back the same. Constant tables only; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "embargo/entity.h"

namespace embargo::lists::ftm {

// The kind of a subject schema (Person, Organization, Company, LegalEntity, PublicBody, Vessel,
// Airplane); nullopt for schemas that describe something else (Sanction, Address, Ownership...).
std::optional<EntityKind> SubjectKind(std::string_view schema);

// The schema to write: "Person", "Vessel", "Airplane", and for organizations the schema the
// entity was read with (extra "ftm_schema", e.g. "Company"), else "Organization".
std::string_view SchemaFor(const Entity& entity);

// The property an identifier is written to: kPassport -> "passportNumber", kImo -> "imoNumber",
// kOther -> "idNumber".
std::string_view IdentifierProperty(IdType type);

// An identifier-carrying property and the type it reads as, with the label for properties that
// name a specific register ("innCode" -> kTaxId, "INN"); nullopt for other properties.
struct IdentifierField {
  IdType type;
  std::string_view label;  // "" for the generic properties
};
std::optional<IdentifierField> PropertyIdentifier(std::string_view property);

// Whether an extra field of that key is itself an FtM property and is written back as one
// ("topics", "sourceUrl", "buildDate" ...). Other extras stay out of the export.
bool IsFtmProperty(std::string_view extra_key);

// A country property value as an ISO alpha-2 code: FtM writes codes ("ru"), including its own for
// places without one ("xk", "suhh", "zz"), which are kept; a country name is looked up.
// "" when the value is neither.
std::string CountryValue(std::string_view value);

// A date as FtM writes it: an ISO prefix at its precision; a year range becomes its years (or its
// two ends when it spans more than a decade), since FtM has no range type.
std::vector<std::string> DateValues(const FuzzyDate& date);

}  // namespace embargo::lists::ftm
