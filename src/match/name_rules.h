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
// A name's words left without a partner lower the score by a share of their weight: the
// query's by all of it, the listed name's by 0.35 of it (a missing middle name costs little, a
// missing rare surname more). Where each word of one name is spelt as its own word of the
// other (for the query, also as another spelling of the same name), and two words or more
// are met, the other's words left over are a middle name, a
// patronymic or a second family name that one record carries and the other does not: the
// listed name's cost 0.20 of their weight when one part is left, 0.25 when more are; the
// query's 0.30 and 0.35, for a short and common listed name (Abdul Rahman) lies in many longer
// ones. Words left next to each other as written are one part, unless a comma parts them.
inline constexpr double kListedLeftCost = 0.35;
// Two spellings of one name (NameVariantGroup) meet at this similarity.
inline constexpr double kSameNameMatch = 0.95;
inline constexpr double ListedLeftOverCost(int left) { return left <= 1 ? 0.20 : 0.25; }
// A listed patronymic left out costs so also where each query word is only spelt like its
// listed word, at this similarity or more (one shape, one transliteration): records drop the
// patronymic and write the rest their own way (KOSSIYEV, Sergei is KOSSIEV, Sergey
// Leonidovich).
inline constexpr double kPatronymicLeftSpelling = 0.93;
inline constexpr double QueryLeftOverCost(int left) { return left <= 1 ? 0.30 : 0.35; }
inline constexpr int kMaxJoin = AlignOptions{}.max_join;
// Two names of the same letters split differently, or one edit apart (LettersApart): below an
// exact spelling.
inline constexpr double kSameLettersMatch = 0.95;
inline constexpr double kNearLettersMatch = 0.90;

// Edits a spelling variant may differ by: none in short tokens, where one letter makes another
// name (min/ming, li/lu), one up to eight letters, two above.
inline int EditBudget(size_t longest) { return longest <= 4 ? 0 : longest <= 8 ? 1 : 2; }

// Words that may cost nothing when left over: legal forms and generations on either side
// (they count only where both names have one), and the query's generic words beside two name parts
// that met (PUMA SECURITY SERVICE is PUMA SECURITY COMPANY; ScoreForms decides). The list's own
// generic words still count.
// (Kinds are tested as bits of a mask: these run for every token of every candidate.)
inline constexpr uint32_t KindBit(TokenKind kind) { return 1u << static_cast<unsigned>(kind); }
inline constexpr uint32_t kByCanonical =
    KindBit(TokenKind::kLegalForm) | KindBit(TokenKind::kGeneration);
inline bool OptionalWord(TokenKind kind, bool generic_optional) {
  return KindBit(kind) &
         (kByCanonical | (generic_optional ? KindBit(TokenKind::kGenericWord) : 0u));
}

// Legal forms and generations meet by their canonical ids, never as name parts.
inline bool ByCanonical(TokenKind kind) { return KindBit(kind) & kByCanonical; }

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
