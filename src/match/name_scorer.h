// Comparing two normalized names: align their tokens regardless of order, score each pair,
// and weigh the pairs by how much each token says.
//
//   token similarity: exact text 1.0; compatible Korean romanization keys 0.97; an initial
//   against a name starting with it 0.85; otherwise Jaro-Winkler, with tokens below 0.75
//   counting as unmatched. Tokens read from Hangul whose Korean keys disagree never match
//   (김정은 is not 김종은). A token may also match two or three adjacent tokens of the other
//   name written together (CHONGCHONGANG ~ CHONG CHON GANG).
//   name score: the weighted share of the query's tokens that found a partner, lowered by a
//   third of the weighted share of the listed name's tokens left without one (a missing
//   middle name costs little, a missing surname more).
#pragma once

#include <vector>

#include "embargo/match.h"
#include "embargo/normalizer.h"
#include "match/token_weights.h"

namespace embargo::match {

struct NameScore {
  double score = 0;  // [0, 1]
  int query_form = -1;
  int candidate_form = -1;
  std::vector<TokenMatch> tokens;  // filled only by ExplainNames
};

class NameScorer {
 public:
  explicit NameScorer(const TokenWeights& weights) : weights_(weights) {}

  // The best score over every pair of forms. Fast path: no explanation is built.
  NameScore Score(const NormalizedName& query, const NormalizedName& candidate) const;

  // The same, with the aligned token pairs of the best pair of forms.
  NameScore Explain(const NormalizedName& query, const NormalizedName& candidate) const;

 private:
  double ScoreForms(const NameForm& q, const NameForm& c, std::vector<TokenMatch>* explain) const;
  const TokenWeights& weights_;
};

struct TokenSimilarity {
  double value = 0;            // [0, 1]
  const char* method = "none";  // what decided it: "exact", "korean_key", "jaro_winkler" ...
};

TokenSimilarity CompareTokens(const Token& q, const Token& c);

}  // namespace embargo::match
