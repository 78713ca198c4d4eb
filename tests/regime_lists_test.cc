// The DPRK regime against the real lists: the UN Consolidated List of 2026-05-08 (KPe entities)
// and the OFAC SDN list of 2024-05-03 (DPRK vessels with IMO numbers in their remarks).
#include <gtest/gtest.h>

#include <string>

#include "embargo/regime.h"
#include "embargo/screener.h"

namespace embargo {
namespace {

class RegimeListsTest : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    const std::string shared = EMBARGO_SHARED_DIR;
    Result<std::vector<ListSnapshot>> lists =
        LoadLists({shared + "/data/lists/un/consolidated-2026-05-08.xml",
                   shared + "/data/lists/ofac/sdn-fetched-2024-05-03.csv"});
    ASSERT_TRUE(lists.ok()) << lists.status().ToString();
    Result<Regime> regime =
        Regime::Load(std::string(EMBARGO_SOURCE_DIR) + "/data/regimes/dprk-1718.yaml");
    ASSERT_TRUE(regime.ok()) << regime.status().ToString();
    regime_ = new Regime(std::move(*regime));
    matcher_ = new PartyMatcher(MakeExactListMatcher(*lists));
  }
  static void TearDownTestSuite() {
    delete regime_;
    delete matcher_;
  }

  static CheckResult Check(const std::string& json) {
    Result<Transaction> tx = ParseTransaction(json);
    EXPECT_TRUE(tx.ok()) << tx.status().ToString();
    return tx.ok() ? CheckTransaction(*regime_, *tx, *matcher_) : CheckResult{};
  }

  static Regime* regime_;
  static PartyMatcher* matcher_;
};

Regime* RegimeListsTest::regime_ = nullptr;
PartyMatcher* RegimeListsTest::matcher_ = nullptr;

// KPe.022 is listed as CHONGCHONGANG SHIPPING COMPANY with the alias "Chong Chon Gang Shipping
// Co. Ltd."; 1718 OP8(d) freezes its funds and economic resources.
TEST_F(RegimeListsTest, AliasOfKPe022TriggersTheAssetFreeze) {
  CheckResult r = Check(R"({"id":"1","date":"2019-01-01","origin":"cn","destination":"sg",
      "parties":[{"name":"CHONG CHON GANG SHIPPING CO LTD","role":"vessel_owner"}],
      "goods":[{"hs":"1701","description":"sugar"}]})");
  EXPECT_EQ(r.verdict, Verdict::kProhibited);
  bool found = false;
  for (const Finding& f : r.findings) {
    for (const PartyHit& hit : f.hits) {
      if (hit.entity_id == "un:KPe.022") {
        found = true;
        EXPECT_EQ(f.resolution, "1718");
        EXPECT_EQ(f.paragraph, "8(d)");
      }
    }
  }
  EXPECT_TRUE(found);
}

// AN SAN 1 (IMO 7303803): on the UN vessel list since 2018-03-30 and on the OFAC SDN list, whose
// remarks give the IMO number.
TEST_F(RegimeListsTest, DprkVesselFoundByImoOnBothLists) {
  CheckResult r = Check(R"({"id":"2","date":"2019-03-01","origin":"cn","destination":"ru",
      "vessel":{"imo":"7303803","name":"AN SAN 1"},"goods":[{"hs":"1701"}]})");
  EXPECT_EQ(r.verdict, Verdict::kProhibited);
  bool regime_hit = false;
  bool ofac_hit = false;
  for (const Finding& f : r.findings) {
    for (const PartyHit& hit : f.hits) {
      regime_hit |= hit.source == "regime" && hit.reference == "7303803";
      ofac_hit |= hit.source == "ofac" && hit.program.starts_with("DPRK");
    }
  }
  EXPECT_TRUE(regime_hit);
  EXPECT_TRUE(ofac_hit);
}

