#include "match/evidence.h"

#include <gtest/gtest.h>

#include "model/fuzzy_date.h"

namespace embargo::match {
namespace {

Entity Person() {
  Entity e;
  e.id = "un:KPi.040";
  e.kind = EntityKind::kPerson;
  e.birth_dates.push_back(*ParseFuzzyDate("1945-05-10"));
  e.nationalities = {"kp"};
  e.gender = Gender::kMale;
  e.identifiers.push_back({IdType::kPassport, "381310014", "kp", "Passport", ""});
  return e;
}

Query Q() {
  Query q;
  q.names = {"Cho Il U"};
  return q;
}

TEST(Evidence, DateOfBirth) {
  Query q = Q();
  q.birth_dates = {*ParseFuzzyDate("10 May 1945")};
  EvidenceResult same_day = CompareEvidence(q, Person());
  q.birth_dates = {*ParseFuzzyDate("1945")};
  EvidenceResult same_year = CompareEvidence(q, Person());
  q.birth_dates = {*ParseFuzzyDate("1946")};
  EvidenceResult near = CompareEvidence(q, Person());
  q.birth_dates = {*ParseFuzzyDate("1970-01-01")};
  EvidenceResult different = CompareEvidence(q, Person());
  EXPECT_GT(same_day.effect, same_year.effect);
  EXPECT_GT(same_year.effect, 0);
  EXPECT_LT(near.effect, 0);
  EXPECT_LT(different.effect, near.effect);
  q.birth_dates = {*ParseFuzzyDate("1944 to 1946")};
  EXPECT_GT(CompareEvidence(q, Person()).effect, 0);
}

TEST(Evidence, DayAndMonthSwappedAgree) {
  Query q = Q();
  q.birth_dates = {*ParseFuzzyDate("1945-10-05")};  // 10 May written month first
  EvidenceResult swapped = CompareEvidence(q, Person());
  EXPECT_GT(swapped.effect, 0);
  ASSERT_EQ(swapped.items.size(), 1u);
  EXPECT_NE(swapped.items[0].detail.find("swapped"), std::string::npos);
  q.birth_dates = {*ParseFuzzyDate("1945-10-06")};
  EXPECT_LT(CompareEvidence(q, Person()).effect, 0);
}

TEST(Evidence, CountryGenderKind) {
  Query q = Q();
  q.countries = {"kp"};
  EXPECT_GT(CompareEvidence(q, Person()).effect, 0);
  q.countries = {"fr"};
  EXPECT_LT(CompareEvidence(q, Person()).effect, 0);
  q.countries.clear();
  q.gender = Gender::kFemale;
  EXPECT_LT(CompareEvidence(q, Person()).effect, 0);
  q.gender = Gender::kUnknown;
  q.kind = EntityKind::kVessel;
  EXPECT_TRUE(CompareEvidence(q, Person()).kind_excluded);
  q.kind = EntityKind::kPerson;
  EXPECT_FALSE(CompareEvidence(q, Person()).kind_excluded);
}

TEST(Evidence, Identifiers) {
  Query q = Q();
  q.identifiers = {{IdType::kPassport, "381 310 014", "", "", ""}};
  EvidenceResult r = CompareEvidence(q, Person());
  EXPECT_TRUE(r.identifier_match);
  q.identifiers = {{IdType::kPassport, "999999999", "", "", ""}};
  r = CompareEvidence(q, Person());
  EXPECT_FALSE(r.identifier_match);
  EXPECT_LT(r.effect, 0);
  EXPECT_EQ(NormalizeIdentifier(IdType::kImo, "IMO 8660313"), "8660313");
  EXPECT_EQ(NormalizeIdentifier(IdType::kImo, "866031"), "");
  EXPECT_EQ(NormalizeIdentifier(IdType::kSwiftBic, "fxtb kp py xxx"), "FXTBKPPY");
}

}  // namespace
}  // namespace embargo::match
