// Transliteration accuracy on the evaluation pairs: for each script, the share of pairs where
// one of the Normalizer's Latin forms reaches a normalized Levenshtein similarity of 0.8 with
// the Latin side, next to the same share for shuffled (wrong) pairs.
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
  std::printf("%-14s %8s %10s %10s %8s %8s\n", "set", "pairs", "match", "shuffled", "target",
              "seconds");
  for (const Row& row : kRows) {
    auto start = std::chrono::steady_clock::now();
    auto pairs = embargo::text::ReadEvalPairs(dir, row.set, stride);
    if (!pairs.ok()) {
      std::fprintf(stderr, "%s\n", pairs.status().ToString().c_str());
      return 1;
    }
    embargo::text::EvalFigures f = embargo::text::Evaluate(normalizer, row.set, *pairs);
    double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("%-14s %8zu %10.3f %10.3f %8.2f %8.1f\n",
                std::string(embargo::text::EvalSetName(row.set)).c_str(), f.pairs, f.HitShare(),
                f.ShuffledShare(), row.target, seconds);
  }
  return 0;
}
