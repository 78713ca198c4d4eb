// The two layouts of the EU Financial Sanctions File (FSF) XML, behind lists::ReadEuFsfXml.
//
// Legacy 1.0: <WHOLE Date="dd/mm/yyyy"> with <ENTITY Id Type="P|E"> holding NAME, BIRTH,
// PASSPORT, CITIZEN and ADDRESS children whose values are element text.
// Current 1.1: <export xmlns="http://eu.europa.ec/fpi/fsd/export" generationDate> with
// <sanctionEntity logicalId> holding nameAlias, birthdate, citizenship, identification, address
// and regulation children whose values are attributes.
#pragma once

#include <pugixml.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "embargo/lists.h"

namespace embargo::lists::eu {

// Both fill source, format, version, entities and warnings; the caller sets path.
ListSnapshot ReadLegacyWhole(const pugi::xml_node& whole, const std::string& name);
ListSnapshot ReadExport(const pugi::xml_node& root, const std::string& name);

// The element name without a namespace prefix: "fsd:export" -> "export".
std::string_view LocalName(const pugi::xml_node& node);

// "11/02/2016" -> "2016-02-11"; "2018-12-21T14:39:54+01:00" -> "2018-12-21"; "" otherwise.
std::string IsoDay(std::string_view text);

// ISO 3166 alpha-2 (lower case) for "IQ", "IRQ" or "IRAQ"; "" for "00", "UNKNOWN" or empty.
std::string EuCountry(std::string_view code_or_name);

template <typename T>
bool Contains(const std::vector<T>& values, const T& value) {
  for (const T& v : values)
    if (v == value) return true;
  return false;
}

// Appends `value` unless it is empty or already present (lists repeat facts across records).
template <typename T>
void AddUnique(std::vector<T>& values, T value) {
  if (value != T() && !Contains(values, value)) values.push_back(std::move(value));
}

// AddUnique for free text where case differs between legal acts ("President", "president").
void AddUniqueIgnoreCase(std::vector<std::string>& values, std::string value);

}  // namespace embargo::lists::eu
