#include <fmt/format.h>
#include <gtest/gtest.h>

#include "lists/testing.h"

#include "lists/ftm_schema.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>

#include "lists/readers.h"
#include "model/country.h"

namespace embargo::lists {
namespace {

const std::string kLists = std::string(EMBARGO_SHARED_DIR) + "/data/lists/";

std::vector<std::string> Unique(const std::vector<std::string>& values) {
  std::vector<std::string> out;
  for (const std::string& v : values)
    if (!v.empty() && std::find(out.begin(), out.end(), v) == out.end()) out.push_back(v);
  return out;
}

// What a FollowTheMoney entity can carry of an Entity: names with their quality, dates at
// day/month/year precision (a range as its years), identifiers by property, countries, the
// listing facts. Computed the same way for the original and the entity read back.
struct FtmView {
  std::string id, source, primary;
  EntityKind kind = EntityKind::kPerson;
  std::set<std::pair<std::string, NameQuality>> names;
  std::set<std::string> birth_dates, birth_places, addresses;
  std::set<std::pair<std::string, IdType>> identifiers;
  std::vector<std::string> nationalities, countries, programs, positions, titles;
  Gender gender = Gender::kUnknown;
  std::string listed_on, remarks;
  VesselInfo vessel;

  bool operator==(const FtmView&) const = default;
};

std::set<std::string> DateStrings(const FuzzyDate& d) {
  std::vector<std::string> values = ftm::DateValues(d);
  return {values.begin(), values.end()};
}

FtmView ViewOf(const Entity& e) {
  FtmView v;
  v.id = e.id;
  v.source = e.source;
  v.kind = e.kind;
  v.primary = e.names.empty() ? "" : e.names.front().full;
  for (const Name& n : e.names) v.names.insert({n.full, n.quality});
  for (const FuzzyDate& d : e.birth_dates) v.birth_dates.merge(DateStrings(d));
  for (const Place& p : e.birth_places)
    v.birth_places.insert(p.text.empty() ? CountryName(p.country) : p.text);
  for (const Address& a : e.addresses)
    if (!a.ToString().empty()) v.addresses.insert(a.ToString());
  for (const Identifier& id : e.identifiers) {
    IdType type = id.type == IdType::kOther ? IdType::kNationalId : id.type;
    if (!id.value.empty()) v.identifiers.insert({id.value, type});
  }
  v.nationalities = Unique(e.nationalities);
  v.countries = Unique(e.countries);
  v.programs = Unique(e.programs);
  v.positions = Unique(e.positions);
  v.titles = Unique(e.titles);
  v.gender = e.gender;
  v.listed_on = e.listed_on;
  v.remarks = e.remarks;
  if (e.kind == EntityKind::kVessel) {
    v.vessel = e.vessel;
    v.vessel.flag_text.clear();  // one flag value travels: the code, or the text without one
    if (v.vessel.flag.empty()) v.vessel.flag_text = e.vessel.flag_text;
  }
  return v;
}

std::string Describe(const FtmView& a, const FtmView& b) {
  std::string out;
  if (a.names != b.names) {
    out += " names [";
    for (const auto& [n, q] : a.names) out += n + "/" + std::string(NameQualityName(q)) + "|";
    out += "] vs [";
    for (const auto& [n, q] : b.names) out += n + "/" + std::string(NameQualityName(q)) + "|";
    out += "]";
  }
  if (a.primary != b.primary) out += " primary";
  if (a.birth_dates != b.birth_dates) out += " birth_dates";
  if (a.birth_places != b.birth_places) out += " birth_places";
  if (a.identifiers != b.identifiers) out += " identifiers";
  if (a.addresses != b.addresses) {
    out += " addresses [";
    for (const std::string& v : a.addresses) out += v + "|";
    out += "] vs [";
    for (const std::string& v : b.addresses) out += v + "|";
    out += "]";
  }
  if (a.nationalities != b.nationalities || a.countries != b.countries) out += " countries";
  auto list = [&out](const char* what, const std::vector<std::string>& x,
                     const std::vector<std::string>& y) {
    if (x == y) return;
    out += std::string(" ") + what + " [";
    for (const std::string& v : x) out += v + "|";
    out += "] vs [";
    for (const std::string& v : y) out += v + "|";
    out += "]";
  };
  list("programs", a.programs, b.programs);
  list("positions", a.positions, b.positions);
  list("titles", a.titles, b.titles);
  if (a.listed_on != b.listed_on || a.remarks != b.remarks || a.gender != b.gender)
    out += " listing/remarks/gender";
  if (!(a.vessel == b.vessel)) out += " vessel";
  return out;
}

// Writes every entity, checks each line is one JSON object, reads the lines back, compares.
void ExpectRoundTrip(const ListSnapshot& original) {
  ASSERT_FALSE(original.entities.empty());
  std::string lines;
  for (const Entity& e : original.entities) {
    std::string line = ToFtmJson(e);
    ASSERT_FALSE(line.empty());
    ASSERT_EQ(line.back(), '\n');
    ASSERT_EQ(std::count(line.begin(), line.end(), '\n'), 1) << e.id;
    nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    ASSERT_FALSE(j.is_discarded()) << line;
    EXPECT_EQ(j["id"], e.id);
    EXPECT_TRUE(j["properties"]["name"].is_array()) << line;
    lines += line;
  }
  auto r = ReadFtmJson(lines, "roundtrip.ftm.json");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->rows_skipped, 0u);
  ASSERT_EQ(r->entities.size(), original.entities.size());
  size_t mismatches = 0;
  for (size_t i = 0; i < original.entities.size(); ++i) {
    FtmView want = ViewOf(original.entities[i]), got = ViewOf(r->entities[i]);
    if (want == got) continue;
    if (++mismatches <= 5)
      ADD_FAILURE() << original.entities[i].id << " differs in:" << Describe(want, got);
  }
  EXPECT_EQ(mismatches, 0u);
}

TEST(FtmRoundTrip, UnConsolidated20260508) {
  std::string path = kLists + "un/consolidated-2026-05-08.xml";
  auto un = ReadUnXml(ReadTestFile(path), path);
  ASSERT_TRUE(un.ok()) << un.status().ToString();
  EXPECT_EQ(un->entities.size(), 737u + 272u);
  ExpectRoundTrip(*un);
}

TEST(FtmRoundTrip, UkConList2018) {
  std::string path = kLists + "uk/ofsi-conlist-2018-04-13.csv";
  auto uk = ReadUkConList(ReadTestFile(path), path);
  ASSERT_TRUE(uk.ok()) << uk.status().ToString();
  ExpectRoundTrip(*uk);
}

TEST(FtmRoundTrip, EuLegacyAndCurrentLayouts) {
  std::string legacy = kLists + "eu/fsf-xml-1.0-legacy-2016-02-11-subset.xml";
  auto eu = ReadEuFsfXml(ReadTestFile(legacy), legacy);
  ASSERT_TRUE(eu.ok()) << eu.status().ToString();
  ExpectRoundTrip(*eu);
  std::string sample =
      std::string(EMBARGO_SOURCE_DIR) + "/src/lists/testdata/eu_fsf_1_1_sample.xml";
  auto eu11 = ReadEuFsfXml(ReadTestFile(sample), sample);
  ASSERT_TRUE(eu11.ok()) << eu11.status().ToString();
  ExpectRoundTrip(*eu11);
}

TEST(FtmRoundTrip, OfacSdnWithVesselsAndAircraft) {
  std::string dir = kLists + "ofac/sdn-csv-2021-07/";
  std::string sdn = ReadTestFile(dir + "sdn.csv"), add = ReadTestFile(dir + "add.csv"),
              alt = ReadTestFile(dir + "alt.csv");
  OfacCsvSet set{sdn, add, alt, {}, dir + "sdn.csv", dir + "add.csv", dir + "alt.csv", ""};
  auto ofac = ReadOfacSdnCsv(set);
  ASSERT_TRUE(ofac.ok()) << ofac.status().ToString();
  size_t vessels = std::count_if(ofac->entities.begin(), ofac->entities.end(),
                                 [](const Entity& e) { return e.kind == EntityKind::kVessel; });
  EXPECT_GT(vessels, 300u);
  ExpectRoundTrip(*ofac);
}

// An OpenSanctions-style export: subjects plus the entities that describe them.
constexpr char kOpenSanctionsLines[] =
    R"({"id": "NK-2yZ8x", "schema": "Person", "caption": "Kim Chol", "datasets": ["un_sc_sanctions"], "properties": {"name": ["KIM CHOL"], "alias": ["Kim Chol-u"], "weakAlias": ["Chol"], "firstName": ["Chol"], "lastName": ["Kim"], "birthDate": ["1965-09-21", "1966"], "nationality": ["kp"], "gender": ["male"], "passportNumber": ["745310012"], "addressEntity": ["addr-1"], "topics": ["sanction"], "religion": ["none"]}, "first_seen": "2023-01-02T00:00:00", "last_change": "2024-05-06T10:00:00"}
{"id": "NK-co1", "schema": "Company", "datasets": ["us_ofac_sdn", "un_sc_sanctions"], "properties": {"name": ["Korea Sobaeksu Trading Company"], "previousName": ["Sobaeksu General Trading"], "country": ["North Korea"], "innCode": ["7701234567"], "jurisdiction": ["kp"]}}
{"id": "ofac-san-1", "schema": "Sanction", "properties": {"entity": ["NK-2yZ8x"], "program": ["DPRK3"], "listingDate": ["2017-06-02"], "reason": ["Official of the Munitions Industry Department."]}}
{"id": "pass-1", "schema": "Passport", "properties": {"holder": ["NK-2yZ8x"], "number": ["836210029"], "country": ["kp"], "type": ["Diplomatic passport"]}}
{"id": "addr-1", "schema": "Address", "properties": {"full": ["Chung-guyok, Pyongyang"], "country": ["kp"]}}
{"id": "own-1", "schema": "Ownership", "properties": {"owner": ["NK-2yZ8x"], "asset": ["NK-co1"]}}
this is not json
{"schema": "Person", "properties": {"name": ["No Id"]}}

{"id": "eu:123", "schema": "Vessel", "properties": {"name": ["CHON MA SAN"], "imoNumber": ["IMO8660313"], "flag": ["kp"], "type": ["Oil Tanker"], "buildDate": ["1990"]}}
)";

