// Speed of the OFAC readers on real files: the CSV splitter alone, the remarks parser alone,
// the whole SDN CSV reader and the sdnList XML reader.
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>
#include <string>

#include "lists/csv.h"
#include "lists/ofac_remarks.h"
#include "lists/readers.h"

namespace {

std::string ReadFile(const std::string& name) {
  std::ifstream in(std::string(EMBARGO_SHARED_DIR) + "/data/lists/ofac/" + name, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

const std::string& Sdn2024() {
  static const std::string content = ReadFile("sdn-fetched-2024-05-03.csv");
  return content;
}

void BM_CsvSplitSdn2024(benchmark::State& state) {
  const std::string& content = Sdn2024();
  for (auto _ : state) {
    embargo::lists::CsvReader reader(content);
    size_t fields = 0;
    while (const embargo::lists::CsvRecord* r = reader.Next()) fields += r->fields.size();
    benchmark::DoNotOptimize(fields);
  }
  state.SetBytesProcessed(state.iterations() * content.size());
}
BENCHMARK(BM_CsvSplitSdn2024)->Unit(benchmark::kMillisecond);

void BM_OfacRemarksSdn2024(benchmark::State& state) {
  std::vector<std::string> remarks;
  embargo::lists::CsvReader reader(Sdn2024());
  while (const embargo::lists::CsvRecord* r = reader.Next()) remarks.emplace_back(r->fields[11]);
  for (auto _ : state) {
    size_t clauses = 0;
    for (const std::string& text : remarks) {
      clauses += embargo::lists::ParseOfacRemarks(text, embargo::EntityKind::kPerson).clause_count;
    }
    benchmark::DoNotOptimize(clauses);
  }
}
BENCHMARK(BM_OfacRemarksSdn2024)->Unit(benchmark::kMillisecond);

void BM_OfacSdnCsv2024(benchmark::State& state) {
  embargo::lists::OfacCsvSet set;
  set.sdn = Sdn2024();
  set.sdn_name = "sdn.csv";
  for (auto _ : state) {
    auto result = embargo::lists::ReadOfacSdnCsv(set);
    benchmark::DoNotOptimize(result);
  }
  state.SetBytesProcessed(state.iterations() * Sdn2024().size());
}
BENCHMARK(BM_OfacSdnCsv2024)->Unit(benchmark::kMillisecond);

void BM_OfacXmlNonSdn2026(benchmark::State& state) {
  static const std::string content = ReadFile("consolidated-nonsdn-2026-01-08.xml");
  for (auto _ : state) {
    auto result = embargo::lists::ReadOfacXml(content, "consolidated.xml");
    benchmark::DoNotOptimize(result);
  }
  state.SetBytesProcessed(state.iterations() * content.size());
}
BENCHMARK(BM_OfacXmlNonSdn2026)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
