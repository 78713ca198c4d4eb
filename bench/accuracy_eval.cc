// The accuracy evaluation: recall, false-positive rate, precision and wrong-top-hit by set,
// category and threshold. Usage: accuracy_eval [--quick] [--show-misses]
//   (a) leave one alias out, list by list (5 folds);  (b) generated variants of listed names;
//   (c) name variants in many scripts, an entity resolution truth set (customers against a
//   watchlist) and transliteration pairs;  (d) innocent names.
#include <fmt/format.h>

#include <chrono>
#include <cstring>

#include "eval/eval.h"
#include "eval/transliteration_pairs.h"

using namespace embargo;

namespace {

std::shared_ptr<const Screener> Build(std::vector<ListSnapshot> lists) {
  auto s = Screener::Build(std::move(lists));
  if (!s.ok()) {
    fmt::print(stderr, "accuracy_eval: {}\n", s.status().ToString());
    std::exit(1);
  }
  return *s;
}

std::string Names(const Entity& e) {
  std::string out;
  for (const Name& n : e.names) out += (out.empty() ? "" : " | ") + n.full;
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  bool quick = false, show_misses = false;
  for (int i = 1; i < argc; ++i) {
    quick = quick || std::strcmp(argv[i], "--quick") == 0;
    show_misses = show_misses || std::strcmp(argv[i], "--show-misses") == 0;
  }
  std::string shared = EMBARGO_SHARED_DIR;
  auto start = std::chrono::steady_clock::now();
  auto lists = LoadLists(ReferenceListPaths(shared + "/data/lists"));
  if (!lists.ok()) {
    fmt::print(stderr, "accuracy_eval: {}\n", lists.status().ToString());
    return 1;
  }
  eval::Report report;
  report.thresholds = {0.70, 0.75, 0.80, 0.85, 0.90};
  double lowest = report.thresholds.front();
  const int folds = quick ? 1 : 5;
  for (const ListSnapshot& list : *lists) {
    if (list.path.find("sdn-fetched-2024") != std::string::npos) continue;  // no aliases file
    // (a) each alias left out of its own list, then queried
    for (int k = 0; k < folds; ++k) {
      eval::Fold fold = eval::LeaveAliasesOut(list, 5, k);
      auto screener = Build({fold.list});
      for (const eval::Case& c : fold.cases) {
        eval::Outcome o = eval::Run(*screener, c, lowest);
        report.Add(c, o);
        if (show_misses && c.category == "findable" && o.expected_score < 0.8)
          fmt::print("miss {} '{}' -> {} ({:.2f}; other {:.2f}) names: {}\n", c.set,
                     c.query.names[0], c.expected, o.expected_score, o.other_score,
                     Names(*screener->FindEntity(c.expected)));
      }
    }
    // (b) variants of listed names against their own list
    auto screener = Build({list});
    for (const eval::Case& c : eval::GeneratedVariants(list, quick ? 20 : 3, 42)) {
      eval::Outcome o = eval::Run(*screener, c, lowest);
      report.Add(c, o);
      if (show_misses && o.expected_score < 0.8)
        fmt::print("miss {} {} '{}' -> {} ({:.2f}; other {:.2f}) names: {}\n", c.set, c.category,
                   c.query.names[0], c.expected, o.expected_score, o.other_score,
                   Names(*screener->FindEntity(c.expected)));
    }
  }
  // (c) an entity resolution truth set: customer records against a watchlist
  auto truth = eval::SenzingTruthSet(shared + "/data/eval/senzing-truthset-demo");
  if (!truth.ok()) {
    fmt::print(stderr, "accuracy_eval: {}\n", truth.status().ToString());
    return 1;
  }
  auto watchlist = Build({truth->list});
  for (const eval::Case& c : truth->cases) {
    eval::Outcome o = eval::Run(*watchlist, c, lowest);
    report.Add(c, o);
    if (show_misses && (c.expected.empty() ? o.other_score >= 0.8 : o.expected_score < 0.8))
      fmt::print("{} {} '{}' -> {} ({:.2f}; other {:.2f})\n",
                 c.expected.empty() ? "false alarm" : "miss", c.set, c.query.names[0], c.expected,
                 o.expected_score, o.other_score);
  }
  auto all = Build(std::move(*lists));
  // (c) one name in many scripts; the entity is OFAC's PUTIN, Vladimir Vladimirovich
  for (const eval::Case& c : eval::PutinVariants(shared + "/data/eval", "ofac:35096")) {
    eval::Outcome o = eval::Run(*all, c, lowest);
    report.Add(c, o);
    if (show_misses && o.expected_score < 0.8)
      fmt::print("miss {} {} '{}' ({:.2f}; other {:.2f})\n", c.set, c.category, c.query.names[0],
                 o.expected_score, o.other_score);
  }
  // (d) innocent names against every list
  std::vector<eval::Case> innocents = eval::InnocentNames();
  eval::MarkListedNames(*all, innocents);
  const double threshold = ScreenOptions{}.threshold;
  size_t innocent = 0, alerts = 0, less_one = 0, less_one_alerts = 0;
  for (eval::Case& c : innocents) {
    if (c.listed_less_one) c.category = "listed_less_one";
    eval::Outcome o = eval::Run(*all, c, lowest);
    report.Add(c, o);
    if (c.listed_less_one)
      ++less_one, less_one_alerts += o.other_score >= threshold;
    else if (!c.listed_name)
      ++innocent, alerts += o.other_score >= threshold;
    if (show_misses && c.expected.empty() && o.other_score >= 0.8) {
      std::vector<Match> top = all->Screen(c.query);
      fmt::print("{} {} '{}' ({:.2f}): '{}'\n", c.listed_name ? "listed name" : "false alarm",
                 c.category, c.query.names[0], o.other_score,
                 top.empty() ? "" : top.front().matched_name);
    }
  }
  fmt::print("{}", report.Format());
  fmt::print(
      "\n(d) at the default threshold {:.2f}: {} of {} innocent names alert ({:.2f}%); "
      "{} of {} listed person names less one part alert, counted apart\n",
      threshold, alerts, innocent, 100.0 * alerts / innocent, less_one_alerts, less_one);
  fmt::print(
      "\n(c) transliteration pairs through compare, held-out half (positive vs shuffled "
      "pairs):\n{}",
      eval::TransliterationPairReport(*all, shared + "/data/eval/transliteration", quick ? 25 : 3,
                                      report.thresholds));
  fmt::print("\ntotal {:.1f} s\n",
             std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  return 0;
}
