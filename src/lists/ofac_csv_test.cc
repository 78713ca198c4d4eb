#include <gtest/gtest.h>

#include "lists/testing.h"

#include <algorithm>
#include <chrono>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "lists/readers.h"

namespace embargo::lists {
namespace {

const std::string kOfacDir = std::string(EMBARGO_SHARED_DIR) + "/data/lists/ofac/";

// The files of one set, kept alive beside the views handed to the reader.
struct LoadedSet {
  std::string sdn, add, alt, comments;
  OfacCsvSet View(const std::string& dir) const {
    return {sdn,
            add,
            alt,
            comments,
            dir + "sdn.csv",
            dir + "add.csv",
            dir + "alt.csv",
            dir + "sdn_comments.csv"};
  }
};

LoadedSet LoadSet(const std::string& dir, bool comments) {
  LoadedSet set;
  set.sdn = ReadTestFile(dir + "sdn.csv");
  set.add = ReadTestFile(dir + "add.csv");
  set.alt = ReadTestFile(dir + "alt.csv");
  if (comments) set.comments = ReadTestFile(dir + "sdn_comments.csv");
  return set;
}

size_t CountLines(std::string_view s) { return std::count(s.begin(), s.end(), '\n'); }

struct KindCounts {
  size_t person = 0, organization = 0, vessel = 0, aircraft = 0, dprk = 0;
  size_t good_aliases = 0, weak_aliases = 0, addresses = 0;
};

KindCounts Count(const ListSnapshot& s) {
  KindCounts c;
  for (const Entity& e : s.entities) {
    switch (e.kind) {
      case EntityKind::kPerson:
        ++c.person;
        break;
      case EntityKind::kOrganization:
        ++c.organization;
        break;
      case EntityKind::kVessel:
        ++c.vessel;
        break;
      case EntityKind::kAircraft:
        ++c.aircraft;
        break;
    }
    if (std::any_of(e.programs.begin(), e.programs.end(),
                    [](const std::string& p) { return p.rfind("DPRK", 0) == 0; })) {
      ++c.dprk;
    }
    for (const Name& n : e.names) {
      c.good_aliases += n.quality == NameQuality::kGoodAlias;
      c.weak_aliases += n.quality == NameQuality::kWeakAlias;
    }
    c.addresses += e.addresses.size();
  }
  return c;
}

// ListSnapshot::Find lives with the loader; the reader tests stay independent of it.
const Identifier* FindId(const Entity& e, IdType type) {
  for (const Identifier& id : e.identifiers) {
    if (id.type == type) return &id;
  }
  return nullptr;
}

TEST(OfacCsv, FullSet2021) {
  const std::string dir = kOfacDir + "sdn-csv-2021-07/";
  LoadedSet files = LoadSet(dir, true);
  auto result = ReadOfacSdnCsv(files.View(dir));
  ASSERT_TRUE(result.ok()) << result.status().ToString();
  const ListSnapshot& s = *result;
  EXPECT_EQ(s.source, "ofac");
  EXPECT_EQ(s.format, ListFormat::kOfacSdnCsv);
  EXPECT_EQ(s.rows_skipped, 0u);
  EXPECT_TRUE(s.warnings.empty()) << s.warnings.front();
  EXPECT_EQ(s.entities.size(), CountLines(files.sdn));
  EXPECT_EQ(s.entities.size(), 8976u);
  KindCounts c = Count(s);
  EXPECT_EQ(c.person, 4620u);
  EXPECT_EQ(c.organization, 3673u);
  EXPECT_EQ(c.vessel, 406u);
  EXPECT_EQ(c.aircraft, 277u);
  EXPECT_EQ(c.dprk, 414u);
  EXPECT_EQ(c.good_aliases, CountLines(files.alt));
  EXPECT_EQ(c.good_aliases, 11910u);
  EXPECT_EQ(c.addresses, CountLines(files.add));
  EXPECT_EQ(c.addresses, 13837u);
  // Remarks aliases are OFAC's weak aliases: one per "a.k.a. '" fragment, none repeating alt.csv.
  size_t fragments = 0;
  for (std::string_view marker : {"a.k.a. '", "f.k.a. '", "n.k.a. '"}) {
    for (const std::string* text : {&files.sdn, &files.comments}) {
      for (size_t p = text->find(marker); p != std::string::npos; p = text->find(marker, p + 1)) {
        ++fragments;
      }
    }
  }
  EXPECT_EQ(c.weak_aliases, fragments);
  EXPECT_GT(c.weak_aliases, 2400u);

  // sdn_comments.csv continues the remarks of 28264 mid-word ("P" + "hone Number ...").
  const Entity* lazarus = s.Find("ofac:28264");
  ASSERT_NE(lazarus, nullptr);
  bool phone = std::any_of(lazarus->identifiers.begin(), lazarus->identifiers.end(),
                           [](const Identifier& id) {
                             return id.type == IdType::kPhone && id.value == "8613314257947";
                           });
  EXPECT_TRUE(phone);

  const Entity* aero = s.Find("ofac:36");
  ASSERT_NE(aero, nullptr);
  EXPECT_EQ(aero->kind, EntityKind::kOrganization);
  ASSERT_EQ(aero->names.size(), 2u);
  EXPECT_EQ(aero->names[1].full, "AERO-CARIBBEAN");
  EXPECT_EQ(aero->names[1].quality, NameQuality::kGoodAlias);
  EXPECT_EQ(aero->names[1].alias_type, "a.k.a.");
  ASSERT_EQ(aero->addresses.size(), 1u);
  EXPECT_EQ(aero->addresses[0].city, "Havana");
  EXPECT_EQ(aero->addresses[0].country, "cu");
  EXPECT_EQ(aero->programs, (std::vector<std::string>{"CUBA"}));
}

TEST(OfacCsv, LfSetWithoutEofByte2019) {
  const std::string dir = kOfacDir + "sdn-csv-2019-01/";
  LoadedSet files = LoadSet(dir, false);
  auto result = ReadOfacSdnCsv(files.View(dir));
  ASSERT_TRUE(result.ok()) << result.status().ToString();
  EXPECT_EQ(result->entities.size(), 7379u);
  EXPECT_EQ(result->entities.size(), CountLines(files.sdn) + 1);  // no final newline
  KindCounts c = Count(*result);
  EXPECT_EQ(c.person, 3845u);
  EXPECT_EQ(c.organization, 2994u);
  EXPECT_EQ(c.vessel, 323u);
  EXPECT_EQ(c.aircraft, 217u);
  EXPECT_EQ(c.dprk, 388u);
  EXPECT_EQ(c.good_aliases, CountLines(files.alt) + 1);
  EXPECT_EQ(c.good_aliases, 9682u);
  EXPECT_EQ(c.addresses, CountLines(files.add) + 1);
  EXPECT_EQ(c.addresses, 11696u);
}

struct FetchedCase {
  const char* file;
  size_t records, person, organization, vessel, aircraft, dprk;
};

TEST(OfacCsv, EveryFetchedSdnFileAlone) {
  const FetchedCase cases[] = {
      {"sdn-fetched-2021-08-18.csv", 9083, 4688, 3711, 407, 277, 414},
      {"sdn-fetched-2022-03-01.csv", 9226, 4684, 3837, 425, 280, 423},
      {"sdn-fetched-2023-06-29.csv", 12631, 6285, 5229, 740, 377, 464},
      {"sdn-fetched-2024-05-02.csv", 14973, 6854, 6885, 851, 383, 484},
      {"sdn-fetched-2024-05-03.csv", 14965, 6854, 6884, 851, 376, 484},
  };
  for (const FetchedCase& t : cases) {
    SCOPED_TRACE(t.file);
    std::string sdn = ReadTestFile(kOfacDir + t.file);
    OfacCsvSet set;
    set.sdn = sdn;
    set.sdn_name = t.file;
    auto start = std::chrono::steady_clock::now();
    auto result = ReadOfacSdnCsv(set);
    auto ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start);
    ASSERT_TRUE(result.ok()) << result.status().ToString();
    std::cout << t.file << ": " << result->entities.size() << " entries in " << ms.count()
              << " ms\n";
    EXPECT_TRUE(result->warnings.empty());
    EXPECT_EQ(result->entities.size(), CountLines(sdn));
    EXPECT_EQ(result->entities.size(), t.records);
    KindCounts c = Count(*result);
    EXPECT_EQ(c.person, t.person);
    EXPECT_EQ(c.organization, t.organization);
    EXPECT_EQ(c.vessel, t.vessel);
    EXPECT_EQ(c.aircraft, t.aircraft);
    EXPECT_EQ(c.dprk, t.dprk);
    EXPECT_EQ(c.good_aliases, 0u);  // no alt.csv
  }
}

class OfacCsv2024 : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    content_ = new std::string(ReadTestFile(kOfacDir + "sdn-fetched-2024-05-03.csv"));
    OfacCsvSet set;
    set.sdn = *content_;
    set.sdn_name = "sdn.csv";
    auto result = ReadOfacSdnCsv(set);
    ASSERT_TRUE(result.ok()) << result.status().ToString();
    snapshot_ = new ListSnapshot(std::move(result).value());
  }
  static void TearDownTestSuite() {
    delete snapshot_;
    delete content_;
  }
  const Entity& Get(const std::string& id) {
    const Entity* e = snapshot_->Find(id);
    EXPECT_NE(e, nullptr) << id;
    static const Entity kEmpty;
    return e != nullptr ? *e : kEmpty;
  }
  static std::string* content_;
  static ListSnapshot* snapshot_;
};
std::string* OfacCsv2024::content_ = nullptr;
ListSnapshot* OfacCsv2024::snapshot_ = nullptr;

