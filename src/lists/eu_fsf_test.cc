#include <gtest/gtest.h>

#include "lists/testing.h"

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include "lists/readers.h"

namespace embargo::lists {
namespace {

const std::string kLegacyPath =
    std::string(EMBARGO_SHARED_DIR) + "/data/lists/eu/fsf-xml-1.0-legacy-2016-02-11-subset.xml";
const std::string kSamplePath =
    std::string(EMBARGO_SOURCE_DIR) + "/src/lists/testdata/eu_fsf_1_1_sample.xml";

std::vector<std::string> Fulls(const Entity& e, NameQuality q) {
  std::vector<std::string> out;
  for (const Name& n : e.names)
    if (n.quality == q) out.push_back(n.full);
  return out;
}

size_t CountOf(std::string_view text, std::string_view needle) {
  size_t n = 0;
  for (size_t pos = text.find(needle); pos != std::string_view::npos;
       pos = text.find(needle, pos + 1))
    ++n;
  return n;
}

// Distinct non-empty <tag> texts of each <ENTITY>, found by plain string search.
std::vector<std::set<std::string>> DistinctPerEntity(std::string_view xml, const std::string& tag) {
  std::vector<std::set<std::string>> out;
  const std::string open = "<" + tag + ">", close = "</" + tag + ">";
  size_t pos = 0;
  while ((pos = xml.find("<ENTITY ", pos)) != std::string_view::npos) {
    size_t end = xml.find("</ENTITY>", pos);
    std::string_view body = xml.substr(pos, end - pos);
    std::set<std::string>& values = out.emplace_back();
    for (size_t p = body.find(open); p != std::string_view::npos; p = body.find(open, p + 1)) {
      size_t start = p + open.size(), stop = body.find(close, start);
      if (stop != std::string_view::npos && stop > start)
        values.insert(std::string(body.substr(start, stop - start)));
    }
    pos = end;
  }
  return out;
}

class EuLegacyTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    content_ = new std::string(ReadTestFile(kLegacyPath));
    auto r = ReadEuFsfXml(*content_, kLegacyPath);
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    snapshot_ = new ListSnapshot(std::move(*r));
  }
  static void TearDownTestSuite() {
    delete snapshot_;
    delete content_;
  }
  static std::string* content_;
  static ListSnapshot* snapshot_;
};
std::string* EuLegacyTest::content_ = nullptr;
ListSnapshot* EuLegacyTest::snapshot_ = nullptr;

TEST_F(EuLegacyTest, CountsMatchTheFile) {
  const ListSnapshot& s = *snapshot_;
  EXPECT_EQ(s.version, "2016-02-11");
  EXPECT_EQ(s.source, "eu");
  EXPECT_EQ(s.path, kLegacyPath);
  ASSERT_EQ(s.entities.size(), 595u);
  EXPECT_EQ(CountOf(*content_, "<ENTITY "), 595u);
  EXPECT_EQ(CountOf(*content_, "<NAME "), 2993u);
  size_t persons = 0, names = 0;
  std::set<std::string> ids;
  for (const Entity& e : s.entities) {
    persons += e.kind == EntityKind::kPerson;
    names += e.names.size();
    ids.insert(e.id);
    ASSERT_FALSE(e.names.empty());
    EXPECT_EQ(e.names[0].quality, NameQuality::kPrimary) << e.id;
    EXPECT_EQ(e.list_version, "2016-02-11");
  }
  EXPECT_EQ(persons, 319u);
  EXPECT_EQ(s.entities.size() - persons, 276u);
  EXPECT_EQ(ids.size(), 595u);
  // Repeated names (one NAME per legal act) collapse to one each.
  size_t expected_names = 0;
  for (const auto& values : DistinctPerEntity(*content_, "WHOLENAME"))
    expected_names += values.size();
  EXPECT_EQ(names, expected_names);
  EXPECT_TRUE(s.warnings.empty()) << s.warnings.front();
}

TEST_F(EuLegacyTest, EveryBirthDateIsRead) {
  size_t dates = 0, ranges = 0, approximate = 0;
  for (const Entity& e : snapshot_->entities) {
    for (const ExtraField& x : e.extra) EXPECT_NE(x.key, "birth_date_text") << e.id << x.value;
    for (const FuzzyDate& d : e.birth_dates) {
      ++dates;
      ranges += d.precision == DatePrecision::kYearRange;
      approximate += d.approximate;
    }
  }
  size_t expected_dates = 0, expected_ranges = 0, expected_approximate = 0;
  for (const auto& values : DistinctPerEntity(*content_, "DATE")) {
    for (const std::string& v : values) {
      ++expected_dates;
      expected_ranges += v.find(" - ") != std::string::npos;
      expected_approximate += v.find("(approximative)") != std::string::npos;
    }
  }
  EXPECT_EQ(dates, expected_dates);
  EXPECT_EQ(ranges, expected_ranges);
  EXPECT_EQ(approximate, expected_approximate);
  EXPECT_GT(ranges, 0u);
}

