#include <gtest/gtest.h>

#include "lists/testing.h"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>

#include "lists/readers.h"

namespace embargo::lists {
namespace {

const std::string kOfacDir = std::string(EMBARGO_SHARED_DIR) + "/data/lists/ofac/";

size_t CountOf(std::string_view haystack, std::string_view needle) {
  size_t n = 0;
  for (size_t pos = haystack.find(needle); pos != std::string_view::npos;
       pos = haystack.find(needle, pos + needle.size())) {
    ++n;
  }
  return n;
}

const Entity* FindByName(const ListSnapshot& s, std::string_view name) {
  for (const Entity& e : s.entities) {
    if (e.primary_name().full == name) return &e;
  }
  return nullptr;
}

const Entity* FindById(const ListSnapshot& s, std::string_view id) {
  for (const Entity& e : s.entities) {
    if (e.id == id) return &e;
  }
  return nullptr;
}

std::string Extra(const Entity& e, std::string_view key) {
  for (const ExtraField& f : e.extra) {
    if (f.key == key) return f.value;
  }
  return "";
}

struct XmlCase {
  const char* file;
  const char* version;
  size_t entries, individuals, entities;
};

TEST(OfacXml, ConsolidatedNonSdnFiles) {
  const XmlCase cases[] = {
      {"consolidated-nonsdn-2025-10-22.xml", "2025-10-22", 443, 80, 363},
      {"consolidated-nonsdn-2025-12-18.xml", "2025-12-18", 442, 79, 363},
      {"consolidated-nonsdn-2026-01-08.xml", "2026-01-08", 442, 79, 363},
  };
  for (const XmlCase& t : cases) {
    SCOPED_TRACE(t.file);
    std::string content = ReadTestFile(kOfacDir + t.file);
    auto result = ReadOfacXml(content, t.file);
    ASSERT_TRUE(result.ok()) << result.status().ToString();
    const ListSnapshot& s = *result;
    EXPECT_EQ(s.format, ListFormat::kOfacXml);
    EXPECT_EQ(s.source, "ofac");
    EXPECT_EQ(s.version, t.version);
    EXPECT_TRUE(s.warnings.empty()) << s.warnings.front();
    EXPECT_EQ(s.rows_skipped, 0u);
    EXPECT_EQ(s.entities.size(), CountOf(content, "<sdnEntry>"));
    EXPECT_EQ(s.entities.size(), t.entries);
    size_t people = 0, organizations = 0, good = 0, weak = 0, addresses = 0;
    for (const Entity& e : s.entities) {
      people += e.kind == EntityKind::kPerson;
      organizations += e.kind == EntityKind::kOrganization;
      addresses += e.addresses.size();
      EXPECT_EQ(e.list_version, t.version);
      for (const Name& n : e.names) {
        good += n.quality == NameQuality::kGoodAlias;
        weak += n.quality == NameQuality::kWeakAlias;
      }
    }
    EXPECT_EQ(people, t.individuals);
    EXPECT_EQ(organizations, t.entities);
    EXPECT_EQ(people, CountOf(content, "<sdnType>Individual<"));
    EXPECT_EQ(good, CountOf(content, "<category>strong<"));
    EXPECT_EQ(weak, CountOf(content, "<category>weak<"));
    EXPECT_EQ(addresses, CountOf(content, "<address>"));
  }
}

class OfacXml2025 : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    std::string content = ReadTestFile(kOfacDir + "consolidated-nonsdn-2025-10-22.xml");
    auto result = ReadOfacXml(content, "consolidated.xml");
    ASSERT_TRUE(result.ok()) << result.status().ToString();
    snapshot_ = new ListSnapshot(std::move(result).value());
  }
  static void TearDownTestSuite() { delete snapshot_; }
  static ListSnapshot* snapshot_;
};
ListSnapshot* OfacXml2025::snapshot_ = nullptr;

TEST_F(OfacXml2025, IndividualWithAliasesDateAndPlaceOfBirth) {
  const Entity* e = FindById(*snapshot_, "ofac:9639");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->kind, EntityKind::kPerson);
  EXPECT_EQ(e->primary_name().full, "HANIYA, Ismail Abdul Salah");
  EXPECT_EQ(e->primary_name().parts,
            (std::vector<std::string>{"HANIYA", "Ismail", "Abdul", "Salah"}));
  ASSERT_EQ(e->names.size(), 3u);
  EXPECT_EQ(e->names[1].full, "HANIYA, Ismail");
  EXPECT_EQ(e->names[1].quality, NameQuality::kGoodAlias);
  EXPECT_EQ(e->names[1].alias_type, "a.k.a.");
  ASSERT_EQ(e->birth_dates.size(), 1u);
  EXPECT_EQ(e->birth_dates[0].ToString(), "1962");
  ASSERT_EQ(e->birth_places.size(), 1u);
  EXPECT_EQ(e->birth_places[0].text, "Shati");
  EXPECT_EQ(e->programs, (std::vector<std::string>{"NS-PLC"}));
}

TEST_F(OfacXml2025, GenderIdIsGenderAndWeakAliasesAreWeak) {
  const Entity* e = FindById(*snapshot_, "ofac:9647");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->gender, Gender::kMale);
  for (const Identifier& id : e->identifiers) EXPECT_NE(id.label, "Gender");
  EXPECT_FALSE(Extra(*e, "secondary_sanctions_risk").empty());
  bool weak = std::any_of(e->names.begin(), e->names.end(), [](const Name& n) {
    return n.full == "ZAHAR, Mahmoud" && n.quality == NameQuality::kWeakAlias;
  });
  EXPECT_TRUE(weak);
}

