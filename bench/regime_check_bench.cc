// Throughput of the DPRK rules engine: parsing a transaction, checking it (with exact screening
// of its parties and vessel over the UN and OFAC lists) and writing the result line.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "embargo/regime.h"

namespace embargo {
namespace {

// Mixed transactions: coal, petroleum, cars, a designated vessel, a listed party, clean trade.
const std::vector<std::string>& Transactions() {
  static const std::vector<std::string> lines = {
      R"({"id":"1","date":"2017-10-02","origin":"kp","destination":"cn","goods":[{"hs":"2701","description":"coal"}]})",
      R"({"id":"2","date":"2018-06-01","origin":"cn","destination":"kp","goods":[{"hs":"271019","description":"diesel"},{"hs":"870323","description":"cars"}]})",
      R"({"id":"3","date":"2019-03-01","origin":"cn","destination":"ru","vessel":{"imo":"IMO 7303803","name":"AN SAN 1"},"goods":[{"hs":"1701"}]})",
      R"({"id":"4","date":"2019-01-01","origin":"cn","destination":"sg","parties":[{"name":"Chong Chon Gang Shipping Co. Ltd.","role":"buyer"},{"name":"Acme Trading","role":"seller","country":"sg"}],"goods":[{"hs":"1001"}]})",
      R"({"id":"5","date":"2016-06-15","origin":"kp","destination":"cn","transit":["ru"],"goods":[{"hs":"2601"},{"hs":"0303"},{"hs":"6109"}],"payment":{"currency":"USD","amount":1000,"banks":[{"name":"Bank of China","country":"cn"}]}})",
      R"({"id":"6","date":"2020-02-02","origin":"de","destination":"us","goods":[{"hs":"8471300000","description":"laptops"}]})",
  };
  return lines;
}

struct Fixture {
  Regime regime;
  PartyMatcher matcher;
};

const Fixture& Shared() {
  static const Fixture* fixture = [] {
    // Found beside the executable's ancestors: a build folder inside the source tree.
    Result<std::string> path = FindRegimeFile("dprk");
    Result<Regime> regime = path.ok() ? Regime::Load(*path) : Result<Regime>(path.status());
    if (!regime.ok()) {
      std::fprintf(stderr, "%s (run from the source tree)\n", regime.status().ToString().c_str());
      std::abort();
    }
    const std::string lists = std::string(EMBARGO_SHARED_DIR) + "/data/lists/";
    Result<std::vector<ListSnapshot>> loaded = LoadLists(
        {lists + "un/consolidated-2026-05-08.xml", lists + "ofac/sdn-fetched-2024-05-03.csv"});
    if (!loaded.ok()) {
      std::fprintf(stderr, "%s\n", loaded.status().ToString().c_str());
      std::abort();
    }
    return new Fixture{std::move(*regime), MakeExactListMatcher(*loaded)};
  }();
  return *fixture;
}

void BM_CheckTransactionJson(benchmark::State& state) {
  const Fixture& f = Shared();
  const std::vector<std::string>& lines = Transactions();
  size_t i = 0;
  for (auto _ : state) {
    Result<std::string> out = CheckTransactionJson(f.regime, lines[i++ % lines.size()], f.matcher);
    benchmark::DoNotOptimize(out);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_CheckTransactionJson);

void BM_CheckTransactionNoScreening(benchmark::State& state) {
  const Fixture& f = Shared();
  std::vector<Transaction> parsed;
  for (const std::string& line : Transactions()) parsed.push_back(*ParseTransaction(line));
  size_t i = 0;
  for (auto _ : state) {
    CheckResult r = CheckTransaction(f.regime, parsed[i++ % parsed.size()], PartyMatcher());
    benchmark::DoNotOptimize(r);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_CheckTransactionNoScreening);

void BM_LoadRegime(benchmark::State& state) {
  Result<std::string> path = FindRegimeFile("dprk");
  if (!path.ok()) {
    state.SkipWithError(path.status().message().c_str());
    return;
  }
  for (auto _ : state) {
    Result<Regime> regime = Regime::Load(*path);
    benchmark::DoNotOptimize(regime);
  }
}
BENCHMARK(BM_LoadRegime)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace embargo

BENCHMARK_MAIN();
