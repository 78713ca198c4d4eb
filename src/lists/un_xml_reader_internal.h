// Internals of the UN Consolidated List reader (un_xml_reader.cc): turning one <INDIVIDUAL> or
// <ENTITY> element into an Entity. Exposed here so the record reader can stay in its own file.
#pragma once

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

// "1960-01-01", also from an xs:date with a time zone ("1960-01-01-05:00", "1960-01-01Z"),
// or from an xs:dateTime ("2026-05-08T23:00:06.922Z"). Empty when `text` holds no valid day.
std::string IsoDay(std::string_view text);

}  // namespace embargo::lists::un_xml
