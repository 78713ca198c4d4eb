// Korean persons in the Wikidata English-Hangul name pairs (eval/transliteration): the share
// whose English name is close to one of our romanizations, and whose English name is
// key-compatible with the Hangul, next to the same shares for shuffled (wrong) pairs.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "text/korean.h"

namespace embargo {
namespace {

double Similarity(const std::string& a, const std::string& b) {
  std::vector<size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1])});
    }
    std::swap(prev, cur);
  }
  size_t longest = std::max(a.size(), b.size());
  return longest == 0 ? 1.0 : 1.0 - static_cast<double>(prev[b.size()]) / longest;
}

std::vector<std::string> Words(const std::string& s) {
  std::string plain;
  for (unsigned char c : s) {
    if (c == '-') c = ' ';
    if (std::isalpha(c) || c == ' ') plain += static_cast<char>(std::tolower(c));
  }
  std::stringstream in(plain);
  std::vector<std::string> words;
  for (std::string w; in >> w;) words.push_back(w);
  return words;
}

struct Pair {
  std::vector<std::string> english;  // lowercase words
  std::string hangul;
};

// Pairs whose Hangul starts with a known surname and whose English holds one of its spellings:
// Korean persons, as opposed to the foreign names that make up most of the file.
std::vector<Pair> KoreanPersons() {
  std::ifstream in(std::string(EMBARGO_SHARED_DIR) +
                   "/data/eval/transliteration/wikidata-en-ko-fullnames.tsv");
  EXPECT_TRUE(in);
  std::vector<Pair> out;
  for (std::string line; std::getline(in, line);) {
    size_t tab = line.find('\t');
    if (tab == std::string::npos) continue;
    std::string hangul = line.substr(tab + 1);
    std::optional<KoreanNameParts> parts = SplitKoreanName(hangul);
    if (!parts || !parts->family_known) continue;
    std::vector<std::string> english = Words(line.substr(0, tab));
    std::vector<std::string> spellings = KoreanSurnameSpellings(parts->family);
    bool korean = std::any_of(english.begin(), english.end(), [&](const std::string& w) {
      return std::find(spellings.begin(), spellings.end(), w) != spellings.end();
    });
    if (korean) out.push_back({english, hangul});
  }
  return out;
}

std::string Joined(const std::vector<std::string>& words, size_t rotate) {
  std::string out;
  for (size_t k = 0; k < words.size(); ++k) {
    if (k) out += ' ';
    out += words[(k + rotate) % words.size()];
  }
  return out;
}

struct Shares {
  double close = 0;       // some romanization has similarity >= 0.8
  double compatible = 0;  // the English is key-compatible with the Hangul
};

// `shift` pairs each Hangul with the English of another row (0: the true pairs).
Shares Measure(const std::vector<Pair>& pairs, size_t shift) {
  size_t close = 0;
  size_t compatible = 0;
  for (size_t i = 0; i < pairs.size(); ++i) {
    const std::vector<std::string>& english = pairs[(i + shift) % pairs.size()].english;
    std::optional<KoreanKey> hangul = KeyFromHangul(pairs[i].hangul);
    double best = 0;
    bool match = false;
    // Either name order: "Kim Jong Un" and "Jong Un Kim".
    for (size_t r = 0; r < english.size(); ++r) {
      std::string latin = Joined(english, r);
      for (const std::string& form : RomanizeKoreanName(pairs[i].hangul)) {
        best = std::max(best, Similarity(form, latin));
      }
      std::optional<KoreanKey> key = KeyFromLatin(latin);
      match = match || (hangul && key && KeysCompatible(*hangul, *key));
    }
    close += best >= 0.8;
    compatible += match;
  }
  return {static_cast<double>(close) / pairs.size(),
          static_cast<double>(compatible) / pairs.size()};
}

TEST(KoreanEval, WikidataKoreanPersons) {
  std::vector<Pair> pairs = KoreanPersons();
  ASSERT_GT(pairs.size(), 4000u);
  Shares real = Measure(pairs, 0);
  Shares shuffled = Measure(pairs, 7);
  std::printf(
      "%zu Korean persons: similarity >= 0.8 %.3f (shuffled %.3f), key-compatible %.3f "
      "(shuffled %.3f)\n",
      pairs.size(), real.close, shuffled.close, real.compatible, shuffled.compatible);
  EXPECT_GE(real.close, 0.85);
  EXPECT_GE(real.compatible, 0.85);
  EXPECT_LE(shuffled.close, 0.05);
  EXPECT_LE(shuffled.compatible, 0.05);
}

}  // namespace
}  // namespace embargo
