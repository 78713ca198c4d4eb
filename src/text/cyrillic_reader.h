// Cyrillic to Latin for names: the systems customers and lists actually use.
//
//   icao     Russian passports since 2013 (ICAO Doc 9303): ж zh, х kh, ц ts, ю iu, я ia, ъ ie
//   bgn      BGN/PCGN 1947: е ye after a vowel or initially, й y, ю yu, я ya
//   iso9     ISO 9:1995 with the diacritics dropped: ж z, х h, ц c, ч c, ш s, щ s
//   english  common English spellings: ё yo, -ий -y, кс x, and Ukrainian/Belarusian letters
//   russian  a Belarusian word as Russian writes the name, in BGN/PCGN: ВАСІЛЬЕЎ vasilyev
//   learned  four spellings of the learned model (src/text/learned_translit.h): the spelling a
//            foreign name had before it was written in Cyrillic (Фрезе "frese", Шнайдер
//            "schneider", Гуно "gouno", Сисимэ "shishime"); not for Korean or Chinese names.
//            A word that is the whole name gets four more, after slavic and italian
//   slavic, italian
//            hand-written spellings the model misses (Рачинский "raczinski", Джустини
//            "giustini")
//   korean   a Russian rendering of a Korean name (Kontsevich and the traditional press
//            spelling: Ким Чен Ын, Ким Ир Сен, Пхеньян), with a Korean key built directly
//   pinyin   a Russian rendering of a Chinese name (Palladius: Си Цзиньпин -> xi jinping)
//
// Thread-safe: stateless apart from read-only tables.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "text/reading.h"
#include "text/text_clean.h"

namespace embargo::text {

class CyrillicReader {
 public:
  std::vector<WordReading> Read(const RawWord& word, const NameContext& context) const;

  // The name starts with a Korean surname in Cyrillic (Ким, Пак, Ли, Чхве, Цой, ...) and every
  // word reads as Korean syllables.
  bool LooksKorean(std::span<const RawWord> words) const;

  // The name starts with a Chinese surname in Palladius spelling (Си, Ли, Ван, Чжан, ...) and
  // every word reads as Palladius syllables.
  bool LooksChinese(std::span<const RawWord> words) const;

  // One word spelled the Palladius way (цз, чж, ся, юань, ...) that splits into Palladius
  // syllables: a Chinese name even without a surname before it.
  bool LooksPalladius(std::string_view utf8_lower) const;

  // One system only, for tests and the evaluation ("icao", "bgn", "iso9", "english"); the
  // input is lower-case Cyrillic.
  std::string Transliterate(std::string_view utf8_lower, std::string_view system) const;

  // Hand-written spellings a foreign name may have had before it was written in Cyrillic, one
  // per system ("slavic", "italian").
  std::vector<std::pair<std::string_view, std::string>> ForeignSpellings(
      std::string_view utf8_lower) const;

  // Korean reading of one lower-case Cyrillic word: MR-like text and serialized Korean key.
  struct KoreanReading {
    std::string text;
    std::string key;
  };
  std::optional<KoreanReading> ReadKorean(std::string_view utf8_lower) const;

  // Palladius to pinyin for one lower-case Cyrillic word ("цзиньпин" -> "jinping"); nullopt
  // when the word does not split into Palladius syllables.
  std::optional<std::string> ReadChinese(std::string_view utf8_lower) const;
};

// The Latin letters of a Cyrillic letter that every system writes the same way; nullptr for
// letters the systems disagree on (е, ж, й, х, ц, ч, ш, щ, ю, я ...).
const char* CyrillicCommonLetter(char32_t c);

}  // namespace embargo::text
