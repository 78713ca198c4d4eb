#include "text/hanja.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace embargo {
namespace {

bool Has(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

TEST(Hanja, KoreanReadingsFromUnihan) {
  EXPECT_TRUE(Has(HanjaKoreanReadings(U'金'), "금"));
  EXPECT_TRUE(Has(HanjaKoreanReadings(U'金'), "김"));
  EXPECT_EQ(HanjaNameReading(U'金'), "김");  // the surname reading, marked for names
  EXPECT_EQ(HanjaKoreanReadings(U'正').front(), "정");
  EXPECT_EQ(HanjaKoreanReadings(U'恩').front(), "은");
  EXPECT_TRUE(Has(HanjaKoreanReadings(U'李'), "리"));
  EXPECT_TRUE(Has(HanjaKoreanReadings(U'李'), "이"));
  EXPECT_TRUE(HanjaKoreanReadings(U'a').empty());
}

TEST(Hanja, MandarinReadingsWithoutTones) {
  EXPECT_EQ(HanjaMandarinReadings(U'金').front(), "jin");
  EXPECT_EQ(HanjaMandarinReadings(U'正').front(), "zheng");
  EXPECT_EQ(HanjaMandarinReadings(U'绿').front(), "lu");
  EXPECT_EQ(HanjaToPinyin("金正恩"), "jin zheng en");
}

TEST(Hanja, NamesReadAsKorean) {
  EXPECT_EQ(HanjaToHangul("金正恩"), "김정은");
  EXPECT_EQ(HanjaToHangul("金正日"), "김정일");
  EXPECT_EQ(HanjaToHangul("朝鮮貿易銀行", false), "조선무역은행");
  EXPECT_FALSE(HanjaToHangul("金x").has_value());
}

TEST(Hanja, KeyMatchesLatinAndHangul) {
  auto hanja = KeyFromHanja("金正恩");
  ASSERT_TRUE(hanja);
  EXPECT_TRUE(KeysCompatible(*hanja, *KeyFromLatin("Kim Jong Un")));
  EXPECT_TRUE(KeysCompatible(*hanja, *KeyFromHangul("김정은")));
  EXPECT_FALSE(KeysCompatible(*hanja, *KeyFromHangul("김종은")));
  EXPECT_FALSE(KeysCompatible(*hanja, *KeyFromLatin("Kim Jong Il")));
  auto ri = KeyFromHanja("李雪主");
  ASSERT_TRUE(ri);
  EXPECT_TRUE(KeysCompatible(*ri, *KeyFromLatin("Ri Sol Ju")));
}

}  // namespace
}  // namespace embargo
