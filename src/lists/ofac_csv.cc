// OFAC SDN legacy CSV set: sdn.csv with add.csv, alt.csv and sdn_comments.csv beside it.
#include <algorithm>
#include <charconv>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "lists/csv.h"
#include "lists/ofac_entity.h"
#include "lists/ofac_remarks.h"
#include "lists/readers.h"
#include "model/country.h"
#include "model/text_util.h"

namespace embargo::lists {
namespace {

constexpr size_t kSdnFields = 12;
constexpr size_t kAddFields = 6;
constexpr size_t kAltFields = 5;
constexpr size_t kCommentFields = 2;
// A broken file can have a bad row on every line; the count says how many there were.
constexpr size_t kMaxWarnings = 200;

// A field as UTF-8 with OFAC's empty marker "-0- " read as "". The files are Latin-1.
std::string Field(std::string_view raw) {
  raw = Trim(raw);
  if (raw == "-0-") return "";
  for (char c : raw) {
    if (static_cast<unsigned char>(c) >= 0x80) return Latin1ToUtf8(raw);
  }
  return std::string(raw);
}

std::optional<uint64_t> ParseEntNum(std::string_view text) {
  text = Trim(text);
  uint64_t value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

class SetReader {
 public:
  explicit SetReader(const OfacCsvSet& files) : files_(files) {}

  Result<ListSnapshot> Read();

 private:
  void Warn(const std::string& name, size_t line, const std::string& what) {
    ++snapshot_.rows_skipped;
    if (snapshot_.warnings.size() < kMaxWarnings) {
      snapshot_.warnings.push_back(name + ":" + std::to_string(line) + ": " + what);
    }
  }
  // Runs `row` on every record of `content` that has `fields` fields and a numeric first
  // field; warns about the others.
  template <typename RowFn>
  Status ForEachRow(std::string_view content, const std::string& name, size_t fields, RowFn row);
  // The entity with this ent_num, or nullptr after a warning.
  Entity* Companion(uint64_t ent_num, const std::string& name, size_t line);

  Status ReadComments();
  Status ReadSdn();
  Status ReadAliases();
  Status ReadAddresses();

  const OfacCsvSet& files_;
  ListSnapshot snapshot_;
  std::unordered_map<uint64_t, size_t> index_;  // ent_num -> entities position
  struct Comment {
    std::string text;  // remarks overflow
    size_t line = 0;   // of its first row
  };
  std::unordered_map<uint64_t, Comment> comments_;  // by ent_num
  std::vector<std::vector<Name>> remark_aliases_;   // by entities position
};

template <typename RowFn>
Status SetReader::ForEachRow(std::string_view content, const std::string& name, size_t fields,
                             RowFn row) {
  CsvReader reader(content);
  while (const CsvRecord* record = reader.Next()) {
    if (record->fields.size() != fields) {
      Warn(name, record->line,
           "expected " + std::to_string(fields) + " fields, found " +
               std::to_string(record->fields.size()));
      continue;
    }
    std::optional<uint64_t> ent_num = ParseEntNum(record->fields[0]);
    if (!ent_num) {
      Warn(name, record->line, "ent_num is not a number: '" + Field(record->fields[0]) + "'");
      continue;
    }
    row(*ent_num, *record);
  }
  if (!reader.status().ok()) return ParseError(name + ": " + reader.status().message());
  return Status::Ok();
}

Entity* SetReader::Companion(uint64_t ent_num, const std::string& name, size_t line) {
  auto it = index_.find(ent_num);
  if (it != index_.end()) return &snapshot_.entities[it->second];
  Warn(name, line, "ent_num " + std::to_string(ent_num) + " is not in " + files_.sdn_name);
  return nullptr;
}

Status SetReader::ReadComments() {
  return ForEachRow(files_.comments, files_.comments_name, kCommentFields,
                    [&](uint64_t ent_num, const CsvRecord& record) {
                      // The overflow continues the remarks mid-word: no separator.
                      Comment& c = comments_[ent_num];
                      if (c.line == 0) c.line = record.line;
                      c.text += Field(record.fields[1]);
                    });
}

Status SetReader::ReadSdn() {
  return ForEachRow(
      files_.sdn, files_.sdn_name, kSdnFields, [&](uint64_t ent_num, const CsvRecord& record) {
        const auto& f = record.fields;
        std::optional<EntityKind> kind = ParseOfacKind(f[2]);
        if (!kind) {
          Warn(files_.sdn_name, record.line, "unknown SDN_Type '" + Field(f[2]) + "'");
          return;
        }
        std::string name = Field(f[1]);
        if (name.empty()) {
          Warn(files_.sdn_name, record.line, "empty SDN_Name");
          return;
        }
        if (index_.count(ent_num) != 0) {
          Warn(files_.sdn_name, record.line, "duplicate ent_num " + std::to_string(ent_num));
          return;
        }
        Entity e;
        e.reference = std::to_string(ent_num);
        e.id = "ofac:" + e.reference;
        e.source = "ofac";
        e.kind = *kind;
        e.names.push_back(MakeOfacName(name, e.kind, NameQuality::kPrimary, ""));
        e.programs = ParseOfacPrograms(Field(f[3]));
        // Columns first, so their values lead and remarks only fill what they leave empty.
        OfacRemarks facts;
        facts.AddTitle(Field(f[4]));
        if (std::string call_sign = Field(f[5]); !call_sign.empty()) {
          facts.identifiers.push_back(
              {IdType::kCallSign, std::move(call_sign), "", "Call Sign", ""});
        }
        facts.vessel.type = Field(f[6]);
        facts.vessel.tonnage = Field(f[7]);
        facts.vessel.gross_tonnage = Field(f[8]);
        facts.vessel.flag_text = Field(f[9]);
        facts.vessel.flag = OfacCountryCode(facts.vessel.flag_text);
        facts.vessel.owner = Field(f[10]);
        std::string remarks = Field(f[11]);
        if (auto it = comments_.find(ent_num); it != comments_.end()) remarks += it->second.text;
        facts.AddRemarks(remarks, e.kind);
        remark_aliases_.push_back(std::move(facts.aliases));
        facts.aliases.clear();
        e = WithOfacRemarks(std::move(e), std::move(facts), remarks);
        index_.emplace(ent_num, snapshot_.entities.size());
        snapshot_.entities.push_back(std::move(e));
      });
}

Status SetReader::ReadAliases() {
  return ForEachRow(
      files_.alt, files_.alt_name, kAltFields, [&](uint64_t ent_num, const CsvRecord& record) {
        Entity* e = Companion(ent_num, files_.alt_name, record.line);
        if (e == nullptr) return;
        std::string type = AsciiLower(Field(record.fields[2]));
        std::string alias_type = type == "fka" ? "f.k.a." : type == "nka" ? "n.k.a." : "a.k.a.";
        std::string name = Field(record.fields[3]);
        if (name.empty()) {
          Warn(files_.alt_name, record.line, "empty alt_name");
          return;
        }
        e->names.push_back(MakeOfacName(name, e->kind, NameQuality::kGoodAlias, alias_type));
        if (std::string note = Field(record.fields[4]); !note.empty()) {
          e->extra.push_back({"alias_remarks", name + ": " + note});
        }
      });
}

Status SetReader::ReadAddresses() {
  return ForEachRow(
      files_.add, files_.add_name, kAddFields, [&](uint64_t ent_num, const CsvRecord& record) {
        Entity* e = Companion(ent_num, files_.add_name, record.line);
        if (e == nullptr) return;
        Address a;
        a.street = Field(record.fields[2]);
        a.city = Field(record.fields[3]);  // "City/State/Postal" as one text: not split reliably
        a.country_text = Field(record.fields[4]);
        a.country = OfacCountryCode(a.country_text);
        a.note = Field(record.fields[5]);
        e->addresses.push_back(std::move(a));
      });
}

Result<ListSnapshot> SetReader::Read() {
  snapshot_.source = "ofac";
  snapshot_.format = ListFormat::kOfacSdnCsv;
  snapshot_.path = files_.sdn_name;
  std::string_view body = Trim(files_.sdn);
  while (!body.empty() && body.back() == '\x1A') body = Trim(body.substr(0, body.size() - 1));
  if (body.empty()) return ParseError(files_.sdn_name + ": empty file");
  // One entity per line: reserving avoids moving every entity while the vector grows.
  size_t lines = std::count(body.begin(), body.end(), '\n') + 1;
  snapshot_.entities.reserve(lines);
  remark_aliases_.reserve(lines);
  index_.reserve(lines);
  if (Status s = ReadComments(); !s.ok()) return s;
  if (Status s = ReadSdn(); !s.ok()) return s;
  if (snapshot_.entities.empty()) {
    return ParseError(files_.sdn_name + ": no valid rows" +
                      (snapshot_.warnings.empty() ? "" : " (" + snapshot_.warnings[0] + ")"));
  }
  std::vector<std::pair<size_t, uint64_t>> orphans;  // (line, ent_num), reported in file order
  for (const auto& [ent_num, comment] : comments_) {
    if (index_.count(ent_num) == 0) orphans.emplace_back(comment.line, ent_num);
  }
  std::sort(orphans.begin(), orphans.end());
  for (const auto& [line, ent_num] : orphans) Companion(ent_num, files_.comments_name, line);
  if (Status s = ReadAliases(); !s.ok()) return s;
  if (Status s = ReadAddresses(); !s.ok()) return s;
  // Remarks aliases come after the alias file's, and only when it does not already have them.
  for (size_t i = 0; i < snapshot_.entities.size(); ++i) {
    Entity& e = snapshot_.entities[i];
    e.names = AppendNewAliases(std::move(e.names), std::move(remark_aliases_[i]));
  }
  return std::move(snapshot_);
}

}  // namespace

Result<ListSnapshot> ReadOfacSdnCsv(const OfacCsvSet& files) {
  SetReader reader(files);
  return reader.Read();
}

}  // namespace embargo::lists