TEST(FtmJsonReader, OpenSanctionsStyleExport) {
  auto r = ReadFtmJson(kOpenSanctionsLines, "os.ftm.json");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->format, ListFormat::kFtmJson);
  EXPECT_EQ(r->source, "un_sc_sanctions");
  ASSERT_EQ(r->entities.size(), 3u);
  EXPECT_EQ(r->rows_skipped, 2u);
  ASSERT_EQ(r->warnings.size(), 3u);
  EXPECT_NE(r->warnings[0].find("os.ftm.json:7:"), std::string::npos) << r->warnings[0];
  EXPECT_NE(r->warnings[1].find("os.ftm.json:8:"), std::string::npos) << r->warnings[1];
  EXPECT_NE(r->warnings[2].find("Ownership: 1"), std::string::npos) << r->warnings[2];

  const Entity* kim = r->Find("un_sc_sanctions:NK-2yZ8x");
  ASSERT_NE(kim, nullptr);
  EXPECT_EQ(kim->reference, "NK-2yZ8x");
  EXPECT_EQ(kim->primary_name().full, "KIM CHOL");
  EXPECT_EQ(kim->primary_name().parts, (std::vector<std::string>{"Chol", "Kim"}));
  ASSERT_EQ(kim->names.size(), 3u);
  EXPECT_EQ(kim->names[2].quality, NameQuality::kWeakAlias);
  ASSERT_EQ(kim->birth_dates.size(), 2u);
  EXPECT_EQ(kim->birth_dates[0].ToString(), "1965-09-21");
  EXPECT_EQ(kim->birth_dates[1].precision, DatePrecision::kYear);
  EXPECT_EQ(kim->nationalities, std::vector<std::string>{"kp"});
  EXPECT_EQ(kim->gender, Gender::kMale);
  // The Sanction, Passport and Address entities are folded into their subject.
  EXPECT_EQ(kim->programs, std::vector<std::string>{"DPRK3"});
  EXPECT_EQ(kim->listed_on, "2017-06-02");
  EXPECT_EQ(kim->remarks, "Official of the Munitions Industry Department.");
  ASSERT_EQ(kim->identifiers.size(), 2u);
  EXPECT_EQ(kim->identifiers[1].value, "836210029");
  EXPECT_EQ(kim->identifiers[1].type, IdType::kPassport);
  EXPECT_EQ(kim->identifiers[1].country, "kp");
  ASSERT_EQ(kim->addresses.size(), 1u);
  EXPECT_EQ(kim->addresses[0].ToString(), "Chung-guyok, Pyongyang, kp");
  std::vector<std::string> extra_keys;
  for (const ExtraField& x : kim->extra) extra_keys.push_back(x.key);
  EXPECT_EQ(extra_keys,
            (std::vector<std::string>{"religion", "topics", "first_seen", "last_change"}));

  const Entity* company = r->Find("us_ofac_sdn:NK-co1");
  ASSERT_NE(company, nullptr);
  EXPECT_EQ(company->kind, EntityKind::kOrganization);
  EXPECT_EQ(company->names[1].alias_type, "f.k.a.");
  EXPECT_EQ(company->countries, std::vector<std::string>{"kp"});
  ASSERT_EQ(company->identifiers.size(), 1u);
  EXPECT_EQ(company->identifiers[0].type, IdType::kTaxId);
  EXPECT_EQ(company->identifiers[0].label, "INN");

  // An id that already reads "<source>:<reference>" is kept as it is.
  const Entity* vessel = r->Find("eu:123");
  ASSERT_NE(vessel, nullptr);
  EXPECT_EQ(vessel->source, "eu");
  EXPECT_EQ(vessel->kind, EntityKind::kVessel);
  EXPECT_EQ(vessel->vessel.flag, "kp");
  EXPECT_EQ(vessel->vessel.type, "Oil Tanker");
  ASSERT_EQ(vessel->identifiers.size(), 1u);
  EXPECT_EQ(vessel->identifiers[0].type, IdType::kImo);
}

