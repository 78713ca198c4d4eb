// Token alignment: candidate pairs (one-to-one, initials, joins), then the disjoint set of pairs
// with the greatest gain, exactly (dynamic programming) or greedily.
#include "match/similarity_align.h"

#include <algorithm>
#include <cstring>

namespace embargo::match {
namespace {

// The exact method keeps one state per subset of the smaller side's tokens.
constexpr int kMaxMaskTokens = 8;
constexpr int kMaxStates = 1 << kMaxMaskTokens;
// Every one-to-one pair fits; joins beyond the remaining room are dropped (names long enough to
// reach it have no joined tokens in practice).
constexpr int kMaxOptions = kMaxAlignTokens * kMaxAlignTokens + 64;
constexpr size_t kMaxJoinedBytes = 256;
constexpr int kMaxJoin = 3;

// A pair the aligner may choose. Plain data: arrays of it stay uninitialized until written.
struct Option {
  int query_first;
  int query_count;
  int candidate_first;
  int candidate_count;
  PairKind kind;
  double similarity;
  double gain;  // lost weight saved by choosing this pair over leaving its tokens unmatched
  uint32_t query_bits;
  uint32_t candidate_bits;
};

uint32_t SpanBits(int first, int count) { return ((uint32_t{1} << count) - 1) << first; }

bool IsInitialOf(std::string_view initial, std::string_view token) {
  return initial.size() == 1 && token.size() > 1 && initial[0] == token[0];
}

double LengthRatio(size_t a, size_t b) {
  return static_cast<double>(std::min(a, b)) / static_cast<double>(std::max(a, b));
}

class Aligner {
 public:
  Aligner(std::span<const AlignToken> query, std::span<const AlignToken> candidate,
          SpanSimilarity similarity, const AlignOptions& options)
      : query_(query),
        candidate_(candidate),
        nq_(static_cast<int>(std::min<size_t>(query.size(), kMaxAlignTokens))),
        nc_(static_cast<int>(std::min<size_t>(candidate.size(), kMaxAlignTokens))),
        similarity_(similarity),
        options_(options) {}

  Alignment Run() {
    AddOneToOne();
    if (options_.max_join >= 2) AddJoins();
    int chosen[kMaxAlignTokens];
    int chosen_count = 0;
    if (options_.method == AlignMethod::kExact && std::min(nq_, nc_) <= kMaxMaskTokens) {
      chosen_count = SolveExact(chosen);
    } else {
      chosen_count = SolveGreedy(chosen);
    }
    return Summarize(chosen, chosen_count);
  }

 private:
  // Weight lost if the tokens first..first+count-1 of a side stay unmatched.
  static double UnmatchedCost(std::span<const AlignToken> side, int first, int count) {
    double cost = 0;
    for (int i = first; i < first + count; ++i) cost += side[i].optional ? 0.0 : side[i].weight;
    return cost;
  }
  static double Weight(std::span<const AlignToken> side, int first, int count) {
    double weight = 0;
    for (int i = first; i < first + count; ++i) weight += side[i].weight;
    return weight;
  }

  void AddOption(int qf, int qn, int cf, int cn, double similarity, PairKind kind) {
    if (similarity < options_.min_similarity || option_count_ == kMaxOptions) return;
    const double gain = UnmatchedCost(query_, qf, qn) + UnmatchedCost(candidate_, cf, cn) -
                        (1.0 - similarity) * (Weight(query_, qf, qn) + Weight(candidate_, cf, cn));
    if (gain <= 0) return;
    options_storage_[option_count_++] = {
        qf, qn, cf, cn, kind, similarity, gain, SpanBits(qf, qn), SpanBits(cf, cn)};
  }

  void AddOneToOne() {
    std::fill(best_query_, best_query_ + nq_, 0.0);
    std::fill(best_candidate_, best_candidate_ + nc_, 0.0);
    for (int i = 0; i < nq_; ++i) {
      const std::string_view q = query_[i].text;
      if (q.empty()) continue;
      for (int j = 0; j < nc_; ++j) {
        const std::string_view c = candidate_[j].text;
        if (c.empty()) continue;
        double similarity = similarity_({i, 1, q}, {j, 1, c}, options_.min_similarity);
        PairKind kind = PairKind::kToken;
        if ((IsInitialOf(q, c) || IsInitialOf(c, q)) && options_.initial_similarity > similarity) {
          similarity = options_.initial_similarity;
          kind = PairKind::kInitial;
        }
        best_query_[i] = std::max(best_query_[i], similarity);
        best_candidate_[j] = std::max(best_candidate_[j], similarity);
        AddOption(i, 1, j, 1, similarity, kind);
      }
    }
  }

