// UK OFSI Consolidated List CSV: "Last Updated,DD/MM/YYYY", a header row, then one row per name.
#include <deque>
#include <string>
#include <unordered_map>

#include "lists/csv.h"
#include "lists/readers.h"
#include "lists/uk_conlist.h"
#include "lists/uk_text.h"
#include "model/text_util.h"

namespace embargo::lists {
namespace {

constexpr size_t kMaxWarnings = 100;  // a broken file should not bury the log in row warnings

// The official files are Windows-1252; a copy re-saved as UTF-8 is accepted too.
std::string ToUtf8(std::string_view content) {
  if (content.substr(0, 3) == "\xEF\xBB\xBF") content.remove_prefix(3);
  if (IsValidUtf8(content)) return std::string(content);
  // Copy ASCII runs whole; only the rare high bytes go through the code page table.
  std::string out;
  out.reserve(content.size() + content.size() / 16);
  size_t run = 0;
  for (size_t i = 0; i < content.size(); ++i) {
    if (static_cast<unsigned char>(content[i]) < 0x80) continue;
    out.append(content.substr(run, i - run));
    out += Cp1252ToUtf8(content.substr(i, 1));
    run = i + 1;
  }
  out.append(content.substr(run));
  return out;
}

bool IsHeader(const std::vector<std::string_view>& fields) {
  for (std::string_view f : fields)
    if (EqualsIgnoreCase(Trim(f), "Group ID")) return true;
  return false;
}

// True when a row carries the header's fields plus only empty trailing ones.
bool FitsHeader(const std::vector<std::string_view>& fields, size_t header_size) {
  if (fields.size() < header_size) return false;
  for (size_t i = header_size; i < fields.size(); ++i)
    if (!Trim(fields[i]).empty()) return false;
  return true;
}

class Warnings {
 public:
  explicit Warnings(ListSnapshot& snapshot) : snapshot_(snapshot) {}
  void SkipRow(const std::string& message) {
    ++snapshot_.rows_skipped;
    if (snapshot_.warnings.size() < kMaxWarnings) snapshot_.warnings.push_back(message);
  }
  void Finish() {
    if (snapshot_.rows_skipped > kMaxWarnings)
      snapshot_.warnings.push_back(std::to_string(snapshot_.rows_skipped - kMaxWarnings) +
                                   " more skipped rows not listed");
  }

 private:
  ListSnapshot& snapshot_;
};

}  // namespace

Result<ListSnapshot> ReadUkConList(std::string_view content, const std::string& name) {
  std::string text = ToUtf8(content);
  CsvReader csv(text);
  ListSnapshot snapshot;
  snapshot.source = "uk";
  snapshot.format = ListFormat::kUkConListCsv;
  snapshot.path = name;
  const CsvRecord* record = csv.Next();
  if (record && !record->fields.empty() &&
      EqualsIgnoreCase(Trim(record->fields[0]), "Last Updated")) {
    if (record->fields.size() > 1) snapshot.version = uk::DayFirstToIso(record->fields[1]);
    record = csv.Next();
  }
  if (!record || !IsHeader(record->fields)) {
    if (!csv.status().ok()) return ParseError(name + ":" + csv.status().message());
    return ParseError(name + ":" + std::to_string(record ? record->line : 1) +
                      ": expected the header row (Name 6, Name 1, ... Group ID)");
  }
  Result<uk::ColumnMap> columns = uk::ColumnMap::FromHeader(record->fields);
  if (!columns.ok())
    return ParseError(name + ":" + std::to_string(record->line) + ": " +
                      columns.status().message());
  std::deque<uk::GroupBuilder> groups;  // builders stay put as groups are added
  std::unordered_map<std::string, size_t> group_index;
  Warnings warnings(snapshot);
  while ((record = csv.Next()) != nullptr) {
    const std::string where = name + ":" + std::to_string(record->line) + ": ";
    if (!FitsHeader(record->fields, columns->size())) {
      warnings.SkipRow(where + "expected " + std::to_string(columns->size()) + " fields, found " +
                       std::to_string(record->fields.size()));
      continue;
    }
    std::string group_id(Trim(columns->Get(record->fields, uk::Column::kGroupId)));
    if (group_id.empty()) {
      warnings.SkipRow(where + "missing Group ID");
      continue;
    }
    if (Trim(columns->Get(record->fields, uk::Column::kName6)).empty() &&
        Trim(columns->Get(record->fields, uk::Column::kName1)).empty()) {
      warnings.SkipRow(where + "no name in Name 1 or Name 6");
      continue;
    }
    auto [it, inserted] = group_index.try_emplace(group_id, groups.size());
    if (inserted) groups.emplace_back(group_id, snapshot.version);
    groups[it->second].AddRow(*columns, record->fields);
  }
  if (!csv.status().ok()) return ParseError(name + ":" + csv.status().message());
  warnings.Finish();
  snapshot.entities.reserve(groups.size());
  for (uk::GroupBuilder& g : groups) snapshot.entities.push_back(g.Finish());
  return snapshot;
}

}  // namespace embargo::lists
