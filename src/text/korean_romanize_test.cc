#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "text/korean.h"

namespace embargo {
namespace {

bool Has(const std::vector<std::string>& forms, const std::string& form) {
  return std::find(forms.begin(), forms.end(), form) != forms.end();
}

TEST(RomanizeHangul, Systems) {
  EXPECT_EQ(RomanizeHangulAs("정은", KoreanSystem::kDprk, false), "jong un");
  EXPECT_EQ(RomanizeHangulAs("정은", KoreanSystem::kDprk, true), "jongun");
  EXPECT_EQ(RomanizeHangulAs("정은", KoreanSystem::kMr, false), "chong un");
  EXPECT_EQ(RomanizeHangulAs("정은", KoreanSystem::kRevised, false), "jeong eun");
  EXPECT_EQ(RomanizeHangulAs("정은", KoreanSystem::kRevised, true), "jeongeun");
  EXPECT_EQ(RomanizeHangulAs("김정은", KoreanSystem::kRevised, false), "gim jeong eun");
  EXPECT_EQ(RomanizeHangulAs("명철", KoreanSystem::kDprk, true), "myongchol");
  EXPECT_EQ(RomanizeHangulAs("태영호", KoreanSystem::kDprk, false), "thae yong ho");
  EXPECT_EQ(RomanizeHangulAs("시", KoreanSystem::kMr, false), "shi");
}

TEST(RomanizeHangul, SoundChangesWhenJoined) {
  EXPECT_EQ(RomanizeHangulAs("압록강", KoreanSystem::kMr, true), "amnokkang");
  EXPECT_EQ(RomanizeHangulAs("압록강", KoreanSystem::kRevised, true), "amnokgang");
  EXPECT_EQ(RomanizeHangulAs("신라", KoreanSystem::kMr, true), "shilla");
  EXPECT_EQ(RomanizeHangulAs("신라", KoreanSystem::kRevised, true), "silla");
  EXPECT_EQ(RomanizeHangulAs("대동", KoreanSystem::kMr, true), "taedong");
  EXPECT_EQ(RomanizeHangulAs("대동", KoreanSystem::kRevised, true), "daedong");
  EXPECT_EQ(RomanizeHangulAs("청천강", KoreanSystem::kDprk, true), "chongchongang");
  EXPECT_EQ(RomanizeHangulAs("독립", KoreanSystem::kMr, true), "tongnip");
  EXPECT_EQ(RomanizeHangulAs("한국어", KoreanSystem::kMr, true), "hangugo");
}

TEST(RomanizeHangul, WordForms) {
  auto forms = RomanizeHangul("정은");
  EXPECT_TRUE(Has(forms, "jong un"));
  EXPECT_TRUE(Has(forms, "jongun"));
  EXPECT_TRUE(Has(forms, "jeong eun"));
  EXPECT_LE(forms.size(), kMaxRomanizations);
  EXPECT_TRUE(RomanizeHangul("abc").empty());
}

TEST(RomanizeHangul, SurnameSpellings) {
  auto ri = RomanizeHangul("리");
  for (const char* s : {"ri", "li", "yi", "lee", "rhee"}) EXPECT_TRUE(Has(ri, s)) << s;
  auto pak = RomanizeHangul("박");
  for (const char* s : {"pak", "park", "bak"}) EXPECT_TRUE(Has(pak, s)) << s;
  auto jong = RomanizeHangul("정");
  for (const char* s : {"jong", "chong", "jeong", "chung"}) EXPECT_TRUE(Has(jong, s)) << s;
  EXPECT_TRUE(Has(RomanizeHangul("최"), "choi"));
  EXPECT_TRUE(Has(RomanizeHangul("윤"), "yoon"));
  EXPECT_TRUE(KoreanSurnameSpellings("뷁").empty());
}

TEST(SplitKoreanName, OneAndTwoSyllableSurnames) {
  auto kim = SplitKoreanName("김정은");
  ASSERT_TRUE(kim);
  EXPECT_EQ(kim->family, "김");
  EXPECT_EQ(kim->given, "정은");
  EXPECT_TRUE(kim->family_known);
  auto namgung = SplitKoreanName("남궁민");
  ASSERT_TRUE(namgung);
  EXPECT_EQ(namgung->family, "남궁");
  EXPECT_EQ(namgung->given, "민");
  auto hwangbo = SplitKoreanName("황보 영철");
  ASSERT_TRUE(hwangbo);
  EXPECT_EQ(hwangbo->family, "황보");
  EXPECT_EQ(hwangbo->given, "영철");
  EXPECT_EQ(SplitKoreanName("남궁")->family, "남");  // no given name after a two-syllable one
  EXPECT_EQ(SplitKoreanName("선우진")->family, "선우");
  EXPECT_EQ(SplitKoreanName("제갈 성")->family, "제갈");
  EXPECT_FALSE(SplitKoreanName("Kim").has_value());
}

TEST(RomanizeKoreanName, FullNames) {
  auto forms = RomanizeKoreanName("김정은");
  EXPECT_TRUE(Has(forms, "kim jong un"));
  EXPECT_TRUE(Has(forms, "kim jongun"));
  EXPECT_TRUE(Has(forms, "gim jeongeun"));
  EXPECT_LE(forms.size(), kMaxRomanizations);
  EXPECT_TRUE(Has(RomanizeKoreanName("리설주"), "ri sol ju"));
  EXPECT_TRUE(Has(RomanizeKoreanName("최룡해"), "choe ryong hae"));
  EXPECT_TRUE(Has(RomanizeKoreanName("박봉주"), "pak pong ju"));
  // South Korean usage.
  EXPECT_TRUE(Has(RomanizeKoreanName("이경희"), "lee kyung hee"));
  EXPECT_TRUE(Has(RomanizeKoreanName("박정희"), "park jung hee"));
  EXPECT_TRUE(Has(RomanizeKoreanName("윤수영"), "yoon soo young"));
  EXPECT_EQ(RomanizeHangulAs("현우", KoreanSystem::kPopular, KoreanSpacing::kJoined), "hyunwoo");
}

TEST(RomanizeKoreanName, FormsMatchTheKey) {
  for (const char* name : {"김정은", "리설주", "최룡해", "남궁민", "김영철", "박덕영"}) {
    auto hangul = KeyFromHangul(name);
    ASSERT_TRUE(hangul) << name;
    for (const std::string& form : RomanizeKoreanName(name)) {
      auto latin = KeyFromLatin(form);
      ASSERT_TRUE(latin) << form;
      EXPECT_TRUE(KeysCompatible(*hangul, *latin)) << name << " vs " << form;
    }
  }
}

}  // namespace
}  // namespace embargo
