// Set (c), transliteration pairs: native-script names against their Latin spelling through
// Screener::CompareNames, and the same pairs shuffled (wrong partners) as negatives.
#pragma once

#include <string>
#include <vector>

#include "embargo/screener.h"

namespace embargo::eval {

// A table: per evaluation set, the share of true pairs and of shuffled pairs scoring >= each
// threshold, on the held-out half of every `every`-th pair (text/transliteration_eval.h).
std::string TransliterationPairReport(const Screener& screener, const std::string& dir,
                                      size_t every, const std::vector<double>& thresholds);

}  // namespace embargo::eval
