// The rules that the name score (name_scorer.cc) and its upper bound (name_bound.cc) share.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "embargo/normalizer.h"
#include "match/similarity_align.h"

namespace embargo::match {

inline constexpr double kInitialMatch = 0.85;
// A listed name's tokens left without a partner lower the score by a share of their weight:
// less when each query token is spelt as one of two or more listed tokens (a middle name or
// patronymic left out, as customers' records do), and least when one listed token is left;
// more when the query's tokens are themselves only similar, or joined.
inline constexpr double MissingCandidateCost(bool query_whole, int listed_met, int listed_left) {
  if (!query_whole || listed_met < 2) return 0.35;
  return listed_left <= 1 ? 0.20 : 0.25;
}
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

// Bit n of a mask of lengths: a token or run n bytes long (63: longer).
inline uint64_t LengthBit(int length) { return uint64_t{1} << std::min(length, 63); }

// Lengths within two bytes of those in `mask`.
inline uint64_t Near(uint64_t mask) { return mask | mask << 1 | mask << 2 | mask >> 1 | mask >> 2; }

}  // namespace embargo::match
