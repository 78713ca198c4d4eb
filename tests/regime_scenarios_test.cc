// Scenarios of the DPRK (1718) regime, written from the resolutions' words: each test quotes the
// paragraph it relies on and states the verdict a careful reader of that paragraph expects. The
// expected verdicts are not taken from the regime file the engine reads.
//
// Parties are screened with the built-in exact matcher over hand-made entities shaped like the
// UN and OFAC entries (real-list tests are in regime_lists_test.cc).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "embargo/regime.h"

namespace embargo {
namespace {

using nlohmann::json;

Entity MakeEntity(std::string source, std::string reference, EntityKind kind,
                  std::vector<std::string> names, std::string program) {
  Entity e;
  e.id = source + ":" + reference;
  e.source = source;
  e.reference = reference;
  e.kind = kind;
  for (std::string& n : names) {
    Name name;
    name.full = std::move(n);
    e.names.push_back(std::move(name));
  }
  e.programs = {std::move(program)};
  return e;
}

std::vector<ListSnapshot> HandMadeLists() {
  ListSnapshot un;
  un.source = "un";
  // As on the UN list: KPe.022, listed 2016-03-02, with its "Good" aliases.
  un.entities.push_back(
      MakeEntity("un", "KPe.022", EntityKind::kOrganization,
                 {"CHONGCHONGANG SHIPPING COMPANY", "Chong Chon Gang Shipping Co. Ltd.",
                  "Chongchongang Shipping Co LTD"},
                 "DPRK"));
  un.entities.push_back(MakeEntity("un", "QDe.001", EntityKind::kOrganization, {"AL-RASHID TRUST"},
                                   "ISIL (Da'esh) and Al-Qaida"));
  ListSnapshot ofac;
  ofac.source = "ofac";
  // OFAC keeps JIN TAI (removed from the UN list on 2016-03-21) under a DPRK program.
  Entity jin_tai = MakeEntity("ofac", "20271", EntityKind::kVessel, {"JIN TAI"}, "DPRK3");
  Identifier imo;
  imo.type = IdType::kImo;
  imo.value = "9163154";
  jin_tai.identifiers.push_back(imo);
  ofac.entities.push_back(jin_tai);
  return {un, ofac};
}

class ScenarioTest : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    Result<Regime> loaded =
        Regime::Load(std::string(EMBARGO_SOURCE_DIR) + "/data/regimes/dprk-1718.yaml");
    ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
    regime_ = new Regime(std::move(*loaded));
    matcher_ = new PartyMatcher(MakeExactListMatcher(HandMadeLists()));
  }
  static void TearDownTestSuite() {
    delete regime_;
    delete matcher_;
  }

  // A shipment of one kind of goods; `extra` adds or overrides fields.
  static CheckResult Ship(const std::string& date, const std::string& origin,
                          const std::string& destination, const std::string& hs,
                          const std::string& description, json extra = json::object()) {
    json tx = {{"id", "T"},
               {"date", date},
               {"origin", origin},
               {"destination", destination},
               {"goods", json::array({{{"hs", hs}, {"description", description}}})}};
    for (auto it = extra.begin(); it != extra.end(); ++it) tx[it.key()] = it.value();
    Result<Transaction> parsed = ParseTransaction(tx.dump());
    EXPECT_TRUE(parsed.ok()) << parsed.status().ToString();
    if (!parsed.ok()) return {};
    CheckResult result = CheckTransaction(*regime_, *parsed, *matcher_);
    for (const Finding& f : result.findings) {
      // Every finding cites a resolution and a paragraph, and says when.
      EXPECT_FALSE(f.resolution.empty()) << f.measure_id;
      EXPECT_FALSE(f.paragraph.empty()) << f.measure_id;
      EXPECT_EQ(f.date, date);
    }
    return result;
  }

  // The finding citing this resolution and paragraph, or nullptr.
  static const Finding* Cites(const CheckResult& r, const std::string& resolution,
                              const std::string& paragraph) {
    for (const Finding& f : r.findings) {
      if (f.resolution == resolution && f.paragraph.starts_with(paragraph)) return &f;
    }
    return nullptr;
  }

  static bool AnyExemptionMentions(const Finding& f, const std::string& word) {
    for (const std::string& e : f.exemptions) {
      if (e.find(word) != std::string::npos) return true;
    }
    return false;
  }

  static Regime* regime_;
  static PartyMatcher* matcher_;
};

Regime* ScenarioTest::regime_ = nullptr;
PartyMatcher* ScenarioTest::matcher_ = nullptr;

// ----------------------------------------------------------------------------- coal and iron

