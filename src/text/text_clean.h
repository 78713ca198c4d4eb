// Unicode cleanup and word splitting: the first step of the Normalizer.
//
// NFKC with case folding (only when the input is not ASCII), every apostrophe variant folded
// to '\'', hyphen, quote, space and punctuation variants treated as word breaks, parentheses
// tracked, and each word tagged with its script. Latin words are then folded to ASCII.
// Thread-safe after construction (tables are read-only).
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "embargo/normalizer.h"

namespace embargo::text {

struct RawWord {
  std::string text;  // NFKC, case-folded UTF-8; apostrophes as '\''; hyphens removed
  Script script = Script::kUnknown;
  bool hyphen_after = false;   // joined to the next word by a hyphen
  bool period_after = false;   // ended with a period: "co.", "j."
  bool comma_after = false;    // a comma follows: "SMITH, John"
  bool tight_after = false;    // a period or slash directly followed by a letter: "s.a", "j/v"
  bool parenthetical = false;  // inside parentheses or brackets
  bool ascii = true;
};

// Maps a code point to our Script (Common and Inherited give kUnknown).
Script ScriptOf(char32_t c);

class TextCleaner {
 public:
  TextCleaner();

  // Splits a name into words. Never fails: invalid UTF-8 bytes are dropped.
  std::vector<RawWord> Split(std::string_view name) const;

  // A Latin word as lower-case ASCII letters and digits: diacritics and apostrophes removed,
  // ligatures expanded (æ -> ae, ß -> ss, ł -> l).
  std::string FoldLatin(std::string_view word) const;

 private:
  static constexpr char32_t kLatinLow = 0x80, kLatinHigh = 0x250;
  static constexpr char32_t kExtLow = 0x1E00, kExtHigh = 0x1F00;
  // ASCII spellings of Latin-1 .. Latin Extended-B and Latin Extended Additional.
  std::array<std::string, kLatinHigh - kLatinLow> latin_;
  std::array<std::string, kExtHigh - kExtLow> latin_ext_;
};

// NFKC with case folding, for the texts where it is a simple mapping: ASCII, the basic Russian
// alphabet, Hangul syllables, CJK unified ideographs and basic Arabic letters (not their
// vowel marks, which NFKC puts in canonical order). nullopt for any other text, which ICU
// folds (text_clean_test.cc holds the two to the same result over those ranges).
std::optional<std::string> SimpleCaseFold(std::string_view utf8);

// Iterates UTF-8 code points; invalid bytes yield U+FFFD.
inline char32_t NextCodePoint(std::string_view s, size_t& i) {
  auto b = static_cast<unsigned char>(s[i++]);
  if (b < 0x80) return b;
  int extra = b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : b >= 0xC0 ? 1 : -1;
  if (extra < 0) return 0xFFFD;
  char32_t c = b & (0x3F >> extra);
  for (int k = 0; k < extra; ++k) {
    if (i >= s.size() || (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) return 0xFFFD;
    c = (c << 6) | (static_cast<unsigned char>(s[i++]) & 0x3F);
  }
  return c;
}

void AppendUtf8(std::string& out, char32_t c);

}  // namespace embargo::text
