#include "transliteration_pairs.h"

#include <fmt/format.h>

#include "text/transliteration_eval.h"

namespace embargo::eval {

Result<std::vector<PairShares>> TransliterationPairShares(const Screener& screener,
                                                         const std::string& dir, size_t every,
                                                         const std::vector<double>& thresholds) {
  using text::EvalSet;
  std::vector<PairShares> out;
  for (EvalSet set : {EvalSet::kHangulFullNames, EvalSet::kCyrillicTokens, EvalSet::kArabicTokens,
                      EvalSet::kHanTokens, EvalSet::kArabicGoogle}) {
    auto read = text::ReadEvalPairs(dir, set, every);
    if (!read.ok()) return read.status();
    // The learned transliteration model was trained on the other half.
    const auto pairs = text::PairsOfHalf(*read, text::EvalHalf::kHeldOut);
    if (pairs.empty()) continue;
    PairShares& shares = out.emplace_back();
    shares.set = set;
    shares.pairs = pairs.size();
    shares.true_share.assign(thresholds.size(), 0);
    shares.shuffled_share.assign(thresholds.size(), 0);
    for (size_t i = 0; i < pairs.size(); ++i) {
      const size_t other = (i * 7 + 13) % pairs.size();
      double s = screener.CompareNames(pairs[i].foreign, pairs[i].latin).score;
      double w = other == i ? 0 : screener.CompareNames(pairs[i].foreign, pairs[other].latin).score;
      for (size_t t = 0; t < thresholds.size(); ++t) {
        shares.true_share[t] += (s >= thresholds[t]) / double(pairs.size());
        shares.shuffled_share[t] += (w >= thresholds[t]) / double(pairs.size());
      }
    }
  }
  return out;
}

std::string TransliterationPairReport(const Screener& screener, const std::string& dir,
                                      size_t every, const std::vector<double>& thresholds) {
  auto shares = TransliterationPairShares(screener, dir, every, thresholds);
  if (!shares.ok()) return shares.status().ToString() + "\n";
  std::string out = fmt::format("{:<16} {:>6}", "set", "pairs");
  for (double t : thresholds) out += fmt::format(" | t={:.2f} true%  shuffled%", t);
  out += "\n";
  for (const PairShares& s : *shares) {
    out += fmt::format("{:<16} {:>6}", text::EvalSetName(s.set), s.pairs);
    for (size_t t = 0; t < thresholds.size(); ++t)
      out += fmt::format(" |        {:5.1f} {:5.1f}   ", 100.0 * s.true_share[t],
                         100.0 * s.shuffled_share[t]);
    out += "\n";
  }
  return out;
}

}  // namespace embargo::eval
