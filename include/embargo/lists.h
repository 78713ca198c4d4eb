// Reading official sanctions lists into Entities.
//
// The format of a file is detected from its content, never from its name. A malformed or
// truncated file fails as a whole with the file name and the line or byte offset; nothing
// half-loaded is returned. Row-oriented formats (CSV) skip a bad row, report its line in
// `warnings` and count it in `rows_skipped`. All functions are thread-safe (no shared state).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "embargo/entity.h"
#include "embargo/status.h"

namespace embargo {

enum class ListFormat {
  kUnXml,          // UN Security Council Consolidated List XML (both layouts)
  kOfacSdnCsv,     // OFAC SDN legacy CSV: sdn.csv (+ add.csv, alt.csv, sdn_comments.csv)
  kOfacXml,        // OFAC sdnList XML (sdn.xml and the consolidated non-SDN list)
  kUkConListCsv,   // UK OFSI Consolidated List CSV
  kEuFsfXml,       // EU Financial Sanctions File XML, legacy 1.0 and current 1.1
  kFtmJson,        // FollowTheMoney JSON lines
};

std::string_view ListFormatName(ListFormat format);  // "un_xml", "ofac_sdn_csv", ...

// One loaded list file (or OFAC CSV set): the entities and how loading went.
struct ListSnapshot {
  std::string source;   // "un", "ofac", "uk", "eu", or the FtM dataset
  ListFormat format = ListFormat::kUnXml;
  std::string version;  // the list's own date, ISO "2026-05-08"; empty when the file has none
  std::string path;     // the file that was read (sdn.csv for an OFAC set)
  std::vector<Entity> entities;
  std::vector<std::string> warnings;  // non-fatal: skipped rows with their line, unknown elements
  size_t rows_skipped = 0;

  // The entity with this id, or nullptr.
  const Entity* Find(std::string_view id) const;
};

// Detects the format of the file at `path` from its first bytes.
// Companion files of an OFAC set (add.csv, alt.csv, sdn_comments.csv) are reported as
// kUnsupported: load their sdn.csv instead.
Result<ListFormat> DetectListFormat(const std::string& path);

// Reads one list file. For an OFAC sdn.csv, the companion files beside it are read too.
Result<ListSnapshot> LoadList(const std::string& path);

// Reads files and folders. A folder contributes every list file directly inside it (sorted by
// name), skipping OFAC companion files and files that are not lists. The first failure aborts.
Result<std::vector<ListSnapshot>> LoadLists(const std::vector<std::string>& paths);

// Parses list content already in memory. `name` is used in error messages and as `path`.
Result<ListSnapshot> ParseList(std::string_view content, ListFormat format, const std::string& name);

// The reference set of official lists, used wherever Embargo means "all lists": UN 2026-05-08,
// OFAC SDN 2021-07 (with aliases and addresses), OFAC SDN 2024-05-03, OFAC non-SDN 2026-01-08,
// UK OFSI 2018-04-13 and the EU 2016 subset. Paths are inside `lists_dir`.
std::vector<std::string> ReferenceListPaths(const std::string& lists_dir);

// Where list files are looked for when none are named: $EMBARGO_LISTS_DIR, else
// "../shared/data/lists" relative to the working directory.
std::string DefaultListsDir();

// Writes entities as FollowTheMoney JSON lines, one entity per line, each ending in '\n'.
std::string ToFtmJson(const Entity& entity);

}  // namespace embargo
