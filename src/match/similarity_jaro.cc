// Jaro and Jaro-Winkler, bit-parallel over the pattern's positions.
//
// Every byte of the text, left to right, takes the leftmost unmatched equal byte of the pattern
// inside its window: the textbook greedy matching with the text as the first string. The
// pattern's matched positions are one bit mask (one per 64-position block), so finding a
// partner is an AND and a count of trailing zeros instead of a scan of the window.
#include <algorithm>
#include <bit>
#include <cstdint>
#include <vector>

#include "match/similarity.h"

namespace embargo::match {
namespace {

// Bounds are compared with this slack so that rounding never rejects a result that reaches the
// cutoff; the final comparison is exact.
constexpr double kBoundSlack = 1e-12;
constexpr int kMaxWinklerPrefix = 4;
constexpr double kWinklerBoostThreshold = 0.7;

double JaroFromCounts(size_t text_len, size_t pattern_len, size_t matches, size_t transposed) {
  const double m = static_cast<double>(matches);
  return (m / static_cast<double>(text_len) + m / static_cast<double>(pattern_len) +
          (m - static_cast<double>(transposed / 2)) / m) /
         3.0;
}

// Jaro if every possible match were made and none were transposed, against the cutoff, without
// divisions: m/t + m/p + 1 < 3 * cutoff  <=>  m * (t + p) < (3 * cutoff - 1) * t * p.
bool JaroCannotReach(size_t text_len, size_t pattern_len, size_t matches, double cutoff) {
  if (matches == 0) return true;
  const double tp = static_cast<double>(text_len) * static_cast<double>(pattern_len);
  return static_cast<double>(matches) * static_cast<double>(text_len + pattern_len) <
         (3.0 * (cutoff - kBoundSlack) - 1.0) * tp;
}

// Matches within this distance count: max(|a|, |b|) / 2 - 1, at least 0.
size_t MatchWindow(size_t text_len, size_t pattern_len) {
  const size_t half = std::max(text_len, pattern_len) / 2;
  return half > 0 ? half - 1 : 0;
}

size_t CommonPrefix(std::string_view a, std::string_view b, size_t limit) {
  const size_t n = std::min({a.size(), b.size(), limit});
  size_t i = 0;
  while (i < n && a[i] == b[i]) ++i;
  return i;
}

// Mask of bits lo..hi inclusive. REQUIRES: lo <= hi < 64.
uint64_t BitRange(size_t lo, size_t hi) {
  const uint64_t upto_hi = hi >= 63 ? ~uint64_t{0} : (uint64_t{2} << hi) - 1;
  return upto_hi & ~((uint64_t{1} << lo) - 1);
}

// Counts the bytes where the matched bytes of the pattern (in pattern order, from the flags)
// and of the text (in text order) disagree.
template <typename Flags>
size_t CountTransposed(std::string_view pattern, const Flags& flags, size_t words,
                       const unsigned char* text_matched) {
  size_t transposed = 0;
  size_t k = 0;
  for (size_t w = 0; w < words; ++w) {
    for (uint64_t f = flags[w]; f != 0; f &= f - 1) {
      const size_t i = w * 64 + static_cast<size_t>(std::countr_zero(f));
      transposed += static_cast<unsigned char>(pattern[i]) != text_matched[k++];
    }
  }
  return transposed;
}

// REQUIRES: both non-empty, pattern.size() <= 64.
double JaroWord(const WordMasks& masks, std::string_view pattern, std::string_view text,
                double cutoff) {
  const size_t plen = pattern.size();
  const size_t tlen = text.size();
  if (JaroCannotReach(tlen, plen, std::min(plen, tlen), cutoff)) return 0.0;
  const size_t window = MatchWindow(tlen, plen);
  const size_t text_end = std::min(tlen, plen + window);  // later bytes have an empty window
  // Pattern positions j - window .. j + window; slides one position per text byte. Bits past
  // the pattern's end are harmless: no mask has them. The loop body has no data-dependent
  // branch: whether a text byte finds a partner is unpredictable on unrelated tokens.
  uint64_t in_window = window >= 63 ? ~uint64_t{0} : (uint64_t{2} << window) - 1;
  uint64_t pattern_flags = 0;
  unsigned char text_matched[65];
  size_t matches = 0;
  auto step = [&](size_t j) {
    const unsigned char c = static_cast<unsigned char>(text[j]);
    const uint64_t candidates = masks.Get(c) & in_window & ~pattern_flags;
    pattern_flags |= candidates & (~candidates + 1);
    text_matched[matches] = c;
    matches += candidates != 0;
  };
  const size_t growing = std::min(window, text_end);  // the window's start is still position 0
  size_t j = 0;
  for (; j < growing; ++j) {
    step(j);
    in_window = (in_window << 1) | 1;
  }
  for (; j < text_end; ++j) {
    step(j);
    in_window <<= 1;
  }
  if (JaroCannotReach(tlen, plen, matches, cutoff)) return 0.0;
  const size_t transposed = CountTransposed(pattern, &pattern_flags, 1, text_matched);
  return JaroFromCounts(tlen, plen, matches, transposed);
}

// Any pattern length. REQUIRES: both non-empty.
double JaroBlocks(const BlockMasks& masks, std::string_view pattern, std::string_view text,
                  double cutoff) {
  const size_t plen = pattern.size();
  const size_t tlen = text.size();
  if (JaroCannotReach(tlen, plen, std::min(plen, tlen), cutoff)) return 0.0;
  const size_t window = MatchWindow(tlen, plen);
  const size_t text_end = std::min(tlen, plen + window);
  std::vector<uint64_t> pattern_flags(static_cast<size_t>(masks.blocks()), 0);
  std::vector<unsigned char> text_matched(std::min(plen, tlen));
  size_t matches = 0;
  for (size_t j = 0; j < text_end && matches < plen; ++j) {
    const unsigned char c = static_cast<unsigned char>(text[j]);
    const size_t lo = j > window ? j - window : 0;
    const size_t hi = std::min(j + window, plen - 1);
    for (size_t block = lo / 64; block <= hi / 64; ++block) {
      const size_t first = block * 64;
      const uint64_t in_window =
          BitRange(std::max(lo, first) - first, std::min(hi, first + 63) - first);
      const uint64_t candidates =
          masks.Get(static_cast<int>(block), c) & in_window & ~pattern_flags[block];
      if (candidates != 0) {
        pattern_flags[block] |= candidates & (~candidates + 1);
        text_matched[matches++] = c;
        break;
      }
    }
  }
  if (JaroCannotReach(tlen, plen, matches, cutoff)) return 0.0;
  const size_t transposed =
      CountTransposed(pattern, pattern_flags, pattern_flags.size(), text_matched.data());
  return JaroFromCounts(tlen, plen, matches, transposed);
}

// The Jaro value below which Jaro-Winkler cannot reach `cutoff` with this common prefix.
double JaroCutoffForWinkler(double cutoff, size_t prefix, double prefix_weight) {
  if (cutoff <= kWinklerBoostThreshold) return cutoff;
  const double boost = static_cast<double>(prefix) * prefix_weight;
  if (boost >= 1.0) return kWinklerBoostThreshold;
  return std::max(kWinklerBoostThreshold, (cutoff - boost) / (1.0 - boost));
}

double WinklerBoost(double jaro, size_t prefix, double prefix_weight) {
  if (jaro <= kWinklerBoostThreshold) return jaro;
  return jaro + static_cast<double>(prefix) * prefix_weight * (1.0 - jaro);
}

double AtLeast(double score, double cutoff) { return score >= cutoff ? score : 0.0; }

// Jaro of text against pattern; `word` is used when the pattern has at most 64 bytes.
double Jaro(const WordMasks* word, const BlockMasks* blocks, std::string_view pattern,
            std::string_view text, double jaro_cutoff) {
  if (pattern.size() == text.size() && pattern == text) return 1.0;
  if (pattern.empty() || text.empty()) return 0.0;
  if (pattern.size() <= 64) {
    if (word != nullptr) return JaroWord(*word, pattern, text, jaro_cutoff);
    return JaroWord(WordMasks(pattern), pattern, text, jaro_cutoff);
  }
  if (blocks != nullptr) return JaroBlocks(*blocks, pattern, text, jaro_cutoff);
  return JaroBlocks(BlockMasks(pattern), pattern, text, jaro_cutoff);
}

double JaroWinkler(const WordMasks* word, const BlockMasks* blocks, std::string_view pattern,
                   std::string_view text, double cutoff, double prefix_weight) {
  const size_t prefix = CommonPrefix(pattern, text, kMaxWinklerPrefix);
  const double jaro_cutoff = JaroCutoffForWinkler(cutoff, prefix, prefix_weight);
  const double jaro = Jaro(word, blocks, pattern, text, jaro_cutoff);
  return AtLeast(WinklerBoost(jaro, prefix, prefix_weight), cutoff);
}

}  // namespace

// The first string plays the text, the second the pattern, as in the cached form.
double JaroSimilarity(std::string_view a, std::string_view b, double score_cutoff) {
  return AtLeast(Jaro(nullptr, nullptr, b, a, score_cutoff), score_cutoff);
}

double JaroWinklerSimilarity(std::string_view a, std::string_view b, double score_cutoff,
                             double prefix_weight) {
  return JaroWinkler(nullptr, nullptr, b, a, score_cutoff, prefix_weight);
}

CachedJaroWinkler::CachedJaroWinkler(std::string_view pattern, double prefix_weight)
    : pattern_(pattern),
      prefix_weight_(prefix_weight),
      word_(pattern.size() <= 64 ? pattern : std::string_view()),
      blocks_(pattern.size() > 64 ? BlockMasks(pattern) : BlockMasks()) {}

double CachedJaroWinkler::Similarity(std::string_view text, double score_cutoff) const {
  return JaroWinkler(&word_, &blocks_, pattern_, text, score_cutoff, prefix_weight_);
}

double CachedJaroWinkler::JaroSimilarity(std::string_view text, double score_cutoff) const {
  return AtLeast(Jaro(&word_, &blocks_, pattern_, text, score_cutoff), score_cutoff);
}

}  // namespace embargo::match
