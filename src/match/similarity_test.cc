// The fast similarity kernels against their textbook oracles: known values, thousands of random
// strings (lengths 0..80, so both the one-word and the block paths), cutoffs, and every pair of
// real name tokens from the UN list.
#include "match/similarity.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "match/similarity_reference.h"

namespace embargo::match {
namespace {

constexpr double kTolerance = 1e-12;

TEST(SimilarityKernels, KnownValues) {
  // Winkler's (1990) and the usual textbook examples.
  EXPECT_NEAR(JaroSimilarity("martha", "marhta"), 17.0 / 18.0, kTolerance);
  EXPECT_NEAR(JaroWinklerSimilarity("martha", "marhta"), 0.9611111111111111, kTolerance);
  EXPECT_NEAR(JaroWinklerSimilarity("dwayne", "duane"), 0.84, kTolerance);
  EXPECT_NEAR(JaroWinklerSimilarity("dixon", "dicksonx"), 0.8133333333333332, kTolerance);
  EXPECT_EQ(JaroWinklerSimilarity("abc", "xyz"), 0.0);
  EXPECT_EQ(JaroWinklerSimilarity("", ""), 1.0);
  EXPECT_EQ(JaroWinklerSimilarity("a", ""), 0.0);
  EXPECT_EQ(LevenshteinDistance("kitten", "sitting"), 3);
  EXPECT_EQ(LevenshteinDistance("", "abc"), 3);
  EXPECT_EQ(LevenshteinDistance("flaw", "lawn"), 2);
  EXPECT_EQ(OsaDistance("abcd", "acbd"), 1);
  EXPECT_EQ(LevenshteinDistance("abcd", "acbd"), 2);
  // The case that separates OSA from unrestricted Damerau-Levenshtein (which gives 2).
  EXPECT_EQ(OsaDistance("ca", "abc"), 3);
  EXPECT_DOUBLE_EQ(LevenshteinSimilarity("kitten", "sitting"), 1.0 - 3.0 / 7.0);
  EXPECT_EQ(LevenshteinSimilarity("", ""), 1.0);
}

TEST(SimilarityKernels, CutoffsOnNames) {
  // "chongchongang" is 13 bytes; "chong" can reach no more than (5/5 + 5/13 + 1) / 3 Jaro.
  EXPECT_EQ(JaroSimilarity("chong", "chongchongang", 0.8), 0.0);
  EXPECT_GT(JaroSimilarity("chong", "chongchongang", 0.7), 0.7);
  EXPECT_EQ(LevenshteinDistance("vladimir", "volodymyr", 2), 3);
  EXPECT_EQ(LevenshteinDistance("vladimir", "volodymyr"), 4);
  EXPECT_EQ(LevenshteinDistance("vladimir", "vladimirovich", 4), 5);
  EXPECT_EQ(LevenshteinSimilarity("putin", "poutine", 0.8), 0.0);
  EXPECT_NEAR(LevenshteinSimilarity("putin", "poutine", 0.7), 1.0 - 2.0 / 7.0, kTolerance);
}

// Random strings over a small alphabet share many bytes, which exercises matching and
// transpositions; the full byte range exercises the mask tables.
std::string RandomString(std::mt19937_64& rng, size_t max_len, int alphabet) {
  std::uniform_int_distribution<size_t> len_dist(0, max_len);
  std::uniform_int_distribution<int> byte_dist(0, alphabet - 1);
  std::string s(len_dist(rng), '\0');
  for (char& c : s) c = static_cast<char>(alphabet == 256 ? byte_dist(rng) : 'a' + byte_dist(rng));
  return s;
}

// A variant of s with a few random edits, so that pairs land near realistic cutoffs.
std::string Mutate(std::mt19937_64& rng, std::string s, int alphabet) {
  std::uniform_int_distribution<int> edits_dist(0, 4);
  std::uniform_int_distribution<int> byte_dist(0, alphabet - 1);
  for (int e = edits_dist(rng); e > 0; --e) {
    const size_t pos = s.empty() ? 0 : rng() % (s.size() + 1);
    const char c = static_cast<char>('a' + byte_dist(rng) % 26);
    switch (rng() % 4) {
      case 0:
        s.insert(s.begin() + static_cast<long>(pos), c);
        break;
      case 1:
        if (pos < s.size()) s.erase(pos, 1);
        break;
      case 2:
        if (pos < s.size()) s[pos] = c;
        break;
      default:
        if (pos + 1 < s.size()) std::swap(s[pos], s[pos + 1]);
    }
  }
  return s;
}

struct RandomPair {
  std::string a;
  std::string b;
};

std::vector<RandomPair> RandomPairs(size_t count, uint64_t seed) {
  std::mt19937_64 rng(seed);
  const int alphabets[] = {2, 4, 26, 256};
  std::vector<RandomPair> pairs;
  for (size_t i = 0; i < count; ++i) {
    const int alphabet = alphabets[i % 4];
    std::string a = RandomString(rng, 80, alphabet);
    std::string b = (i / 4) % 2 == 0 ? RandomString(rng, 80, alphabet) : Mutate(rng, a, alphabet);
    pairs.push_back({std::move(a), std::move(b)});
  }
  return pairs;
}

// A score reported under a cutoff is exact when it reaches the cutoff and 0 when it does not.
void ExpectCutoffScore(double fast, double exact, double cutoff, const RandomPair& p) {
  if (exact >= cutoff + kTolerance) {
    EXPECT_NEAR(fast, exact, kTolerance) << p.a << " | " << p.b << " cutoff " << cutoff;
  } else if (exact < cutoff - kTolerance) {
    EXPECT_EQ(fast, 0.0) << p.a << " | " << p.b << " cutoff " << cutoff;
  } else {
    EXPECT_TRUE(fast == 0.0 || std::abs(fast - exact) <= kTolerance);
  }
}

void ExpectCappedDistance(int fast, int exact, int max, const RandomPair& p) {
  EXPECT_EQ(fast, exact <= max ? exact : max + 1) << p.a << " | " << p.b << " max " << max;
}

TEST(SimilarityKernels, LevenshteinEqualsOracle) {
  std::mt19937_64 rng(7);
  for (const RandomPair& p : RandomPairs(6000, 1)) {
    const int exact = reference::LevenshteinDistance(p.a, p.b);
    ASSERT_EQ(LevenshteinDistance(p.a, p.b), exact) << p.a << " | " << p.b;
    const CachedLevenshtein cached(p.a);
    ASSERT_EQ(cached.Distance(p.b), exact) << p.a << " | " << p.b;
    const int max = static_cast<int>(rng() % 20);
    ExpectCappedDistance(LevenshteinDistance(p.a, p.b, max), exact, max, p);
    ExpectCappedDistance(cached.Distance(p.b, max), exact, max, p);
    const size_t longest = std::max(p.a.size(), p.b.size());
    const double similarity =
        longest == 0 ? 1.0 : 1.0 - static_cast<double>(exact) / static_cast<double>(longest);
    const double cutoff = static_cast<double>(rng() % 1000) / 1000.0;
    ExpectCutoffScore(LevenshteinSimilarity(p.a, p.b, cutoff), similarity, cutoff, p);
    ExpectCutoffScore(cached.Similarity(p.b, cutoff), similarity, cutoff, p);
  }
}

TEST(SimilarityKernels, OsaEqualsOracle) {
  std::mt19937_64 rng(8);
  for (const RandomPair& p : RandomPairs(6000, 2)) {
    const int exact = reference::OsaDistance(p.a, p.b);
    ASSERT_EQ(OsaDistance(p.a, p.b), exact) << p.a << " | " << p.b;
    const CachedOsa cached(p.a);
    ASSERT_EQ(cached.Distance(p.b), exact) << p.a << " | " << p.b;
    const int max = static_cast<int>(rng() % 20);
    ExpectCappedDistance(OsaDistance(p.a, p.b, max), exact, max, p);
    ExpectCappedDistance(cached.Distance(p.b, max), exact, max, p);
  }
}

TEST(SimilarityKernels, JaroWinklerEqualsOracle) {
  std::mt19937_64 rng(9);
  for (const RandomPair& p : RandomPairs(8000, 3)) {
    const double jaro = reference::JaroSimilarity(p.a, p.b);
    const double jw = reference::JaroWinklerSimilarity(p.a, p.b);
    ASSERT_NEAR(JaroSimilarity(p.a, p.b), jaro, kTolerance) << p.a << " | " << p.b;
    ASSERT_NEAR(JaroWinklerSimilarity(p.a, p.b), jw, kTolerance) << p.a << " | " << p.b;
    // The cached form takes the pattern as the second string of the definition.
    const CachedJaroWinkler cached(p.b);
    ASSERT_NEAR(cached.Similarity(p.a), jw, kTolerance) << p.a << " | " << p.b;
    ASSERT_NEAR(cached.JaroSimilarity(p.a), jaro, kTolerance) << p.a << " | " << p.b;
    const double cutoff = static_cast<double>(rng() % 1000) / 1000.0;
    ExpectCutoffScore(JaroSimilarity(p.a, p.b, cutoff), jaro, cutoff, p);
    ExpectCutoffScore(JaroWinklerSimilarity(p.a, p.b, cutoff), jw, cutoff, p);
    ExpectCutoffScore(cached.Similarity(p.a, cutoff), jw, cutoff, p);
    const double weight = 0.25 * static_cast<double>(rng() % 100) / 100.0;
    ASSERT_NEAR(JaroWinklerSimilarity(p.a, p.b, 0.0, weight),
                reference::JaroWinklerSimilarity(p.a, p.b, weight), kTolerance);
  }
}

TEST(SimilarityKernels, JaroIsSymmetric) {
  // Greedy matching from either side pairs the same positions, so the oracle's argument order
  // (and the cached form's choice of pattern) does not change the score.
  for (const RandomPair& p : RandomPairs(8000, 4)) {
    ASSERT_NEAR(reference::JaroSimilarity(p.a, p.b), reference::JaroSimilarity(p.b, p.a),
                kTolerance)
        << p.a << " | " << p.b;
  }
}

// Lower-case ASCII tokens of the personal and alias names of the UN consolidated list.
std::vector<std::string> UnNameTokens() {
  std::ifstream in(std::string(EMBARGO_SHARED_DIR) + "/data/lists/un/consolidated-2026-05-08.xml");
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string xml = buffer.str();
  std::set<std::string> tokens;
  for (const std::string tag : {"FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "ALIAS_NAME"}) {
    const std::string open = "<" + tag + ">";
    for (size_t at = xml.find(open); at != std::string::npos; at = xml.find(open, at + 1)) {
      const size_t begin = at + open.size();
      const size_t end = xml.find('<', begin);
      std::string token;
      for (size_t i = begin; i <= end && end != std::string::npos; ++i) {
        const unsigned char c = static_cast<unsigned char>(xml[i]);
        if (i < end && std::isalnum(c)) {
          token += static_cast<char>(std::tolower(c));
        } else if (!token.empty()) {
          tokens.insert(token);
          token.clear();
        }
      }
    }
  }
  return {tokens.begin(), tokens.end()};
}

TEST(SimilarityKernels, RealNameTokensEqualOracle) {
  const std::vector<std::string> tokens = UnNameTokens();
  ASSERT_GT(tokens.size(), 2000u);  // the list has thousands of distinct name tokens
  std::mt19937_64 rng(10);
  for (int i = 0; i < 20000; ++i) {
    const std::string& a = tokens[rng() % tokens.size()];
    const std::string& b = tokens[rng() % tokens.size()];
    ASSERT_EQ(LevenshteinDistance(a, b), reference::LevenshteinDistance(a, b)) << a << " " << b;
    ASSERT_EQ(OsaDistance(a, b), reference::OsaDistance(a, b)) << a << " " << b;
    ASSERT_NEAR(JaroWinklerSimilarity(a, b), reference::JaroWinklerSimilarity(a, b), kTolerance)
        << a << " " << b;
  }
}

TEST(SimilarityKernels, CachedPatternAgainstManyTexts) {
  // One cached pattern is reused across texts of every length: no state leaks between calls.
  const CachedJaroWinkler jw("chongchongang");
  const CachedLevenshtein lev("chongchongang");
  const CachedOsa osa("chongchongang");
  const std::vector<std::string> texts = {"chongchongang",
                                          "chong",
                                          "chongchon",
                                          "chongchongagn",
                                          "",
                                          "gnagnohcgnohc",
                                          std::string(100, 'c') + "hongchongang"};
  for (const std::string& text : texts) {
    EXPECT_NEAR(jw.Similarity(text), reference::JaroWinklerSimilarity(text, "chongchongang"),
                kTolerance);
    EXPECT_EQ(lev.Distance(text), reference::LevenshteinDistance("chongchongang", text));
    EXPECT_EQ(osa.Distance(text), reference::OsaDistance("chongchongang", text));
  }
  EXPECT_EQ(osa.Distance("chongchongagn"), 1);
  EXPECT_EQ(lev.Distance("chongchongagn"), 2);
}

}  // namespace
}  // namespace embargo::match
