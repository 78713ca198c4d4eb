#include <gtest/gtest.h>

#include "lists/testing.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>

#include "lists/csv.h"
#include "lists/readers.h"

namespace embargo::lists {
namespace {

const std::string kUkDir = std::string(EMBARGO_SHARED_DIR) + "/data/lists/uk/";

bool HasName(const Entity& e, std::string_view full, NameQuality quality) {
  return std::any_of(e.names.begin(), e.names.end(),
                     [&](const Name& n) { return n.full == full && n.quality == quality; });
}

std::string Extra(const Entity& e, std::string_view key) {
  for (const ExtraField& x : e.extra)
    if (x.key == key) return x.value;
  return {};
}

// What a naive reading of the file says: data rows, and per Group ID its first Group Type and
// whether any row names the DPRK regime. The last six fields (Group Type .. Group ID) never
// hold commas, so splitting from the right is enough.
struct NaiveCounts {
  size_t rows = 0;
  std::map<std::string, std::string> group_type;
  std::set<std::string> dprk;
};

NaiveCounts CountNaively(const std::string& content) {
  NaiveCounts c;
  std::istringstream in(content);
  std::string line;
  for (int skip = 0; skip < 2 && std::getline(in, line); ++skip) {
  }
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) continue;
    ++c.rows;
    std::vector<std::string> tail;
    size_t end = line.size();
    for (int i = 0; i < 6; ++i) {
      size_t comma = line.rfind(',', end - 1);
      tail.push_back(line.substr(comma + 1, end - comma - 1));
      end = comma;
    }
    // tail: Group ID, Last Updated, Listed On, Regime, Alias Type, Group Type
    c.group_type.try_emplace(tail[0], tail[5]);
    if (tail[3].find("North Korea") != std::string::npos) c.dprk.insert(tail[0]);
  }
  return c;
}

struct UkFile {
  const char* file;
  const char* version;
  size_t rows, groups, individuals, entities, dprk;
};

class UkConListFileTest : public ::testing::TestWithParam<UkFile> {};

TEST_P(UkConListFileTest, CountsMatchTheFileAndTheNaiveReading) {
  const UkFile& f = GetParam();
  std::string path = kUkDir + f.file;
  std::string content = ReadTestFile(path);
  ASSERT_FALSE(content.empty()) << path;
  auto r = ReadUkConList(content, path);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  const ListSnapshot& s = *r;
  EXPECT_EQ(s.version, f.version);
  EXPECT_EQ(s.format, ListFormat::kUkConListCsv);
  EXPECT_EQ(s.rows_skipped, 0u);
  EXPECT_TRUE(s.warnings.empty()) << s.warnings.front();

  NaiveCounts naive = CountNaively(content);
  EXPECT_EQ(naive.rows, f.rows);
  EXPECT_EQ(naive.group_type.size(), f.groups);
  ASSERT_EQ(s.entities.size(), f.groups);

  size_t individuals = 0, dprk = 0;
  for (const Entity& e : s.entities) {
    ASSERT_FALSE(e.names.empty()) << e.id;
    EXPECT_EQ(e.names[0].quality, NameQuality::kPrimary) << e.id;
    for (size_t i = 1; i < e.names.size(); ++i)
      EXPECT_NE(e.names[i].quality, NameQuality::kPrimary) << e.id;
    ASSERT_TRUE(naive.group_type.count(e.reference)) << e.id;
    EXPECT_EQ(e.kind == EntityKind::kPerson, naive.group_type[e.reference] == "Individual");
    individuals += e.kind == EntityKind::kPerson;
    bool is_dprk = std::any_of(e.programs.begin(), e.programs.end(), [](const std::string& p) {
      return p.find("North Korea") != std::string::npos;
    });
    EXPECT_EQ(is_dprk, naive.dprk.count(e.reference) == 1) << e.id;
    dprk += is_dprk;
    EXPECT_EQ(e.id, "uk:" + e.reference);
    EXPECT_EQ(e.list_version, f.version);
  }
  EXPECT_EQ(individuals, f.individuals);
  EXPECT_EQ(s.entities.size() - individuals, f.entities);
  EXPECT_EQ(dprk, f.dprk);
  EXPECT_EQ(dprk, naive.dprk.size());
}

INSTANTIATE_TEST_SUITE_P(AllUkFiles, UkConListFileTest,
                         ::testing::Values(UkFile{"ofsi-conlist-2018-04-13.csv", "2018-04-13", 9487,
                                                  2106, 1426, 680, 242},
                                           UkFile{"ofsi-conlist-2014-04-02.csv", "2014-04-02", 8950,
                                                  2297, 1337, 960, 63},
                                           UkFile{"hmt-conlist-2016-02-12-subset.csv", "2016-02-12",
                                                  800, 463, 323, 140, 13}));