TEST_F(EuLegacyTest, MugabeRecord) {
  const Entity* e = snapshot_->Find("eu:1");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->kind, EntityKind::kPerson);
  EXPECT_EQ(e->primary_name().full, "Robert Gabriel Mugabe");
  EXPECT_EQ(e->primary_name().parts, (std::vector<std::string>{"Robert", "Gabriel", "Mugabe"}));
  EXPECT_EQ(e->names.size(), 1u);
  EXPECT_EQ(e->gender, Gender::kMale);
  EXPECT_EQ(e->positions, std::vector<std::string>{"President"});
  ASSERT_EQ(e->birth_dates.size(), 1u);
  EXPECT_EQ(e->birth_dates[0].ToString(), "1924-02-21");
  ASSERT_EQ(e->birth_places.size(), 1u);
  EXPECT_EQ(e->birth_places[0].text, "Kutama");
  ASSERT_EQ(e->identifiers.size(), 1u);
  EXPECT_EQ(e->identifiers[0].type, IdType::kPassport);
  EXPECT_EQ(e->identifiers[0].value, "AD001095");
  EXPECT_EQ(e->identifiers[0].label, "National passport");
  EXPECT_EQ(e->programs, std::vector<std::string>{"ZWE"});
  EXPECT_EQ(e->listed_on, "2012-02-21");
}

TEST_F(EuLegacyTest, SaddamHusseinRecord) {
  const Entity* e = snapshot_->Find("eu:13");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->primary_name().full, "Saddam Hussein Al-Tikriti");
  std::vector<std::string> aliases = Fulls(*e, NameQuality::kGoodAlias);
  EXPECT_TRUE(std::find(aliases.begin(), aliases.end(), "Abu Ali") != aliases.end());
  EXPECT_TRUE(std::find(aliases.begin(), aliases.end(), "Abou Ali") != aliases.end());
  EXPECT_EQ(e->nationalities, std::vector<std::string>{"iq"});
  ASSERT_FALSE(e->birth_places.empty());
  EXPECT_EQ(e->birth_places[0].text, "al-Awja, near Tikrit");
  EXPECT_EQ(e->birth_places[0].country, "iq");
  EXPECT_EQ(e->remarks, "(UNSC RESOLUTION 1483)");
}

TEST_F(EuLegacyTest, IdentityDocumentsAreTyped) {
  size_t passports = 0, national = 0, other = 0;
  for (const Entity& e : snapshot_->entities) {
    for (const Identifier& id : e.identifiers) {
      EXPECT_FALSE(id.value.empty()) << e.id;
      EXPECT_EQ(id.value.find('('), std::string::npos) << e.id << ": " << id.value;
      passports += id.type == IdType::kPassport;
      national += id.type == IdType::kNationalId;
      other += id.type == IdType::kOther;
    }
  }
  EXPECT_GT(passports, 50u);
  EXPECT_GT(national, 5u);
  EXPECT_GT(other, 5u);
}

class EuExportTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto r = ReadEuFsfXml(ReadTestFile(kSamplePath), "eu_fsf_1_1_sample.xml");
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    s_ = std::move(*r);
  }
  ListSnapshot s_;
};

TEST_F(EuExportTest, SnapshotAndSkippedEntity) {
  EXPECT_EQ(s_.version, "2024-03-15");
  EXPECT_EQ(s_.format, ListFormat::kEuFsfXml);
  ASSERT_EQ(s_.entities.size(), 4u);
  EXPECT_EQ(s_.rows_skipped, 1u);
  ASSERT_EQ(s_.warnings.size(), 1u);
  EXPECT_NE(s_.warnings[0].find("logicalId=90005"), std::string::npos) << s_.warnings[0];
}

TEST_F(EuExportTest, PersonWithWeakAliasAndPassport) {
  const Entity* e = s_.Find("eu:90001");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->kind, EntityKind::kPerson);
  EXPECT_EQ(e->primary_name().full, "PAK Chol Su");
  EXPECT_EQ(e->primary_name().parts, (std::vector<std::string>{"Chol Su", "PAK"}));
  EXPECT_EQ(Fulls(*e, NameQuality::kGoodAlias),
            (std::vector<std::string>{"Pak Chol-su", "ПАК Чол Су"}));
  EXPECT_EQ(Fulls(*e, NameQuality::kWeakAlias), std::vector<std::string>{"Chol Su"});
  EXPECT_EQ(e->names[2].script, "Cyrl");
  EXPECT_EQ(e->gender, Gender::kMale);
  EXPECT_EQ(e->positions, std::vector<std::string>{"Deputy Director"});
  ASSERT_EQ(e->birth_dates.size(), 2u);
  EXPECT_EQ(e->birth_dates[0].ToString(), "1962-07-14");
  EXPECT_EQ(e->birth_dates[1].ToString(), "~1963");
  ASSERT_EQ(e->birth_places.size(), 1u);
  EXPECT_EQ(e->birth_places[0].country, "kp");
  EXPECT_EQ(e->nationalities, std::vector<std::string>{"kp"});
  ASSERT_EQ(e->identifiers.size(), 1u);
  const Identifier& id = e->identifiers[0];
  EXPECT_EQ(id.type, IdType::kPassport);
  EXPECT_EQ(id.value, "745310012");
  EXPECT_EQ(id.country, "kp");
  EXPECT_NE(id.note.find("known to be expired"), std::string::npos) << id.note;
  EXPECT_NE(id.note.find("Issued in Pyongyang."), std::string::npos) << id.note;
  EXPECT_EQ(e->programs, std::vector<std::string>{"PRK"});
  EXPECT_EQ(e->listed_on, "2017-08-05");
  EXPECT_EQ(e->remarks, "Official of the Reconnaissance General Bureau.");
  EXPECT_EQ(e->countries, std::vector<std::string>{"kp"});
  bool un_ref = false;
  for (const ExtraField& x : e->extra)
    un_ref = un_ref || (x.key == "un_reference" && x.value == "KPi.901");
  EXPECT_TRUE(un_ref);
}

