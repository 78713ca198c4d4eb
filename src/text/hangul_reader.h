// Hangul words for the Normalizer.
//
// A Korean personal name ("김정은", "김 정은") gives the family name and the given-name
// syllables in the DPRK/UN spelling, McCune-Reischauer, Revised Romanization and the common
// surname spelling (Kim, Lee, Park), each token with its exact Korean key. Organization words
// are romanized whole ("압록강" -> "amnokkang") after generic endings are split off and typed
// (은행 bank, 무역 trading, 회사 company, 주식회사 joint-stock company ...). Every word also gets
// a "loanword" reading: most Hangul names in customer files are foreign names (조지 워싱턴 =
// George Washington), which the Korean loanword orthography lets us spell back.
// Thread-safe: stateless.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "text/reading.h"
#include "text/text_clean.h"

namespace embargo::text {

class HangulReader {
 public:
  std::vector<WordReading> Read(const RawWord& word, const NameContext& context) const;

  // True when `hangul` (one word, or family and given name separated by a space) is shaped
  // like a Korean personal name: a known surname and one to three given-name syllables.
  bool IsKoreanName(std::string_view hangul) const;
  // The same for a name written as two words, without joining them.
  bool IsKoreanName(std::string_view family, std::string_view given) const;
};

// Romanizations of a Korean personal name in Hangul ("김정은", "김 정은"): the family name,
// then one token per given-name syllable, in the DPRK, Revised, MR and common spellings.
// Empty when the text is not Hangul syllables and spaces.
std::vector<WordReading> ReadKoreanPersonalName(std::string_view hangul, bool joined_next);

// The English-like spelling of a Hangul word written by the loanword orthography
// ("워싱턴" -> "woshington", "베토벤" -> "betoben"). `variant` 1 prefers l, v, f, z where 0
// prefers r, b, p, j. Characters that are not Hangul syllables are dropped.
std::string HangulLoanwordSpelling(std::string_view utf8_word, int variant);

// A Japanese name written in Hangul, in Hepburn-like spelling ("다나카" -> "tanaka",
// "스즈키" -> "suzuki", "쓰요시" -> "tsuyoshi").
std::string HangulJapaneseSpelling(std::string_view utf8_word);

}  // namespace embargo::text
