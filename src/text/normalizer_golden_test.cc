// Golden files over real list names:
//  - tests/golden/dprk_alias_pairs.tsv: every alias of the UN DPRK records against its primary
//    name, decided by reading: variants must match (NamesEquivalent and a shared index key),
//    different names must not.
//  - tests/golden/original_script_pairs.tsv: Arabic and Cyrillic NAME_ORIGINAL_SCRIPT values
//    against the record's Latin names; the share that match is reported and kept above a floor.
#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "embargo/normalizer.h"
#include "text/transliteration_eval.h"

namespace embargo {
namespace {

const Normalizer& TheNormalizer() {
  static const Normalizer* normalizer = new Normalizer();
  return *normalizer;
}

std::vector<std::vector<std::string>> ReadTsv(const std::string& relative) {
  std::ifstream in(std::string(EMBARGO_SOURCE_DIR) + "/" + relative);
  EXPECT_TRUE(in) << relative;
  std::vector<std::vector<std::string>> rows;
  std::string line;
  bool header = true;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    if (header) {
      header = false;
      continue;
    }
    std::vector<std::string> fields;
    std::stringstream ss(line);
    std::string field;
    while (std::getline(ss, field, '\t')) fields.push_back(field);
    rows.push_back(std::move(fields));
  }
  return rows;
}

bool ShareKey(const NormalizedName& a, const NormalizedName& b) {
  for (const std::string& k : a.keys) {
    if (std::binary_search(b.keys.begin(), b.keys.end(), k)) return true;
  }
  return false;
}

TEST(NormalizerGoldenTest, DprkAliasPairs) {
  auto rows = ReadTsv("tests/golden/dprk_alias_pairs.tsv");
  ASSERT_EQ(rows.size(), 214u);                            // every alias of the 155 DPRK records
  std::map<std::string, std::pair<int, int>> by_decision;  // decision -> (matched, total)
  for (const auto& row : rows) {
    ASSERT_GE(row.size(), 4u);
    const std::string &reference = row[0], &name = row[1], &alias = row[2], &decision = row[3];
    NormalizeOptions options;
    options.kind = reference.starts_with("KPi") ? EntityKind::kPerson : EntityKind::kOrganization;
    options.kind_known = true;
    options.korean_context = true;
    NormalizedName a = TheNormalizer().Normalize(name, options);
    NormalizedName b = TheNormalizer().Normalize(alias, options);
    bool equivalent = NamesEquivalent(a, b);
    auto& counts = by_decision[decision];
    counts.first += equivalent;
    ++counts.second;
    if (decision == "variant") {
      EXPECT_TRUE(equivalent) << reference << ": " << name << " / " << alias;
      EXPECT_TRUE(ShareKey(a, b)) << reference << ": " << name << " / " << alias;
    } else if (decision == "different") {
      EXPECT_FALSE(equivalent) << reference << ": " << name << " / " << alias;
    }
  }
  for (const auto& [decision, counts] : by_decision) {
    std::printf("  %-12s %3d of %3d equivalent\n", decision.c_str(), counts.first, counts.second);
  }
}

// The best similarity of the name parts of any two forms, written together.
double BestSimilarity(const NormalizedName& a, const NormalizedName& b) {
  auto parts = [](const NameForm& f) {
    std::string out;
    for (const Token& t : f.tokens) {
      if (t.kind == TokenKind::kNamePart || t.kind == TokenKind::kNumber) out += t.text;
    }
    return out;
  };
  double best = 0;
  for (const NameForm& fa : a.forms) {
    for (const NameForm& fb : b.forms) {
      best = std::max(best, text::NormalizedLevenshtein(parts(fa), parts(fb)));
    }
  }
  return best;
}

TEST(NormalizerGoldenTest, OriginalScriptNamesAgainstTheirLatinForms) {
  auto rows = ReadTsv("tests/golden/original_script_pairs.tsv");
  ASSERT_EQ(rows.size(), 379u);
  std::map<std::string, std::array<int, 3>> by_script;  // equivalent, similar, total
  for (const auto& row : rows) {
    ASSERT_GE(row.size(), 5u);
    NormalizeOptions options;
    options.kind = row[1] == "person" ? EntityKind::kPerson : EntityKind::kOrganization;
    options.kind_known = true;
    NormalizedName original = TheNormalizer().Normalize(row[3], options);
    std::vector<std::string> latin = {row[4]};
    if (row.size() > 5) {
      std::stringstream ss(row[5]);
      std::string alias;
      while (std::getline(ss, alias, '|')) latin.push_back(alias);
    }
    bool equivalent = false;
    double similarity = 0;
    for (const std::string& l : latin) {
      NormalizedName n = TheNormalizer().Normalize(l, options);
      equivalent = equivalent || NamesEquivalent(original, n);
      similarity = std::max(similarity, BestSimilarity(original, n));
    }
    auto& counts = by_script[row[2]];
    counts[0] += equivalent;
    counts[1] += equivalent || similarity >= 0.8;
    ++counts[2];
  }
  for (const auto& [script, c] : by_script) {
    std::printf("  %s: %d of %d equivalent, %d of %d equivalent or similar (>= 0.8)\n",
                script.c_str(), c[0], c[2], c[1], c[2]);
  }
  const auto& arabic = by_script["Arab"];
  const auto& cyrillic = by_script["Cyrl"];
  EXPECT_GE(double(arabic[1]) / arabic[2], 0.8);
  EXPECT_GE(double(cyrillic[1]) / cyrillic[2], 0.8);
}

}  // namespace
}  // namespace embargo