// 2371 OP8: "the DPRK shall not supply, sell or transfer, directly or indirectly, from its
// territory or by its nationals or using its flag vessels or aircraft, coal, iron, and iron ore";
// contracts finalized before adoption could be imported up to 30 days after 5 August 2017.
TEST_F(ScenarioTest, CoalFromDprkInOctober2017IsProhibited) {
  CheckResult r = Ship("2017-10-02", "kp", "cn", "2701", "anthracite coal");
  EXPECT_EQ(r.verdict, Verdict::kProhibited);
  const Finding* f = Cites(r, "2371", "8");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->verdict, Verdict::kProhibited);
  EXPECT_EQ(f->hs, "2701");
}

// 2270 OP29 banned coal exports but not transactions "determined to be exclusively for
// livelihood purposes" and unrelated to revenue for the programmes.
TEST_F(ScenarioTest, CoalFromDprkInJune2016NeedsReviewForLivelihood) {
  CheckResult r = Ship("2016-06-15", "kp", "cn", "2701", "coal");
  EXPECT_EQ(r.verdict, Verdict::kNeedsReview);
  const Finding* f = Cites(r, "2270", "29");
  ASSERT_NE(f, nullptr);
  EXPECT_TRUE(AnyExemptionMentions(*f, "livelihood"));
  EXPECT_EQ(Cites(r, "2371", "8"), nullptr);
}

// 2321 OP26 let coal exports continue for livelihood purposes up to an annual aggregate of
// 7,500,000 tonnes or USD 400,870,018: a cap cannot clear a single shipment.
TEST_F(ScenarioTest, CoalFromDprkUnderThe2321CapIsNeverClear) {
  CheckResult r = Ship("2017-03-01", "kp", "cn", "2701", "coal");
  EXPECT_EQ(r.verdict, Verdict::kNeedsReview);
  const Finding* f = Cites(r, "2321", "26");
  ASSERT_NE(f, nullptr);
  EXPECT_NE(f->cap.find("7,500,000"), std::string::npos) << f->cap;
  EXPECT_EQ(Cites(r, "2270", "29"), nullptr) << "2270 OP29 was replaced by 2321";
}

// Inside the 30 days after 5 August 2017, prior written contracts could still be performed.
TEST_F(ScenarioTest, CoalInsideThe2371WindDownNeedsReview) {
  CheckResult r = Ship("2017-08-20", "kp", "cn", "2701", "coal");
  const Finding* f = Cites(r, "2371", "8");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->verdict, Verdict::kNeedsReview);
  EXPECT_NE(f->uncertain.find("wind-down"), std::string::npos);
}

// Before resolution 2270 (2 March 2016) no resolution restricted DPRK coal.
TEST_F(ScenarioTest, CoalFromDprkBefore2270IsClear) {
  CheckResult r = Ship("2016-01-15", "kp", "cn", "2701", "coal");
  EXPECT_EQ(r.verdict, Verdict::kClear);
  EXPECT_TRUE(r.findings.empty());
}

// 2371 OP8 keeps the 2270 exemption for coal "originated outside the DPRK and transported
// through the DPRK solely for export from the Port of Rajin": a transit needs review.
TEST_F(ScenarioTest, RussianCoalThroughRajinNeedsReview) {
  CheckResult r = Ship("2018-04-01", "ru", "cn", "2701", "coal", {{"transit", {"kp"}}});
  EXPECT_EQ(r.verdict, Verdict::kNeedsReview);
  const Finding* f = Cites(r, "2371", "8");
  ASSERT_NE(f, nullptr);
  EXPECT_TRUE(AnyExemptionMentions(*f, "Rajin"));
}

// 2321 OP26 kept the livelihood exemption for iron and iron ore (the cap is for coal).
TEST_F(ScenarioTest, IronOreIn2017BeforeThe2371BanNeedsReview) {
  CheckResult r = Ship("2017-02-01", "kp", "cn", "2601", "iron ore");
  EXPECT_EQ(r.verdict, Verdict::kNeedsReview);
  EXPECT_NE(Cites(r, "2321", "26"), nullptr);
}

// 2371 OP8: "coal, iron, and iron ore" — iron ore (HS 2601) after the wind-down.
TEST_F(ScenarioTest, IronOreIn2018IsProhibited) {
  CheckResult r = Ship("2018-01-10", "kp", "cn", "2601", "iron ore");
  EXPECT_EQ(r.verdict, Verdict::kProhibited);
  EXPECT_NE(Cites(r, "2371", "8"), nullptr);
}

// Coke (HS 2704) is made from coal but is not coal; the text does not settle it.
TEST_F(ScenarioTest, CokeFromDprkNeedsReview) {
  CheckResult r = Ship("2018-04-01", "kp", "cn", "2704", "metallurgical coke");
  EXPECT_EQ(r.verdict, Verdict::kNeedsReview);
  const Finding* f = Cites(r, "2371", "8");
  ASSERT_NE(f, nullptr);
  EXPECT_FALSE(f->uncertain.empty());
}

