// String similarity kernels for the Scorer: Jaro, Jaro-Winkler, Levenshtein and optimal string
// alignment (Damerau with adjacent transpositions) on byte strings.
//
// Tokens reach these kernels as lower-case ASCII after normalization, but every function is
// exact on arbitrary bytes. Each measure comes in two forms:
//   - a free function, for one comparison;
//   - a Cached* class, built once per query token and compared against many candidates. It
//     precomputes the bit mask of the token's positions of every byte, so that a comparison is
//     bit-parallel: O(|text|) word operations for tokens of at most 64 bytes, O(|text| * blocks)
//     above.
// Every comparison takes a cutoff and gives up as soon as the result cannot reach it: a
// similarity below `score_cutoff` is reported as 0, a distance above `max` as max + 1. Results
// that do reach the cutoff are exact: distances equal the textbook definitions in
// similarity_reference.h, similarities equal them up to floating-point rounding (1e-12).
//
// Thread-safety: the free functions are pure; a Cached* object is immutable after construction
// and may be shared between threads.
#pragma once

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

namespace embargo::match {

inline constexpr int kNoMaxDistance = std::numeric_limits<int>::max() / 2;
// Winkler's standard prefix scale: each of up to 4 common leading bytes closes 10% of the gap.
inline constexpr double kDefaultPrefixWeight = 0.1;

// The positions of every byte of a pattern of at most 64 bytes, as one bit mask per byte value.
// Small enough (~800 bytes) to build on the stack for a single comparison.
struct WordMasks {
  explicit WordMasks(std::string_view pattern);  // REQUIRES: pattern.size() <= 64
  // Bit i is set when pattern[i] == c.
  uint64_t Get(unsigned char c) const { return rows[slot[c]]; }

  // slot[c] is the row of byte c; row 0 stays zero for the bytes absent from the pattern, which
  // spares clearing 256 full masks per pattern.
  uint8_t slot[256];
  uint64_t rows[65];
};

// The same for a pattern of any length, in blocks of 64 positions.
class BlockMasks {
 public:
  BlockMasks() = default;
  explicit BlockMasks(std::string_view pattern);

  int blocks() const { return blocks_; }
  // Bit i is set when pattern[block * 64 + i] == c.
  uint64_t Get(int block, unsigned char c) const {
    return rows_[static_cast<size_t>(slot_[c]) * blocks_ + block];
  }

 private:
  int blocks_ = 0;
  uint16_t slot_[256] = {};
  std::vector<uint64_t> rows_;
};

// ---- Jaro and Jaro-Winkler --------------------------------------------------------------------
// Jaro: m matching bytes (equal and at most max(|a|,|b|)/2 - 1 positions apart), t half the
// transposed ones: (m/|a| + m/|b| + (m - t)/m) / 3; 0 when m = 0. Two empty strings score 1.
// Jaro-Winkler adds prefix_weight * l * (1 - jaro) when jaro > 0.7, with l the length of the
// common prefix (at most 4). REQUIRES: 0 <= prefix_weight <= 0.25.

double JaroSimilarity(std::string_view a, std::string_view b, double score_cutoff = 0.0);
double JaroWinklerSimilarity(std::string_view a, std::string_view b, double score_cutoff = 0.0,
                             double prefix_weight = kDefaultPrefixWeight);

class CachedJaroWinkler {
 public:
  explicit CachedJaroWinkler(std::string_view pattern, double prefix_weight = kDefaultPrefixWeight);

  double Similarity(std::string_view text, double score_cutoff = 0.0) const;
  double JaroSimilarity(std::string_view text, double score_cutoff = 0.0) const;
  const std::string& pattern() const { return pattern_; }

 private:
  std::string pattern_;
  double prefix_weight_;
  WordMasks word_;     // used when pattern_.size() <= 64
  BlockMasks blocks_;  // used above
};

// ---- Levenshtein and optimal string alignment --------------------------------------------------
// Distances count insertions, deletions and substitutions (and, for Osa, swaps of two adjacent
// bytes, each substring edited once). A distance above `max` is reported as max + 1.
// Similarities are 1 - distance / max(|a|, |b|) (1 for two empty strings), 0 below the cutoff.

int LevenshteinDistance(std::string_view a, std::string_view b, int max = kNoMaxDistance);
double LevenshteinSimilarity(std::string_view a, std::string_view b, double score_cutoff = 0.0);
int OsaDistance(std::string_view a, std::string_view b, int max = kNoMaxDistance);
double OsaSimilarity(std::string_view a, std::string_view b, double score_cutoff = 0.0);

// The largest distance whose similarity over strings of these lengths can reach score_cutoff.
int MaxDistanceForCutoff(size_t len_a, size_t len_b, double score_cutoff);

class CachedLevenshtein {
 public:
  explicit CachedLevenshtein(std::string_view pattern);

  int Distance(std::string_view text, int max = kNoMaxDistance) const;
  double Similarity(std::string_view text, double score_cutoff = 0.0) const;
  const std::string& pattern() const { return pattern_; }

 private:
  std::string pattern_;
  WordMasks word_;     // used when pattern_.size() <= 64
  BlockMasks blocks_;  // used above
};

// Optimal string alignment: bit-parallel for patterns of at most 64 bytes, dynamic programming
// (O(|pattern| * |text|)) above.
class CachedOsa {
 public:
  explicit CachedOsa(std::string_view pattern);

  int Distance(std::string_view text, int max = kNoMaxDistance) const;
  double Similarity(std::string_view text, double score_cutoff = 0.0) const;
  const std::string& pattern() const { return pattern_; }

 private:
  std::string pattern_;
  WordMasks word_;     // used when pattern_.size() <= 64
  BlockMasks blocks_;  // used above
};

}  // namespace embargo::match
