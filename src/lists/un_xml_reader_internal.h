// Internals of the UN Consolidated List reader (un_xml_reader.cc): turning one <INDIVIDUAL> or
// <ENTITY> element into an Entity. Exposed here so the record reader can stay in its own file.
#pragma once

#include <optional>
#include <pugixml.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "embargo/entity.h"

namespace embargo::lists::un_xml {

// One record as read, with what the reader did not recognize.
struct Record {
  Entity entity;
  // Names of elements outside the known vocabulary, one per occurrence. They point into the
  // parsed document and live as long as it does.
  std::vector<std::string_view> unknown_elements;
  // Why the record cannot be kept (no name, no reference); empty when it is fine.
  std::string problem;
};

// Reads one record. `list_version` is the list's own ISO date.
Record ReadRecord(pugi::xml_node record, EntityKind kind, const std::string& list_version);

// A country as the UN writes it: a name, or a name or nationality adjective with a qualifier
// ("Indonesia (as at Dec. 2003)", "Possibly Ethiopian", "Sudanese by birth", "Tunisian
// passport", "United States. Also believed to hold Syrian nationality").
struct CountryReading {
  std::string code;   // ISO alpha-2, lower case; empty when no country could be read
  bool plain = true;  // false when the text is more than a country name: keep its wording
};
CountryReading ReadCountry(std::string_view text);

// The model's type for UN document wording ("Passport", "National Identification Number",
// "Numéro de passeport", the free-text TYPE_OF_DOCUMENT2); nullopt when it says nothing.
std::optional<IdType> DocumentTypeFromWords(std::string_view words);

// "Male", "MALE", "female"; kUnknown for anything else.
Gender GenderFromWord(std::string_view word);
// The word after "Gender:" in a comment ("Gender: Male."), else kUnknown.
Gender GenderFromComments(std::string_view comments);

// "1960-01-01", also from an xs:date with a time zone ("1960-01-01-05:00", "1960-01-01Z"),
// or from an xs:dateTime ("2026-05-08T23:00:06.922Z"). Empty when `text` holds no valid day.
std::string IsoDay(std::string_view text);

}  // namespace embargo::lists::un_xml