// A declared chapter (27) is broader than coal: the shipment may be coal, so a person decides.
TEST_F(ScenarioTest, DeclaredChapterBroaderThanCoalNeedsReview) {
  CheckResult r = Ship("2018-04-01", "kp", "cn", "27", "mineral fuels");
  EXPECT_EQ(r.verdict, Verdict::kNeedsReview);
  const Finding* f = Cites(r, "2371", "8");
  ASSERT_NE(f, nullptr);
  EXPECT_NE(f->uncertain.find("broader"), std::string::npos);
}

// ----------------------------------------------------------------------------- petroleum

// 2397 OP5: States shall prohibit supply of "all refined petroleum products" beyond 500,000
// barrels in 12 months from 1 January 2018. A single supply under the cap is reportable.
TEST_F(ScenarioTest, DieselToDprkIn2018IsReportableUnderTheCap) {
  CheckResult r = Ship("2018-06-01", "cn", "kp", "271019", "diesel (gas oil)");
  EXPECT_EQ(r.verdict, Verdict::kReportable);
  const Finding* f = Cites(r, "2397", "5");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->verdict, Verdict::kReportable);
  EXPECT_TRUE(AnyExemptionMentions(*f, "notified"));
}

// 2375 OP14: 500,000 barrels from 1 October to 31 December 2017.
TEST_F(ScenarioTest, RefinedPetroleumToDprkInNovember2017IsReportable) {
  CheckResult r = Ship("2017-11-01", "ru", "kp", "2710", "diesel");
  EXPECT_EQ(r.verdict, Verdict::kReportable);
  EXPECT_NE(Cites(r, "2375", "14"), nullptr);
  EXPECT_EQ(Cites(r, "2397", "5"), nullptr);
}

// Before 2375 no cap applied to diesel, and diesel is not aviation fuel (2270 OP31).
TEST_F(ScenarioTest, DieselToDprkInJune2017IsClear) {
  CheckResult r = Ship("2017-06-01", "cn", "kp", "2710", "diesel");
  EXPECT_EQ(r.verdict, Verdict::kClear);
}

// 2270 OP31: States "shall prevent the sale or supply ... of aviation fuel, including ...
// kerosene-type jet fuel ... to the territory of the DPRK".
TEST_F(ScenarioTest, JetFuelToDprkIsProhibited) {
  CheckResult r = Ship("2017-06-01", "cn", "kp", "271019", "kerosene-type jet fuel");
  EXPECT_EQ(r.verdict, Verdict::kProhibited);
  const Finding* f = Cites(r, "2270", "31");
  ASSERT_NE(f, nullptr);
  EXPECT_TRUE(AnyExemptionMentions(*f, "civilian passenger aircraft"));
}

// "Kerosene" alone may be kerosene-type jet fuel or lamp oil: review, never clear.
TEST_F(ScenarioTest, PlainKeroseneToDprkNeedsReview) {
  CheckResult r = Ship("2017-06-01", "cn", "kp", "271019", "kerosene");
  EXPECT_EQ(r.verdict, Verdict::kNeedsReview);
  EXPECT_NE(Cites(r, "2270", "31"), nullptr);
}

// HS 2710 without a description may be jet fuel: review, never clear.
TEST_F(ScenarioTest, UndescribedPetroleumToDprkNeedsReview) {
  CheckResult r = Ship("2017-06-01", "cn", "kp", "2710", "");
  EXPECT_EQ(r.verdict, Verdict::kNeedsReview);
  EXPECT_NE(Cites(r, "2270", "31"), nullptr);
}

// 2397 OP4: crude oil up to 4 million barrels or 525,000 tons in the aggregate per 12 months.
TEST_F(ScenarioTest, CrudeOilToDprkIn2018IsReportable) {
  CheckResult r = Ship("2018-02-01", "cn", "kp", "2709", "crude oil");
  EXPECT_EQ(r.verdict, Verdict::kReportable);
  EXPECT_NE(Cites(r, "2397", "4"), nullptr);
  EXPECT_EQ(Cites(r, "2375", "13"), nullptr) << "crude oil is not condensate";
}

// 2375 OP13: "all condensates and natural gas liquids" to the DPRK are banned outright.
TEST_F(ScenarioTest, CondensateToDprkIsProhibited) {
  CheckResult r = Ship("2018-02-01", "cn", "kp", "2709", "natural gas condensate");
  EXPECT_EQ(r.verdict, Verdict::kProhibited);
  EXPECT_NE(Cites(r, "2375", "13"), nullptr);
}

