// Set (c), transliteration pairs: native-script names against their Latin spelling through
// Screener::CompareNames, and the same pairs shuffled (wrong partners) as negatives.
#pragma once

#include <string>
#include <vector>

#include "embargo/screener.h"
#include "embargo/status.h"
#include "text/transliteration_eval.h"

namespace embargo::eval {

// Per evaluation set, the share of true pairs and of shuffled pairs scoring >= each threshold,
// on the held-out half of every `every`-th pair (text/transliteration_eval.h).
struct PairShares {
  text::EvalSet set;
  size_t pairs = 0;
  std::vector<double> true_share, shuffled_share;  // one per threshold
};
Result<std::vector<PairShares>> TransliterationPairShares(const Screener& screener,
                                                         const std::string& dir, size_t every,
                                                         const std::vector<double>& thresholds);

// The same as a table.
std::string TransliterationPairReport(const Screener& screener, const std::string& dir,
                                      size_t every, const std::vector<double>& thresholds);

}  // namespace embargo::eval
