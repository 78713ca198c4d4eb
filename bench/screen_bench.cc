// Screening speed on the reference set: index build time, per-query latency (median, p99) on
// one thread, compare() per pair, and whole-process memory. Prints figures with their targets.
// Usage: screen_bench [QUERIES]
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

#include "embargo/lists.h"
#include "embargo/normalizer.h"
#include "embargo/screener.h"
#include "eval/eval.h"

using namespace embargo;
using Clock = std::chrono::steady_clock;

namespace {

double Micros(Clock::duration d) { return std::chrono::duration<double, std::micro>(d).count(); }

// Queries as a screening service sees them: listed names, their misspellings, and innocent
// names that share common tokens with the lists.
std::vector<std::string> MakeQueries(const std::vector<ListSnapshot>& lists, size_t n) {
  std::vector<std::string> names;
  for (const ListSnapshot& s : lists)
    for (const Entity& e : s.entities) names.push_back(e.names[0].full);
  std::mt19937 rng(1);
  const char* innocent[] = {"Maria Gomez",
                            "John Smith",
                            "Kim Min-jun",
                            "Wang Wei",
                            "Mohammed Ali Hassan",
                            "Olga Petrova",
                            "Acme Trading Ltd",
                            "Golden Harbor Logistics",
                            "Li Na",
                            "Ahmed Khan"};
  std::vector<std::string> out;
  for (size_t i = 0; i < n; ++i) {
    if (i % 3 == 2) {
      out.push_back(innocent[rng() % std::size(innocent)]);
      continue;
    }
    std::string name = names[rng() % names.size()];
    if (i % 3 == 1 && name.size() > 4) name[1 + rng() % (name.size() - 2)] = 'e';
    out.push_back(name);
  }
  return out;
}

// Customer names written in other scripts, by script: the lists' own names in their original
// script, and the innocent names of the accuracy evaluation written in Hangul, Han, Cyrillic
// and Arabic letters. A name in those letters has a form for each way of reading it.
std::vector<std::pair<Script, std::vector<std::string>>> OtherScriptQueries(
    const std::vector<ListSnapshot>& lists) {
  std::vector<std::pair<Script, std::vector<std::string>>> out = {
      {Script::kArabic, {}}, {Script::kCyrillic, {}}, {Script::kHangul, {}}, {Script::kHan, {}}};
  Normalizer normalizer;
  auto add = [&](const std::string& name) {
    Script script = normalizer.Normalize(name).script;
    for (auto& [s, names] : out)
      if (s == script) names.push_back(name);
  };
  for (const ListSnapshot& s : lists)
    for (const Entity& e : s.entities)
      for (const Name& n : e.names)
        if (n.original_script) add(n.full);
  for (const eval::Case& c : eval::InnocentNames()) add(c.query.names[0]);
  return out;
}

struct Latency {
  double median = 0, p99 = 0;
};

Latency Measure(const Screener& s, const std::vector<std::string>& queries, size_t* hits) {
  std::vector<double> latency;
  latency.reserve(queries.size());
  for (const std::string& name : queries) {
    Query q;
    q.names = {name};
    auto t0 = Clock::now();
    *hits += !s.Screen(q).empty();
    latency.push_back(Micros(Clock::now() - t0));
  }
  if (latency.empty()) return {};
  std::sort(latency.begin(), latency.end());
  return {latency[latency.size() / 2], latency[latency.size() * 99 / 100]};
}

}  // namespace

int main(int argc, char** argv) {
  size_t n = argc > 1 ? std::stoul(argv[1]) : 20000;
  auto lists = LoadLists(ReferenceListPaths(std::string(EMBARGO_SHARED_DIR) + "/data/lists"));
  if (!lists.ok()) return std::fprintf(stderr, "%s\n", lists.status().ToString().c_str()), 1;
  std::vector<std::string> queries = MakeQueries(*lists, n);
  const auto other_scripts = OtherScriptQueries(*lists);
  auto start = Clock::now();
  auto screener = Screener::Build(std::move(*lists));
  double build = Micros(Clock::now() - start) / 1e6;
  if (!screener.ok()) return 1;
  const Screener& s = **screener;

  size_t hits = 0;
  const auto [median, p99] = Measure(s, queries, &hits);

  auto pairs = [&](const char* a, const char* b) {
    const int kPairs = 20000;
    auto t0 = Clock::now();
    double sum = 0;
    for (int i = 0; i < kPairs; ++i) sum += s.CompareScore(a, b);
    return Micros(Clock::now() - t0) / kPairs + sum * 0;
  };
  double latin = pairs("Jang Myong Jin", "CHANG MYONG-CHIN");
  double other = pairs("김정은", "Kim Jong Un");
  // Distinct pairs too: the Latin-script queries, each against the next. Words the lists hold
  // are already read; others are read for the first time.
  std::vector<const std::string*> ascii;
  for (const std::string& q : queries)
    if (std::all_of(q.begin(), q.end(), [](unsigned char c) { return c < 0x80; }))
      ascii.push_back(&q);
  auto t0 = Clock::now();
  double sink = 0;
  for (size_t i = 0; i + 1 < ascii.size(); ++i) sink += s.CompareScore(*ascii[i], *ascii[i + 1]);
  double distinct = Micros(Clock::now() - t0) / std::max<size_t>(ascii.size() - 1, 1) + sink * 0;

  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  double peak_mb = usage.ru_maxrss / 1024.0;
  const ScreenerStats& st = s.stats();
  std::printf("index: %zu entities, %zu names, %zu forms, %zu postings\n", st.entities, st.names,
              st.forms, st.postings);
  std::printf("index build          %8.3f s    (target <= 1 s)\n", build);
  std::printf("query median         %8.1f us   (target <= 50 us)   %zu queries, %zu with matches\n",
              median, queries.size(), hits);
  std::printf("query p99            %8.1f us   (target <= 500 us)\n", p99);
  std::printf("compare, Latin pair  %8.2f us   (target <= 2 us)\n", latin);
  std::printf("compare, Hangul pair %8.2f us   (target <= 10 us)\n", other);
  std::printf("compare, Latin pairs %8.2f us   (%zu distinct pairs of queries)\n", distinct,
              ascii.size() - 1);
  for (const auto& [script, names] : other_scripts) {
    size_t script_hits = 0;
    const Latency l = Measure(s, names, &script_hits);
    std::printf("query, %-4s  median %6.1f us, p99 %7.1f us   %zu queries, %zu with matches\n",
                std::string(ScriptCode(script)).c_str(), l.median, l.p99, names.size(),
                script_hits);
  }
  std::printf("peak memory          %8.1f MB   (target <= 300 MB)\n", peak_mb);
  return 0;
}
