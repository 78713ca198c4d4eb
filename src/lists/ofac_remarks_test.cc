#include "lists/ofac_remarks.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>

#include "lists/csv.h"
#include "model/text_util.h"

namespace embargo::lists {
namespace {

const Identifier* FindId(const OfacRemarks& r, IdType type) {
  for (const Identifier& id : r.identifiers) {
    if (id.type == type) return &id;
  }
  return nullptr;
}

std::string ExtraValue(const OfacRemarks& r, std::string_view key) {
  for (const ExtraField& f : r.extra) {
    if (f.key == key) return f.value;
  }
  return "";
}

TEST(OfacRemarks, IndividualWithDatesPlacesAndDocuments) {
  OfacRemarks r = ParseOfacRemarks(
      "DOB 10 May 1945; alt. DOB 1946; POB Pyongyang, North Korea; nationality Korea, North; "
      "citizen Russia; Passport 381310014 (Korea, North) expires 2021; National ID No. "
      "216040 (Yemen); Gender Male.",
      EntityKind::kPerson);
  EXPECT_EQ(r.clause_count, 8u);
  EXPECT_TRUE(r.unparsed.empty());
  ASSERT_EQ(r.birth_dates.size(), 2u);
  EXPECT_EQ(r.birth_dates[0].ToString(), "1945-05-10");
  EXPECT_EQ(r.birth_dates[1].ToString(), "1946");
  ASSERT_EQ(r.birth_places.size(), 1u);
  EXPECT_EQ(r.birth_places[0].text, "Pyongyang, North Korea");
  EXPECT_EQ(r.birth_places[0].country, "kp");
  EXPECT_EQ(r.nationalities, (std::vector<std::string>{"kp", "ru"}));
  const Identifier* passport = FindId(r, IdType::kPassport);
  ASSERT_NE(passport, nullptr);
  EXPECT_EQ(passport->value, "381310014");
  EXPECT_EQ(passport->country, "kp");
  EXPECT_EQ(passport->note, "expires 2021");
  const Identifier* national = FindId(r, IdType::kNationalId);
  ASSERT_NE(national, nullptr);
  EXPECT_EQ(national->value, "216040");
  EXPECT_EQ(national->country, "ye");
  EXPECT_EQ(r.gender, Gender::kMale);
}

TEST(OfacRemarks, DateShapes) {
  OfacRemarks r =
      ParseOfacRemarks("DOB circa 1951; DOB 1960 to 1962; DOB Mar 1960", EntityKind::kPerson);
  ASSERT_EQ(r.birth_dates.size(), 3u);
  EXPECT_TRUE(r.birth_dates[0].approximate);
  EXPECT_EQ(r.birth_dates[0].year, 1951);
  EXPECT_EQ(r.birth_dates[1].precision, DatePrecision::kYearRange);
  EXPECT_EQ(r.birth_dates[1].to_year, 1962);
  EXPECT_EQ(r.birth_dates[2].precision, DatePrecision::kMonth);
}

TEST(OfacRemarks, VesselIdentifiersWithAndWithoutImoPrefix) {
  OfacRemarks a = ParseOfacRemarks(
      "Linked To: KOREA ACHIM SHIPPING CO; Vessel Registration Identification IMO 8660313; "
      "MMSI 445123000; Vessel Year of Build 1999; Former Vessel Flag Malta",
      EntityKind::kVessel);
  EXPECT_TRUE(a.unparsed.empty());
  const Identifier* imo = FindId(a, IdType::kImo);
  ASSERT_NE(imo, nullptr);
  EXPECT_EQ(imo->value, "8660313");
  const Identifier* mmsi = FindId(a, IdType::kMmsi);
  ASSERT_NE(mmsi, nullptr);
  EXPECT_EQ(mmsi->value, "445123000");
  EXPECT_EQ(ExtraValue(a, "linked_to"), "KOREA ACHIM SHIPPING CO");
  EXPECT_EQ(ExtraValue(a, "vessel_year_of_build"), "1999");
  EXPECT_EQ(ExtraValue(a, "former_vessel_flag"), "Malta");

  OfacRemarks b =
      ParseOfacRemarks("Vessel Registration Identification 8606173.", EntityKind::kVessel);
  imo = FindId(b, IdType::kImo);
  ASSERT_NE(imo, nullptr);
  EXPECT_EQ(imo->value, "8606173");

  OfacRemarks c = ParseOfacRemarks("Identification Number IMO 5342883.", EntityKind::kOrganization);
  imo = FindId(c, IdType::kImo);
  ASSERT_NE(imo, nullptr);
  EXPECT_EQ(imo->value, "5342883");
  EXPECT_EQ(imo->label, "Identification Number");
}

TEST(OfacRemarks, DigitalCurrencyContactAndBankIdentifiers) {
  OfacRemarks r = ParseOfacRemarks(
      "Digital Currency Address - XBT 12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9h; alt. Digital Currency "
      "Address - ETH 0x098B716B8Aaf21512996dC57EB0615e2383E2f96; Email Address x@y.com; Website "
      "www.mebank.ir; Telephone (98)(21)(66153220); SWIFT/BIC HAVIGB2L",
      EntityKind::kOrganization);
  EXPECT_TRUE(r.unparsed.empty());
  ASSERT_EQ(r.identifiers.size(), 6u);
  EXPECT_EQ(r.identifiers[0].type, IdType::kCryptoAddress);
  EXPECT_EQ(r.identifiers[0].label, "Digital Currency Address - XBT");
  EXPECT_EQ(r.identifiers[0].value, "12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9h");
  EXPECT_EQ(r.identifiers[1].label, "Digital Currency Address - ETH");
  EXPECT_EQ(r.identifiers[2].type, IdType::kEmail);
  EXPECT_EQ(r.identifiers[2].value, "x@y.com");
  EXPECT_EQ(r.identifiers[3].type, IdType::kWebsite);
  EXPECT_EQ(r.identifiers[3].value, "www.mebank.ir");
  EXPECT_EQ(r.identifiers[4].type, IdType::kPhone);
  EXPECT_EQ(r.identifiers[4].value, "(98)(21)(66153220)");
  EXPECT_EQ(r.identifiers[5].type, IdType::kSwiftBic);
}

TEST(OfacRemarks, RegistrationNumbersKeepNonCountryGroupsInTheNote) {
  OfacRemarks r = ParseOfacRemarks(
      "Registration Number HRA 738077 (Stuttgart) (Germany); Folio Mercantil No. 343997 "
      "(Mexico) issued 14 Dec 2005; Passport G025057 issued 23 Jun 1999 expires 05 Feb 2004; "
      "NIT # 800018928-0 (Colombia); Tax ID No. AABA 670850 Y.",
      EntityKind::kOrganization);
  ASSERT_EQ(r.identifiers.size(), 5u);
  EXPECT_EQ(r.identifiers[0].value, "HRA 738077 (Stuttgart)");
  EXPECT_EQ(r.identifiers[0].country, "de");
  EXPECT_EQ(r.identifiers[1].note, "issued 14 Dec 2005");
  EXPECT_EQ(r.identifiers[1].country, "mx");
  EXPECT_EQ(r.identifiers[2].value, "G025057");
  EXPECT_EQ(r.identifiers[2].note, "issued 23 Jun 1999 expires 05 Feb 2004");
  EXPECT_EQ(r.identifiers[3].type, IdType::kTaxId);
  EXPECT_EQ(r.identifiers[3].value, "800018928-0");
  EXPECT_EQ(r.identifiers[4].value, "AABA 670850 Y");
}

TEST(OfacRemarks, AliasesKeepInnerApostrophes) {
  OfacRemarks r = ParseOfacRemarks(
      "a.k.a. 'BNC'; f.k.a. 'AL-QA'QA'; a.k.a. ''ABD AL-MUHSI'; a.k.a. 'ILLIASSOU, Djibbo'.",
      EntityKind::kPerson);
  ASSERT_EQ(r.aliases.size(), 4u);
  EXPECT_EQ(r.aliases[0].full, "BNC");
  EXPECT_EQ(r.aliases[0].quality, NameQuality::kWeakAlias);
  EXPECT_EQ(r.aliases[1].full, "AL-QA'QA");
  EXPECT_EQ(r.aliases[1].alias_type, "f.k.a.");
  EXPECT_EQ(r.aliases[2].full, "'ABD AL-MUHSI");
  EXPECT_EQ(r.aliases[3].parts, (std::vector<std::string>{"ILLIASSOU", "Djibbo"}));
}

TEST(OfacRemarks, SemicolonInsideParenthesesDoesNotSplit) {
  OfacRemarks r = ParseOfacRemarks(
      "DOB 1969; (Following data derived from a passport: Alt. DOB: 10 October 1969; Alt. POB: "
      "Keren Eritrea); a.k.a. 'ABU MANSUR'",
      EntityKind::kPerson);
  EXPECT_EQ(r.clause_count, 3u);
  ASSERT_EQ(r.unparsed.size(), 1u);
  EXPECT_EQ(r.unparsed[0].front(), '(');
  EXPECT_EQ(r.aliases.size(), 1u);
}

TEST(OfacRemarks, SanctionsInformationAndRolesAreTyped) {
  OfacRemarks r = ParseOfacRemarks(
      "Additional Sanctions Information - Subject to Secondary Sanctions; Secondary sanctions "
      "risk: section 1(b) of Executive Order 13224; Organization Established Date 1969; "
      "Minister of Defense; Brigadier General; wife of Izzat Ibrahim Al-Duri",
      EntityKind::kPerson);
  EXPECT_TRUE(r.unparsed.empty()) << r.unparsed[0];
  EXPECT_EQ(ExtraValue(r, "additional_sanctions_info"), "Subject to Secondary Sanctions");
  EXPECT_EQ(ExtraValue(r, "secondary_sanctions_risk"), "section 1(b) of Executive Order 13224");
  EXPECT_EQ(ExtraValue(r, "organization_established_date"), "1969");
  EXPECT_EQ(r.positions, (std::vector<std::string>{"Minister of Defense"}));
  EXPECT_EQ(r.titles, (std::vector<std::string>{"Brigadier General"}));
  EXPECT_EQ(ExtraValue(r, "relationship"), "wife of Izzat Ibrahim Al-Duri");
}

TEST(OfacRemarks, ParenthesizedClauseFromTheXml) {
  OfacRemarks r = ParseOfacRemarks(
      "For more information on directives, please visit the following link: "
      "https://www.treasury.gov/x#directives; (Linked To: BM BANK JSC)",
      EntityKind::kOrganization);
  EXPECT_TRUE(r.unparsed.empty());
  EXPECT_EQ(ExtraValue(r, "linked_to"), "BM BANK JSC");
  EXPECT_EQ(ExtraValue(r, "information_link").rfind("on directives", 0), 0u);
}

TEST(OfacRemarks, UnreadableValuesStayUnparsed) {
  OfacRemarks r =
      ParseOfacRemarks("nationality Atlantis; DOB sometime; Gender unknown; some free text",
                       EntityKind::kOrganization);
  EXPECT_EQ(r.clause_count, 4u);
  EXPECT_EQ(r.unparsed.size(), 4u);
  EXPECT_TRUE(r.nationalities.empty());
  EXPECT_TRUE(r.birth_dates.empty());
}

TEST(OfacRemarks, CountrySpellings) {
  EXPECT_EQ(OfacCountryCode("Korea, North"), "kp");
  EXPECT_EQ(OfacCountryCode("Region: Crimea"), "ua");
  EXPECT_EQ(OfacCountryCode("Palestinian"), "ps");
  EXPECT_EQ(OfacCountryCode("Burma"), "mm");
  EXPECT_EQ(OfacCountryCode("Congo, Democratic Republic of the."), "cd");
  EXPECT_EQ(OfacCountryCode("Bosnia-Herzegovina"), "ba");
  EXPECT_EQ(OfacCountryCode("Stuttgart"), "");
}

EntityKind KindOf(std::string_view type) {
  if (type == "individual") return EntityKind::kPerson;
  if (type == "vessel") return EntityKind::kVessel;
  if (type == "aircraft") return EntityKind::kAircraft;
  return EntityKind::kOrganization;
}

// Coverage over a whole real file: how many clauses get a type. Prints the figures and the
// most frequent unparsed clause shapes.
TEST(OfacRemarks, MostClausesOfThe2024FileAreTyped) {
  std::ifstream in(std::string(EMBARGO_SHARED_DIR) + "/data/lists/ofac/sdn-fetched-2024-05-03.csv",
                   std::ios::binary);
  ASSERT_TRUE(in);
  std::stringstream buffer;
  buffer << in.rdbuf();
  std::string content = buffer.str();
  CsvReader reader(content);
  size_t clauses = 0, unparsed = 0, entities = 0;
  std::map<std::string, size_t> shapes;
  while (const CsvRecord* record = reader.Next()) {
    ASSERT_EQ(record->fields.size(), 12u);
    std::string_view remarks = record->fields[11];
    if (Trim(remarks) == "-0-") continue;
    ++entities;
    OfacRemarks r = ParseOfacRemarks(remarks, KindOf(record->fields[2]));
    clauses += r.clause_count;
    unparsed += r.unparsed.size();
    for (const std::string& u : r.unparsed) ++shapes[u.substr(0, 40)];
  }
  double typed = 100.0 * (clauses - unparsed) / clauses;
  std::cout << "remarks of " << entities << " entries: " << clauses << " clauses, "
            << clauses - unparsed << " typed, " << unparsed << " unparsed (" << typed
            << "% typed)\n";
  std::vector<std::pair<size_t, std::string>> top;
  for (const auto& [shape, n] : shapes) top.emplace_back(n, shape);
  std::sort(top.rbegin(), top.rend());
  for (size_t i = 0; i < top.size() && i < 15; ++i) {
    std::cout << "  unparsed x" << top[i].first << ": " << top[i].second << "\n";
  }
  EXPECT_GT(clauses, 50000u);
  EXPECT_GT(typed, 95.0);
}

}  // namespace
}  // namespace embargo::lists
