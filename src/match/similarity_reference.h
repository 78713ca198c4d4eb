// Textbook implementations of the similarity measures, kept as oracles for the fast kernels of
// similarity.h: plain O(|a| * |b|) dynamic programming and the literal Jaro-Winkler definition.
// Slow; for tests and for checking a doubtful score by hand. Pure functions, thread-safe.
#pragma once

#include <string_view>

namespace embargo::match::reference {

// Wagner-Fischer: insertions, deletions, substitutions.
int LevenshteinDistance(std::string_view a, std::string_view b);
// Levenshtein plus the swap of two adjacent bytes, no substring edited twice.
int OsaDistance(std::string_view a, std::string_view b);
// Every byte of `a` in turn takes the first unmatched equal byte of `b` at most
// max(|a|, |b|) / 2 - 1 positions away; t is half (rounded down) the matched bytes that differ
// when both strings' matched bytes are read in order. Two empty strings score 1.
double JaroSimilarity(std::string_view a, std::string_view b);
double JaroWinklerSimilarity(std::string_view a, std::string_view b, double prefix_weight = 0.1);

}  // namespace embargo::match::reference
