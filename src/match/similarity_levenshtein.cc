// Levenshtein and optimal string alignment distances, bit-parallel.
//
// One column of the edit-distance matrix is held as vertical deltas (+1 / -1 bit vectors) of
// the pattern's rows, and advanced by one text byte in a handful of word operations: Hyyro's
// formulation (2003) of Myers' algorithm (1999) for patterns of at most 64 bytes, Myers' block
// form with carried horizontal deltas above. The bottom cell is tracked as the running distance;
// since a column can lower it by at most one, the run stops once it cannot come back under max.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

#include "match/similarity.h"

namespace embargo::match {
namespace {

struct Trimmed {
  std::string_view pattern;
  std::string_view text;
  size_t prefix = 0;  // bytes removed from the front of both
};

// Common prefixes and suffixes never need an edit (for OSA as for Levenshtein).
Trimmed TrimCommonAffix(std::string_view pattern, std::string_view text) {
  size_t prefix = 0;
  const size_t n = std::min(pattern.size(), text.size());
  while (prefix < n && pattern[prefix] == text[prefix]) ++prefix;
  size_t suffix = 0;
  while (suffix < n - prefix &&
         pattern[pattern.size() - 1 - suffix] == text[text.size() - 1 - suffix]) {
    ++suffix;
  }
  return {pattern.substr(prefix, pattern.size() - prefix - suffix),
          text.substr(prefix, text.size() - prefix - suffix), prefix};
}

int Capped(size_t distance, int max) {
  return distance <= static_cast<size_t>(max) ? static_cast<int>(distance) : max + 1;
}

// The masks of a trimmed pattern of at most 64 bytes: those of the full pattern, shifted.
struct ShiftedMasks {
  const WordMasks& masks;
  size_t shift;
  uint64_t keep;
  uint64_t Get(unsigned char c) const { return (masks.Get(c) >> shift) & keep; }
};

uint64_t LowBits(size_t n) { return n >= 64 ? ~uint64_t{0} : (uint64_t{1} << n) - 1; }

// REQUIRES: 0 < plen <= 64, text non-empty. `Masks` has Get(byte) for the pattern.
template <typename Masks>
int LevenshteinWord(const Masks& masks, size_t plen, std::string_view text, int max) {
  uint64_t vp = ~uint64_t{0};
  uint64_t vn = 0;
  const uint64_t last = uint64_t{1} << (plen - 1);
  long distance = static_cast<long>(plen);
  long remaining = static_cast<long>(text.size());
  for (const char ch : text) {
    const uint64_t x = masks.Get(static_cast<unsigned char>(ch)) | vn;
    const uint64_t d0 = (((x & vp) + vp) ^ vp) | x;
    uint64_t hp = vn | ~(d0 | vp);
    uint64_t hn = vp & d0;
    distance += (hp & last) != 0;
    distance -= (hn & last) != 0;
    if (distance - --remaining > max) return max + 1;
    hp = (hp << 1) | 1;
    hn <<= 1;
    vp = hn | ~(d0 | hp);
    vn = hp & d0;
  }
  return Capped(static_cast<size_t>(distance), max);
}

// Hyyro 2003: as LevenshteinWord, plus a diagonal step where the previous text byte and this
// one appear swapped in the pattern.
template <typename Masks>
int OsaWord(const Masks& masks, size_t plen, std::string_view text, int max) {
  uint64_t vp = ~uint64_t{0};
  uint64_t vn = 0;
  uint64_t d0 = 0;
  uint64_t previous = 0;
  const uint64_t last = uint64_t{1} << (plen - 1);
  long distance = static_cast<long>(plen);
  long remaining = static_cast<long>(text.size());
  for (const char ch : text) {
    const uint64_t eq = masks.Get(static_cast<unsigned char>(ch));
    const uint64_t swapped = ((~d0 & eq) << 1) & previous;
    d0 = (((eq & vp) + vp) ^ vp) | eq | vn | swapped;
    uint64_t hp = vn | ~(d0 | vp);
    uint64_t hn = vp & d0;
    distance += (hp & last) != 0;
    distance -= (hn & last) != 0;
    if (distance - --remaining > max) return max + 1;
    hp = (hp << 1) | 1;
    hn <<= 1;
    vp = hn | ~(d0 | hp);
    vn = hp & d0;
    previous = eq;
  }
  return Capped(static_cast<size_t>(distance), max);
}

// Myers 1999, block form: each block passes its bottom horizontal delta (-1, 0, +1) to the next.
// REQUIRES: plen > 0, text non-empty.
int LevenshteinBlocks(const BlockMasks& masks, size_t plen, std::string_view text, int max) {
  const size_t blocks = (plen + 63) / 64;
  std::vector<uint64_t> vp(blocks, ~uint64_t{0});
  std::vector<uint64_t> vn(blocks, 0);
  const uint64_t last = uint64_t{1} << ((plen - 1) % 64);
  constexpr uint64_t kHigh = uint64_t{1} << 63;
  long distance = static_cast<long>(plen);
  long remaining = static_cast<long>(text.size());
  for (const char ch : text) {
    int carry = 1;  // row 0 of the matrix grows by one per text byte
    for (size_t b = 0; b < blocks; ++b) {
      uint64_t eq = masks.Get(static_cast<int>(b), static_cast<unsigned char>(ch));
      const uint64_t xv = eq | vn[b];
      if (carry < 0) eq |= 1;
      const uint64_t xh = (((eq & vp[b]) + vp[b]) ^ vp[b]) | eq;
      uint64_t ph = vn[b] | ~(xh | vp[b]);
      uint64_t mh = vp[b] & xh;
      const uint64_t high = b + 1 == blocks ? last : kHigh;
      const int out = (ph & high) != 0 ? 1 : ((mh & high) != 0 ? -1 : 0);
      ph <<= 1;
      mh <<= 1;
      if (carry < 0) {
        mh |= 1;
      } else if (carry > 0) {
        ph |= 1;
      }
      vp[b] = mh | ~(xv | ph);
      vn[b] = ph & xv;
      carry = out;
    }
    distance += carry;
    if (distance - --remaining > max) return max + 1;
  }
  return Capped(static_cast<size_t>(distance), max);
}

// Dynamic programming over three rows. REQUIRES: both non-empty.
int OsaRows(std::string_view a, std::string_view b, int max) {
  const size_t n = b.size();
  std::vector<size_t> before(n + 1), above(n + 1), row(n + 1);
  for (size_t j = 0; j <= n; ++j) above[j] = j;
  size_t above_min = 0;
  for (size_t i = 1; i <= a.size(); ++i) {
    row[0] = i;
    size_t row_min = i;
    for (size_t j = 1; j <= n; ++j) {
      const size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      size_t best = std::min({above[j] + 1, row[j - 1] + 1, above[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        best = std::min(best, before[j - 2] + 1);
      }
      row[j] = best;
      row_min = std::min(row_min, best);
    }
    // Later rows build on this row and the one above only.
    if (std::min(row_min, above_min) > static_cast<size_t>(max)) return max + 1;
    above_min = row_min;
    std::swap(before, above);
    std::swap(above, row);
  }
  return Capped(above[n], max);
}

enum class Metric { kLevenshtein, kOsa };

// Distance of text to pattern; `word`/`blocks` are the pattern's cached masks or null.
int Distance(Metric metric, const WordMasks* word, const BlockMasks* blocks,
             std::string_view pattern, std::string_view text, int max) {
  max = std::max(max, 0);
  const size_t length_gap =
      pattern.size() > text.size() ? pattern.size() - text.size() : text.size() - pattern.size();
  if (length_gap > static_cast<size_t>(max)) return max + 1;
  const Trimmed t = TrimCommonAffix(pattern, text);
  if (t.pattern.empty() || t.text.empty()) {
    return Capped(std::max(t.pattern.size(), t.text.size()), max);
  }
  // Bit-parallel over whichever side fits one word; both are symmetric measures.
  if (word != nullptr && pattern.size() <= 64) {
    const ShiftedMasks shifted{*word, t.prefix, LowBits(t.pattern.size())};
    return metric == Metric::kOsa ? OsaWord(shifted, t.pattern.size(), t.text, max)
                                  : LevenshteinWord(shifted, t.pattern.size(), t.text, max);
  }
  std::string_view p = t.pattern;
  std::string_view s = t.text;
  if (p.size() > 64 && s.size() <= 64) std::swap(p, s);
  if (p.size() <= 64) {
    const WordMasks masks(p);
    return metric == Metric::kOsa ? OsaWord(masks, p.size(), s, max)
                                  : LevenshteinWord(masks, p.size(), s, max);
  }
  if (metric == Metric::kOsa) return OsaRows(p, s, max);
  if (blocks != nullptr && t.pattern.size() == pattern.size()) {
    return LevenshteinBlocks(*blocks, pattern.size(), text, max);
  }
  return LevenshteinBlocks(BlockMasks(p), p.size(), s, max);
}

double Similarity(Metric metric, const WordMasks* word, const BlockMasks* blocks,
                  std::string_view pattern, std::string_view text, double score_cutoff) {
  const size_t longest = std::max(pattern.size(), text.size());
  if (longest == 0) return 1.0;
  const int max = MaxDistanceForCutoff(pattern.size(), text.size(), score_cutoff);
  const int distance = Distance(metric, word, blocks, pattern, text, max);
  if (distance > max) return 0.0;
  const double similarity = 1.0 - static_cast<double>(distance) / static_cast<double>(longest);
  return similarity >= score_cutoff ? similarity : 0.0;
}

}  // namespace

int MaxDistanceForCutoff(size_t len_a, size_t len_b, double score_cutoff) {
  const size_t longest = std::max(len_a, len_b);
  if (score_cutoff <= 0.0) return static_cast<int>(longest);
  if (score_cutoff > 1.0) return -1;
  // Rounding up by a hair keeps a distance that lands exactly on the cutoff; the caller's final
  // comparison drops it if it falls short.
  const double allowed = std::floor((1.0 - score_cutoff) * static_cast<double>(longest) + 1e-9);
  return static_cast<int>(std::min(allowed, static_cast<double>(longest)));
}

int LevenshteinDistance(std::string_view a, std::string_view b, int max) {
  return Distance(Metric::kLevenshtein, nullptr, nullptr, a, b, max);
}

double LevenshteinSimilarity(std::string_view a, std::string_view b, double score_cutoff) {
  return Similarity(Metric::kLevenshtein, nullptr, nullptr, a, b, score_cutoff);
}

int OsaDistance(std::string_view a, std::string_view b, int max) {
  return Distance(Metric::kOsa, nullptr, nullptr, a, b, max);
}

double OsaSimilarity(std::string_view a, std::string_view b, double score_cutoff) {
  return Similarity(Metric::kOsa, nullptr, nullptr, a, b, score_cutoff);
}

CachedLevenshtein::CachedLevenshtein(std::string_view pattern)
    : pattern_(pattern),
      word_(pattern.size() <= 64 ? pattern : std::string_view()),
      blocks_(pattern.size() > 64 ? BlockMasks(pattern) : BlockMasks()) {}

int CachedLevenshtein::Distance(std::string_view text, int max) const {
  return match::Distance(Metric::kLevenshtein, &word_, &blocks_, pattern_, text, max);
}

double CachedLevenshtein::Similarity(std::string_view text, double score_cutoff) const {
  return match::Similarity(Metric::kLevenshtein, &word_, &blocks_, pattern_, text, score_cutoff);
}

CachedOsa::CachedOsa(std::string_view pattern)
    : pattern_(pattern), word_(pattern.size() <= 64 ? pattern : std::string_view()) {}

int CachedOsa::Distance(std::string_view text, int max) const {
  return match::Distance(Metric::kOsa, &word_, nullptr, pattern_, text, max);
}

double CachedOsa::Similarity(std::string_view text, double score_cutoff) const {
  return match::Similarity(Metric::kOsa, &word_, nullptr, pattern_, text, score_cutoff);
}

}  // namespace embargo::match
