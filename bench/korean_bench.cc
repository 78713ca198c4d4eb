// Speed of the Korean name functions: romanization keys from Latin and Hangul, compatibility,
// coarse keys, romanization, Hanja readings. Keys are built once per list name at index build
// and once per query, so KeyFromLatin must stay within a microsecond or two per token.
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "text/hanja.h"
#include "text/korean.h"

namespace embargo {
namespace {

const std::vector<std::string>& LatinTokens() {
  static const std::vector<std::string> tokens = {
      "Kim",  "Jong",    "Un",      "CH'OE", "SO'K",          "Myong-Chol", "Ri",
      "Pak",  "Taedong", "DAEDONG", "Hyok",  "chongchongang", "Amnokkang",  "Yun",
      "Choe", "Ryong",   "Hae",     "Kwang", "Sok",           "Jeong-eun",  "Park"};
  return tokens;
}

void BM_KeyFromLatinToken(benchmark::State& state) {
  const auto& tokens = LatinTokens();
  size_t i = 0;
  for (auto _ : state) {
    auto key = KeyFromLatin(tokens[i++ % tokens.size()]);
    benchmark::DoNotOptimize(key);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_KeyFromLatinToken);

void BM_KeyFromLatinFullName(benchmark::State& state) {
  for (auto _ : state) {
    auto key = KeyFromLatin("CHANG MYONG-CHIN");
    benchmark::DoNotOptimize(key);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_KeyFromLatinFullName);

void BM_KeyFromLatinLongJoined(benchmark::State& state) {
  for (auto _ : state) {
    auto key = KeyFromLatin("CHOSONTAESONGUNHAENG");
    benchmark::DoNotOptimize(key);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_KeyFromLatinLongJoined);

void BM_KeyFromLatinNotKorean(benchmark::State& state) {
  for (auto _ : state) {
    auto key = KeyFromLatin("Shipping");
    benchmark::DoNotOptimize(key);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_KeyFromLatinNotKorean);

void BM_KeyFromHangul(benchmark::State& state) {
  for (auto _ : state) {
    auto key = KeyFromHangul("김정은");
    benchmark::DoNotOptimize(key);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_KeyFromHangul);

void BM_KeysCompatible(benchmark::State& state) {
  KoreanKey a = *KeyFromLatin("Kim Jong Un");
  KoreanKey b = *KeyFromHangul("김종은");
  for (auto _ : state) benchmark::DoNotOptimize(KeysCompatible(a, b));
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_KeysCompatible);

void BM_CoarseKeys(benchmark::State& state) {
  KoreanKey a = *KeyFromLatin("Kim Jong Un");
  for (auto _ : state) benchmark::DoNotOptimize(CoarseKeys(a));
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_CoarseKeys);

void BM_RomanizeHangulWord(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(RomanizeHangul("정은"));
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_RomanizeHangulWord);

void BM_RomanizeKoreanName(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(RomanizeKoreanName("김정은"));
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_RomanizeKoreanName);

void BM_HanjaToHangul(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(HanjaToHangul("金正恩"));
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_HanjaToHangul);

}  // namespace
}  // namespace embargo

BENCHMARK_MAIN();