TEST_F(OfacCsv2024, DprkVesselsCarryImoFromRemarksAndFlagFromColumns) {
  const Entity& chon = Get("ofac:23729");
  EXPECT_EQ(chon.kind, EntityKind::kVessel);
  EXPECT_EQ(chon.primary_name().full, "CHON MA SAN");
  const Identifier* imo = FindId(chon, IdType::kImo);
  ASSERT_NE(imo, nullptr);
  EXPECT_EQ(imo->value, "8660313");
  EXPECT_EQ(chon.vessel.flag, "kp");
  EXPECT_EQ(chon.programs, (std::vector<std::string>{"DPRK4"}));

  const Entity& ryong = Get("ofac:17104");
  imo = FindId(ryong, IdType::kImo);
  ASSERT_NE(imo, nullptr);
  EXPECT_EQ(imo->value, "8606173");
  EXPECT_EQ(ryong.vessel.type, "General Cargo");
}

TEST_F(OfacCsv2024, IndividualWithDobPobPassportNationality) {
  const Entity& cho = Get("ofac:19791");
  EXPECT_EQ(cho.kind, EntityKind::kPerson);
  EXPECT_EQ(cho.primary_name().full, "CHO, Il-U");
  EXPECT_EQ(cho.primary_name().parts, (std::vector<std::string>{"CHO", "Il-U"}));
  ASSERT_FALSE(cho.birth_dates.empty());
  EXPECT_EQ(cho.birth_dates[0].ToString(), "1945-05-10");
  ASSERT_FALSE(cho.birth_places.empty());
  EXPECT_EQ(cho.birth_places[0].country, "kp");
  EXPECT_EQ(cho.nationalities, (std::vector<std::string>{"kp"}));
  const Identifier* passport = FindId(cho, IdType::kPassport);
  ASSERT_NE(passport, nullptr);
  EXPECT_EQ(passport->value, "736410010");
  EXPECT_EQ(passport->country, "kp");
  EXPECT_EQ(cho.positions.front(),
            "Director of the Fifth Bureau of the Reconnaissance General Bureau");
}

