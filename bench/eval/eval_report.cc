#include <fmt/format.h>

#include <algorithm>

#include "eval.h"

namespace embargo::eval {

Outcome Run(const Screener& screener, const Case& c, double lowest_threshold) {
  ScreenOptions options;
  options.cutoff = lowest_threshold;
  options.limit = 10;
  Outcome o;
  for (const Match& m : screener.Screen(c.query, options)) {
    if (!c.expected.empty() && m.entity->id == c.expected) o.expected_score = std::max(o.expected_score, m.score);
    else o.other_score = std::max(o.other_score, m.score);
  }
  return o;
}

void Report::Add(const Case& c, const Outcome& o) {
  auto& row = tallies[{c.set, c.category}];
  row.resize(thresholds.size());
  for (size_t i = 0; i < thresholds.size(); ++i) {
    double t = thresholds[i];
    Tally& tally = row[i];
    ++tally.cases;
    bool found = o.expected_score >= t;
    bool alert = found || o.other_score >= t;
    tally.found += found;
    tally.wrong_top += found && o.other_score > o.expected_score;
    tally.alerts += alert;
    tally.true_alerts += found || (alert && c.listed_name);
  }
}

const Tally& Report::At(const std::string& set, const std::string& category, double threshold) const {
  static const Tally kEmpty;
  auto it = tallies.find({set, category});
  if (it == tallies.end()) return kEmpty;
  for (size_t i = 0; i < thresholds.size(); ++i)
    if (std::abs(thresholds[i] - threshold) < 1e-9) return it->second[i];
  return kEmpty;
}

std::string Report::Format() const {
  std::string out = fmt::format("{:<18} {:<16} {:>7}", "set", "category", "cases");
  for (double t : thresholds) out += fmt::format(" | t={:.2f} recall%  fpr%  prec% wtop%", t);
  out += "\n";
  for (const auto& [key, row] : tallies) {
    out += fmt::format("{:<18} {:<16} {:>7}", key.first, key.second, row.empty() ? 0 : row[0].cases);
    for (const Tally& t : row) {
      bool innocent = t.found == 0 && key.first.rfind("d_", 0) == 0;
      double recall = t.cases ? double(t.found) / t.cases : 0;
      size_t false_alerts = t.alerts - t.true_alerts;
      size_t negatives = innocent ? t.cases : t.cases;
      double fpr = negatives ? double(false_alerts) / negatives : 0;
      double precision = t.alerts ? double(t.true_alerts) / t.alerts : 1;
      double wtop = t.found ? double(t.wrong_top) / t.found : 0;
      out += fmt::format(" |        {:6.2f} {:5.2f} {:6.2f} {:5.2f}", 100 * (innocent ? 0.0 : recall), 100 * fpr, 100 * precision, 100 * wtop);
    }
    out += "\n";
  }
  return out;
}

}  // namespace embargo::eval
