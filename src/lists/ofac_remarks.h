// OFAC's feature vocabulary: the Remarks mini-language of the SDN CSV and the idType labels
// of the sdnList XML.
//
// OFAC writes every feature of a listed party as "<label> <value>", e.g. "Passport 381310014
// (Korea, North) expires 2021" or "Vessel Registration Identification IMO 8660313". The CSV
// joins them with "; " in the Remarks column; the XML puts label and value in idType and
// idNumber. One label table serves both. Everything here is pure: thread-safe.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "embargo/entity.h"

namespace embargo::lists {

// What a label says about its value.
enum class OfacFeature : uint8_t {
  kIdentifier,           // a document or number: `id_type` tells which
  kCryptoAddress,        // "Digital Currency Address - XBT <address>"
  kBirthDate,            // "DOB"
  kBirthPlace,           // "POB"
  kNationality,          // "nationality", "citizen"
  kRegistrationCountry,  // "Nationality of Registration": a country of the entity
  kGender,               // "Gender"
  kVesselFlag,           // "Vessel Flag"
  kVesselType,           // "Vessel Type"
  kVesselTonnage,        // "Vessel Tonnage"
  kVesselGrt,            // "Vessel Gross Registered Tonnage"
  kVesselOwner,          // "Vessel Owner"
  kAlias,                // "a.k.a. 'NAME'"
  kExtra,                // a typed fact the model has no slot for: ExtraField `key`
};

struct OfacLabel {
  std::string_view text;  // as OFAC writes it: "Tax ID No."
  OfacFeature feature;
  IdType id_type;        // for kIdentifier
  std::string_view key;  // ExtraField key for kExtra, alias type for kAlias
};

// The label `label` names exactly (case-insensitive; a trailing ':' or '-' is ignored), or
// nullptr. For XML idType values.
const OfacLabel* FindOfacLabel(std::string_view label);

// The longest label that `clause` starts with, followed by a space, ':' or the end; or nullptr.
const OfacLabel* MatchOfacLabel(std::string_view clause);

// The ISO code of a country as OFAC writes it ("Korea, North", "Region: Crimea",
// "Palestinian", "Bahamas, The"); "" when unknown.
std::string OfacCountryCode(std::string_view text);

// Splits an identifier value into number, issuing country and note:
// "381310014 (Korea, North) expires 2021" -> {"381310014", "kp", "expires 2021"}.
Identifier ParseOfacIdValue(std::string_view value);

// A name as OFAC writes it. For people "LAST, First Middle": `full` stays as written and
// `parts` is {"LAST", "First", "Middle"} (surname first, the surname kept whole). Other names
// are not split. No second, display-order ("First Middle LAST") name is stored: it would count
// as an alias the list does not have, and `parts` gives the matcher both orders already.
Name MakeOfacName(std::string_view full, EntityKind kind, NameQuality quality,
                  std::string_view alias_type);

// True for an honorific or rank written on its own: "Brigadier General", "Doctor", "Haji".
bool IsOfacTitle(std::string_view text);

// The facts read from one Remarks text.
struct OfacRemarks {
  std::vector<FuzzyDate> birth_dates;
  std::vector<Place> birth_places;
  std::vector<std::string> nationalities;  // ISO codes, nationality and citizenship
  std::vector<std::string> countries;      // countries of registration
  Gender gender = Gender::kUnknown;
  std::vector<Identifier> identifiers;
  std::vector<Name> aliases;  // a.k.a./f.k.a./n.k.a. fragments: OFAC's weak aliases
  std::vector<std::string> titles;
  std::vector<std::string> positions;
  VesselInfo vessel;  // remarks fill only the particulars still empty
  std::vector<ExtraField> extra;
  std::vector<std::string> unparsed;  // clauses no rule could type, as written
  size_t clause_count = 0;

  // Records `value` under `label`; false when the value cannot be read (an unknown country,
  // an impossible date), in which case nothing is recorded.
  bool Add(const OfacLabel& label, std::string_view value, EntityKind kind);

  // Splits remarks into "; "-separated clauses (a ';' inside parentheses does not split) and
  // types each one.
  void AddRemarks(std::string_view remarks, EntityKind kind);

  // Files OFAC's Title text ("Brigadier General; Minister of Defense") as titles (honorifics,
  // ranks) and positions (offices). Not counted as clauses.
  void AddTitle(std::string_view title);

  // Types one clause ("alt. Passport 123 (Iran)") and counts it; an empty clause is ignored.
  // False when no rule could type it: the clause is then kept in `unparsed`.
  bool AddClause(std::string_view clause, EntityKind kind);
};

// The facts of one Remarks text (see AddRemarks). `kind` decides whether free text is read as
// a position or a title (people only) and how alias names are split.
OfacRemarks ParseOfacRemarks(std::string_view remarks, EntityKind kind);

}  // namespace embargo::lists