TEST_F(OfacCsv2024, DigitalCurrencyAddressesKeepTheirCurrency) {
  const Entity& yan = Get("ofac:25308");
  size_t xbt = 0;
  for (const Identifier& id : yan.identifiers) {
    xbt += id.type == IdType::kCryptoAddress && id.label == "Digital Currency Address - XBT";
  }
  EXPECT_GE(xbt, 2u);
  const Identifier* first = FindId(yan, IdType::kCryptoAddress);
  ASSERT_NE(first, nullptr);
  EXPECT_EQ(first->value, "12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9h");
  EXPECT_EQ(yan.gender, Gender::kMale);
}

TEST_F(OfacCsv2024, RemarksAliasesAreWeakAndOriginalRemarksAreKept) {
  const Entity& bnc = Get("ofac:306");
  ASSERT_EQ(bnc.names.size(), 2u);
  EXPECT_EQ(bnc.names[1].full, "BNC");
  EXPECT_EQ(bnc.names[1].quality, NameQuality::kWeakAlias);
  EXPECT_TRUE(bnc.remarks.empty());
  auto original = std::find_if(bnc.extra.begin(), bnc.extra.end(),
                               [](const ExtraField& f) { return f.key == "remarks_original"; });
  ASSERT_NE(original, bnc.extra.end());
  EXPECT_EQ(original->value, "a.k.a. 'BNC'.");

  const Entity& kim = Get("ofac:20157");
  EXPECT_EQ(kim.positions.front(), "Chairman of the Workers' Party of Korea");
}

