// Arabic script (Arabic, Persian, Urdu letters) to Latin for names.
//
// Arabic writes long vowels but rarely short ones, so a consonant skeleton ("mhmd") matches
// nothing. Frequent name parts come from a dictionary in their usual Latin spellings, one
// system each:
//   arabic       the English press spelling: Mohammed, Ahmed, Abdul, Hassan, Hussein, Omar
//   arabic_ala   the scholarly spelling (ALA-LC without diacritics): Muhammad, Ahmad, Abd al,
//                Hasan, Husayn, Umar
//   arabic_fr    the French/Maghreb spelling: Mohamed, Abdel, Hocine, Youssef
// Other words are read letter by letter with heuristic short vowels (a between consonants
// that have no vowel letter between them; و/ي as u/i between consonants, w/y elsewhere), and
// as a foreign name ("arabic_foreign", "arabic_foreign2": vowels as written, غ g, تش ch).
// Thread-safe: read-only tables.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "text/reading.h"
#include "text/text_clean.h"

namespace embargo::text {

class ArabicReader {
 public:
  ArabicReader();

  std::vector<WordReading> Read(const RawWord& word, const NameContext& context) const;

  // The letter-by-letter reading of one word; `variant` 1 writes و/ي as o/e and doubles
  // nothing, 0 as u/i.
  std::string Spell(std::string_view utf8_word, int variant) const;

  // The reading of a foreign name, whose vowels Arabic writes as letters: no vowels guessed;
  // `variant` 1 reads ب p, ج g, ف v, ك c, و u, ي e where 0 reads b, j, f, k, o, i.
  std::string SpellForeign(std::string_view utf8_word, int variant) const;

 private:
  struct Spellings {
    std::string english, scholarly, french;
  };
  std::unordered_map<std::string, Spellings> names_;  // keyed by the Arabic word
};

}  // namespace embargo::text
