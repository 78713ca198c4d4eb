// Loading and validating regime files: the project's DPRK file and broken hand-made ones.
#include <gtest/gtest.h>

#include <string>

#include "embargo/regime.h"

namespace embargo {
namespace {

std::string RegimePath() {
  return std::string(EMBARGO_SOURCE_DIR) + "/data/regimes/dprk-1718.yaml";
}

TEST(RegimeDataTest, LoadsTheDprkRegime) {
  Result<Regime> regime = Regime::Load(RegimePath());
  ASSERT_TRUE(regime.ok()) << regime.status().ToString();
  EXPECT_EQ(regime->target_country(), "kp");
  // The ten sanctioning resolutions, 2664, and the vetoed drafts.
  for (const char* id :
       {"1718", "1874", "2087", "2094", "2270", "2321", "2356", "2371", "2375", "2397", "2664"}) {
    const Resolution* r = regime->FindResolution(id);
    ASSERT_NE(r, nullptr) << id;
    EXPECT_EQ(r->status, "adopted") << id;
  }
  const Resolution* draft = regime->FindResolution("draft-2022-05-26");
  ASSERT_NE(draft, nullptr);
  EXPECT_EQ(draft->status, "not_adopted");
  EXPECT_EQ(draft->vote.against, 2);
  EXPECT_EQ(regime->FindResolution("2397")->date, "2017-12-22");
}

TEST(RegimeDataTest, EveryReviewMappingSaysWhatIsUncertain) {
  Result<Regime> regime = Regime::Load(RegimePath());
  ASSERT_TRUE(regime.ok()) << regime.status().ToString();
  int council = 0;
  for (const Measure& m : regime->measures()) {
    EXPECT_FALSE(m.sources.empty()) << m.id;
    for (const HsMapping& h : m.goods) {
      if (h.basis == HsBasis::kReview) {
        EXPECT_FALSE(h.note.empty()) << m.id << " " << h.hs;
      }
      if (h.basis == HsBasis::kCouncilText) {
        ++council;
        // Only 2397 OP6 and OP7 give HS codes in the Council's own words.
        EXPECT_EQ(m.resolution, "2397") << m.id;
      }
    }
  }
  EXPECT_GT(council, 20);
}

TEST(RegimeDataTest, SupersededMeasuresEndTheDayBeforeTheirSuccessor) {
  Result<Regime> regime = Regime::Load(RegimePath());
  ASSERT_TRUE(regime.ok()) << regime.status().ToString();
  // 2270 OP29 was replaced by 2321 (adopted 2016-11-30); 2321 OP26 by 2371 (2017-08-05).
  const Measure* op29 = regime->FindMeasure("kp-2270-op29-coal-iron");
  ASSERT_NE(op29, nullptr);
  EXPECT_EQ(op29->until, "2016-11-29");
  const Measure* cap = regime->FindMeasure("kp-2321-op26-coal-cap");
  ASSERT_NE(cap, nullptr);
  EXPECT_EQ(cap->until, "2017-08-04");
  EXPECT_EQ(cap->superseded_by.front(), "kp-2371-op8-coal-iron");
}

TEST(RegimeDataTest, DesignatedVesselsHaveValidImoNumbers) {
  Result<Regime> regime = Regime::Load(RegimePath());
  ASSERT_TRUE(regime.ok()) << regime.status().ToString();
  int current = 0;
  int without_imo = 0;
  for (const DesignatedVessel& v : regime->vessels()) {
    if (!v.delisted_on.empty()) continue;
    ++current;
    if (v.imo.empty()) {
      ++without_imo;
      continue;
    }
    EXPECT_TRUE(ImoCheckDigitOk(v.imo)) << v.imo;
  }
  // The Committee's list of 4 June 2020 has 59 vessels, one without an IMO number.
  EXPECT_EQ(current, 59);
  EXPECT_EQ(without_imo, 1);
  const DesignatedVessel* billions = regime->FindVesselByImo("IMO 9191773");
  ASSERT_NE(billions, nullptr);
  EXPECT_EQ(billions->names.front(), "BILLIONS NO. 18");
}

TEST(RegimeDataTest, ImoCheckDigit) {
  // 9*7 + 1*6 + 9*5 + 1*4 + 7*3 + 7*2 = 153: check digit 3.
  EXPECT_TRUE(ImoCheckDigitOk("9191773"));
  EXPECT_FALSE(ImoCheckDigitOk("9191774"));
  EXPECT_FALSE(ImoCheckDigitOk("919177"));
  EXPECT_EQ(NormalizeImo("IMO 9191773"), "9191773");
  EXPECT_EQ(NormalizeImo("imo-9191773"), "9191773");
  EXPECT_EQ(NormalizeImo("91917"), "");
}

constexpr const char* kMinimal = R"(format: embargo-regime/1
regime: {id: t, name: test, target_country: kp}
resolutions:
  - {id: "1", date: 2020-01-01, status: adopted, vote: {for: 15, against: 0, abstain: 0}}
measures:
  - id: m1
    resolution: "1"
    paragraph: "2"
    title: test
    kind: export_ban
    direction: from_dprk
    verdict: prohibited
    goods: [{hs: "2701", basis: plain}]
    from: 2020-01-01
    sources: [x]
)";

std::string Replace(std::string text, const std::string& from, const std::string& to) {
  text.replace(text.find(from), from.size(), to);
  return text;
}

TEST(RegimeDataTest, MinimalFileParses) {
  Result<Regime> regime = Regime::Parse(kMinimal, "t.yaml");
  ASSERT_TRUE(regime.ok()) << regime.status().ToString();
  EXPECT_EQ(regime->measures().size(), 1u);
}

TEST(RegimeDataTest, ErrorsNameTheFileAndTheEntry) {
  struct Case {
    std::string from, to, expect;
  };
  const Case cases[] = {
      {"from: 2020-01-01", "from: 2020-02-30", "measure m1.from"},
      {"hs: \"2701\"", "hs: \"27x1\"", "measure m1.goods[0].hs"},
      {"basis: plain}", "basis: plain, note: a, b}", "unknown key 'b'"},
      {"verdict: prohibited", "verdict: clear", "measure m1.verdict"},
      {"kind: export_ban", "kind: cap", "never prohibited"},
      {"resolution: \"1\"", "resolution: \"9\"", "no resolution '9'"},
      {"sources: [x]", "sources: []", "cites a source"},
      {"status: adopted", "status: maybe", "status"},
  };
  for (const Case& c : cases) {
    Result<Regime> regime = Regime::Parse(Replace(kMinimal, c.from, c.to), "t.yaml");
    ASSERT_FALSE(regime.ok()) << c.to;
    EXPECT_NE(regime.status().message().find("t.yaml"), std::string::npos)
        << regime.status().message();
    EXPECT_NE(regime.status().message().find(c.expect), std::string::npos)
        << regime.status().message();
  }
}

TEST(RegimeDataTest, MalformedYamlReportsTheLine) {
  Result<Regime> regime = Regime::Parse("format: embargo-regime/1\nregime: [unclosed\n", "b.yaml");
  ASSERT_FALSE(regime.ok());
  EXPECT_NE(regime.status().message().find("b.yaml:"), std::string::npos);
}

TEST(RegimeDataTest, MissingFileIsNotFound) {
  Result<Regime> regime = Regime::Load("/nonexistent/regime.yaml");
  ASSERT_FALSE(regime.ok());
  EXPECT_EQ(regime.status().code(), StatusCode::kNotFound);
}

}  // namespace
}  // namespace embargo