TEST(OfacCsvMalformed, BadRowsAreSkippedWithTheirLine) {
  std::string sdn =
      "1,\"ONE\",-0- ,\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n"
      "2,\"TWO\",-0- \r\n"
      "x3,\"THREE\",-0- ,\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n"
      "4,\"FOUR, Four\",\"individual\",\"[DPRK3] [SDGT]\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- "
      ",\"DOB 1960.\"\r\n\x1A";
  std::string alt = "4,1,\"aka\",\"FOUR, Other\",-0- \r\n99,2,\"aka\",\"NOBODY\",-0- \r\n";
  OfacCsvSet set{sdn, "", alt, "", "t/sdn.csv", "t/add.csv", "t/alt.csv", "t/c.csv"};
  auto result = ReadOfacSdnCsv(set);
  ASSERT_TRUE(result.ok()) << result.status().ToString();
  EXPECT_EQ(result->entities.size(), 2u);
  EXPECT_EQ(result->rows_skipped, 3u);
  ASSERT_EQ(result->warnings.size(), 3u);
  EXPECT_EQ(result->warnings[0], "t/sdn.csv:2: expected 12 fields, found 3");
  EXPECT_NE(result->warnings[1].find("t/sdn.csv:3:"), std::string::npos);
  EXPECT_NE(result->warnings[2].find("t/alt.csv:2:"), std::string::npos);
  const Entity* four = result->Find("ofac:4");
  ASSERT_NE(four, nullptr);
  EXPECT_EQ(four->programs, (std::vector<std::string>{"DPRK3", "SDGT"}));
  EXPECT_EQ(four->names.size(), 2u);
  EXPECT_EQ(four->birth_dates.size(), 1u);
}

TEST(OfacCsvMalformed, EmptyAndUnterminatedInputFail) {
  OfacCsvSet empty{"", "", "", "", "e/sdn.csv", "", "", ""};
  auto result = ReadOfacSdnCsv(empty);
  ASSERT_FALSE(result.ok());
  EXPECT_NE(result.status().message().find("e/sdn.csv"), std::string::npos);

  std::string eof_only = "\x1A";
  OfacCsvSet only_eof{eof_only, "", "", "", "e/sdn.csv", "", "", ""};
  EXPECT_FALSE(ReadOfacSdnCsv(only_eof).ok());

  std::string open_quote =
      "1,\"ONE\",-0- ,\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n2,\"TWO,-0- \r\n";
  OfacCsvSet truncated{open_quote, "", "", "", "u/sdn.csv", "", "", ""};
  result = ReadOfacSdnCsv(truncated);
  ASSERT_FALSE(result.ok());
  EXPECT_NE(result.status().message().find("u/sdn.csv: line 2"), std::string::npos)
      << result.status().message();
}

TEST(OfacCsvMalformed, Latin1TextBecomesUtf8) {
  std::string sdn =
      "7,\"PE\xD1"
      "A, Jos\xE9\",\"individual\",\"SDNT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ";
  OfacCsvSet set{sdn, "", "", "", "l/sdn.csv", "", "", ""};
  auto result = ReadOfacSdnCsv(set);
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(result->entities[0].primary_name().full,
            "PE\xC3\x91"
            "A, Jos\xC3\xA9");
}

}  // namespace
}  // namespace embargo::lists
