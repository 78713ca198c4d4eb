// Latin spellings with the letters another script writes alike made one, so that a reading of
// a word in that script meets the Latin spellings it may stand for: the name score
// (name_scorer.cc) compares them, PreparedToken keeps their hashes, and the index posts the
// Arabic one (screener_build.cc).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "embargo/normalizer.h"

namespace embargo::match {

namespace letter_folds_internal {

constexpr std::array<char, 256> ArabicFoldTable() {
  std::array<char, 256> table{};
  for (size_t c = 0; c < table.size(); ++c) table[c] = static_cast<char>(c);
  table['p'] = 'b', table['v'] = 'f', table['e'] = 'i', table['y'] = 'i';
  table['o'] = 'u', table['w'] = 'u', table['c'] = 'k', table['q'] = 'k';
  return table;
}
inline constexpr std::array<char, 256> kArabicFold = ArabicFoldTable();

constexpr uint32_t Letters(std::string_view letters) {
  uint32_t mask = 0;
  for (char c : letters) mask |= 1u << (c - 'a');
  return mask;
}

// Whether `c` is one of the lower-case ASCII letters in `mask` (Letters).
constexpr bool In(char c, uint32_t mask) {
  return c >= 'a' && c <= 'z' && ((mask >> (c - 'a')) & 1);
}

inline constexpr uint32_t kVowels = Letters("aeiouy");
inline constexpr uint32_t kVowelsAndW = Letters("aeiouyw");
inline constexpr uint32_t kFoldedVowelsAndH = Letters("aiuh");  // after kArabicFold

}  // namespace letter_folds_internal

// Scripts that write consonants and long vowels only (abjads): their readings guess the rest,
// and meet Latin spellings through the folds below.
constexpr bool WritesNoShortVowels(Script s) {
  return s == Script::kArabic || s == Script::kHebrew;
}

// Tokens shorter than this are not folded: three letters folded alike are too many names.
inline constexpr size_t kArabicFoldMin = 4;

// A spelling with the letters Arabic writes alike made one: b/p, f/v, i/e/y, u/o/w, k/c/q,
// and a doubled letter single. `out` holds 64 letters; a longer spelling folds to "".
inline std::string_view FoldArabicLetters(std::string_view s, std::array<char, 64>& out) {
  if (s.size() > out.size()) return {};
  size_t n = 0;
  for (char c : s) {
    c = letter_folds_internal::kArabicFold[static_cast<unsigned char>(c)];
    if (n == 0 || out[n - 1] != c) out[n++] = c;
  }
  return {out.data(), n};
}

// The consonants of a spelling folded so, each once: Arabic writes every consonant, where a
// reading guesses the vowels (and an h a Latin spelling may add). A short reading and a Latin
// word one edit apart are one name only with the same consonants (نايل, nayl, is not Nabil).
inline std::string_view ArabicConsonants(std::string_view folded, std::array<char, 64>& out) {
  size_t n = 0;
  for (char c : folded)
    if (!letter_folds_internal::In(c, letter_folds_internal::kFoldedVowelsAndH) &&
        (n == 0 || out[n - 1] != c) && n < out.size())
      out[n++] = c;
  return {out.data(), n};
}

// The same for a set of letters (PreparedToken::letters).
inline uint32_t FoldArabicLetterSet(uint32_t letters) {
  auto fold = [&letters](char from, char to) {
    const uint32_t bit = 1u << (from - 'a');
    if (letters & bit) letters = (letters & ~bit) | 1u << (to - 'a');
  };
  fold('p', 'b'), fold('v', 'f'), fold('e', 'i'), fold('y', 'i');
  fold('o', 'u'), fold('w', 'u'), fold('c', 'k'), fold('q', 'k');
  return letters;
}

// The consonants of a spelling as a Chinese transcription keeps them: vowels, y and w left
// out, r as l, ph as f, sh, ch and x as s, zh as j, c and ck as k, ng as n, each sound once.
// Chinese characters write a foreign name syllable by syllable, each with a vowel of its own
// (班納德提, bannadeti, for Benedetti): the consonants are what the two spellings share.
inline std::string_view HanConsonants(std::string_view s, std::array<char, 64>& out) {
  if (s.size() > out.size()) return {};
  size_t n = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (letter_folds_internal::In(c, letter_folds_internal::kVowelsAndW)) continue;
    const char next = i + 1 < s.size() ? s[i + 1] : 0;
    if (next == 'h' && (c == 'p' || c == 's' || c == 'c' || c == 'z')) {
      c = c == 'p' ? 'f' : c == 'z' ? 'j' : 's';
      ++i;
    } else if ((c == 'n' && next == 'g') || (c == 'c' && next == 'k')) {
      c = c == 'c' ? 'k' : 'n';
      ++i;
    } else if (c == 'r') {
      c = 'l';
    } else if (c == 'c') {
      c = 'k';
    } else if (c == 'x') {
      c = 's';
    }
    if (n == 0 || out[n - 1] != c) out[n++] = c;
  }
  return {out.data(), n};
}

// Runs of vowels in a spelling: its syllables, about. A transcription writes a character for
// each, so a reading of Chinese characters and its Latin spelling have about as many.
inline int VowelRuns(std::string_view s) {
  int runs = 0;
  bool in_run = false;
  for (char c : s) {
    const bool vowel = letter_folds_internal::In(c, letter_folds_internal::kVowels);
    runs += vowel && !in_run;
    in_run = vowel;
  }
  return runs;
}

// Shorter spellings, or fewer consonants, are not compared so: too many names share them.
inline constexpr size_t kHanConsonantsMinLength = 5;
inline constexpr size_t kHanConsonantsMin = 3;

// A learned spelling is not compared so: for a Chinese name it guesses at a foreign one it is
// not (马秀英 as "marin", whose consonants are Merlin's).
inline bool KeepsTranscribedConsonants(const NameForm& form) {
  return !form.system.starts_with("learned");
}

}  // namespace embargo::match
