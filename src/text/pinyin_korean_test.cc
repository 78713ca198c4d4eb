#include "text/pinyin_korean.h"

#include <gtest/gtest.h>

#include <initializer_list>
#include <utility>

namespace embargo {
namespace {

using Pairs = std::initializer_list<std::pair<const char*, const char*>>;

// Whether Hangul writes each pinyin word so (`writes`), or not.
void ExpectWritten(Pairs pairs, bool writes) {
  for (const auto& [pinyin, hangul] : pairs) {
    std::optional<KoreanKey> latin = KeyFromPinyin(pinyin);
    std::optional<KoreanKey> korean = KeyFromHangul(hangul);
    EXPECT_EQ(latin && korean && KeysCompatible(*latin, *korean), writes)
        << pinyin << " " << hangul;
  }
}

// The Korean orthography for Chinese: 시진핑, 마오쩌둥, 덩샤오핑, 톈진, 류샤오보, and -ong as
// the rule writes it (퉁) and as many do (통).
TEST(PinyinKorean, MandarinSounds) {
  ExpectWritten({{"xi", "시"},
                 {"jinping", "진핑"},
                 {"maozedong", "마오쩌둥"},
                 {"xiaoping", "샤오핑"},
                 {"tianjin", "톈진"},
                 {"liu", "류"},
                 {"xiaotong", "샤오퉁"},
                 {"xiaotong", "샤오통"},
                 {"fei", "페이"},
                 {"zhi", "즈"}},
                true);
  ExpectWritten({{"xiaotong", "샤오핑"}, {"jinping", "진정"}}, false);
}

// The Korean readings of the characters: 習近平 is 습근평, 房玄齡 방현령, 張 and 章 장 (not 정).
TEST(PinyinKorean, KoreanReadingsOfTheCharacters) {
  ExpectWritten(
      {{"xi", "습"}, {"jinping", "근평"}, {"fang", "방"}, {"xuanling", "현령"}, {"zhang", "장"}},
      true);
  // A syllable short: 현 alone is not xuanling.
  ExpectWritten({{"zhang", "정"}, {"fang", "김"}, {"xuanling", "현"}}, false);
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
