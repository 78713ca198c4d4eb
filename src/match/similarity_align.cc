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

// Chosen options: pairwise disjoint, so at most one per token.
struct Choice {
  void Add(int option) { options[count++] = option; }
  int options[kMaxAlignTokens] = {};
  int count = 0;
};

// Options that no other option competes with, and the rest.
struct Partition {
  Choice alone;
  int contested[kMaxOptions];
  int contested_count = 0;
};

uint32_t SpanBits(int first, int count) { return ((uint32_t{1} << count) - 1) << first; }

bool IsInitialOf(std::string_view initial, std::string_view token) {
  return initial.size() == 1 && token.size() > 1 && initial[0] == token[0];
}

// One side of the comparison with what the aligner reads of each token, computed once.
struct Side {
  explicit Side(std::span<const AlignToken> all)
      : tokens(all), n(static_cast<int>(std::min<size_t>(all.size(), kMaxAlignTokens))) {
    length_before[0] = 0;
    for (int i = 0; i < n; ++i) {
      const AlignToken& t = tokens[i];
      cost[i] = t.optional ? 0.0 : t.weight;
      length_before[i + 1] = length_before[i] + t.text.size();
      front[i] = t.text.empty() ? -1 : static_cast<unsigned char>(t.text.front());
      back[i] = t.text.empty() ? -1 : static_cast<unsigned char>(t.text.back());
      best[i] = 0.0;
    }
  }
  double Cost(int first, int count) const {
    double sum = 0;
    for (int i = first; i < first + count; ++i) sum += cost[i];
    return sum;
  }
  double Weight(int first, int count) const {
    double sum = 0;
    for (int i = first; i < first + count; ++i) sum += tokens[i].weight;
    return sum;
  }
  size_t Length(int first, int count) const {
    return length_before[first + count] - length_before[first];
  }
  bool AnyBelow(int first, int count, double similarity) const {
    for (int i = first; i < first + count; ++i)
      if (best[i] < similarity) return true;
    return false;
  }

  std::span<const AlignToken> tokens;
  int n;                                      // tokens considered
  double cost[kMaxAlignTokens];               // weight lost when unmatched
  size_t length_before[kMaxAlignTokens + 1];  // bytes of the tokens before i
  int front[kMaxAlignTokens];                 // first byte, -1 when empty
  int back[kMaxAlignTokens];
  double best[kMaxAlignTokens];  // best one-to-one similarity found
};

class Aligner {
 public:
  Aligner(std::span<const AlignToken> query, std::span<const AlignToken> candidate,
          SpanSimilarity similarity, const AlignOptions& options)
      : query_(query), candidate_(candidate), similarity_(similarity), options_(options) {}

  Alignment Run() {
    AddOneToOne();
    if (options_.max_join >= 2) {
      AddJoins(query_, candidate_, /*runs_are_query=*/true);
      AddJoins(candidate_, query_, /*runs_are_query=*/false);
    }
    // A pair that shares no token with any other possible pair belongs to every best choice
    // (its gain is positive and nothing competes for its tokens): take it and leave only the
    // contested pairs to the search, whose cost grows with their number.
    const Partition partition = SplitContested();
    if (partition.contested_count == 0) return Summarize(partition.alone, {});
    const std::span<const int> contested(partition.contested, partition.contested_count);
    const bool exact = options_.method == AlignMethod::kExact &&
                       std::min(query_.n, candidate_.n) <= kMaxMaskTokens;
    return Summarize(partition.alone, exact ? SolveExact(contested) : SolveGreedy(contested));
  }

 private:
  void AddOption(int qf, int qn, int cf, int cn, double similarity, PairKind kind) {
    if (similarity < options_.min_similarity || option_count_ == kMaxOptions) return;
    const double gain = query_.Cost(qf, qn) + candidate_.Cost(cf, cn) -
                        (1.0 - similarity) * (query_.Weight(qf, qn) + candidate_.Weight(cf, cn));
    // Two optional tokens gain nothing by meeting, yet an equal pair of them counts (a legal form
    // both names have).
    if (gain < 0 || (gain == 0 && similarity < 1)) return;
    options_storage_[option_count_++] = {
        qf, qn, cf, cn, kind, similarity, gain, SpanBits(qf, qn), SpanBits(cf, cn)};
  }