TEST_F(EuExportTest, EnterpriseWithContactsAndRegistration) {
  const Entity* e = s_.Find("eu:90002");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->kind, EntityKind::kOrganization);
  EXPECT_EQ(e->primary_name().full, "Korea Sobaeksu Trading Company");
  EXPECT_EQ(Fulls(*e, NameQuality::kWeakAlias), std::vector<std::string>{"KSTC"});
  // No designationDate: the earliest regulation dates the listing.
  EXPECT_EQ(e->listed_on, "2016-06-02");
  ASSERT_EQ(e->addresses.size(), 2u);
  EXPECT_EQ(e->addresses[0].street, "Kumsong Street 12, PO Box 85");
  EXPECT_EQ(e->addresses[0].city, "Pyongyang");
  EXPECT_EQ(e->addresses[0].note, "Mangyongdae District; Office on the second floor.");
  EXPECT_EQ(e->addresses[1].country, "cn");
  EXPECT_EQ(e->countries, (std::vector<std::string>{"kp", "cn"}));
  std::set<IdType> types;
  for (const Identifier& id : e->identifiers) types.insert(id.type);
  EXPECT_EQ(types, (std::set<IdType>{IdType::kPhone, IdType::kEmail, IdType::kWebsite,
                                     IdType::kRegistration}));
}

TEST_F(EuExportTest, BirthYearRangesAndOnlyWeakNames) {
  const Entity* e = s_.Find("eu:90003");
  ASSERT_NE(e, nullptr);
  ASSERT_EQ(e->birth_dates.size(), 2u);
  EXPECT_EQ(e->birth_dates[0].precision, DatePrecision::kYearRange);
  EXPECT_EQ(e->birth_dates[0].ToString(), "~1953/1958");
  EXPECT_EQ(e->birth_dates[1].text, "to 1960");
  EXPECT_EQ(e->titles, (std::vector<std::string>{"Mullah", "Maulavi"}));
  EXPECT_EQ(e->remarks,
            "Deputy Minister of Interior under the Taliban regime.\n"
            "Believed to be in the Afghanistan/Pakistan border area.");
  ASSERT_EQ(e->identifiers.size(), 1u);
  EXPECT_EQ(e->identifiers[0].type, IdType::kNationalId);

  // Every name weak: the first is still the primary name.
  const Entity* orlov = s_.Find("eu:90004");
  ASSERT_NE(orlov, nullptr);
  EXPECT_EQ(orlov->primary_name().full, "Viktor Sergeyevich Orlov");
  EXPECT_EQ(orlov->primary_name().quality, NameQuality::kPrimary);
  EXPECT_EQ(orlov->names[1].quality, NameQuality::kWeakAlias);
  ASSERT_EQ(orlov->birth_dates.size(), 1u);
  EXPECT_EQ(orlov->birth_dates[0].ToString(), "1971-05");
}

TEST(EuFsfXml, PrefixedNamespaceAndErrors) {
  std::string xml =
      "<fsd:export xmlns:fsd=\"http://eu.europa.ec/fpi/fsd/export\" generationDate=\"2020-01-02\">"
      "<fsd:sanctionEntity logicalId=\"7\"><fsd:subjectType code=\"person\"/>"
      "<fsd:nameAlias wholeName=\"Jane Roe\" strong=\"true\"/></fsd:sanctionEntity></fsd:export>";
  auto r = ReadEuFsfXml(xml, "prefixed.xml");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->entities.size(), 1u);
  EXPECT_EQ(r->entities[0].id, "eu:7");
  EXPECT_EQ(r->version, "2020-01-02");

  auto bad = ReadEuFsfXml("<WHOLE Date=\"11/02/2016\">\n<ENTITY Id=\"1\">\n</WHOLE>", "bad.xml");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().code(), StatusCode::kParseError);
  EXPECT_NE(bad.status().message().find("bad.xml:3"), std::string::npos) << bad.status().message();

  auto other = ReadEuFsfXml("<CONSOLIDATED_LIST/>", "un.xml");
  ASSERT_FALSE(other.ok());
  EXPECT_NE(other.status().message().find("un.xml"), std::string::npos);
}

}  // namespace
}  // namespace embargo::lists
