// Parse speed of the UK ConList CSV, EU FSF XML and FollowTheMoney JSON lines readers, and of
// the FtM writer, on the real list files. Target: the UK 2018 file (3.6 MB) well under 100 ms.
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>
#include <string>

#include "embargo/lists.h"
#include "lists/readers.h"

namespace {

const std::string kLists = std::string(EMBARGO_SHARED_DIR) + "/data/lists/";

std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

template <typename Reader>
void ReadFile(benchmark::State& state, const std::string& path, Reader read) {
  std::string content = ReadAll(path);
  size_t entities = 0;
  for (auto _ : state) {
    auto snapshot = read(content, path);
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

void BM_UkConList2018(benchmark::State& state) {
  ReadFile(state, kLists + "uk/ofsi-conlist-2018-04-13.csv", embargo::lists::ReadUkConList);
}
void BM_UkConList2014(benchmark::State& state) {
  ReadFile(state, kLists + "uk/ofsi-conlist-2014-04-02.csv", embargo::lists::ReadUkConList);
}
void BM_EuFsfLegacy2016(benchmark::State& state) {
  ReadFile(state, kLists + "eu/fsf-xml-1.0-legacy-2016-02-11-subset.xml",
           embargo::lists::ReadEuFsfXml);
}

// The UK 2018 list written as FtM lines once, then written (BM_FtmWrite) or read (BM_FtmRead).
std::string UkAsFtm() {
  std::string path = kLists + "uk/ofsi-conlist-2018-04-13.csv";
  auto uk = embargo::lists::ReadUkConList(ReadAll(path), path);
  std::string lines;
  if (uk.ok())
    for (const embargo::Entity& e : uk->entities) lines += embargo::ToFtmJson(e);
  return lines;
}

void BM_FtmWriteUk2018(benchmark::State& state) {
  std::string path = kLists + "uk/ofsi-conlist-2018-04-13.csv";
  auto uk = embargo::lists::ReadUkConList(ReadAll(path), path);
  if (!uk.ok()) {
    state.SkipWithError(uk.status().ToString().c_str());
    return;
  }
  for (auto _ : state) {
    size_t bytes = 0;
    for (const embargo::Entity& e : uk->entities) bytes += embargo::ToFtmJson(e).size();
    benchmark::DoNotOptimize(bytes);
  }
  state.counters["entities"] = static_cast<double>(uk->entities.size());
}

void BM_FtmReadUk2018(benchmark::State& state) {
  std::string lines = UkAsFtm();
  size_t entities = 0;
  for (auto _ : state) {
    auto snapshot = embargo::lists::ReadFtmJson(lines, "uk.ftm.json");
    entities = snapshot.ok() ? snapshot->entities.size() : 0;
    benchmark::DoNotOptimize(snapshot);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * lines.size()));
  state.counters["entities"] = static_cast<double>(entities);
}

BENCHMARK(BM_UkConList2018)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_UkConList2014)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_EuFsfLegacy2016)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_FtmWriteUk2018)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_FtmReadUk2018)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