  void AddOneToOne() {
    for (int i = 0; i < query_.n; ++i) {
      const std::string_view q = query_.tokens[i].text;
      if (q.empty()) continue;
      for (int j = 0; j < candidate_.n; ++j) {
        const std::string_view c = candidate_.tokens[j].text;
        if (c.empty()) continue;
        double similarity = similarity_({i, 1, q}, {j, 1, c}, options_.min_similarity);
        PairKind kind = PairKind::kToken;
        if ((q.size() == 1 || c.size() == 1) && (IsInitialOf(q, c) || IsInitialOf(c, q)) &&
            options_.initial_similarity > similarity) {
          similarity = options_.initial_similarity;
          kind = PairKind::kInitial;
        }
        query_.best[i] = std::max(query_.best[i], similarity);
        candidate_.best[j] = std::max(candidate_.best[j], similarity);
        AddOption(i, 1, j, 1, similarity, kind);
      }
    }
  }

  // Concatenates tokens first..first+count-1 of a side into joined_; empty if too long.
  std::string_view Join(const Side& side, int first, int count) {
    if (side.Length(first, count) > kMaxJoinedBytes) return {};
    size_t size = 0;
    for (int i = first; i < first + count; ++i) {
      const std::string_view t = side.tokens[i].text;
      if (t.empty()) return {};
      std::memcpy(joined_ + size, t.data(), t.size());
      size += t.size();
    }
    return {joined_, size};
  }

  // Runs of adjacent `runs` tokens against each poorly matched token of `singles`.
  void AddJoins(const Side& runs, const Side& singles, bool runs_are_query) {
    const int longest = std::min(options_.max_join, kMaxJoin);
    const bool runs_matched = !runs.AnyBelow(0, runs.n, options_.join_below);
    for (int j = 0; j < singles.n; ++j) {
      const std::string_view single = singles.tokens[j].text;
      const bool single_matched = singles.best[j] >= options_.join_below;
      if (single.empty() || (single_matched && runs_matched)) continue;
      for (int count = 2; count <= longest; ++count) {
        for (int first = 0; first + count <= runs.n; ++first) {
          // A join helps where a token of it has no good partner: ZAWAHIR,I against ZAWAHIRI
          // leaves the "i" alone, though "zawahir" alone already resembles the single. It
          // must then spell the single better than its partner does ("K. Putin" is no KPUTIN).
          if (single_matched && !runs.AnyBelow(first, count, options_.join_below)) continue;
          if (options_.join_requires_shared_edge && runs.front[first] != singles.front[j] &&
              runs.back[first + count - 1] != singles.back[j]) {
            continue;
          }
          const size_t size = runs.Length(first, count);
          if (static_cast<double>(std::min(size, single.size())) <
              options_.join_min_length_ratio * static_cast<double>(std::max(size, single.size()))) {
            continue;
          }
          const std::string_view joined = Join(runs, first, count);
          if (joined.empty()) continue;
          const TokenSpan run{first, count, joined};
          const TokenSpan one{j, 1, single};
          const double similarity = runs_are_query ? similarity_(run, one, options_.min_similarity)
                                                   : similarity_(one, run, options_.min_similarity);
          if (single_matched && similarity <= singles.best[j]) continue;
          if (runs_are_query) {
            AddOption(first, count, j, 1, similarity, PairKind::kJoined);
          } else {
            AddOption(j, 1, first, count, similarity, PairKind::kJoined);
          }
        }
      }
    }
  }

  Partition SplitContested() const {
    uint32_t used_query = 0, used_twice_query = 0;
    uint32_t used_candidate = 0, used_twice_candidate = 0;
    for (int k = 0; k < option_count_; ++k) {
      const Option& o = options_storage_[k];
      used_twice_query |= used_query & o.query_bits;
      used_query |= o.query_bits;
      used_twice_candidate |= used_candidate & o.candidate_bits;
      used_candidate |= o.candidate_bits;
    }
    Partition partition;
    for (int k = 0; k < option_count_; ++k) {
      const Option& o = options_storage_[k];
      if ((o.query_bits & used_twice_query) == 0 &&
          (o.candidate_bits & used_twice_candidate) == 0) {
        partition.alone.Add(k);
      } else {
        partition.contested[partition.contested_count++] = k;
      }
    }
    return partition;
  }

