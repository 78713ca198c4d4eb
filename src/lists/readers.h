// One reader per official format. Each parses content already in memory and returns a complete
// snapshot or an error naming `name` and the line or byte offset; load.cc picks the reader.
#pragma once

#include <string>
#include <string_view>

#include "embargo/lists.h"

namespace embargo::lists {

// UN Security Council Consolidated List XML, 2017-2022 and 2025-2026 layouts.
Result<ListSnapshot> ReadUnXml(std::string_view content, const std::string& name);

// The OFAC SDN legacy CSV set. Companion files may be empty (absent).
struct OfacCsvSet {
  std::string_view sdn;
  std::string_view add;
  std::string_view alt;
  std::string_view comments;
  std::string sdn_name;  // for messages, e.g. ".../sdn.csv"
  std::string add_name;
  std::string alt_name;
  std::string comments_name;
};
Result<ListSnapshot> ReadOfacSdnCsv(const OfacCsvSet& files);

// OFAC sdnList XML (sdn.xml, consolidated non-SDN list).
Result<ListSnapshot> ReadOfacXml(std::string_view content, const std::string& name);

// UK OFSI Consolidated List CSV (Windows-1252).
Result<ListSnapshot> ReadUkConList(std::string_view content, const std::string& name);

// EU Financial Sanctions File XML, legacy 1.0 (WHOLE/ENTITY) and 1.1 (export/sanctionEntity).
Result<ListSnapshot> ReadEuFsfXml(std::string_view content, const std::string& name);

// FollowTheMoney JSON lines.
Result<ListSnapshot> ReadFtmJson(std::string_view content, const std::string& name);

}  // namespace embargo::lists
