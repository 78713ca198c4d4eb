// The joint model of the transliteration trainer: an interpolated Witten-Bell n-gram model over
// (unit, chunk) tokens ("graphones", Bisani and Ney), learned from the best cut of each
// training word, so that a chunk depends on the chunks written before it.
#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "learned_translit_train.h"
#include "text/text_clean.h"

namespace embargo::tools {
namespace {

// Tokens seen fewer times are dropped as alignment noise, unless the unit's likeliest.
constexpr double kMinTokenCount = 2;

std::string TokenOf(char32_t unit, const std::string& chunk) {
  std::string out;
  text::AppendUtf8(out, unit);
  return out + ":" + chunk;
}

// The n-gram without its first token, and without its last (its history).
std::string Lower(const std::string& gram) {
  size_t space = gram.find(' ');
  return space == std::string::npos ? std::string() : gram.substr(space + 1);
}
std::string HistoryOf(const std::string& gram) {
  size_t space = gram.rfind(' ');
  return space == std::string::npos ? std::string() : gram.substr(0, space);
}
size_t OrderOf(const std::string& gram) {
  return static_cast<size_t>(std::count(gram.begin(), gram.end(), ' ')) + 1;
}

float Rounded(double cost) { return static_cast<float>(std::round(cost * 100) / 100); }

}  // namespace

void BuildGraphoneTable(Model& model, const std::vector<Example>& examples,
                        const std::vector<std::vector<std::string>>& cuts,
                        const TrainOptions& options) {
  const size_t order = options.joint_order;
  std::vector<std::vector<std::string>> words;
  std::map<std::string, double> token_counts;
  for (size_t w = 0; w < examples.size(); ++w) {
    if (cuts[w].size() != examples[w].units.size()) continue;
    std::vector<std::string> tokens = {"^"};
    for (size_t i = 0; i < cuts[w].size(); ++i)
      tokens.push_back(TokenOf(examples[w].units[i], cuts[w][i]));
    tokens.push_back("$");
    for (const std::string& t : tokens) token_counts[t] += 1;
    words.push_back(std::move(tokens));
  }
  // A token is kept when seen often enough or its unit's likeliest.
  std::map<std::string, std::pair<double, std::string>> likeliest;  // by unit
  for (const auto& [t, c] : token_counts) {
    std::string unit = t.substr(0, t.find(':'));
    auto& best = likeliest[unit];
    if (c > best.first) best = {c, t};
  }
  std::set<std::string> dropped;
  for (const auto& [t, c] : token_counts) {
    if (c < kMinTokenCount && likeliest[t.substr(0, t.find(':'))].second != t) dropped.insert(t);
  }
  std::map<std::string, double> counts;  // every n-gram of 1..order tokens
  for (const auto& tokens : words) {
    for (size_t end = 1; end < tokens.size(); ++end) {
      std::string gram;
      for (size_t n = 1; n <= order && n <= end + 1; ++n) {
        gram = n == 1 ? tokens[end] : tokens[end + 1 - n] + " " + gram;
        counts[gram] += 1;
      }
    }
  }
  std::map<std::string, double> history_total, history_types;
  for (const auto& [g, c] : counts) {
    if (OrderOf(g) == 1 && g == "^") continue;
    history_total[HistoryOf(g)] += c;
    history_types[HistoryOf(g)] += 1;
  }
  const double vocabulary = static_cast<double>(token_counts.size());
  std::map<std::string, double> cost;  // -ln P(last | rest), interpolated
  for (size_t n = 1; n <= order; ++n) {
    for (const auto& [g, c] : counts) {
      if (OrderOf(g) != n || g == "^") continue;
      std::string h = HistoryOf(g);
      double total = history_total[h], types = history_types[h];
      double p_lower = n == 1 ? 1.0 / vocabulary : std::exp(-cost.at(Lower(g)));
      cost[g] = -std::log((c + types * p_lower) / (total + types));
    }
  }
  // Rare n-grams of the top orders are left out, unless the history of one kept.
  std::set<std::string> kept_histories;
  std::vector<std::pair<std::string, double>> rows;
  for (size_t n = order; n >= 1; --n) {
    for (const auto& [g, c] : cost) {
      if (OrderOf(g) != n) continue;
      bool has_dropped = false;
      for (size_t start = 0; start <= g.size();) {
        size_t space = std::min(g.find(' ', start), g.size());
        has_dropped = has_dropped || dropped.count(g.substr(start, space - start)) > 0;
        start = space + 1;
      }
      if (has_dropped) continue;
      if (n >= 3 && counts[g] < options.joint_min_count && !kept_histories.count(g)) continue;
      rows.emplace_back(g, c);
      if (n > 1) kept_histories.insert(HistoryOf(g));
    }
  }
  kept_histories.insert("^");
  cost["^"] = 20.0;
  rows.emplace_back("^", 20.0);
  for (const auto& [g, c] : rows) {
    double backoff = 0;
    if (kept_histories.count(g) && history_total.count(g))
      backoff = -std::log(history_types[g] / (history_total[g] + history_types[g]));
    const std::string& text = model.strings.emplace_back(g);
    model.graphones.push_back({text, Rounded(c), Rounded(backoff)});
  }
  std::sort(model.graphones.begin(), model.graphones.end(),
            [](const auto& a, const auto& b) { return a.gram < b.gram; });
}

}  // namespace embargo::tools