  // Concatenates tokens first..first+count-1 of a side into joined_; empty if too long.
  std::string_view Join(std::span<const AlignToken> side, int first, int count) {
    size_t size = 0;
    for (int i = first; i < first + count; ++i) {
      const std::string_view t = side[i].text;
      if (t.empty() || size + t.size() > kMaxJoinedBytes) return {};
      std::memcpy(joined_ + size, t.data(), t.size());
      size += t.size();
    }
    return {joined_, size};
  }

  // Runs of `runs` side tokens against each poorly matched single token of the other side.
  template <typename Compare>
  void AddJoinsAgainst(std::span<const AlignToken> runs, int run_tokens,
                       std::span<const AlignToken> singles, int single_tokens,
                       const double* best_single, Compare compare) {
    const int longest = std::min(options_.max_join, kMaxJoin);
    for (int j = 0; j < single_tokens; ++j) {
      const std::string_view single = singles[j].text;
      if (single.empty() || best_single[j] >= options_.join_below) continue;
      for (int count = 2; count <= longest; ++count) {
        for (int first = 0; first + count <= run_tokens; ++first) {
          size_t size = 0;
          for (int k = first; k < first + count; ++k) size += runs[k].text.size();
          if (LengthRatio(size, single.size()) < options_.join_min_length_ratio) continue;
          const std::string_view joined = Join(runs, first, count);
          if (!joined.empty()) compare(TokenSpan{first, count, joined}, TokenSpan{j, 1, single});
        }
      }
    }
  }

  void AddJoins() {
    AddJoinsAgainst(query_, nq_, candidate_, nc_, best_candidate_,
                    [&](const TokenSpan& run, const TokenSpan& single) {
                      const double s = similarity_(run, single, options_.min_similarity);
                      AddOption(run.first, run.count, single.first, 1, s, PairKind::kJoined);
                    });
    AddJoinsAgainst(candidate_, nc_, query_, nq_, best_query_,
                    [&](const TokenSpan& run, const TokenSpan& single) {
                      const double s = similarity_(single, run, options_.min_similarity);
                      AddOption(single.first, 1, run.first, run.count, s, PairKind::kJoined);
                    });
  }

  int SolveGreedy(int* chosen) const {
    int order[kMaxOptions];
    for (int k = 0; k < option_count_; ++k) order[k] = k;
    std::sort(order, order + option_count_, [&](int a, int b) {
      const Option& x = options_storage_[a];
      const Option& y = options_storage_[b];
      return x.gain != y.gain ? x.gain > y.gain : a < b;
    });
    uint32_t used_query = 0;
    uint32_t used_candidate = 0;
    int count = 0;
    for (int k = 0; k < option_count_ && count < kMaxAlignTokens; ++k) {
      const Option& o = options_storage_[order[k]];
      if ((o.query_bits & used_query) != 0 || (o.candidate_bits & used_candidate) != 0) continue;
      used_query |= o.query_bits;
      used_candidate |= o.candidate_bits;
      chosen[count++] = order[k];
    }
    return count;
  }

  int SolveExact(int* chosen) const;
  Alignment Summarize(const int* chosen, int chosen_count) const;