// ----------------------------------------------------------------------------- vehicles,
// machinery, metals

// 2397 OP7: States shall prohibit supply to the DPRK of "transportation vehicles (HS codes 86
// through 89)".
TEST_F(ScenarioTest, PassengerCarsToDprkIn2018AreProhibited) {
  CheckResult r = Ship("2018-05-01", "cn", "kp", "870323", "passenger cars");
  EXPECT_EQ(r.verdict, Verdict::kProhibited);
  const Finding* f = Cites(r, "2397", "7");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->verdict, Verdict::kProhibited);
}

// Before 2397, cars fell only under the luxury-goods ban (1718 OP8(a)(iii); 2094 annex IV
// names "luxury automobiles"): whether a given car is luxury is for review.
TEST_F(ScenarioTest, PassengerCarToDprkIn2015NeedsLuxuryReview) {
  CheckResult r = Ship("2015-05-01", "cn", "kp", "8703", "sedan");
  EXPECT_EQ(r.verdict, Verdict::kNeedsReview);
  EXPECT_NE(Cites(r, "2094", "23"), nullptr);
}

// 2397 OP7: "all industrial machinery (HS codes 84 and 85)".
TEST_F(ScenarioTest, BulldozersToDprkIn2018AreProhibited) {
  CheckResult r = Ship("2018-03-01", "cn", "kp", "842911", "bulldozer");
  EXPECT_EQ(r.verdict, Verdict::kProhibited);
  EXPECT_NE(Cites(r, "2397", "7"), nullptr);
}

// No resolution before 2397 banned ordinary machinery to the DPRK.
TEST_F(ScenarioTest, BulldozersToDprkIn2017AreClear) {
  CheckResult r = Ship("2017-06-01", "cn", "kp", "842911", "bulldozer");
  EXPECT_EQ(r.verdict, Verdict::kClear);
}

// 2397 OP7: "iron, steel, and other metals (HS codes 72 through 83)".
TEST_F(ScenarioTest, SteelPlateToDprkIn2019IsProhibited) {
  CheckResult r = Ship("2019-07-01", "cn", "kp", "7208", "hot-rolled steel plate");
  EXPECT_EQ(r.verdict, Verdict::kProhibited);
  EXPECT_NE(Cites(r, "2397", "7"), nullptr);
}

// 2397 OP7 excepts "spare parts needed to maintain DPRK commercial civilian passenger aircraft
// currently in use": the finding must offer that exemption.
TEST_F(ScenarioTest, AircraftPartsToDprkCarryTheSparePartsExemption) {
  CheckResult r = Ship("2018-09-01", "ru", "kp", "880330", "aircraft parts");
  const Finding* f = Cites(r, "2397", "7");
  ASSERT_NE(f, nullptr);
  EXPECT_TRUE(AnyExemptionMentions(*f, "civilian passenger aircraft"));
}

// 2321 OP30: "new helicopters and vessels" — HS 8802 does not say new or used.
TEST_F(ScenarioTest, HelicopterToDprkIn2017NeedsReview) {
  CheckResult r = Ship("2017-03-01", "ru", "kp", "880212", "helicopter");
  EXPECT_EQ(r.verdict, Verdict::kNeedsReview);
  EXPECT_NE(Cites(r, "2321", "30"), nullptr);
}

// From 2397 OP7, HS 88 is banned whatever its age.
TEST_F(ScenarioTest, HelicopterToDprkIn2018IsProhibited) {
  CheckResult r = Ship("2018-03-01", "ru", "kp", "880212", "helicopter");
  EXPECT_EQ(r.verdict, Verdict::kProhibited);
}

// ----------------------------------------------------------------------------- 2397 OP6 exports

// 2397 OP6: the DPRK shall not supply "food and agricultural products (HS codes 12, 08, 07)".
TEST_F(ScenarioTest, FruitFromDprkIn2018IsProhibited) {
  CheckResult r = Ship("2018-03-01", "kp", "cn", "081090", "fruit");
  EXPECT_EQ(r.verdict, Verdict::kProhibited);
  const Finding* f = Cites(r, "2397", "6");
  ASSERT_NE(f, nullptr);
  EXPECT_NE(f->why.find("council_text"), std::string::npos) << f->why;
}

// 2397 OP6 lists "machinery (HS code 84)"; contracts made before adoption could be completed
// for 30 days, so early January 2018 needs review.
TEST_F(ScenarioTest, MachineryFromDprkInsideThe2397WindDownNeedsReview) {
  CheckResult r = Ship("2018-01-05", "kp", "cn", "847130", "laptops");
  EXPECT_EQ(r.verdict, Verdict::kNeedsReview);
  EXPECT_NE(Cites(r, "2397", "6"), nullptr);
}

