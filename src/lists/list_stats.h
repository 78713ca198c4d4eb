// Statistics over loaded lists: what `embargo lists stats` prints.
#pragma once

#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "embargo/lists.h"

namespace embargo::lists {

struct SourceStats {
  std::string source;
  std::string format;
  std::string version;
  std::string path;
  size_t entities = 0;
  size_t rows_skipped = 0;
  size_t warnings = 0;
  std::map<std::string, size_t> by_kind;      // "person" -> 737
  std::map<std::string, size_t> by_program;   // "DPRK" -> 155
  std::map<std::string, size_t> names_by_quality;  // "primary", "good_alias", "weak_alias"
  size_t original_script_names = 0;
  std::map<std::string, size_t> identifiers_by_type;  // "passport" -> 412
  size_t birth_dates = 0;
  size_t addresses = 0;
};

std::vector<SourceStats> ComputeStats(const std::vector<ListSnapshot>& snapshots);
nlohmann::json StatsToJson(const std::vector<SourceStats>& stats);
std::string StatsToText(const std::vector<SourceStats>& stats);

}  // namespace embargo::lists