TEST_F(OfacXml2025, EntityIdentifiersCarryTheirCountry) {
  const Entity* vtb = FindByName(*snapshot_, "VTB BANK PUBLIC JOINT STOCK COMPANY");
  ASSERT_NE(vtb, nullptr);
  EXPECT_EQ(vtb->kind, EntityKind::kOrganization);
  bool gazette =
      std::any_of(vtb->identifiers.begin(), vtb->identifiers.end(), [](const Identifier& id) {
        return id.type == IdType::kRegistration && id.value == "00032520" && id.country == "ru" &&
               id.label == "Government Gazette Number";
      });
  EXPECT_TRUE(gazette);
  EXPECT_FALSE(Extra(*vtb, "executive_order").empty());
  EXPECT_FALSE(vtb->addresses.empty());
}

TEST_F(OfacXml2025, MostIdsAreTyped) {
  size_t other = 0, all = 0;
  for (const Entity& e : snapshot_->entities) {
    for (const Identifier& id : e.identifiers) {
      ++all;
      other += id.type == IdType::kOther;
    }
  }
  EXPECT_GT(all, 1000u);
  // ISIN and Equity Ticker are kOther by design; nothing else should fall there.
  EXPECT_LT(other, all / 2);
}

constexpr char kSmall[] = R"(<?xml version="1.0" standalone="yes"?>
<sdnList xmlns="https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/XML">
  <publshInformation>
    <Publish_Date>01/08/2026</Publish_Date>
    <Record_Count>3</Record_Count>
  </publshInformation>
  <sdnEntry>
    <uid>1</uid>
    <lastName>SEA STAR</lastName>
    <sdnType>Vessel</sdnType>
    <programList><program>DPRK4</program></programList>
    <idList>
      <id><uid>2</uid><idType>Vessel Registration Identification</idType><idNumber>IMO 8660313</idNumber></id>
      <id><uid>3</uid><idType>MMSI</idType><idNumber>445123000</idNumber></id>
      <id><uid>4</uid><idType>Digital Currency Address - XBT</idType><idNumber>1AbC</idNumber></id>
      <id><uid>6</uid><idType>Identification Number</idType><idNumber>IMO 5342883</idNumber></id>
      <id><uid>7</uid><idType>Gender</idType><idNumber>unknown</idNumber></id>
    </idList>
    <vesselInfo><callSign>HMYU</callSign><vesselType>Tanker</vesselType><vesselFlag>Korea, North</vesselFlag></vesselInfo>
    <shinyNewThing>x</shinyNewThing>
  </sdnEntry>
  <sdnEntry>
    <uid>5</uid>
    <sdnType>Entity</sdnType>
  </sdnEntry>
</sdnList>
)";

TEST(OfacXmlSmall, VesselFieldsWarningsAndCountMismatch) {
  auto result = ReadOfacXml(kSmall, "small.xml");
  ASSERT_TRUE(result.ok()) << result.status().ToString();
  const ListSnapshot& s = *result;
  EXPECT_EQ(s.version, "2026-01-08");
  ASSERT_EQ(s.entities.size(), 1u);
  EXPECT_EQ(s.rows_skipped, 1u);  // uid 5 has no name
  const Entity& v = s.entities[0];
  EXPECT_EQ(v.kind, EntityKind::kVessel);
  EXPECT_EQ(v.vessel.flag, "kp");
  EXPECT_EQ(v.vessel.type, "Tanker");
  ASSERT_EQ(v.identifiers.size(), 6u);
  EXPECT_EQ(v.identifiers[0].type, IdType::kCallSign);
  EXPECT_EQ(v.identifiers[1].type, IdType::kImo);
  EXPECT_EQ(v.identifiers[1].value, "8660313");
  EXPECT_EQ(v.identifiers[2].type, IdType::kMmsi);
  EXPECT_EQ(v.identifiers[3].type, IdType::kCryptoAddress);
  EXPECT_EQ(v.identifiers[3].label, "Digital Currency Address - XBT");
  EXPECT_EQ(v.identifiers[3].value, "1AbC");
  EXPECT_EQ(v.identifiers[4].type, IdType::kImo);
  EXPECT_EQ(v.identifiers[4].value, "5342883");
  // An unreadable fact filed as an id is kept as an id rather than dropped.
  EXPECT_EQ(v.identifiers[5].label, "Gender");
  EXPECT_EQ(v.identifiers[5].value, "unknown");
  std::string all;
  for (const std::string& w : s.warnings) all += w + "\n";
  EXPECT_NE(all.find("shinyNewThing"), std::string::npos) << all;
  EXPECT_NE(all.find("Record_Count says 3 but the file holds 2"), std::string::npos) << all;
  EXPECT_NE(all.find("uid 5: no name"), std::string::npos) << all;
}

TEST(OfacXmlSmall, TruncatedEmptyAndForeignInputFail) {
  std::string truncated(kSmall, sizeof(kSmall) / 2);
  auto result = ReadOfacXml(truncated, "cut.xml");
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.status().code(), StatusCode::kParseError);
  EXPECT_EQ(result.status().message().rfind("cut.xml:", 0), 0u) << result.status().message();

  result = ReadOfacXml("", "empty.xml");
  ASSERT_FALSE(result.ok());
  EXPECT_NE(result.status().message().find("empty.xml"), std::string::npos);

  result = ReadOfacXml("<CONSOLIDATED_LIST/>", "un.xml");
  ASSERT_FALSE(result.ok());
  EXPECT_NE(result.status().message().find("sdnList"), std::string::npos);
}

}  // namespace
}  // namespace embargo::lists