// 2397 OP6: "earth and stone including magnesite and magnesia (HS code 25)".
TEST_F(ScenarioTest, MagnesiaFromDprkIn2019IsProhibited) {
  CheckResult r = Ship("2019-05-01", "kp", "cn", "251990", "magnesia");
  EXPECT_EQ(r.verdict, Verdict::kProhibited);
}

// ----------------------------------------------------------------------------- minerals, seafood,
// textiles

// 2270 (OP30): the DPRK shall not supply "gold, titanium ore, vanadium ore, and rare earth
// minerals".
TEST_F(ScenarioTest, GoldFromDprkIn2016IsProhibited) {
  CheckResult r = Ship("2016-04-01", "kp", "ae", "710812", "gold bars");
  EXPECT_EQ(r.verdict, Verdict::kProhibited);
  EXPECT_NE(Cites(r, "2270", "30"), nullptr);
}

// 2321 OP28 added "copper, nickel, silver and zinc" from 30 November 2016.
TEST_F(ScenarioTest, CopperFromDprkBeforeAndAfter2321) {
  EXPECT_EQ(Ship("2016-06-01", "kp", "cn", "7403", "refined copper").verdict, Verdict::kClear);
  CheckResult r = Ship("2017-01-15", "kp", "cn", "7403", "refined copper");
  EXPECT_EQ(r.verdict, Verdict::kProhibited);
  EXPECT_NE(Cites(r, "2321", "28"), nullptr);
}

// 2321 OP29: the DPRK shall not supply "statues".
TEST_F(ScenarioTest, StatueFromDprkIn2017IsProhibited) {
  CheckResult r = Ship("2017-03-01", "kp", "na", "9703", "bronze statue");
  EXPECT_EQ(r.verdict, Verdict::kProhibited);
  EXPECT_NE(Cites(r, "2321", "29"), nullptr);
}

// 2371 OP10 added "lead and lead ore".
TEST_F(ScenarioTest, LeadOreFromDprkIn2017IsProhibited) {
  CheckResult r = Ship("2017-10-01", "kp", "cn", "2607", "lead concentrate");
  EXPECT_EQ(r.verdict, Verdict::kProhibited);
  EXPECT_NE(Cites(r, "2371", "10"), nullptr);
}

// 2371 banned "seafood (including fish, crustaceans, mollusks, and other aquatic invertebrates
// in all forms)" from 5 August 2017: in June 2017 there is nothing under the seafood measure.
TEST_F(ScenarioTest, SeafoodFromDprkInJune2017HasNoSeafoodFinding) {
  CheckResult r = Ship("2017-06-15", "kp", "cn", "030743", "frozen squid");
  EXPECT_EQ(Cites(r, "2371", "9"), nullptr);
  EXPECT_EQ(r.verdict, Verdict::kClear);
}

TEST_F(ScenarioTest, SeafoodFromDprkInOctober2017IsProhibited) {
  CheckResult r = Ship("2017-10-01", "kp", "cn", "0303", "frozen fish");
  EXPECT_EQ(r.verdict, Verdict::kProhibited);
  EXPECT_NE(Cites(r, "2371", "9"), nullptr);
}

// Crab meat in airtight containers (1605) is seafood "in all forms".
TEST_F(ScenarioTest, PreparedCrabFromDprkIsSeafood) {
  CheckResult r = Ship("2018-06-01", "kp", "cn", "160510", "canned crab");
  EXPECT_EQ(r.verdict, Verdict::kProhibited);
}

// 2375 OP16: the DPRK shall not supply "textiles (including but not limited to fabrics and
// partially and fully completed apparel products)", with 90 days for prior contracts.
TEST_F(ScenarioTest, ApparelFromDprkInsideThe90DaysNeedsReview) {
  CheckResult r = Ship("2017-10-01", "kp", "cn", "610910", "cotton T-shirts");
  EXPECT_EQ(r.verdict, Verdict::kNeedsReview);
  EXPECT_NE(Cites(r, "2375", "16"), nullptr);
}

TEST_F(ScenarioTest, ApparelFromDprkIn2018IsProhibited) {
  CheckResult r = Ship("2018-01-15", "kp", "cn", "610910", "cotton T-shirts");
  EXPECT_EQ(r.verdict, Verdict::kProhibited);
}

TEST_F(ScenarioTest, ApparelFromDprkBefore2375IsClear) {
  EXPECT_EQ(Ship("2017-08-01", "kp", "cn", "610910", "cotton T-shirts").verdict, Verdict::kClear);
}

// ----------------------------------------------------------------------------- arms and luxury
// goods

