#include <gtest/gtest.h>

#include <random>
#include <string>

#include "embargo/normalizer.h"
#include "text/korean.h"

namespace embargo {
namespace {

KoreanKey Latin(const std::string& s) {
  auto key = KeyFromLatin(s);
  EXPECT_TRUE(key.has_value()) << s;
  return key.value_or(KoreanKey{});
}

KoreanKey Hangul(const std::string& s) {
  auto key = KeyFromHangul(s);
  EXPECT_TRUE(key.has_value()) << s;
  return key.value_or(KoreanKey{});
}

bool Match(const KoreanKey& a, const KoreanKey& b) { return KeysCompatible(a, b); }

TEST(KoreanKey, AmbiguousMrMatchesBothReadings) {
  EXPECT_TRUE(Match(Latin("Kim Jong Un"), Hangul("김정은")));
  EXPECT_TRUE(Match(Latin("Kim Jong Un"), Hangul("김종은")));
  EXPECT_TRUE(Match(Latin("KIM JONG UN"), Hangul("김 정은")));
}

TEST(KoreanKey, DistinctSpellingsStayApart) {
  EXPECT_FALSE(Match(Hangul("김정은"), Hangul("김종은")));
  EXPECT_FALSE(Match(Latin("Kim Jeong-eun"), Hangul("김종은")));
  EXPECT_TRUE(Match(Latin("Kim Jeong-eun"), Hangul("김정은")));
  EXPECT_FALSE(Match(Latin("Kim Chŏng-ŭn"), Hangul("김종은")));
  EXPECT_TRUE(Match(Latin("Kim Chŏng-ŭn"), Hangul("김정은")));
  EXPECT_FALSE(Match(Hangul("김정은"), Hangul("김정일")));
  EXPECT_FALSE(Match(Latin("Kim Jong Il"), Hangul("김정은")));
}

TEST(KoreanKey, UnListSpellingVariants) {
  EXPECT_TRUE(Match(Latin("Choe Sok Min"), Latin("CH'OE SO'K MIN")));
  EXPECT_TRUE(Match(Latin("CHANG MYONG-CHIN"), Latin("Jang Myong-Jin")));
  EXPECT_TRUE(Match(Latin("CHU HYO'K"), Latin("Ju Hyok")));
  EXPECT_TRUE(Match(Latin("DAEDONG"), Latin("Taedong")));
  EXPECT_TRUE(Match(Latin("DAEDONG"), Latin("Dae-Dong")));
  EXPECT_TRUE(Match(Latin("Taedong"), Latin("Dae-Dong")));
  EXPECT_TRUE(Match(Latin("AMROGGANG"), Latin("Amnokkang")));
  EXPECT_TRUE(Match(Latin("myongchol"), Latin("myong chol")));
  EXPECT_TRUE(Match(Latin("CHONGCHONGANG"), Latin("chong chon gang")));
  EXPECT_TRUE(Match(Latin("CHONGCHONGANG"), Hangul("청천강")));
}

TEST(KoreanKey, SurnameSpellings) {
  for (const char* ri : {"Ri", "Li", "Yi", "Rhee", "Lee", "I"}) {
    EXPECT_TRUE(Match(Latin(ri), Hangul("리"))) << ri;
    EXPECT_TRUE(Match(Latin(ri), Hangul("이"))) << ri;
  }
  for (const char* pak : {"Pak", "Park", "Bak"}) EXPECT_TRUE(Match(Latin(pak), Hangul("박")));
  for (const char* s : {"Choe", "Choi", "Chwe"}) EXPECT_TRUE(Match(Latin(s), Hangul("최")));
  for (const char* s : {"Jong", "Chong", "Jeong", "Chung"})
    EXPECT_TRUE(Match(Latin(s), Hangul("정")));
  EXPECT_FALSE(Match(Latin("Jeong"), Hangul("종")));
  EXPECT_TRUE(Match(Hangul("리"), Hangul("이")));
  EXPECT_TRUE(Match(Hangul("로동"), Hangul("노동")));
  EXPECT_TRUE(Match(Latin("Rodong"), Latin("Nodong")));
}

TEST(KoreanKey, SoundChanges) {
  EXPECT_TRUE(Match(Latin("Amnokkang"), Hangul("압록강")));
  EXPECT_TRUE(Match(Latin("Amrokgang"), Hangul("압록강")));
  EXPECT_TRUE(Match(Latin("tongnip"), Hangul("독립")));
  EXPECT_TRUE(Match(Latin("doklip"), Latin("tongnip")));
  EXPECT_TRUE(Match(Latin("Silla"), Hangul("신라")));
  EXPECT_TRUE(Match(Latin("Togyong"), Hangul("덕영")));
}

// Liaison moves a final to the next syllable (삼이 is said 사미); it never drops it, and so two
// words differing by the consonant between two vowels stay apart.
TEST(KoreanKey, LiaisonMovesAConsonantButNeverDropsIt) {
  EXPECT_TRUE(Match(Latin("Sami"), Hangul("삼이")));
  EXPECT_TRUE(Match(Latin("Sam-i"), Latin("Sami")));
  EXPECT_TRUE(Match(Latin("joa"), Hangul("좋아")));  // ㅎ falls silent
  EXPECT_FALSE(Match(Latin("sai"), Hangul("삼이")));
  EXPECT_FALSE(Match(Latin("Sami"), Latin("Sani")));
  EXPECT_FALSE(Match(Latin("Mina"), Latin("Mika")));
  EXPECT_FALSE(Match(Latin("Shami"), Latin("Shadi")));
}

// A Latin consonant before a vowel says that consonant; "sh" and "dj" are one consonant each.
TEST(KoreanKey, LatinLettersSayTheConsonantTheyWrite) {
  EXPECT_FALSE(Match(Latin("Aida"), Latin("Aisha")));  // "d" is not a final ㅅ moved on
  EXPECT_FALSE(Match(Latin("Aida"), Hangul("아이사")));
  EXPECT_FALSE(KeyFromLatin("Radja").has_value());  // not ra-d|ja, which Nasha met as 나차
  EXPECT_FALSE(Match(Latin("Nasha"), Hangul("나차")));
  EXPECT_TRUE(Match(Latin("Aida"), Hangul("아이다")));
  EXPECT_TRUE(Match(Latin("osi"), Hangul("옷이")));      // said 오시, as spelt
  EXPECT_TRUE(Match(Latin("Changan"), Hangul("장안")));  // ng, which begins no syllable
  EXPECT_TRUE(Match(Latin("Mukho"), Hangul("묵호")));    // RR's k|h
}

TEST(KoreanKey, NotKorean) {
  EXPECT_FALSE(KeyFromLatin("trading").has_value());
  EXPECT_FALSE(KeyFromLatin("bank").has_value());
  EXPECT_FALSE(KeyFromLatin("Kim2").has_value());
  EXPECT_FALSE(KeyFromHangul("김X").has_value());
}

TEST(KoreanKey, SerializeRoundTrip) {
  for (const char* s : {"Kim Jong Un", "hanam", "CHONGCHONGANG", "Ch'oe"}) {
    KoreanKey key = Latin(s);
    auto back = ParseKoreanKey(SerializeKoreanKey(key));
    ASSERT_TRUE(back.has_value()) << s;
    EXPECT_EQ(*back, key) << s;
  }
  EXPECT_TRUE(KoreanKeysCompatible(SerializeKoreanKey(Latin("Kim Jong Un")),
                                   SerializeKoreanKey(Hangul("김정은"))));
  EXPECT_FALSE(ParseKoreanKey("zz").has_value());
}

// "hanam" splits as ha-nam and han-am, which liaison says alike: one reading, both words.
// "seondae" splits into two syllables or four: readings of their own.
TEST(KoreanKey, Segmentations) {
  KoreanKey key = Latin("hanam");
  EXPECT_EQ(key.ReadingCount(), 1u);
  EXPECT_TRUE(Match(key, Hangul("하남")));
  EXPECT_TRUE(Match(key, Hangul("한암")));
  KoreanKey seondae = Latin("seondae");
  EXPECT_EQ(seondae.ReadingCount(), 4u);
  EXPECT_TRUE(Match(seondae, Hangul("선대")));
  EXPECT_TRUE(Match(seondae, Hangul("새온대")));
}

TEST(KoreanKey, ArbitraryBytesAreSafe) {
  std::mt19937 rng(7);
  const std::string alphabet = "aeiouykgtdpbjchsmnrlw' -O\xC5\x8F\xEC\xA0\x95";
  int parsed = 0;
  for (int n = 0; n < 20000; ++n) {
    std::string s;
    size_t length = rng() % 40;
    for (size_t i = 0; i < length; ++i) {
      s += n % 2 ? static_cast<char>(rng() % 256) : alphabet[rng() % alphabet.size()];
    }
    if (auto key = KeyFromLatin(s)) {
      ++parsed;
      EXPECT_LE(key->ReadingCount(), KoreanKey::kMaxReadings);
      EXPECT_TRUE(ParseKoreanKey(SerializeKoreanKey(*key)).has_value()) << s;
    }
    KeyFromHangul(s);
    ParseKoreanKey(s);
    RomanizeHangul(s);
    SplitKoreanName(s);
  }
  EXPECT_GT(parsed, 100);
  EXPECT_FALSE(KeyFromLatin(std::string(200, 'a')).has_value());  // too long
}

// Spellings that split into many syllables in many ways: a key keeps at most 255 syllables over
// its readings (found by fuzzing: more overflowed the byte offsets), and still round-trips.
TEST(KoreanKey, ManySyllablesInManyReadingsStayWithinTheKey) {
  for (std::string_view spelling :
       {"iiiiiiiiiiiiiiiiiiiiiiii", "yiyiyiyiyiyiyiyiyiyiyiyi", "aeaeaeaeaeaeaeaeaeaeaeae",
        "kuyikuaiiiiiiii", "euieuieuieuieuieuieuieui", "eiiyoaiiaeyoiaieyokukiia"}) {
    SCOPED_TRACE(std::string(spelling));
    std::optional<KoreanKey> key = KeyFromLatin(spelling);
    if (!key) continue;
    size_t syllables = 0;
    for (size_t r = 0; r < key->ReadingCount(); ++r) {
      EXPECT_GE(key->Reading(r).size(), 1u);
      EXPECT_LE(key->Reading(r).size(), KoreanKey::kMaxSyllables);
      syllables += key->Reading(r).size();
    }
    EXPECT_LE(syllables, 255u);
    std::optional<KoreanKey> again = ParseKoreanKey(SerializeKoreanKey(*key));
    ASSERT_TRUE(again.has_value());
    EXPECT_EQ(SerializeKoreanKey(*again), SerializeKoreanKey(*key));
  }
}

}  // namespace
}  // namespace embargo
