// Words per second of the learned transliteration decoder alone (src/text/learned_translit.h),
// on the foreign words of the evaluation pairs; items_per_second is words per second.
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "text/learned_translit.h"
#include "text/text_clean.h"
#include "text/transliteration_eval.h"

namespace {

using embargo::text::EvalSet;
using embargo::text::LearnedScript;

// Up to 5000 words of the foreign side of an evaluation file.
std::vector<std::string> Words(EvalSet set) {
  auto pairs = embargo::text::ReadEvalPairs(
      std::string(EMBARGO_SHARED_DIR) + "/data/eval/transliteration", set, 1);
  std::vector<std::string> out;
  if (!pairs.ok()) return out;
  embargo::text::TextCleaner cleaner;
  for (const auto& p : *pairs) {
    for (auto& w : cleaner.Split(p.foreign)) {
      if (out.size() < 5000) out.push_back(std::move(w.text));
    }
  }
  return out;
}

void Run(benchmark::State& state, LearnedScript script, EvalSet set) {
  const std::vector<std::string> words = Words(set);
  const auto& model = embargo::text::CompiledLearnedTransliterator(script);
  size_t i = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(model.Spell(words[i], 2));
    if (++i == words.size()) i = 0;
  }
  state.SetItemsProcessed(state.iterations());
}

void BM_LearnedHangul(benchmark::State& state) {
  Run(state, LearnedScript::kHangul, EvalSet::kHangulFullNames);
}
BENCHMARK(BM_LearnedHangul);

void BM_LearnedHan(benchmark::State& state) {
  Run(state, LearnedScript::kHan, EvalSet::kHanTokens);
}
BENCHMARK(BM_LearnedHan);

void BM_LearnedArabic(benchmark::State& state) {
  Run(state, LearnedScript::kArabic, EvalSet::kArabicGoogle);
}
BENCHMARK(BM_LearnedArabic);

}  // namespace

BENCHMARK_MAIN();