// 1718 OP8(a)(i): battle tanks and armoured combat vehicles to the DPRK.
TEST_F(ScenarioTest, TankToDprkIn2008IsProhibited) {
  CheckResult r = Ship("2008-01-10", "ru", "kp", "8710", "armoured vehicle");
  EXPECT_EQ(r.verdict, Verdict::kProhibited);
  EXPECT_NE(Cites(r, "1718", "8(a)(i)"), nullptr);
}

// 1874 left small arms and light weapons out of the ban on supplies; 2270 OP6 brought them in.
TEST_F(ScenarioTest, RiflesToDprkBeforeAndAfter2270) {
  CheckResult before = Ship("2012-05-01", "ru", "kp", "930320", "sporting shotguns");
  EXPECT_EQ(before.verdict, Verdict::kNeedsReview);
  EXPECT_NE(Cites(before, "1874", "10"), nullptr);
  CheckResult after = Ship("2017-05-01", "ru", "kp", "930320", "sporting shotguns");
  EXPECT_EQ(after.verdict, Verdict::kProhibited);
  EXPECT_NE(Cites(after, "2270", "6"), nullptr);
}

// 2321 added to the luxury goods "rugs and tapestries (valued greater than $500)" (in an annex;
// the paragraph number was not confirmed, so only the resolution is asserted).
TEST_F(ScenarioTest, RugsToDprkDependOnTheirValue) {
  json cheap = {{"goods", {{{"hs", "570110"}, {"value", 300}, {"currency", "USD"}}}}};
  EXPECT_EQ(Ship("2017-05-01", "cn", "kp", "570110", "", cheap).verdict, Verdict::kClear);
  json dear = {{"goods", {{{"hs", "570110"}, {"value", 800}, {"currency", "USD"}}}}};
  CheckResult r = Ship("2017-05-01", "cn", "kp", "570110", "", dear);
  EXPECT_EQ(r.verdict, Verdict::kProhibited);
  EXPECT_NE(Cites(r, "2321", ""), nullptr);
}

// 2094 annex IV: jewellery of precious metal is a luxury good.
TEST_F(ScenarioTest, JewelleryToDprkIsProhibited) {
  EXPECT_EQ(Ship("2014-05-01", "ch", "kp", "711319", "gold necklace").verdict,
            Verdict::kProhibited);
}

// ----------------------------------------------------------------------------- vessels

// 2371 OP6: States "shall prohibit the entry into their ports" of vessels the Committee
// designates; BILLIONS NO. 18 (IMO 9191773) was designated on 28 December 2017.
TEST_F(ScenarioTest, CargoOnADesignatedVesselIsProhibited) {
  json vessel = {{"vessel", {{"imo", "IMO 9191773"}, {"name", "BILLIONS NO. 18"}}}};
  CheckResult r = Ship("2018-06-01", "cn", "ru", "1701", "raw sugar", vessel);
  EXPECT_EQ(r.verdict, Verdict::kProhibited);
  const Finding* f = Cites(r, "2371", "6");
  ASSERT_NE(f, nullptr);
  ASSERT_FALSE(f->hits.empty());
  EXPECT_EQ(f->hits[0].reference, "9191773");
}

TEST_F(ScenarioTest, SameVesselBeforeItsDesignationIsClear) {
  json vessel = {{"vessel", {{"imo", "9191773"}, {"name", "BILLIONS NO. 18"}}}};
  EXPECT_EQ(Ship("2017-06-01", "cn", "ru", "1701", "raw sugar", vessel).verdict, Verdict::kClear);
}

// 2270 annex III: the Ocean Maritime Management vessels are economic resources under the
// 1718 OP8(d) asset freeze, whatever name they now use (the IMO number stays with the hull).
TEST_F(ScenarioTest, OmmVesselIsFrozenAsAnEconomicResource) {
  json vessel = {{"vessel", {{"imo", "7937317"}, {"name", "RENAMED ONE"}}}};
  CheckResult r = Ship("2016-06-01", "cn", "cu", "1701", "sugar", vessel);
  EXPECT_EQ(r.verdict, Verdict::kProhibited);
  EXPECT_NE(Cites(r, "1718", "8(d)"), nullptr);
}

// A vessel the Committee removed in March 2016 is not designated afterwards.
TEST_F(ScenarioTest, DelistedVesselOnlyInsideItsDesignationWindow) {
  json vessel = {{"vessel", {{"imo", "9163166"}, {"name", "JIN TENG"}}}};
  EXPECT_EQ(Ship("2016-03-10", "cn", "ph", "1701", "sugar", vessel).verdict, Verdict::kProhibited);
  EXPECT_EQ(Ship("2016-04-10", "cn", "ph", "1701", "sugar", vessel).verdict, Verdict::kClear);
}