  std::span<const AlignToken> query_;
  std::span<const AlignToken> candidate_;
  int nq_;
  int nc_;
  SpanSimilarity similarity_;
  const AlignOptions& options_;
  Option options_storage_[kMaxOptions];
  int option_count_ = 0;
  double best_query_[kMaxAlignTokens];
  double best_candidate_[kMaxAlignTokens];
  char joined_[kMaxJoinedBytes];
};

// Walks the positions of the side with more tokens ("a") in order, keeping for every subset of
// the other side's tokens ("b", at most 8) the greatest gain reachable. A pair covering a run of
// "a" tokens jumps over the run.
int Aligner::SolveExact(int* chosen) const {
  const bool a_is_query = nc_ <= kMaxMaskTokens;
  const int na = a_is_query ? nq_ : nc_;
  const int states = 1 << (a_is_query ? nc_ : nq_);
  // Options grouped by their first "a" position.
  int start[kMaxAlignTokens + 1] = {};
  int grouped[kMaxOptions];
  for (int k = 0; k < option_count_; ++k) {
    const Option& o = options_storage_[k];
    ++start[(a_is_query ? o.query_first : o.candidate_first) + 1];
  }
  for (int i = 0; i < na; ++i) start[i + 1] += start[i];
  int fill[kMaxAlignTokens];
  for (int i = 0; i < na; ++i) fill[i] = start[i];
  for (int k = 0; k < option_count_; ++k) {
    const Option& o = options_storage_[k];
    grouped[fill[a_is_query ? o.query_first : o.candidate_first]++] = k;
  }
  // value < 0 marks an unreached state; parent -1 means "a" token skipped.
  double value[kMaxAlignTokens + 1][kMaxStates];
  int16_t parent[kMaxAlignTokens + 1][kMaxStates];
  uint16_t reached[kMaxAlignTokens + 1][kMaxStates];
  int reached_count[kMaxAlignTokens + 1] = {};
  for (int i = 0; i <= na; ++i) std::fill(value[i], value[i] + states, -1.0);
  auto relax = [&](int layer, uint32_t mask, double v, int from) {
    if (value[layer][mask] < 0) {
      reached[layer][reached_count[layer]++] = static_cast<uint16_t>(mask);
    } else if (v <= value[layer][mask]) {
      return;
    }
    value[layer][mask] = v;
    parent[layer][mask] = static_cast<int16_t>(from);
  };
  relax(0, 0, 0.0, -1);
  for (int i = 0; i < na; ++i) {
    for (int r = 0; r < reached_count[i]; ++r) {
      const uint32_t mask = reached[i][r];
      const double v = value[i][mask];
      relax(i + 1, mask, v, -1);
      for (int g = start[i]; g < start[i + 1]; ++g) {
        const Option& o = options_storage_[grouped[g]];
        const uint32_t bits = a_is_query ? o.candidate_bits : o.query_bits;
        if ((bits & mask) != 0) continue;
        relax(i + (a_is_query ? o.query_count : o.candidate_count), mask | bits, v + o.gain,
              grouped[g]);
      }
    }
  }
  uint32_t mask = reached[na][0];
  for (int r = 1; r < reached_count[na]; ++r) {
    if (value[na][reached[na][r]] > value[na][mask]) mask = reached[na][r];
  }
  int count = 0;
  for (int i = na; i > 0;) {
    const int from = parent[i][mask];
    if (from < 0) {
      --i;
      continue;
    }
    const Option& o = options_storage_[from];
    chosen[count++] = from;
    i -= a_is_query ? o.query_count : o.candidate_count;
    mask &= ~(a_is_query ? o.candidate_bits : o.query_bits);
  }
  return count;
}

Alignment Aligner::Summarize(const int* chosen, int chosen_count) const {
  Alignment result;
  uint32_t matched_query = 0;
  uint32_t matched_candidate = 0;
  for (int k = 0; k < chosen_count; ++k) {
    const Option& o = options_storage_[chosen[k]];
    const double weight = Weight(query_, o.query_first, o.query_count) +
                          Weight(candidate_, o.candidate_first, o.candidate_count);
    result.matched += o.similarity * weight;
    result.counted += weight;
    result.lost += (1.0 - o.similarity) * weight;
    matched_query |= o.query_bits;
    matched_candidate |= o.candidate_bits;
    result.pair_storage[result.pair_count++] = {o.query_first,     o.query_count, o.candidate_first,
                                                o.candidate_count, o.similarity,  o.kind};
  }
  for (size_t i = 0; i < query_.size(); ++i) {
    if (i < kMaxAlignTokens && (matched_query >> i & 1) != 0) continue;
    if (i < kMaxAlignTokens) result.query_unmatched |= uint32_t{1} << i;
    const double cost = query_[i].optional ? 0.0 : query_[i].weight;
    result.counted += cost;
    result.lost += cost;
  }
  for (size_t j = 0; j < candidate_.size(); ++j) {
    if (j < kMaxAlignTokens && (matched_candidate >> j & 1) != 0) continue;
    if (j < kMaxAlignTokens) result.candidate_unmatched |= uint32_t{1} << j;
    const double cost = candidate_[j].optional ? 0.0 : candidate_[j].weight;
    result.counted += cost;
    result.lost += cost;
  }
  result.score = result.counted > 0 ? std::min(1.0, result.matched / result.counted) : 0.0;
  std::sort(
      result.pair_storage.begin(), result.pair_storage.begin() + result.pair_count,
      [](const AlignedPair& a, const AlignedPair& b) { return a.query_first < b.query_first; });
  return result;
}

}  // namespace

Alignment AlignTokens(std::span<const AlignToken> query, std::span<const AlignToken> candidate,
                      SpanSimilarity similarity, const AlignOptions& options) {
  return Aligner(query, candidate, similarity, options).Run();
}

}  // namespace embargo::match