Name MakeName(std::string full, NameQuality quality, std::string alias_type = "") {
  Name n;
  n.full = std::move(full);
  n.quality = quality;
  n.alias_type = std::move(alias_type);
  return n;
}

TEST(FtmJsonWriter, SchemaPropertiesAndRanges) {
  Entity e;
  e.id = "uk:42";
  e.source = "uk";
  e.kind = EntityKind::kOrganization;
  e.names = {MakeName("ACME TRADING", NameQuality::kPrimary),
             MakeName("ACME OLD NAME", NameQuality::kGoodAlias, "f.k.a."),
             MakeName("ACME", NameQuality::kWeakAlias, "weak")};
  e.extra = {{"ftm_schema", "Company"}, {"un_reference", "KPe.001"}, {"topics", "sanction"}};
  e.identifiers = {{IdType::kRegistration, "1052305441", "kp", "Registration Number", ""},
                   {IdType::kOther, "X-1", "", "", ""}};
  nlohmann::json j = nlohmann::json::parse(ToFtmJson(e));
  EXPECT_EQ(j["schema"], "Company");
  EXPECT_EQ(j["caption"], "ACME TRADING");
  EXPECT_EQ(j["datasets"], nlohmann::json::array({"uk"}));
  const nlohmann::json& p = j["properties"];
  EXPECT_EQ(p["name"], nlohmann::json::array({"ACME TRADING"}));
  EXPECT_EQ(p["previousName"], nlohmann::json::array({"ACME OLD NAME"}));
  EXPECT_EQ(p["weakAlias"], nlohmann::json::array({"ACME"}));
  EXPECT_EQ(p["registrationNumber"], nlohmann::json::array({"1052305441"}));
  EXPECT_EQ(p["idNumber"], nlohmann::json::array({"X-1"}));
  EXPECT_EQ(p["topics"], nlohmann::json::array({"sanction"}));
  EXPECT_FALSE(p.contains("un_reference"));  // not an FtM property
  EXPECT_FALSE(p.contains("ftm_schema"));

  Entity person;
  person.id = "un:QDi.001";
  person.source = "un";
  person.names = {MakeName("Jane Roe", NameQuality::kPrimary)};
  FuzzyDate range;
  range.year = 1953;
  range.to_year = 1955;
  range.precision = DatePrecision::kYearRange;
  range.approximate = true;
  FuzzyDate month;
  month.year = 1971;
  month.month = 5;
  month.precision = DatePrecision::kMonth;
  person.birth_dates = {range, month};
  person.gender = Gender::kFemale;
  nlohmann::json pj = nlohmann::json::parse(ToFtmJson(person));
  EXPECT_EQ(pj["schema"], "Person");
  EXPECT_EQ(pj["properties"]["birthDate"],
            nlohmann::json::array({"1953", "1954", "1955", "1971-05"}));
  EXPECT_EQ(pj["properties"]["gender"], nlohmann::json::array({"female"}));
}

