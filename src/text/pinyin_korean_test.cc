#include "text/pinyin_korean.h"

#include <gtest/gtest.h>

namespace embargo {
namespace {

bool Writes(std::string_view pinyin, std::string_view hangul) {
  std::optional<KoreanKey> latin = KeyFromPinyin(pinyin);
  std::optional<KoreanKey> korean = KeyFromHangul(hangul);
  return latin && korean && KeysCompatible(*latin, *korean);
}

// The Korean orthography for Chinese: 시진핑, 마오쩌둥, 덩샤오핑, 톈진, 류샤오보, and -ong as
// the rule writes it (퉁) and as many do (통).
TEST(PinyinKorean, MandarinSounds) {
  EXPECT_TRUE(Writes("xi", "시"));
  EXPECT_TRUE(Writes("jinping", "진핑"));
  EXPECT_TRUE(Writes("maozedong", "마오쩌둥"));
  EXPECT_TRUE(Writes("xiaoping", "샤오핑"));
  EXPECT_TRUE(Writes("tianjin", "톈진"));
  EXPECT_TRUE(Writes("liu", "류"));
  EXPECT_TRUE(Writes("xiaotong", "샤오퉁"));
  EXPECT_TRUE(Writes("xiaotong", "샤오통"));
  EXPECT_TRUE(Writes("fei", "페이"));
  EXPECT_TRUE(Writes("zhi", "즈"));
  EXPECT_FALSE(Writes("xiaotong", "샤오핑"));
  EXPECT_FALSE(Writes("jinping", "진정"));
}

// The Korean readings of the characters: 習近平 is 습근평, 房玄齡 방현령, 張 and 章 장 (not 정).
TEST(PinyinKorean, KoreanReadingsOfTheCharacters) {
  EXPECT_TRUE(Writes("xi", "습"));
  EXPECT_TRUE(Writes("jinping", "근평"));
  EXPECT_TRUE(Writes("fang", "방"));
  EXPECT_TRUE(Writes("xuanling", "현령"));
  EXPECT_TRUE(Writes("zhang", "장"));
  EXPECT_FALSE(Writes("zhang", "정"));
  EXPECT_FALSE(Writes("fang", "김"));
  EXPECT_FALSE(Writes("xuanling", "현"));  // a syllable short
}

// Words that are not pinyin syllables have no key.
TEST(PinyinKorean, OnlyPinyinSyllables) {
  EXPECT_FALSE(KeyFromPinyin("kim").has_value());
  EXPECT_FALSE(KeyFromPinyin("trading").has_value());
  EXPECT_FALSE(KeyFromPinyin("").has_value());
  EXPECT_FALSE(KeyFromPinyin("Fang").has_value());  // lower-case letters only
}

}  // namespace
}  // namespace embargo
