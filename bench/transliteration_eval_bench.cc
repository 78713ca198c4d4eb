// Transliteration accuracy on the evaluation pairs: for each script, the share of pairs where
// one of the Normalizer's Latin forms reaches a normalized Levenshtein similarity of 0.8 with
// the Latin side, next to the same share for shuffled (wrong) pairs.
//
// The learned transliteration model is trained on half of the pairs (EvalHalf::kTrain), so the
// figures that count are those of the held-out half; the columns "all" score every pair,
// the training half included.
//
//   transliteration_eval_bench [stride]    (stride 1, the default, scores every pair)
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "embargo/normalizer.h"
#include "text/transliteration_eval.h"

namespace {

using embargo::text::EvalSet;

struct Row {
  EvalSet set;
  double target;
};

constexpr Row kRows[] = {
    {EvalSet::kHangulFullNames, 0.85}, {EvalSet::kCyrillicTokens, 0.85},
    {EvalSet::kArabicTokens, 0.70},    {EvalSet::kHanTokens, 0.70},
    {EvalSet::kArabicGoogle, 0.70},
};

}  // namespace

int main(int argc, char** argv) {
  size_t stride = argc > 1 ? std::strtoul(argv[1], nullptr, 10) : 1;
  const std::string dir = std::string(EMBARGO_SHARED_DIR) + "/data/eval/transliteration";
  embargo::Normalizer normalizer;
  std::printf("%-14s %8s %9s %9s %8s %8s %8s %8s\n", "set", "held-out", "match", "shuffled", "all",
              "match", "target", "seconds");
  for (const Row& row : kRows) {
    auto start = std::chrono::steady_clock::now();
    auto pairs = embargo::text::ReadEvalPairs(dir, row.set, stride);
    if (!pairs.ok()) {
      std::fprintf(stderr, "%s\n", pairs.status().ToString().c_str());
      return 1;
    }
    auto held_out = embargo::text::PairsOfHalf(*pairs, embargo::text::EvalHalf::kHeldOut);
    embargo::text::EvalFigures h = embargo::text::Evaluate(normalizer, row.set, held_out);
    embargo::text::EvalFigures f = embargo::text::Evaluate(normalizer, row.set, *pairs);
    double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("%-14s %8zu %9.3f %9.3f %8zu %8.3f %8.2f %8.1f\n",
                std::string(embargo::text::EvalSetName(row.set)).c_str(), h.pairs, h.HitShare(),
                h.ShuffledShare(), f.pairs, f.HitShare(), row.target, seconds);
  }
  return 0;
}