// A vessel designated without an IMO number can only be matched by name: a person confirms.
TEST_F(ScenarioTest, VesselMatchedByNameOnlyNeedsReview) {
  json vessel = {{"vessel", {{"name", "Min Ning De You 078"}}}};
  CheckResult r = Ship("2019-02-01", "cn", "kr", "1701", "sugar", vessel);
  EXPECT_EQ(r.verdict, Verdict::kNeedsReview);
  EXPECT_NE(Cites(r, "2371", "6"), nullptr);
}

// 2371 OP7 prohibits "chartering of DPRK-flagged vessels": a DPRK flag needs review.
TEST_F(ScenarioTest, DprkFlaggedVesselNeedsReview) {
  json vessel = {{"vessel", {{"name", "SOME SHIP"}, {"flag", "KP"}}}};
  CheckResult r = Ship("2018-06-01", "cn", "ru", "1701", "sugar", vessel);
  EXPECT_EQ(r.verdict, Verdict::kNeedsReview);
  EXPECT_NE(Cites(r, "2371", "7"), nullptr);
}

// OFAC keeps JIN TAI under a DPRK program after the UN removed it: the matcher's hit gives the
// asset-freeze finding and says the designation is OFAC's.
TEST_F(ScenarioTest, OfacDprkVesselHitGivesAnAssetFreezeFinding) {
  json vessel = {{"vessel", {{"imo", "9163154"}, {"name", "JIN TAI"}}}};
  CheckResult r = Ship("2019-02-01", "cn", "ph", "1701", "sugar", vessel);
  EXPECT_EQ(r.verdict, Verdict::kProhibited);
  const Finding* f = Cites(r, "1718", "8(d)");
  ASSERT_NE(f, nullptr);
  ASSERT_FALSE(f->hits.empty());
  EXPECT_EQ(f->hits[0].source, "ofac");
  EXPECT_NE(f->uncertain.find("ofac"), std::string::npos);
}

// ----------------------------------------------------------------------------- parties and banks

// 1718 OP8(d): States shall freeze the funds and economic resources of the designated entities;
// CHONGCHONGANG SHIPPING COMPANY is KPe.022.
TEST_F(ScenarioTest, PartyMatchingKPe022TriggersTheAssetFreeze) {
  json parties = {
      {"parties", {{{"name", "Chong Chon Gang Shipping Co., Ltd."}, {"role", "vessel_owner"}}}}};
  CheckResult r = Ship("2019-01-01", "cn", "sg", "1701", "sugar", parties);
  EXPECT_EQ(r.verdict, Verdict::kProhibited);
  const Finding* f = Cites(r, "1718", "8(d)");
  ASSERT_NE(f, nullptr);
  ASSERT_FALSE(f->hits.empty());
  EXPECT_EQ(f->hits[0].reference, "KPe.022");
  EXPECT_EQ(f->party, "Chong Chon Gang Shipping Co., Ltd.");
}

// 2664 OP1 (9 December 2022) added a humanitarian carve-out to the asset freezes: it is offered
// as a possible exemption, it does not clear the hit.
TEST_F(ScenarioTest, AssetFreezeHitOffersTheHumanitarianCarveOut) {
  json parties = {{"parties", {{{"name", "CHONGCHONGANG SHIPPING COMPANY"}, {"role", "buyer"}}}}};
  CheckResult r = Ship("2023-05-01", "cn", "sg", "1001", "wheat", parties);
  const Finding* f = Cites(r, "1718", "8(d)");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->verdict, Verdict::kProhibited);
  EXPECT_TRUE(AnyExemptionMentions(*f, "2664"));
}

// A party listed under another UN regime is not a 1718 asset freeze, but it is not clear.
TEST_F(ScenarioTest, PartyOnAnotherRegimeNeedsReview) {
  json parties = {{"parties", {{{"name", "Al Rashid Trust"}, {"role", "beneficiary"}}}}};
  CheckResult r = Ship("2019-01-01", "ae", "pk", "1001", "wheat", parties);
  EXPECT_EQ(r.verdict, Verdict::kNeedsReview);
  EXPECT_EQ(Cites(r, "1718", "8(d)"), nullptr);
  ASSERT_FALSE(r.findings.empty());
  EXPECT_EQ(r.findings[0].measure_id, "listed-other-regime");
}

// 2270 (OP33) prohibits correspondent relationships with DPRK banks.
TEST_F(ScenarioTest, PaymentThroughADprkBankNeedsReview) {
  json payment = {
      {"payment",
       {{"currency", "EUR"}, {"banks", {{{"name", "Foreign Trade Bank"}, {"country", "kp"}}}}}}};
  CheckResult r = Ship("2018-02-01", "cn", "ru", "1001", "wheat", payment);
  EXPECT_EQ(r.verdict, Verdict::kNeedsReview);
  EXPECT_NE(Cites(r, "2270", "33"), nullptr);
}

