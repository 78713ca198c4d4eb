// What one /match request costs inside the server, against the reference lists: the Screener
// alone, and the whole request without sockets (JSON parsing, query building, screening,
// result rendering with FtM properties and explanations, metrics). The difference is the API's
// own overhead; bench/load_test.sh measures the same requests over HTTP.
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "embargo/screener.h"
#include "match/query_parse.h"
#include "server/api.h"
#include "server/handler_context.h"
#include "server/list_state.h"

namespace {

using embargo::server::HttpRequest;

// The queries of bench/load_test_match.lua.
const std::vector<std::string> kQueries = {
    R"({"schema": "Person", "properties": {"name": ["CHO IL U"], "birthDate": ["1945"]}})",
    R"({"schema": "Person", "properties": {"name": ["Alexander Vyacheslavovich ZAKHAROV"], "country": "Russia"}})",
    R"({"schema": "Vessel", "properties": {"name": ["CHON MA SAN"], "imoNumber": ["IMO 8660313"]}})",
    R"({"schema": "Company", "properties": {"name": ["Korea Mining Development Trading Corporation"]}})",
    R"({"schema": "Person", "properties": {"name": ["Maria Gonzalez Lopez"], "birthDate": ["1980-02-03"]}})",
    R"({"schema": "Organization", "properties": {"name": ["Ocean Star Shipping Ltd"]}})",
};

struct Setup {
  Setup() : state(embargo::server::MakeFileLoader({}, "")) {
    auto report = state.Reload();
    if (!report.ok) {
      fprintf(stderr, "server_match_bench: %s\n", report.message.c_str());
      std::exit(1);
    }
    api = embargo::server::Api::Create({}, state, metrics).value();
    for (const std::string& q : kQueries) {
      bodies.push_back(R"({"queries": {"q": )" + q + "}}");
      auto json = nlohmann::json::parse(q);
      queries.push_back(*embargo::match::QueryFromFtm(json["schema"], json["properties"]));
    }
  }
  embargo::server::ListState state;
  embargo::server::Metrics metrics;
  std::unique_ptr<embargo::server::Api> api;
  std::vector<std::string> bodies;
  std::vector<embargo::Query> queries;
};

Setup& GetSetup() {
  static Setup setup;
  return setup;
}

void BM_ScreenOnly(benchmark::State& state) {
  Setup& s = GetSetup();
  auto index = s.state.Current();
  size_t i = 0;
  for (auto _ : state) {
    auto matches = index->screener->Screen(s.queries[i++ % s.queries.size()]);
    benchmark::DoNotOptimize(matches);
  }
}
BENCHMARK(BM_ScreenOnly)->Unit(benchmark::kMicrosecond);

void BM_MatchRequest(benchmark::State& state) {
  Setup& s = GetSetup();
  size_t i = 0;
  for (auto _ : state) {
    HttpRequest request{"POST", "/match/default", "", s.bodies[i++ % s.bodies.size()]};
    auto response = s.api->Handle(request);
    if (response.status != 200) state.SkipWithError("match failed");
    benchmark::DoNotOptimize(response);
  }
}
BENCHMARK(BM_MatchRequest)->Unit(benchmark::kMicrosecond);

void BM_ParseQuery(benchmark::State& state) {
  size_t i = 0;
  std::vector<nlohmann::json> parsed;
  for (const std::string& q : kQueries) parsed.push_back(nlohmann::json::parse(q));
  for (auto _ : state) {
    const nlohmann::json& q = parsed[i++ % parsed.size()];
    auto query = embargo::match::QueryFromFtm(q["schema"], q["properties"]);
    benchmark::DoNotOptimize(query);
  }
}
BENCHMARK(BM_ParseQuery)->Unit(benchmark::kMicrosecond);

// Rendering the results of one query: FtM properties, datasets and explanations.
void BM_RenderResults(benchmark::State& state) {
  Setup& s = GetSetup();
  auto index = s.state.Current();
  std::vector<std::vector<embargo::Match>> results;
  size_t count = 0;
  for (const embargo::Query& q : s.queries) {
    results.push_back(index->screener->Screen(q));
    count += results.back().size();
  }
  size_t i = 0;
  for (auto _ : state) {
    embargo::server::JsonWriter w;
    w.BeginArray();
    for (const embargo::Match& m : results[i++ % results.size()])
      embargo::server::WriteMatchResult(w, m, *index);
    w.EndArray();
    benchmark::DoNotOptimize(w.Take());
  }
  state.counters["results_per_query"] = static_cast<double>(count) / results.size();
}
BENCHMARK(BM_RenderResults)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