// JIN TAI (IMO 9163154) left the UN list on 2016-03-21 but OFAC kept it: only the OFAC
// designation remains, and the finding says so.
TEST_F(RegimeListsTest, VesselDelistedByTheUnButListedByOfac) {
  CheckResult r = Check(R"({"id":"3","date":"2019-03-01","origin":"cn","destination":"ph",
      "vessel":{"imo":"IMO 9163154"},"goods":[{"hs":"1701"}]})");
  ASSERT_FALSE(r.findings.empty());
  for (const Finding& f : r.findings) {
    for (const PartyHit& hit : f.hits) EXPECT_EQ(hit.source, "ofac") << f.measure_id;
  }
  EXPECT_NE(r.findings[0].uncertain.find("ofac"), std::string::npos);
}

// The research on the UN vessel list found 51 of its 58 IMO numbers on the OFAC SDN list of
// 2024-05-03; matching by IMO through the loaded list must find (nearly) all of them.
TEST_F(RegimeListsTest, MostUnDesignatedVesselsAreOnTheOfacList) {
  int with_imo = 0;
  int on_ofac = 0;
  for (const DesignatedVessel& v : regime_->vessels()) {
    if (!v.delisted_on.empty() || v.imo.empty()) continue;
    ++with_imo;
    Party vessel{v.names.front(), PartyRole::kCarrier, "", "vessel", {{"imo", v.imo}}};
    vessel.name.clear();  // by IMO only
    for (const PartyHit& hit : (*matcher_)(vessel)) {
      if (hit.source == "ofac") {
        ++on_ofac;
        break;
      }
    }
  }
  EXPECT_EQ(with_imo, 58);
  EXPECT_GE(on_ofac, 50);
  EXPECT_LE(on_ofac, 51);
}

// The fuzzy Screener plugs in through the same PartyMatcher. Its hit on the listed alias is
// exact (same name after folding), so the asset freeze is prohibited; a stranger gets no hit.
TEST(RegimeScreenerTest, ScreenerMatcherFindsKPe022) {
  Result<std::vector<ListSnapshot>> lists =
      LoadLists({std::string(EMBARGO_SHARED_DIR) + "/data/lists/un/consolidated-2026-05-08.xml"});
  ASSERT_TRUE(lists.ok()) << lists.status().ToString();
  Result<std::shared_ptr<const Screener>> screener = Screener::Build(std::move(*lists));
  ASSERT_TRUE(screener.ok()) << screener.status().ToString();
  PartyMatcher fuzzy = MakeScreenerMatcher(*screener);
  Party party{"CHONG CHON GANG SHIPPING CO LTD", PartyRole::kVesselOwner, "", "organization", {}};
  std::vector<PartyHit> hits = fuzzy(party);
  ASSERT_FALSE(hits.empty());
  EXPECT_EQ(hits[0].entity_id, "un:KPe.022");
  EXPECT_TRUE(hits[0].exact);
  Party stranger{"Acme Widgets Incorporated", PartyRole::kBuyer, "us", "organization", {}};
  for (const PartyHit& hit : fuzzy(stranger)) ADD_FAILURE() << hit.entity_id;

  Result<Regime> regime =
      Regime::Load(std::string(EMBARGO_SOURCE_DIR) + "/data/regimes/dprk-1718.yaml");
  ASSERT_TRUE(regime.ok()) << regime.status().ToString();
  Result<Transaction> tx = ParseTransaction(R"({"id":"f","date":"2019-01-01","origin":"cn",
      "destination":"sg","parties":[{"name":"Chong Chon Gang Shipping Co. Ltd.","role":"buyer"}],
      "goods":[{"hs":"1701"}]})");
  ASSERT_TRUE(tx.ok()) << tx.status().ToString();
  EXPECT_EQ(CheckTransaction(*regime, *tx, fuzzy).verdict, Verdict::kProhibited);
}

}  // namespace
}  // namespace embargo
