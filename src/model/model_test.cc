#include <gtest/gtest.h>

#include "embargo/entity.h"
#include "model/country.h"
#include "model/fuzzy_date.h"
#include "model/text_util.h"

namespace embargo {
namespace {

TEST(CountryCode, ListSpellings) {
  EXPECT_EQ(CountryCode("Democratic People's Republic of Korea"), "kp");
  EXPECT_EQ(CountryCode("Korea, North"), "kp");
  EXPECT_EQ(CountryCode("KP"), "kp");
  EXPECT_EQ(CountryCode("Russian Federation"), "ru");
  EXPECT_EQ(CountryCode("Iran (Islamic Republic of)"), "ir");
  EXPECT_EQ(CountryCode("Bosnia and Herzegovina"), "ba");
  EXPECT_EQ(CountryCode("Saint Kitts and Nevis"), "kn");
  EXPECT_EQ(CountryCode("Atlantis"), "");
  EXPECT_EQ(CountryName("kp"), "North Korea");
}

TEST(FuzzyDate, Forms) {
  auto d = ParseFuzzyDate("10 May 1945");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->ToString(), "1945-05-10");
  EXPECT_EQ(ParseFuzzyDate("1945-05-10")->precision, DatePrecision::kDay);
  EXPECT_EQ(ParseFuzzyDate("00/00/1980")->ToString(), "1980");
  EXPECT_EQ(ParseFuzzyDate("17/07/1964")->ToString(), "1964-07-17");
  EXPECT_EQ(ParseFuzzyDate("circa 1960")->ToString(), "~1960");
  EXPECT_EQ(ParseFuzzyDate("1960 to 1962")->ToString(), "1960/1962");
  EXPECT_EQ(ParseFuzzyDate("Between 1960 and 1962")->ToString(), "1960/1962");
  EXPECT_EQ(ParseFuzzyDate("Jan 1960")->ToString(), "1960-01");
  EXPECT_FALSE(ParseFuzzyDate("1945-13-01"));
  EXPECT_FALSE(ParseFuzzyDate("2001-02-29"));
  EXPECT_FALSE(ParseFuzzyDate("unknown"));
  EXPECT_TRUE(ParseIsoDay("2000-02-29"));
}

TEST(TextUtil, EncodingsAndScripts) {
  EXPECT_EQ(Cp1252ToUtf8("\x93hi\x94"), "\u201chi\u201d");
  EXPECT_EQ(Latin1ToUtf8("Jos\xe9"), "Jos\u00e9");
  EXPECT_EQ(CollapseSpaces("  a \t b  "), "a b");
  EXPECT_EQ(DominantScript("김정은"), "Hang");
  EXPECT_EQ(DominantScript("Ким Чен Ын"), "Cyrl");
  EXPECT_EQ(DominantScript("KIM JONG UN"), "Latn");
  EXPECT_FALSE(IsValidUtf8("\xff"));
}

}  // namespace
}  // namespace embargo