class UkConList2018Test : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    std::string path = kUkDir + "ofsi-conlist-2018-04-13.csv";
    auto r = ReadUkConList(ReadTestFile(path), path);
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    snapshot_ = new ListSnapshot(std::move(*r));
  }
  static void TearDownTestSuite() { delete snapshot_; }
  static ListSnapshot* snapshot_;
};
ListSnapshot* UkConList2018Test::snapshot_ = nullptr;

TEST_F(UkConList2018Test, SeveralBirthYearsAndNationalities) {
  const Entity* e = snapshot_->Find("uk:13349");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->kind, EntityKind::kPerson);
  // The "Prime Alias" row leads although an AKA row comes first in the file.
  EXPECT_EQ(e->primary_name().full, "Nayef Salam Muhammad Ujaym AL-HABABI");
  EXPECT_EQ(e->primary_name().parts,
            (std::vector<std::string>{"Nayef", "Salam", "Muhammad", "Ujaym", "AL-HABABI"}));
  EXPECT_TRUE(HasName(*e, "Sheikh Farooq AL-QAHTANI", NameQuality::kGoodAlias));
  EXPECT_TRUE(HasName(*e, "Imran Farouk SHAYKH", NameQuality::kGoodAlias));
  EXPECT_EQ(e->names.size(), 8u);  // 16 rows: 8 names, each once per date of birth
  ASSERT_EQ(e->birth_dates.size(), 2u);
  EXPECT_EQ(e->birth_dates[0].ToString(), "1980");
  EXPECT_EQ(e->birth_dates[0].precision, DatePrecision::kYear);
  EXPECT_EQ(e->birth_dates[1].ToString(), "1981");
  EXPECT_EQ(e->nationalities, (std::vector<std::string>{"sa", "qa"}));
  ASSERT_EQ(e->identifiers.size(), 1u);
  EXPECT_EQ(e->identifiers[0].type, IdType::kPassport);
  EXPECT_EQ(e->identifiers[0].value, "592667");
  EXPECT_EQ(e->identifiers[0].country, "qa");
  EXPECT_EQ(e->identifiers[0].note, "Passport No: 592667 (Qatari passport issued on 3 May 2007).");
  ASSERT_EQ(e->birth_places.size(), 1u);
  EXPECT_EQ(e->birth_places[0].country, "sa");
  ASSERT_EQ(e->addresses.size(), 1u);
  EXPECT_EQ(e->addresses[0].country, "af");
  EXPECT_EQ(e->countries, std::vector<std::string>{"af"});
  EXPECT_EQ(Extra(*e, "un_reference"), "QDe.004");
  EXPECT_EQ(e->programs, std::vector<std::string>{"The ISIL (Da'esh) and Al-Qaida organisations"});
  EXPECT_EQ(e->listed_on, "2016-04-01");
  EXPECT_EQ(Extra(*e, "last_updated"), "2016-04-01");
  EXPECT_EQ(e->remarks.find('\n'), std::string::npos);  // one distinct remark
}

TEST_F(UkConList2018Test, DprkIndividualAndEntity) {
  const Entity* min = snapshot_->Find("uk:13489");
  ASSERT_NE(min, nullptr);
  EXPECT_EQ(min->primary_name().full, "Min Byong CHOL");
  EXPECT_TRUE(HasName(*min, "Min PYO'NG-CH'O'L", NameQuality::kGoodAlias));
  EXPECT_EQ(min->names.size(), 4u);
  ASSERT_EQ(min->birth_dates.size(), 1u);
  EXPECT_EQ(min->birth_dates[0].ToString(), "1948-08-10");
  // "Democratic People’s Republic of Korea" with a typographic apostrophe (Windows-1252 0x92).
  EXPECT_EQ(min->nationalities, std::vector<std::string>{"kp"});
  EXPECT_EQ(Extra(*min, "un_reference"), "KPi.047");
  EXPECT_NE(min->remarks.find("Worker\u2019s Party of Korea"), std::string::npos);

  const Entity* academy = snapshot_->Find("uk:12871");
  ASSERT_NE(academy, nullptr);
  EXPECT_EQ(academy->kind, EntityKind::kOrganization);
  EXPECT_EQ(academy->primary_name().full, "SECOND ACADEMY OF NATURAL SCIENCES");
  EXPECT_TRUE(HasName(*academy, "CHE 2 CHAYON KWAHAKWON", NameQuality::kGoodAlias));
  EXPECT_EQ(Extra(*academy, "un_reference"), "KPe.018");
  ASSERT_EQ(academy->addresses.size(), 1u);
  EXPECT_EQ(academy->addresses[0].city, "Pyongyang");
  EXPECT_EQ(academy->addresses[0].country, "kp");
}