  // Best pair first.
  Choice SolveGreedy(std::span<const int> subset) const {
    int order[kMaxOptions];
    std::copy(subset.begin(), subset.end(), order);
    const int n = static_cast<int>(subset.size());
    std::sort(order, order + n, [&](int a, int b) {
      const Option& x = options_storage_[a];
      const Option& y = options_storage_[b];
      return x.gain != y.gain ? x.gain > y.gain : a < b;
    });
    uint32_t used_query = 0;
    uint32_t used_candidate = 0;
    Choice choice;
    for (int k = 0; k < n; ++k) {
      const Option& o = options_storage_[order[k]];
      if ((o.query_bits & used_query) != 0 || (o.candidate_bits & used_candidate) != 0) continue;
      used_query |= o.query_bits;
      used_candidate |= o.candidate_bits;
      choice.Add(order[k]);
    }
    return choice;
  }

  Choice SolveExact(std::span<const int> subset) const;
  // The alignment made of two disjoint choices.
  Alignment Summarize(const Choice& first, const Choice& second) const;

  Side query_;
  Side candidate_;
  SpanSimilarity similarity_;
  const AlignOptions& options_;
  Option options_storage_[kMaxOptions];
  int option_count_ = 0;
  char joined_[kMaxJoinedBytes];
};

// Walks the positions of the side with more tokens ("a") in order, keeping for every subset of
// the other side's tokens ("b", at most 8) the greatest gain reachable. A pair covering a run of
// "a" tokens jumps over the run.
Choice Aligner::SolveExact(std::span<const int> subset) const {
  const bool a_is_query = candidate_.n <= kMaxMaskTokens;
  const int na = a_is_query ? query_.n : candidate_.n;
  const int states = 1 << (a_is_query ? candidate_.n : query_.n);
  // Options grouped by their first "a" position.
  int start[kMaxAlignTokens + 1] = {};
  int grouped[kMaxOptions];
  for (const int k : subset) {
    const Option& o = options_storage_[k];
    ++start[(a_is_query ? o.query_first : o.candidate_first) + 1];
  }
  for (int i = 0; i < na; ++i) start[i + 1] += start[i];
  int fill[kMaxAlignTokens];
  for (int i = 0; i < na; ++i) fill[i] = start[i];
  for (const int k : subset) {
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
  Choice choice;
  for (int i = na; i > 0;) {
    const int from = parent[i][mask];
    if (from < 0) {
      --i;
      continue;
    }
    const Option& o = options_storage_[from];
    choice.Add(from);
    i -= a_is_query ? o.query_count : o.candidate_count;
    mask &= ~(a_is_query ? o.candidate_bits : o.query_bits);
  }
  return choice;
}

Alignment Aligner::Summarize(const Choice& first, const Choice& second) const {
  Alignment result;
  uint32_t matched_query = 0;
  uint32_t matched_candidate = 0;
  int chosen[kMaxAlignTokens];
  const int chosen_count = first.count + second.count;
  std::copy(first.options, first.options + first.count, chosen);
  std::copy(second.options, second.options + second.count, chosen + first.count);
  for (int k = 0; k < chosen_count; ++k) {
    const Option& o = options_storage_[chosen[k]];
    const double weight = query_.Weight(o.query_first, o.query_count) +
                          candidate_.Weight(o.candidate_first, o.candidate_count);
    result.matched += o.similarity * weight;
    result.counted += weight;
    result.lost += (1.0 - o.similarity) * weight;
    matched_query |= o.query_bits;
    matched_candidate |= o.candidate_bits;
    result.pair_storage[result.pair_count++] = {o.query_first,     o.query_count, o.candidate_first,
                                                o.candidate_count, o.similarity,  o.kind};
  }
  for (const Side* side : {&query_, &candidate_}) {
    const uint32_t matched = side == &query_ ? matched_query : matched_candidate;
    uint32_t unmatched = 0;
    for (size_t i = 0; i < side->tokens.size(); ++i) {
      const bool tracked = i < kMaxAlignTokens;
      if (tracked && (matched >> i & 1) != 0) continue;
      if (tracked) unmatched |= uint32_t{1} << i;
      const AlignToken& t = side->tokens[i];
      const double cost = t.optional ? 0.0 : t.weight;
      result.counted += cost;
      result.lost += cost;
    }
    (side == &query_ ? result.query_unmatched : result.candidate_unmatched) = unmatched;
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
