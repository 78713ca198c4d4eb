// Comparing two normalized names: align their tokens regardless of order, score each pair,
// and weigh the pairs by how much each token says.
//
//   token similarity: exact text 1.0; compatible Korean romanization keys 0.97; an initial
//   against a name starting with it 0.85; a spelling within the edit budget (none up to four
//   letters, one up to eight, two above) its Jaro-Winkler similarity, at least 0.85; another
//   spelling of the same frequent name part (abu/abou, yevgeny/evgeniy) 0.95; the same
//   sound (phonetic key) 0.85; a word read from Arabic letters whose spelling is the Latin one
//   once the letters Arabic writes alike are made one (FoldArabicLetters) 0.93; a word read
//   from Chinese characters with the consonants of the Latin one (HanConsonants) 0.93;
//   anything else 0. Tokens read from Hangul whose Korean keys
//   disagree never match (김정은 is not 김종은). A token may also match two or three adjacent
//   tokens of the other name written together (CHONGCHONGANG ~ CHONG CHON GANG). A word read
//   from Arabic, Cyrillic or Hangul letters matches as any form of its name spells it: a
//   reader guesses each word's vowels apart, and a customer's romanization may mix systems.
//   name score: the weighted share of the query's tokens that found a partner, lowered by
//   0.35 times the weighted share of the listed name's tokens left without one (a missing
//   middle name costs little, a missing rare surname more); less where each token of one name
//   is spelt as its own token of the other (name_rules.h: a middle name one record lacks).
//
// Names are prepared once (prepared_name.h) so that comparing a query with hundreds of
// candidates does no lookups and no allocation; a bound (name_bound.cc) skips the alignment of
// names that cannot reach the cutoff.
#pragma once

#include <vector>

#include "embargo/match.h"
#include "match/prepared_name.h"
#include "match/token_weights.h"

namespace embargo::match {

struct NameScore {
  double score = 0;  // [0, 1]
  int query_form = -1;
  int candidate_form = -1;
  std::vector<TokenMatch> tokens;  // filled only by Explain
};

struct TokenSimilarity {
  double value = 0;             // [0, 1]
  const char* method = "none";  // what decided it: "exact", "korean_key", "edit_distance" ...
};

// The best similarity of the two tokens, or of their other spellings.
TokenSimilarity CompareTokens(const PreparedToken& q, const PreparedToken& c);

// The same, with the spellings that met: the tokens themselves, or other spellings of them.
struct SpellingsMet {
  TokenSimilarity similarity;
  const PreparedToken* query = nullptr;
  const PreparedToken* candidate = nullptr;
};
SpellingsMet CompareSpellingsOf(const PreparedToken& q, const PreparedToken& c);

class NameScorer {
 public:
  explicit NameScorer(const TokenWeights& weights) : weights_(weights) {}

  // Appends the name to the pool; its id is the number of names added before it.
  void Prepare(const NormalizedName& name, PreparedPool& pool) const;

  // The best score over every pair of forms. Fast path: no explanation is built. Pairs of
  // forms that cannot reach `min_score` are not aligned, so a name below it may score 0.
  NameScore Score(const PreparedName& query, const PreparedName& candidate,
                  double min_score = 0) const;

  // The same, with the aligned token pairs of the best pair of forms.
  NameScore Explain(const PreparedName& query, const PreparedName& candidate) const;
  // The aligned token pairs of a score Score() has already found.
  NameScore Explain(const PreparedName& query, const PreparedName& candidate, NameScore best) const;

 private:
  double ScoreForms(const PreparedForm& q, const PreparedForm& c,
                    std::vector<TokenMatch>* explain) const;
  // False when ScoreForms(q, c) is surely below `floor`, judged from an upper bound built of
  // one-to-one token similarities: most candidates fall below the cutoff here, without the
  // cost of an alignment.
  static bool MayReach(const PreparedForm& q, const PreparedForm& c, double floor);
  const TokenWeights& weights_;
};

}  // namespace embargo::match
