#include "lists/list_stats.h"

#include <fmt/format.h>

namespace embargo::lists {

std::vector<SourceStats> ComputeStats(const std::vector<ListSnapshot>& snapshots) {
  std::vector<SourceStats> out;
  for (const ListSnapshot& snap : snapshots) {
    SourceStats s;
    s.source = snap.source;
    s.format = std::string(ListFormatName(snap.format));
    s.version = snap.version;
    s.path = snap.path;
    s.entities = snap.entities.size();
    s.rows_skipped = snap.rows_skipped;
    s.warnings = snap.warnings.size();
    for (const Entity& e : snap.entities) {
      ++s.by_kind[std::string(EntityKindName(e.kind))];
      for (const std::string& p : e.programs) ++s.by_program[p];
      for (const Name& n : e.names) {
        ++s.names_by_quality[std::string(NameQualityName(n.quality))];
        s.original_script_names += n.original_script;
      }
      for (const Identifier& id : e.identifiers) ++s.identifiers_by_type[std::string(IdTypeName(id.type))];
      s.birth_dates += e.birth_dates.size();
      s.addresses += e.addresses.size();
    }
    out.push_back(std::move(s));
  }
  return out;
}

nlohmann::json StatsToJson(const std::vector<SourceStats>& stats) {
  nlohmann::json lists = nlohmann::json::array();
  size_t total = 0;
  for (const SourceStats& s : stats) {
    total += s.entities;
    lists.push_back({{"source", s.source},
                     {"format", s.format},
                     {"version", s.version},
                     {"path", s.path},
                     {"entities", s.entities},
                     {"rows_skipped", s.rows_skipped},
                     {"warnings", s.warnings},
                     {"by_kind", s.by_kind},
                     {"by_program", s.by_program},
                     {"names_by_quality", s.names_by_quality},
                     {"original_script_names", s.original_script_names},
                     {"identifiers_by_type", s.identifiers_by_type},
                     {"birth_dates", s.birth_dates},
                     {"addresses", s.addresses}});
  }
  return {{"lists", lists}, {"total_entities", total}};
}

namespace {

std::string Counts(const std::map<std::string, size_t>& m, size_t limit = 0) {
  std::vector<std::pair<std::string, size_t>> v(m.begin(), m.end());
  std::stable_sort(v.begin(), v.end(), [](auto& a, auto& b) { return a.second > b.second; });
  std::string out;
  size_t shown = 0;
  for (auto& [k, n] : v) {
    if (limit && shown == limit) {
      out += fmt::format(", ... {} more", v.size() - limit);
      break;
    }
    out += fmt::format("{}{} {}", out.empty() ? "" : ", ", k, n);
    ++shown;
  }
  return out.empty() ? "-" : out;
}

}  // namespace

std::string StatsToText(const std::vector<SourceStats>& stats) {
  std::string out;
  size_t total = 0;
  for (const SourceStats& s : stats) {
    total += s.entities;
    out += fmt::format("{} {} ({}) {}\n", s.source, s.version.empty() ? "(undated)" : s.version,
                       s.format, s.path);
    out += fmt::format("  entities     {}  ({})\n", s.entities, Counts(s.by_kind));
    out += fmt::format("  programs     {}\n", Counts(s.by_program, 12));
    out += fmt::format("  names        {}; original script {}\n", Counts(s.names_by_quality),
                       s.original_script_names);
    out += fmt::format("  identifiers  {}\n", Counts(s.identifiers_by_type));
    out += fmt::format("  birth dates  {}; addresses {}\n", s.birth_dates, s.addresses);
    if (s.rows_skipped || s.warnings)
      out += fmt::format("  skipped rows {}; warnings {}\n", s.rows_skipped, s.warnings);
  }
  out += fmt::format("total: {} entities in {} lists\n", total, stats.size());
  return out;
}

}  // namespace embargo::lists