// ----------------------------------------------------------------------------- the whole
// transaction

// The verdict is the most severe finding: cars (prohibited) with diesel (reportable).
TEST_F(ScenarioTest, VerdictIsTheMostSevereFinding) {
  json goods = {{"goods",
                 {{{"hs", "870323"}, {"description", "cars"}},
                  {{"hs", "271019"}, {"description", "diesel"}}}}};
  CheckResult r = Ship("2018-05-01", "cn", "kp", "870323", "cars", goods);
  EXPECT_EQ(r.verdict, Verdict::kProhibited);
  ASSERT_NE(Cites(r, "2397", "5"), nullptr);
  EXPECT_EQ(Cites(r, "2397", "5")->verdict, Verdict::kReportable);
  EXPECT_EQ(r.findings.front().verdict, Verdict::kProhibited) << "most severe first";
}

// Trade that never touches the DPRK and no listed party: nothing to report.
TEST_F(ScenarioTest, TradeNotInvolvingTheDprkIsClear) {
  EXPECT_EQ(Ship("2019-01-01", "cn", "us", "2701", "coal").verdict, Verdict::kClear);
}

// The draft of 26 May 2022 would have banned DPRK exports of "clocks and watches"; it was
// vetoed and has no legal effect.
TEST_F(ScenarioTest, VetoedDraftIsNotEnforced) {
  EXPECT_EQ(Ship("2023-01-10", "kp", "cn", "9102", "wrist watches").verdict, Verdict::kClear);
}

// ----------------------------------------------------------------------------- JSON in, JSON out

TEST_F(ScenarioTest, CheckTransactionJsonCitesParagraphs) {
  Result<std::string> out = CheckTransactionJson(
      *regime_,
      R"({"id":"J1","date":"2017-10-02","origin":"KP","destination":"CN","goods":[{"hs":"2701"}]})",
      *matcher_);
  ASSERT_TRUE(out.ok()) << out.status().ToString();
  const json parsed = json::parse(*out);
  EXPECT_EQ(parsed["id"], "J1");
  EXPECT_EQ(parsed["verdict"], "prohibited");
  EXPECT_EQ(parsed["findings"][0]["resolution"], "2371");
  EXPECT_EQ(parsed["findings"][0]["paragraph"], "8");
  EXPECT_EQ(parsed["findings"][0]["why"]["hs"], "2701");
}

TEST_F(ScenarioTest, BatchGoesOnPastABadLine) {
  std::istringstream in(
      R"({"id":"a","date":"2017-10-02","origin":"kp","destination":"cn","goods":[{"hs":"2701"}]})"
      "\n"
      R"({"id":"b","date":"2017-02-30","origin":"kp","destination":"cn"})"
      "\n\n"
      R"({"id":"c","date":"2018-06-01","origin":"cn","destination":"kp","goods":[{"hs":"271019","description":"diesel"}]})"
      "\n");
  std::ostringstream out;
  std::ostringstream errors;
  BatchStats stats = CheckTransactionLines(*regime_, in, out, errors, *matcher_);
  EXPECT_EQ(stats.lines, 3u);
  EXPECT_EQ(stats.checked, 2u);
  EXPECT_EQ(stats.failed, 1u);
  EXPECT_NE(errors.str().find("line 2: date:"), std::string::npos) << errors.str();
  std::istringstream lines(out.str());
  std::string line;
  std::vector<json> results;
  while (std::getline(lines, line)) results.push_back(json::parse(line));
  ASSERT_EQ(results.size(), 3u);
  EXPECT_EQ(results[0]["verdict"], "prohibited");
  EXPECT_EQ(results[1]["id"], "b");
  EXPECT_EQ(results[1]["line"], 2);
  EXPECT_EQ(results[2]["verdict"], "reportable");
}

TEST_F(ScenarioTest, TimelineShowsEveryResolutionAndTheVeto) {
  const std::string text = RegimeTimeline(*regime_);
  for (const char* id :
       {"1718", "1874", "2087", "2094", "2270", "2321", "2356", "2371", "2375", "2397"}) {
    EXPECT_NE(text.find(std::string("  ") + id + "  "), std::string::npos) << id;
  }
  EXPECT_NE(text.find("NOT ADOPTED 13-2-0"), std::string::npos);
  EXPECT_LT(text.find("2006-10-14"), text.find("2017-12-22"));
}

}  // namespace
}  // namespace embargo
