// Han characters for the Normalizer.
//
//   pinyin          Mandarin readings (Unihan kMandarin): a personal name as family name and
//                   the given name joined ("xi jinping"); organizations with each word joined
//   pinyin_split    the same with one token per syllable ("xi jin ping")
//   dprk, rr, ...   Korean readings of Hanja (Unihan kHangul/kKorean) romanized like Hangul,
//                   when the context is Korean or the name starts with a Korean surname
//   transcription   how Chinese writes foreign names back in Latin (克 k, 斯 s, 爾 r, 夫 v:
//                   巴拉巴诺夫 -> "balabanov"), for personal names
// Generic endings of organization names are split off and typed (有限公司 company limited,
// 银行 bank, 贸易 trading, 海运 shipping, ...). Thread-safe: read-only tables.
#pragma once

#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "text/icu_translit.h"
#include "text/reading.h"
#include "text/text_clean.h"

namespace embargo::text {

class HanReader {
 public:
  HanReader();

  std::vector<WordReading> Read(const RawWord& word, const NameContext& context) const;

  // Two to four characters starting with a common Korean surname (金, 李, 朴, 崔, 鄭 ...).
  bool LooksKorean(std::string_view han) const;

  // The foreign-name transcription reading of a Han word ("克魯森" -> "krusen"); `variant` 1
  // takes the other usual value of ambiguous characters (爾 l, 森 son, 德 der, 克 c).
  std::string Transcribe(std::string_view han, int variant) const;

  // Pinyin syllables, one per character ("金正恩" -> {"jin", "zheng", "en"}); characters
  // without a Mandarin reading are skipped.
  std::vector<std::string> Pinyin(std::string_view han) const;

 private:
  // ICU's Han-Latin reading of every CJK Unified Ideograph, built on first use: ICU chooses
  // the usual reading of a character with several (長 chang, 行 xing), where Unihan lists
  // them in no particular order; a table lookup is also far faster than ICU per name.
  const std::unordered_map<char32_t, std::string>& PinyinTable() const;
  // Korean readings cover traditional characters; simplified ones are mapped first.
  std::optional<std::string> HanjaAsHangul(std::string_view han, bool as_name) const;
  // The Korean readings of a Han word romanized like Hangul, each token keyed by its
  // characters (every Korean reading they have).
  std::vector<WordReading> KoreanReadings(std::string_view han,
                                          const std::vector<std::string>& chars,
                                          size_t family_chars, bool person, bool joined_next) const;

  std::unordered_map<char32_t, std::string> transcription_;
  IcuTransliteratorPool to_traditional_{"Simplified-Traditional"};
  mutable std::once_flag pinyin_once_;
  mutable std::unordered_map<char32_t, std::string> pinyin_;
};

}  // namespace embargo::text
