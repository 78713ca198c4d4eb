// Reading the UN Consolidated List: one benchmark per published layout. The reference set
// (UN + OFAC + UK + EU) must load in under 0.5 s; the UN file is one part of that budget.
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>
#include <string>

#include "lists/readers.h"

namespace {

std::string ReadWholeFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

void BM_ReadUnXml(benchmark::State& state, const std::string& date) {
  const std::string path =
      std::string(EMBARGO_SHARED_DIR) + "/data/lists/un/consolidated-" + date + ".xml";
  const std::string content = ReadWholeFile(path);
  size_t entities = 0;
  for (auto _ : state) {
    auto snapshot = embargo::lists::ReadUnXml(content, path);
    if (!snapshot.ok()) {
      state.SkipWithError(snapshot.status().ToString().c_str());
      return;
    }
    entities = snapshot->entities.size();
    benchmark::DoNotOptimize(snapshot);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * content.size()));
  state.counters["entities"] = static_cast<double>(entities);
}

BENCHMARK_CAPTURE(BM_ReadUnXml, layout_2017, std::string("2017-06-20"))
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_ReadUnXml, layout_2026, std::string("2026-05-08"))
    ->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
