// The rules that the name score (name_scorer.cc) and its upper bound (name_bound.cc) share.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "embargo/normalizer.h"
#include "match/similarity_align.h"

namespace embargo::match {

inline constexpr double kInitialMatch = 0.85;
// A listed name's tokens left without a partner lower the score by this share of their weight.
inline constexpr double kMissingCandidateCost = 0.35;
inline constexpr int kMaxJoin = AlignOptions{}.max_join;
// Two names of the same letters split differently, or one edit apart (LettersApart): below an
// exact spelling.
inline constexpr double kSameLettersMatch = 0.95;
inline constexpr double kNearLettersMatch = 0.90;

// Edits a spelling variant may differ by: none in short tokens, where one letter makes another
// name (min/ming, li/lu), one up to eight letters, two above.
inline int EditBudget(size_t longest) { return longest <= 4 ? 0 : longest <= 8 ? 1 : 2; }

// Tokens a joined pair may hold: name parts, and single letters split off by a misplaced space
// or comma ("SILCHENK, O" for SILCHENKO).
inline bool Joinable(TokenKind kind) {
  return kind == TokenKind::kNamePart || kind == TokenKind::kInitial;
}

inline bool InitialOf(std::string_view initial, std::string_view token) {
  return initial.size() == 1 && token.size() > 1 && initial[0] == token[0];
}

// Tokens shorter than this are not folded: three letters folded alike are too many names.
inline constexpr size_t kArabicFoldMin = 4;

// A spelling with the letters Arabic writes alike made one: b/p, f/v, i/e/y, u/o/w, k/c/q,
// and a doubled letter single. `out` holds 64 letters; a longer spelling folds to "".
inline std::string_view FoldArabicLetters(std::string_view s, std::array<char, 64>& out) {
  if (s.size() > out.size()) return {};
  size_t n = 0;
  for (char c : s) {
    switch (c) {
      case 'p': c = 'b'; break;
      case 'v': c = 'f'; break;
      case 'e': case 'y': c = 'i'; break;
      case 'o': case 'w': c = 'u'; break;
      case 'c': case 'q': c = 'k'; break;
      default: break;
    }
    if (n == 0 || out[n - 1] != c) out[n++] = c;
  }
  return {out.data(), n};
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
    const char next = i + 1 < s.size() ? s[i + 1] : 0;
    if (std::string_view("aeiouyw").find(c) != std::string_view::npos) continue;
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
// A learned spelling is not compared so: for a Chinese name it guesses at a foreign one it is
// not (马秀英 as "marin", whose consonants are Merlin's).
inline bool KeepsTranscribedConsonants(const NameForm& form) {
  return !form.system.starts_with("learned");
}
// Shorter spellings, or fewer consonants, are not compared so: too many names share them.
inline constexpr size_t kHanConsonantsMinLength = 5;
inline constexpr size_t kHanConsonantsMin = 3;

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

// Bit n of a mask of lengths: a token or run n bytes long (63: longer).
inline uint64_t LengthBit(int length) { return uint64_t{1} << std::min(length, 63); }

// Lengths within two bytes of those in `mask`.
inline uint64_t Near(uint64_t mask) { return mask | mask << 1 | mask << 2 | mask >> 1 | mask >> 2; }

}  // namespace embargo::match