TEST_F(UkConList2018Test, MostNationalitiesAndDocumentsAreUnderstood) {
  size_t with_nationality_text = 0, resolved = 0, documents = 0, numbered = 0;
  for (const Entity& e : snapshot_->entities) {
    bool has_text = false;
    for (const ExtraField& x : e.extra) has_text = has_text || x.key == "nationality";
    with_nationality_text += has_text;
    resolved += !e.nationalities.empty();
    for (const Identifier& id : e.identifiers) {
      ++documents;
      numbered += std::any_of(id.value.begin(), id.value.end(), ::isdigit);
    }
  }
  // Every target with a Nationality value gets at least one country code out of it.
  auto rows = SplitCsv(ReadTestFile(kUkDir + "ofsi-conlist-2018-04-13.csv"));
  ASSERT_TRUE(rows.ok());
  std::set<std::string> with_nationality;
  for (size_t i = 2; i < rows->size(); ++i) {
    const std::vector<std::string>& row = (*rows)[i];
    if (!row[10].empty()) with_nationality.insert(row.back());
  }
  EXPECT_EQ(resolved, with_nationality.size());
  EXPECT_LT(with_nationality_text, 40u);
  EXPECT_EQ(numbered, documents);
  EXPECT_GT(documents, 400u);
}

TEST(UkConList, BadRowsAreSkippedWithTheirLine) {
  std::string csv =
      "Last Updated,13/04/2018\n"
      "Name 6,Name 1,Group Type,Alias Type,Regime,Group ID\n"
      "SMITH,John,Individual,Prime Alias,Test,1\n"
      "TOO,FEW,FIELDS\n"
      "JONES,Ann,Individual,Prime Alias,Test,\n"
      "SMYTH,Jon,Individual,AKA,Test,1\n"
      "\"ACME, LTD\",,Entity,Prime Alias,Test,2\n";
  auto r = ReadUkConList(csv, "mini.csv");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->rows_skipped, 2u);
  ASSERT_EQ(r->warnings.size(), 2u);
  EXPECT_NE(r->warnings[0].find("mini.csv:4:"), std::string::npos) << r->warnings[0];
  EXPECT_NE(r->warnings[1].find("mini.csv:5:"), std::string::npos) << r->warnings[1];
  ASSERT_EQ(r->entities.size(), 2u);
  EXPECT_EQ(r->entities[0].names.size(), 2u);
  EXPECT_EQ(r->entities[1].primary_name().full, "ACME, LTD");
  EXPECT_EQ(r->entities[1].kind, EntityKind::kOrganization);
}

TEST(UkConList, LaterLayoutColumnsByName) {
  // Columns in another order, an alias quality and a non-Latin name, as later files have.
  std::string csv =
      "Last Updated,01/02/2022\n"
      "Group ID,Group Type,Name 1,Name 6,Name Non-Latin Script,Alias Type,Alias Quality,Regime,"
      "Passport Number,UK Sanctions List Ref\n"
      "77,Individual,Ivan,PETROV,Иван Петров,Primary name,Good quality,Russia,,RUS0001\n"
      "77,Individual,Vanya,PETROV,,Alias,Low quality,Russia,745310012,RUS0001\n";
  auto r = ReadUkConList(csv, "later.csv");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->entities.size(), 1u);
  const Entity& e = r->entities[0];
  EXPECT_EQ(e.primary_name().full, "Ivan PETROV");
  EXPECT_TRUE(HasName(e, "Иван Петров", NameQuality::kGoodAlias));
  EXPECT_TRUE(HasName(e, "Vanya PETROV", NameQuality::kWeakAlias));
  ASSERT_EQ(e.identifiers.size(), 1u);
  EXPECT_EQ(e.identifiers[0].value, "745310012");
  EXPECT_EQ(Extra(e, "UK Sanctions List Ref"), "RUS0001");
}

TEST(UkConList, HeaderProblemsFailTheFile) {
  auto no_header = ReadUkConList("Last Updated,01/01/2020\nfoo,bar\n", "x.csv");
  ASSERT_FALSE(no_header.ok());
  EXPECT_NE(no_header.status().message().find("x.csv:2"), std::string::npos);
  auto no_name = ReadUkConList("Last Updated,01/01/2020\nTitle,Group ID\n", "y.csv");
  ASSERT_FALSE(no_name.ok());
  EXPECT_NE(no_name.status().message().find("Name 6"), std::string::npos);
  auto unterminated = ReadUkConList("Name 6,Group ID\n\"OPEN,1\n", "z.csv");
  ASSERT_FALSE(unterminated.ok());
  EXPECT_NE(unterminated.status().message().find("z.csv"), std::string::npos);
}

}  // namespace
}  // namespace embargo::lists
