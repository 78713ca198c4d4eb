// The entity model: one faithful representation of a listed party for every source format.
//
// A reader turns an official list file into Entities and keeps every piece of evidence the file
// carries (aliases with their quality, original-script names, date-of-birth ranges, documents,
// addresses, vessel particulars). What a reader cannot type stays in `remarks` or `extra`, never
// dropped. Entities are plain values: copy freely, share const references between threads.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace embargo {

enum class EntityKind : uint8_t { kPerson, kOrganization, kVessel, kAircraft };

enum class NameQuality : uint8_t {
  kPrimary,    // the name the list files the entry under
  kGoodAlias,  // a.k.a., UN "Good" quality, former names
  kWeakAlias,  // UN "Low" quality, OFAC/UK "weak" aliases: weak evidence on their own
};

enum class Gender : uint8_t { kUnknown, kMale, kFemale };

struct Name {
  std::string full;                // as written in the list, UTF-8
  std::vector<std::string> parts;  // name parts in list order where the source splits them
  NameQuality quality = NameQuality::kPrimary;
  std::string alias_type;        // source wording: "a.k.a.", "f.k.a.", "n.k.a.", "Good", "Low"
  bool original_script = false;  // from an original-script field (UN NAME_ORIGINAL_SCRIPT ...)
  std::string script;            // ISO 15924 code of the dominant script: "Latn", "Cyrl", "Hang"

  bool operator==(const Name&) const = default;
};

enum class DatePrecision : uint8_t { kDay, kMonth, kYear, kYearRange };

// A date as precise as the source gives it. For kYearRange, `year`..`to_year` inclusive.
struct FuzzyDate {
  int year = 0;
  int month = 0;  // 0 when unknown
  int day = 0;    // 0 when unknown
  int to_year = 0;
  DatePrecision precision = DatePrecision::kYear;
  bool approximate = false;  // "approximately", "circa"
  std::string text;          // the source text, for display

  // "1945-05-10", "1945-05", "1945", "1945/1947" with a "~" prefix when approximate.
  std::string ToString() const;
  bool operator==(const FuzzyDate&) const = default;
};

struct Place {
  std::string text;     // as written: "Pyongyang, Democratic People's Republic of Korea"
  std::string country;  // ISO 3166 alpha-2, lower case ("kp"); empty when unknown
  bool operator==(const Place&) const = default;
};

enum class IdType : uint8_t {
  kPassport,
  kNationalId,
  kTaxId,
  kRegistration,
  kImo,
  kMmsi,
  kCallSign,
  kSwiftBic,
  kCryptoAddress,
  kEmail,
  kWebsite,
  kPhone,
  kOther,
};

struct Identifier {
  IdType type = IdType::kOther;
  std::string value;    // as written
  std::string country;  // issuing country, ISO alpha-2 lower case, may be empty
  std::string label;    // the source's own label: "Passport", "Digital Currency Address - XBT"
  std::string note;     // issue/expiry dates and other qualifiers
  bool operator==(const Identifier&) const = default;
};

struct Address {
  std::string street;
  std::string city;
  std::string region;  // state or province
  std::string postal_code;
  std::string country;       // ISO alpha-2 lower case, may be empty
  std::string country_text;  // country as written
  std::string note;
  // One line, comma-separated, skipping empty parts.
  std::string ToString() const;
  bool operator==(const Address&) const = default;
};

struct VesselInfo {
  std::string flag;       // ISO alpha-2 lower case
  std::string flag_text;  // as written
  std::string type;       // "Crude Oil Tanker"
  std::string tonnage;
  std::string gross_tonnage;
  std::string owner;
  bool operator==(const VesselInfo&) const = default;
};

// A field the model has no slot for, kept verbatim (e.g. UN INTERPOL_LINK).
struct ExtraField {
  std::string key;
  std::string value;
  bool operator==(const ExtraField&) const = default;
};

struct Entity {
  std::string id;         // stable: "<source>:<reference>", e.g. "un:KPi.040", "ofac:12345"
  std::string source;     // "un", "ofac", "uk", "eu" or a FtM dataset name
  std::string reference;  // the source's own reference number
  EntityKind kind = EntityKind::kPerson;
  std::vector<Name> names;  // names[0] is the primary name
  std::vector<FuzzyDate> birth_dates;
  std::vector<Place> birth_places;
  std::vector<std::string> nationalities;  // ISO alpha-2 lower case
  std::vector<std::string> countries;      // countries of residence, registration, operation
  Gender gender = Gender::kUnknown;
  std::vector<Identifier> identifiers;
  std::vector<Address> addresses;
  std::vector<std::string> programs;  // regime or program: "UN DPRK", "DPRK3", "SDGT"
  std::string listed_on;              // ISO date "2016-03-02", empty when unknown
  std::vector<std::string> titles;        // "Dr.", "Colonel"
  std::vector<std::string> positions;     // UN DESIGNATION, OFAC title field
  VesselInfo vessel;                      // meaningful for kVessel
  std::string remarks;                    // free text the reader could not type
  std::vector<ExtraField> extra;          // fields the model has no slot for
  std::string list_version;               // the list's own date, ISO

  const Name& primary_name() const { return names.front(); }  // REQUIRES: !names.empty()
  bool operator==(const Entity&) const = default;
};

std::string_view EntityKindName(EntityKind kind);    // "person", "organization", ...
std::string_view NameQualityName(NameQuality q);     // "primary", "good_alias", "weak_alias"
std::string_view IdTypeName(IdType type);            // "passport", "imo", "swift_bic", ...
std::string_view GenderName(Gender gender);          // "unknown", "male", "female"
std::string_view DatePrecisionName(DatePrecision p); // "day", "month", "year", "year_range"
// Parse the names above (also FtM schema names for kinds); nullopt when unknown.
std::optional<EntityKind> ParseEntityKind(std::string_view text);
std::optional<IdType> ParseIdType(std::string_view text);

}  // namespace embargo
