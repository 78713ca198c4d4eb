// Accuracy of the Normalizer's Latin forms on the transliteration pairs of the evaluation data
// (Wikidata Hangul full names, Cyrillic, Arabic and Han name tokens): the share of pairs where
// one of our forms of the foreign side has a normalized Levenshtein similarity of at least
// `threshold` with the Latin side, and the same share for wrong (shuffled) pairs. Both sides
// are compared as their tokens joined by spaces, titles left out.
// Used by bench/transliteration_eval.cc (every pair) and by a unit test (a sample).
//
// The pairs fall into two halves by a hash of their Latin side: the learned transliteration
// model (src/text/learned_translit.h) is trained on one, and the figures that count are those
// of the other, held-out half.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "embargo/normalizer.h"
#include "embargo/status.h"

namespace embargo::text {

enum class EvalSet {
  kHangulFullNames,  // wikidata-en-ko-fullnames.tsv: English<TAB>Hangul
  kCyrillicTokens,   // wikidata-en-russian-tokens-test20.tsv: latin<TAB>spaced letters<TAB>count
  kArabicTokens,     // wikidata-en-arabic-tokens-test20.tsv
  kHanTokens,        // wikidata-en-chinese-tokens-test20.tsv
  kArabicGoogle,     // google-ar2en-names.tsv: Arabic<TAB>Latin (Arabic names)
};

std::string_view EvalSetName(EvalSet set);  // "hangul", "cyrillic", ...

struct EvalFigures {
  EvalSet set = EvalSet::kHangulFullNames;
  size_t pairs = 0;
  size_t hits = 0;           // pairs where one of our forms reaches the threshold
  size_t shuffled_hits = 0;  // the same with the Latin side of another pair
  double HitShare() const { return pairs ? double(hits) / pairs : 0; }
  double ShuffledShare() const { return pairs ? double(shuffled_hits) / pairs : 0; }
};

struct EvalPair {
  std::string latin;
  std::string foreign;
};

// Reads one evaluation file from `eval_dir` (the folder data/eval/transliteration), keeping
// every `stride`-th pair. Fails with the file name when it cannot be read.
Result<std::vector<EvalPair>> ReadEvalPairs(const std::string& eval_dir, EvalSet set,
                                            size_t stride);

enum class EvalHalf {
  kAll,
  kTrain,    // the pairs the learned transliteration model is trained on
  kHeldOut,  // the pairs it never sees
};

// The half of a pair, by a hash of its Latin side with ASCII letters lower-cased, so that one
// name never lands in both halves.
EvalHalf HalfOf(std::string_view latin);

// The pairs of one half, in order.
std::vector<EvalPair> PairsOfHalf(const std::vector<EvalPair>& pairs, EvalHalf half);

// 1 - edit distance / length of the longer string; 1 for two empty strings.
double NormalizedLevenshtein(std::string_view a, std::string_view b);

// The best similarity between the Latin side and any form of the foreign side.
double BestFormSimilarity(const Normalizer& normalizer, std::string_view foreign,
                          std::string_view latin);

// Scores the pairs; the shuffled figure pairs pair i with the Latin side of pair
// (i + n/2) mod n.
EvalFigures Evaluate(const Normalizer& normalizer, EvalSet set, const std::vector<EvalPair>& pairs,
                     double threshold = 0.8);

}  // namespace embargo::text