TEST(FtmJsonWriter, InvalidUtf8IsReplacedNotThrown) {
  Entity e;
  e.id = "x:1";
  e.source = "x";
  e.names = {MakeName("BAD \xFF NAME", NameQuality::kPrimary)};
  std::string line = ToFtmJson(e);
  EXPECT_FALSE(nlohmann::json::parse(line, nullptr, false).is_discarded());
}

TEST(FtmJsonReader, LoadListDetectsEveryFormatOfThisReaderFamily) {
  struct Case {
    std::string path;
    ListFormat format;
  };
  std::string sample =
      std::string(EMBARGO_SOURCE_DIR) + "/src/lists/testdata/eu_fsf_1_1_sample.xml";
  for (const Case& c :
       {Case{kLists + "uk/ofsi-conlist-2018-04-13.csv", ListFormat::kUkConListCsv},
        Case{kLists + "uk/ofsi-conlist-2014-04-02.csv", ListFormat::kUkConListCsv},
        Case{kLists + "eu/fsf-xml-1.0-legacy-2016-02-11-subset.xml", ListFormat::kEuFsfXml},
        Case{sample, ListFormat::kEuFsfXml}}) {
    auto loaded = LoadList(c.path);
    ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
    EXPECT_EQ(loaded->format, c.format) << c.path;
    EXPECT_FALSE(loaded->entities.empty()) << c.path;
  }
  // An FtM export of the UK list loads back as FtM.
  auto uk = LoadList(kLists + "uk/ofsi-conlist-2018-04-13.csv");
  ASSERT_TRUE(uk.ok());
  std::string path = ::testing::TempDir() + "uk_export.ftm.json";
  {
    std::ofstream out(path, std::ios::binary);
    for (const Entity& e : uk->entities) out << ToFtmJson(e);
  }
  auto ftm = LoadList(path);
  ASSERT_TRUE(ftm.ok()) << ftm.status().ToString();
  EXPECT_EQ(ftm->format, ListFormat::kFtmJson);
  EXPECT_EQ(ftm->source, "uk");
  EXPECT_EQ(ftm->entities.size(), uk->entities.size());
  ASSERT_NE(ftm->Find("uk:13349"), nullptr);
  EXPECT_EQ(ftm->Find("uk:13349")->primary_name().full, "Nayef Salam Muhammad Ujaym AL-HABABI");
  std::remove(path.c_str());
}

}  // namespace
}  // namespace embargo::lists
