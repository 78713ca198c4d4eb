// Normalizations per second on one thread: short Latin names, and names in Hangul, Cyrillic,
// Arabic and Han, all taken from the evaluation pairs. items_per_second is names per second.
// The plain benchmarks cycle through their names with the Normalizer's word memos warm (names
// repeat their words); the *Cold ones normalize each name once through a new Normalizer, so
// every word is read and keyed afresh.
#include <benchmark/benchmark.h>

#include <memory>
#include <string>
#include <vector>

#include "embargo/normalizer.h"
#include "text/transliteration_eval.h"

namespace {

using embargo::text::EvalSet;

const embargo::Normalizer& TheNormalizer() {
  static const embargo::Normalizer* normalizer = new embargo::Normalizer();
  return *normalizer;
}

// Up to 5000 names of one side of an evaluation file. Single tokens are paired up into
// two-word names ("froese villari") so that every name looks like a person's name.
std::vector<std::string> Names(EvalSet set, bool latin_side) {
  auto pairs = embargo::text::ReadEvalPairs(
      std::string(EMBARGO_SHARED_DIR) + "/data/eval/transliteration", set, 1);
  std::vector<std::string> out;
  if (!pairs.ok()) return out;
  bool tokens = set != EvalSet::kHangulFullNames;
  for (size_t i = 0; i + 1 < pairs->size() && out.size() < 5000; i += tokens ? 2 : 1) {
    const auto& a = (*pairs)[i];
    const auto& b = (*pairs)[i + 1];
    std::string name = latin_side ? a.latin : a.foreign;
    if (tokens) name += " " + (latin_side ? b.latin : b.foreign);
    out.push_back(std::move(name));
  }
  return out;
}

void Run(benchmark::State& state, const std::vector<std::string>& names, embargo::EntityKind kind) {
  const embargo::Normalizer& normalizer = TheNormalizer();
  embargo::NormalizeOptions options;
  options.kind = kind;
  options.kind_known = true;
  options.key_texts = false;  // as the screener normalizes: index keys hashed, not spelt out
  // Warm up the lazily built tables (Han readings) outside the timing.
  for (const std::string& n : names) benchmark::DoNotOptimize(normalizer.Normalize(n, options));
  size_t i = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(normalizer.Normalize(names[i], options));
    if (++i == names.size()) i = 0;
  }
  state.SetItemsProcessed(state.iterations());
}

void RunCold(benchmark::State& state, const std::vector<std::string>& names,
             embargo::EntityKind kind) {
  embargo::NormalizeOptions options;
  options.kind = kind;
  options.kind_known = true;
  options.key_texts = false;
  for (auto _ : state) {
    state.PauseTiming();
    auto normalizer = std::make_unique<embargo::Normalizer>();
    // Builds the lazily built tables (Han readings) outside the timing.
    benchmark::DoNotOptimize(normalizer->Normalize("金正恩", options));
    state.ResumeTiming();
    for (const std::string& n : names) benchmark::DoNotOptimize(normalizer->Normalize(n, options));
    state.PauseTiming();
    normalizer.reset();
    state.ResumeTiming();
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(names.size()));
}

void BM_LatinPersonNames(benchmark::State& state) {
  static const auto names = Names(EvalSet::kHangulFullNames, true);
  Run(state, names, embargo::EntityKind::kPerson);
}
BENCHMARK(BM_LatinPersonNames);

void BM_LatinOrganizationNames(benchmark::State& state) {
  static const std::vector<std::string> names = {"Chong Chon Gang Shipping Co. Ltd.",
                                                 "KOREA DAESONG GENERAL TRADING CORPORATION",
                                                 "Daedong Credit Bank",
                                                 "Korea Ansan SHPG CO",
                                                 "Yuk Tung Energy Pte Ltd",
                                                 "Leader (Hong Kong) International Trading Limited",
                                                 "Ocean Maritime Management Company",
                                                 "Romashka LLC",
                                                 "Acme GmbH & Co. KG",
                                                 "First Oil JV Co Ltd"};
  Run(state, names, embargo::EntityKind::kOrganization);
}
BENCHMARK(BM_LatinOrganizationNames);

void BM_HangulNames(benchmark::State& state) {
  static const auto names = Names(EvalSet::kHangulFullNames, false);
  Run(state, names, embargo::EntityKind::kPerson);
}
BENCHMARK(BM_HangulNames);

void BM_CyrillicNames(benchmark::State& state) {
  static const auto names = Names(EvalSet::kCyrillicTokens, false);
  Run(state, names, embargo::EntityKind::kPerson);
}
BENCHMARK(BM_CyrillicNames);

void BM_ArabicNames(benchmark::State& state) {
  static const auto names = Names(EvalSet::kArabicGoogle, false);
  Run(state, names, embargo::EntityKind::kPerson);
}
BENCHMARK(BM_ArabicNames);

void BM_HanNames(benchmark::State& state) {
  static const auto names = Names(EvalSet::kHanTokens, false);
  Run(state, names, embargo::EntityKind::kPerson);
}
BENCHMARK(BM_HanNames);

void BM_LatinPersonNamesCold(benchmark::State& state) {
  static const auto names = Names(EvalSet::kHangulFullNames, true);
  RunCold(state, names, embargo::EntityKind::kPerson);
}
BENCHMARK(BM_LatinPersonNamesCold)->Unit(benchmark::kMillisecond);

void BM_HangulNamesCold(benchmark::State& state) {
  static const auto names = Names(EvalSet::kHangulFullNames, false);
  RunCold(state, names, embargo::EntityKind::kPerson);
}
BENCHMARK(BM_HangulNamesCold)->Unit(benchmark::kMillisecond);

void BM_CyrillicNamesCold(benchmark::State& state) {
  static const auto names = Names(EvalSet::kCyrillicTokens, false);
  RunCold(state, names, embargo::EntityKind::kPerson);
}
BENCHMARK(BM_CyrillicNamesCold)->Unit(benchmark::kMillisecond);

void BM_ArabicNamesCold(benchmark::State& state) {
  static const auto names = Names(EvalSet::kArabicGoogle, false);
  RunCold(state, names, embargo::EntityKind::kPerson);
}
BENCHMARK(BM_ArabicNamesCold)->Unit(benchmark::kMillisecond);

void BM_HanNamesCold(benchmark::State& state) {
  static const auto names = Names(EvalSet::kHanTokens, false);
  RunCold(state, names, embargo::EntityKind::kPerson);
}
BENCHMARK(BM_HanNamesCold)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
