#include "transliteration_pairs.h"

#include <fmt/format.h>

#include "text/transliteration_eval.h"

namespace embargo::eval {

std::string TransliterationPairReport(const Screener& screener, const std::string& dir,
                                      size_t every, const std::vector<double>& thresholds) {
  std::string out = fmt::format("{:<16} {:>6}", "set", "pairs");
  for (double t : thresholds) out += fmt::format(" | t={:.2f} true%  shuffled%", t);
  out += "\n";
  using text::EvalPair, text::EvalSet;
  for (EvalSet set : {EvalSet::kHangulFullNames, EvalSet::kCyrillicTokens, EvalSet::kArabicTokens,
                      EvalSet::kHanTokens, EvalSet::kArabicGoogle}) {
    auto read = text::ReadEvalPairs(dir, set, every);
    if (!read.ok()) return read.status().ToString() + "\n";
    // The learned transliteration model was trained on the other half.
    const auto pairs = text::PairsOfHalf(*read, text::EvalHalf::kHeldOut);
    if (pairs.empty()) continue;
    std::vector<size_t> hit(thresholds.size()), shuffled_hit(thresholds.size());
    for (size_t i = 0; i < pairs.size(); ++i) {
      double s = screener.CompareNames(pairs[i].foreign, pairs[i].latin).score;
      const EvalPair& wrong = pairs[(i * 7 + 13) % pairs.size()];
      double w = screener.CompareNames(pairs[i].foreign, wrong.latin).score;
      for (size_t t = 0; t < thresholds.size(); ++t) {
        hit[t] += s >= thresholds[t];
        shuffled_hit[t] += w >= thresholds[t] && (i * 7 + 13) % pairs.size() != i;
      }
    }
    out += fmt::format("{:<16} {:>6}", text::EvalSetName(set), pairs.size());
    for (size_t t = 0; t < thresholds.size(); ++t)
      out += fmt::format(" |        {:5.1f} {:5.1f}   ", 100.0 * hit[t] / pairs.size(),
                         100.0 * shuffled_hit[t] / pairs.size());
    out += "\n";
  }
  return out;
}

}  // namespace embargo::eval
