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

  // The letter-by-letter reading of one word; `variant` 1 (French) writes و/ي as ou/e, ج dj,
  // ش ch and doubles nothing, 0 as u/i.
  std::string Spell(std::string_view utf8_word, int variant) const;

  // The reading of a foreign name, whose vowels Arabic writes as letters: no vowels guessed;
  // `variant` 1 reads ب p, ج g, ف v, ك c, و u, ي e where 0 reads b, j, f, k, o, i; 2 is 0 with
  // short vowels between consonants European names seldom join; 3 reads ب p, ج g, ف v, و u and
  // ي i (Slavic names: فلاديمير بوتين, vladimir putin).
  std::string SpellForeign(std::string_view utf8_word, int variant) const;

 private:
  struct Spellings {
    std::string english, scholarly, french;
  };
  // The dictionary entry of a word (Arabic letters), if any.
  std::unordered_map<std::string, Spellings>::const_iterator Find(std::string_view word) const;
  // The dictionary's spellings of a word (Arabic letters), else its letter-by-letter readings.
  Spellings SpellingsOf(std::string_view word, bool persian) const;
  // A name joined to the word after it: "فيض الله" Faizullah, "حسام الدين" Hesamuddin,
  // "ضيا الرحمن" Zia-ur-Rahman, and in Pashto names the tribe's "-زي" (Noorzai); empty when
  // `word` is none of those.
  std::vector<WordReading> ReadCompound(std::string_view word, const RawWord& raw,
                                        bool persian) const;

  std::unordered_map<std::string, Spellings> names_;  // keyed by the Arabic word
};

// Arabic script as Persian, Pashto and Urdu write it (arabic_persian.cc).
// True when the text has a letter only those languages write (ی ک گ پ چ ژ ہ ے ټ ځ ...).
bool HasPersianLetters(std::string_view utf8);
// Their letters as the Arabic letters the readers know (ی ي, ک ك, ہ ه, ځ ز, ...); with
// `persian`, ى reads ي as Afghan texts write it. Arabic text comes back unchanged.
std::string FoldArabicShapes(std::string_view utf8, bool persian);
// Folded letters as Persian, Pashto and Urdu sound them: ث s; ذ ض ظ z.
std::string PersianSounds(std::string_view folded);

// True for the second word of a two-word name such as فيض الله (Faizullah), حسام الدين
// (Hesamuddin), ضيا الرحمن (Zia-ur-Rahman), in Arabic letters (FoldArabicShapes).
bool IsArabicCompoundTail(std::string_view folded_word);

}  // namespace embargo::text
