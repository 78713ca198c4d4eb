// Transliteration accuracy on a deterministic sample (every 10th pair) of the held-out half
// of the evaluation data, which the learned transliteration model never saw;
// bench/transliteration_eval_bench.cc scores every pair.
//
// The targets are a match share of 0.85 for Hangul and Cyrillic and 0.7 for Arabic and Han,
// with at most 0.05 for shuffled pairs. Arabic and Cyrillic meet their targets (on the whole
// half). Hangul and Han do not yet. Every floor below is the level reached, kept so that a change
// cannot lose it unnoticed. Hangul is capped by the data: 29% of its pairs do not even have the
// same number of words on both sides (titles, regnal names, "Emperor Xianzong of Tang" = 당 헌종).
// Hangul rose from 0.748 to 0.758 on the whole half (0.775 on this sample) with the lexicon of
// Latin name words (data/transliteration/latin_lexicon.tsv); Han does not use it, since no
// held-out Han token may be in it and cross-validation found no gain from near words alone.
// Then Hangul rose to 0.769 (0.786 on this sample) with a Latin model that also learns from the
// other sets' words and a joint model that reranks the spellings, and Han from 0.511 to 0.527
// (0.523) with that Latin model and characters read through their Mandarin homophones.
// A word that is the whole name then got eight learned spellings instead of four: on the whole
// half Han 0.527 -> 0.575 (0.577 here), Arabic 0.745 -> 0.786 (0.767), Cyrillic 0.872 -> 0.897
// (0.889), Google's Arabic 0.795 -> 0.836 (0.832).
#include "text/transliteration_eval.h"

#include <gtest/gtest.h>

#include <cstdio>

namespace embargo::text {
namespace {

const Normalizer& TheNormalizer() {
  static const Normalizer* normalizer = new Normalizer();
  return *normalizer;
}

EvalFigures Sample(EvalSet set) {
  auto pairs =
      ReadEvalPairs(std::string(EMBARGO_SHARED_DIR) + "/data/eval/transliteration", set, 10);
  EXPECT_TRUE(pairs.ok()) << pairs.status().ToString();
  if (!pairs.ok()) return {};
  EvalFigures f = Evaluate(TheNormalizer(), set, PairsOfHalf(*pairs, EvalHalf::kHeldOut));
  std::printf("  %-10s %zu pairs: %.3f match, %.3f shuffled\n",
              std::string(EvalSetName(set)).c_str(), f.pairs, f.HitShare(), f.ShuffledShare());
  return f;
}

TEST(TransliterationEvalTest, LevenshteinSimilarity) {
  EXPECT_DOUBLE_EQ(NormalizedLevenshtein("", ""), 1.0);
  EXPECT_DOUBLE_EQ(NormalizedLevenshtein("kitten", "sitting"), 1.0 - 3.0 / 7.0);
  EXPECT_DOUBLE_EQ(NormalizedLevenshtein("abc", ""), 0.0);
}

TEST(TransliterationEvalTest, HalvesSplitByLatinSide) {
  EXPECT_EQ(HalfOf("George Washington"), HalfOf("george washington"));
  std::vector<EvalPair> pairs;
  for (int i = 0; i < 1000; ++i) pairs.push_back({"name" + std::to_string(i), "x"});
  size_t held_out = PairsOfHalf(pairs, EvalHalf::kHeldOut).size();
  EXPECT_EQ(held_out + PairsOfHalf(pairs, EvalHalf::kTrain).size(), pairs.size());
  EXPECT_NEAR(double(held_out) / pairs.size(), 0.5, 0.05);
}

// The level each set reached (its target in the comment), and the least number of pairs its
// sample must hold.
struct Floor {
  EvalSet set;
  size_t min_pairs;
  double floor;
};

constexpr Floor kFloors[] = {
    {EvalSet::kHangulFullNames, 1000, 0.78},  // target 0.85: 0.769 on the whole held-out half
    {EvalSet::kCyrillicTokens, 1000, 0.88},   // target 0.85: 0.897 on the whole held-out half
    {EvalSet::kArabicTokens, 500, 0.76},      // target 0.70: 0.786 on the whole held-out half
    {EvalSet::kHanTokens, 500, 0.57},         // target 0.70: 0.575 on the whole held-out half
    {EvalSet::kArabicGoogle, 500, 0.82},      // target 0.70: 0.836 on the whole held-out half
};

TEST(TransliterationEvalTest, HeldOutPairsKeepTheirLevels) {
  for (const Floor& floor : kFloors) {
    SCOPED_TRACE(std::string(EvalSetName(floor.set)));
    EvalFigures f = Sample(floor.set);
    EXPECT_GT(f.pairs, floor.min_pairs);
    EXPECT_GE(f.HitShare(), floor.floor);
    EXPECT_LE(f.ShuffledShare(), 0.05);
  }
}

}  // namespace
}  // namespace embargo::text
