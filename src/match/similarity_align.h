// Token alignment for the Scorer: which token of a query name goes with which token of a listed
// name, regardless of order, and how much of the two names' weight that alignment covers.
//
// Each side is a short list of weighted tokens. An aligned pair joins one query token to one
// candidate token, or a run of 2..3 adjacent tokens of one side to a single token of the other
// (CHONGCHONGANG ~ CHONG CHON GANG), compared as their concatenation. A single letter ("j") that
// begins the other token ("john") is an initial and scores AlignOptions::initial_similarity.
// The aligner picks disjoint pairs that lose the least weight:
//   lost = sum of the weights of unmatched non-optional tokens
//        + sum over pairs of (1 - similarity) * (weights of both sides of the pair)
// and reports score = matched / counted, in [0, 1], where matched = sum over pairs of
// similarity * (weights of the pair) and counted = the weights of all non-optional tokens plus
// those of matched optional ones. So an unmatched middle name costs its weight; an unmatched
// optional token (a legal form, a patronymic the caller declares optional) costs nothing.
//
// The similarity function is the caller's (Jaro-Winkler, a romanization-key comparison...); it
// sees each side's span and its text, so it can use a kernel cached per query token:
//
//   std::vector<CachedJaroWinkler> cached = ...;  // one per query token, built once per query
//   auto similarity = [&](const TokenSpan& q, const TokenSpan& c, double cutoff) {
//     return q.count == 1 ? cached[q.first].Similarity(c.text, cutoff)
//                         : JaroWinklerSimilarity(q.text, c.text, cutoff);
//   };
//   const Alignment a = AlignTokens(query_tokens, candidate_tokens, similarity);
//
// Allocation-free: scratch lives on the stack (up to ~70 KB when pairs compete for tokens).
// Thread-safety: AlignTokens is reentrant; it calls `similarity` from the calling thread only.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <span>
#include <string_view>
#include <type_traits>
#include <utility>

namespace embargo::match {

// Tokens of each side beyond this many are never aligned; they count as unmatched.
inline constexpr int kMaxAlignTokens = 16;

struct AlignToken {
  std::string_view text;
  // [0, 1]: what the token is worth, e.g. its rarity in the lists. A pair whose tokens all weigh
  // 0 saves nothing and is not formed.
  double weight = 1.0;
  bool optional = false;  // unmatched, it costs nothing (legal form, patronymic, title)
};

// `count` adjacent tokens of one side from `first`, and their concatenation without separators.
struct TokenSpan {
  int first = 0;
  int count = 1;
  std::string_view text;
};

// A non-owning reference to a callable, cheaper than std::function (no allocation, one
// indirect call). The callable must outlive the reference.
template <typename Signature>
class FunctionRef;

template <typename R, typename... Args>
class FunctionRef<R(Args...)> {
 public:
  template <typename F>
  requires(!std::is_same_v<std::remove_cvref_t<F>, FunctionRef> &&
           std::is_invocable_r_v<R, F&, Args...>)
      FunctionRef(F&& f) {  // NOLINT: implicit, like a function pointer
    using Callable = std::remove_reference_t<F>;
    if constexpr (std::is_function_v<Callable>) {
      target_.function = reinterpret_cast<void (*)()>(&f);
      call_ = [](Target target, Args... args) -> R {
        return reinterpret_cast<Callable*>(target.function)(std::forward<Args>(args)...);
      };
    } else {
      target_.object = const_cast<void*>(static_cast<const void*>(std::addressof(f)));
      call_ = [](Target target, Args... args) -> R {
        return (*static_cast<Callable*>(target.object))(std::forward<Args>(args)...);
      };
    }
  }

  R operator()(Args... args) const { return call_(target_, std::forward<Args>(args)...); }

 private:
  union Target {
    void* object;
    void (*function)();
  };
  Target target_;
  R (*call_)(Target, Args...);
};

// Similarity in [0, 1] of a query span and a candidate span. It may report anything below
// `score_cutoff` as 0 (the kernels' early exit).
using SpanSimilarity =
    FunctionRef<double(const TokenSpan& query, const TokenSpan& candidate, double score_cutoff)>;

enum class AlignMethod {
  kExact,   // the least lost weight, by dynamic programming over the smaller side's subsets
  kGreedy,  // best pair first; faster on long names, may miss the optimum when pairs compete
};

struct AlignOptions {
  // Pairs below this similarity are not aligned at all: unrelated tokens still score 0.4-0.6
  // under Jaro-Winkler and must not earn partial credit. Also the cutoff passed to `similarity`.
  double min_similarity = 0.7;
  // An initial against a token it begins. Higher favours "J. Smith" ~ "John Smith"; an initial
  // carries one letter of evidence, so keep it below a typo's similarity.
  double initial_similarity = 0.8;
  // Longest run of adjacent tokens compared as one token: 1 disables joins; at most 3.
  int max_join = 3;
  // Joins are tried only against a token whose best one-to-one similarity is below this, or
  // with a run holding a token below it: a join must cover a token without a close partner.
  // Raising it costs time.
  double join_below = 0.9;
  // Joins are skipped when the shorter of the concatenation and the single token is below this
  // fraction of the longer: such pairs cannot reach min_similarity under the usual measures.
  double join_min_length_ratio = 0.6;
  // Joins are tried only where the concatenation and the single token begin or end with the
  // same byte: cheap, and true of joined spellings. Turn off when the similarity function
  // accepts different edge letters (romanization variants such as k/g or r/l on raw text).
  bool join_requires_shared_edge = true;
  // Used when the smaller side has more than 8 tokens, whatever is asked here.
  AlignMethod method = AlignMethod::kExact;
};

enum class PairKind : uint8_t {
  kToken,    // one token to one token
  kInitial,  // a single letter to a token it begins
  kJoined,   // a run of adjacent tokens to one token
};

struct AlignedPair {
  int query_first = 0;
  int query_count = 1;
  int candidate_first = 0;
  int candidate_count = 1;
  double similarity = 0;
  PairKind kind = PairKind::kToken;
};

struct Alignment {
  std::array<AlignedPair, kMaxAlignTokens> pair_storage{};
  int pair_count = 0;
  double score = 0;                  // matched / counted, in [0, 1]; 0 when nothing counts
  double matched = 0;                // sum over pairs of similarity * (weights of the pair)
  double counted = 0;                // weights of non-optional tokens and of matched optional ones
  uint32_t query_unmatched = 0;      // bit i: query token i (i < kMaxAlignTokens) is in no pair
  uint32_t candidate_unmatched = 0;  // the same for the candidate
  double lost = 0;                   // the minimized quantity (see the top of this file)

  // The pairs in query order.
  std::span<const AlignedPair> pairs() const { return {pair_storage.data(), size_t(pair_count)}; }
};

Alignment AlignTokens(std::span<const AlignToken> query, std::span<const AlignToken> candidate,
                      SpanSimilarity similarity, const AlignOptions& options = {});

}  // namespace embargo::match
