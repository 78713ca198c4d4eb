// Set (c)'s entity resolution truth set (Senzing's demo): customer and reference records
// screened against the watchlist records, where the truth key says which records are one
// real-world entity. Names, dates of birth, gender, countries and identity documents are read;
// addresses, phones and e-mails are not evidence the screener weighs.
#include <fmt/format.h>

#include <map>
#include <sstream>

#include "eval.h"
#include "lists/csv.h"
#include "model/country.h"
#include "model/file_util.h"
#include "model/fuzzy_date.h"

namespace embargo::eval {
namespace {

// One CSV file's rows as header -> value.
using Row = std::map<std::string, std::string>;

Result<std::vector<Row>> ReadRows(const std::string& path) {
  Result<std::string> content = ReadFileToString(path);
  if (!content.ok()) return content.status();
  auto records = lists::SplitCsv(*content);
  if (!records.ok()) return ParseError(path + ": " + records.status().message());
  std::vector<Row> rows;
  for (size_t r = 1; r < records->size(); ++r) {
    Row row;
    for (size_t f = 0; f < (*records)[r].size() && f < (*records)[0].size(); ++f)
      row[(*records)[0][f]] = (*records)[r][f];
    rows.push_back(std::move(row));
  }
  return rows;
}

std::string Field(const Row& row, const char* key) {
  auto it = row.find(key);
  return it == row.end() ? std::string() : it->second;
}

// The set writes dates month first, ISO, or with a two-digit year: "3/31/1954", "3/1/70".
std::optional<FuzzyDate> BirthDate(const std::string& text) {
  int month = 0, day = 0, year = 0;
  char slash1 = 0, slash2 = 0;
  std::istringstream in(text);
  if (in >> month >> slash1 >> day >> slash2 >> year && slash1 == '/' && slash2 == '/') {
    if (year < 100) year += year > 30 ? 1900 : 2000;
    return ParseIsoDay(fmt::format("{:04}-{:02}-{:02}", year, month, day));
  }
  return ParseFuzzyDate(text);
}

// The names of a record: full, organization, or first, middle and last; and the native one.
std::vector<std::string> NamesOf(const Row& row) {
  std::vector<std::string> names;
  std::string full = Field(row, "PRIMARY_NAME_FULL");
  if (full.empty()) full = Field(row, "PRIMARY_NAME_ORG");
  if (full.empty())
    for (const char* part : {"PRIMARY_NAME_FIRST", "PRIMARY_NAME_MIDDLE", "PRIMARY_NAME_LAST"})
      if (std::string p = Field(row, part); !p.empty()) full += (full.empty() ? "" : " ") + p;
  for (const std::string& name :
       {full, Field(row, "NATIVE_NAME_FULL"), Field(row, "SECONDARY_NAME_ORG")})
    if (name.find_first_not_of(' ') != std::string::npos) names.push_back(name);
  return names;
}

std::vector<Identifier> IdentifiersOf(const Row& row) {
  std::vector<Identifier> out;
  auto add = [&](IdType type, const char* value, const char* country) {
    if (std::string v = Field(row, value); !v.empty())
      out.push_back({type, v, CountryCode(country ? Field(row, country) : "us"), value, ""});
  };
  add(IdType::kPassport, "PASSPORT_NUMBER", "PASSPORT_COUNTRY");
  add(IdType::kNationalId, "NATIONAL_ID_NUMBER", "NATIONAL_ID_COUNTRY");
  add(IdType::kNationalId, "SSN_NUMBER", nullptr);
  add(IdType::kTaxId, "TAX_ID_NUMBER", "TAX_ID_COUNTRY");
  add(IdType::kRegistration, "LEI_NUMBER", nullptr);
  return out;
}

std::vector<std::string> CountriesOf(const Row& row) {
  std::vector<std::string> out;
  for (const char* key : {"ADDR_COUNTRY", "PASSPORT_COUNTRY", "NATIONAL_ID_COUNTRY"})
    if (std::string code = CountryCode(Field(row, key)); !code.empty()) out.push_back(code);
  return out;
}

EntityKind KindOf(const Row& row) {
  return Field(row, "RECORD_TYPE") == "ORGANIZATION" ? EntityKind::kOrganization
                                                     : EntityKind::kPerson;
}

Gender GenderOf(const Row& row) {
  std::string g = Field(row, "GENDER");
  return g == "M" ? Gender::kMale : g == "F" ? Gender::kFemale : Gender::kUnknown;
}

std::string RecordKey(const Row& row) {
  return Field(row, "DATA_SOURCE") + ":" + Field(row, "RECORD_ID");
}

}  // namespace

Result<TruthSet> SenzingTruthSet(const std::string& dir) {
  Result<std::vector<Row>> key = ReadRows(dir + "/actual_truthset_key.csv");
  Result<std::vector<Row>> watchlist = ReadRows(dir + "/watchlist.csv");
  if (!key.ok()) return key.status();
  if (!watchlist.ok()) return watchlist.status();
  TruthSet set;
  set.list.source = "truthset";
  set.list.path = dir + "/watchlist.csv";
  std::map<std::string, std::string> cluster;  // record key -> cluster
  for (const Row& row : *key) cluster[RecordKey(row)] = Field(row, "CLUSTER_ID");
  std::multimap<std::string, std::string> watchlisted;  // cluster -> entity id
  for (const Row& row : *watchlist) {
    Entity e;
    e.id = "truthset:" + Field(row, "RECORD_ID");
    e.source = "truthset";
    e.reference = Field(row, "RECORD_ID");
    e.kind = KindOf(row);
    for (const std::string& name : NamesOf(row)) {
      Name n;
      n.full = name;
      e.names.push_back(std::move(n));
    }
    if (auto dob = BirthDate(Field(row, "DATE_OF_BIRTH"))) e.birth_dates.push_back(*dob);
    e.countries = CountriesOf(row);
    e.gender = GenderOf(row);
    e.identifiers = IdentifiersOf(row);
    watchlisted.emplace(cluster[RecordKey(row)], e.id);
    // A record without a name cannot be screened by name; its matches stay as misses.
    if (!e.names.empty()) set.list.entities.push_back(std::move(e));
  }
  for (const char* file : {"/customers.csv", "/reference.csv"}) {
    Result<std::vector<Row>> rows = ReadRows(dir + file);
    if (!rows.ok()) return rows.status();
    for (const Row& row : *rows) {
      Case c;
      c.set = "c_truthset";
      c.query.id = RecordKey(row);
      c.query.names = NamesOf(row);
      if (c.query.names.empty()) continue;
      c.query.kind = KindOf(row);
      if (auto dob = BirthDate(Field(row, "DATE_OF_BIRTH"))) c.query.birth_dates.push_back(*dob);
      c.query.countries = CountriesOf(row);
      c.query.gender = GenderOf(row);
      c.query.identifiers = IdentifiersOf(row);
      auto [first, last] = watchlisted.equal_range(cluster[RecordKey(row)]);
      if (first == last) {
        c.category = "not_listed";
        set.cases.push_back(c);
      }
      for (auto it = first; it != last; ++it) {
        c.category = "listed";
        c.expected = it->second;
        set.cases.push_back(c);
      }
    }
  }
  return set;
}

}  // namespace embargo::eval
