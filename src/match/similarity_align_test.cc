// Token alignment: behaviour on real list names and name variants, and the exact method against
// an exhaustive search over every set of disjoint pairs.
#include "match/similarity_align.h"

#include <gtest/gtest.h>

#include <cctype>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "match/similarity.h"

namespace embargo::match {
namespace {

double Jw(const TokenSpan& q, const TokenSpan& c, double cutoff) {
  return JaroWinklerSimilarity(q.text, c.text, cutoff);
}

// Lower-case ASCII words of a name; words with other bytes are kept as they are.
std::vector<std::string> Words(std::string_view name) {
  std::vector<std::string> words;
  std::string word;
  for (const char ch : name) {
    const unsigned char c = static_cast<unsigned char>(ch);
    if (std::isalnum(c) || c >= 0x80) {
      word += static_cast<char>(std::tolower(c));
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

std::vector<AlignToken> Tokens(const std::vector<std::string>& words) {
  std::vector<AlignToken> tokens;
  for (const std::string& w : words) tokens.push_back({w});
  return tokens;
}

std::string Text(const std::vector<std::string>& words, int first, int count) {
  std::string text;
  for (int i = first; i < first + count; ++i) text += words[i];
  return text;
}

TEST(TokenAlignment, ReorderedNameWithMissingMiddleName) {
  const std::vector<std::string> q = Words("PUTIN, Vladimir");
  const std::vector<std::string> c = Words("Vladimir Vladimirovich Putin");
  std::vector<AlignToken> cand = Tokens(c);
  cand[1].weight = 0.5;  // a patronymic says less than a given or family name
  const Alignment a = AlignTokens(Tokens(q), cand, Jw);
  ASSERT_EQ(a.pair_count, 2);
  EXPECT_EQ(a.pairs()[0].candidate_first, 2);  // putin
  EXPECT_EQ(a.pairs()[1].candidate_first, 0);  // vladimir
  EXPECT_EQ(a.pairs()[0].similarity, 1.0);
  EXPECT_EQ(a.candidate_unmatched, 1u << 1);
  // Four matched weight units out of four plus the missing patronymic's half.
  EXPECT_DOUBLE_EQ(a.score, 4.0 / 4.5);
  cand[1].optional = true;
  EXPECT_DOUBLE_EQ(AlignTokens(Tokens(q), cand, Jw).score, 1.0);
}

TEST(TokenAlignment, Initials) {
  const std::vector<std::string> q = Words("Vladimir V. Putin");
  const std::vector<std::string> c = Words("Vladimir Vladimirovich Putin");
  const Alignment a = AlignTokens(Tokens(q), Tokens(c), Jw);
  ASSERT_EQ(a.pair_count, 3);
  EXPECT_EQ(a.pairs()[1].kind, PairKind::kInitial);
  EXPECT_EQ(a.pairs()[1].candidate_first, 1);
  EXPECT_EQ(a.pairs()[1].similarity, AlignOptions().initial_similarity);
  // An initial that begins no token is not one.
  const Alignment b = AlignTokens(Tokens(Words("K. Putin")), Tokens(c), Jw);
  EXPECT_EQ(b.pair_count, 1);
  EXPECT_EQ(b.query_unmatched, 1u);
}

// The UN list files CHONGCHONGANG SHIPPING COMPANY with the alias "Chong Chon Gang Shipping Co.
// Ltd.": the joined and the split spelling of one word.
TEST(TokenAlignment, JoinedAndSplitTokensOnUnList) {
  std::ifstream in(std::string(EMBARGO_SHARED_DIR) + "/data/lists/un/consolidated-2026-05-08.xml");
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string xml = buffer.str();
  const size_t entry = xml.find("<FIRST_NAME>CHONGCHONGANG SHIPPING COMPANY</FIRST_NAME>");
  ASSERT_NE(entry, std::string::npos);
  const size_t alias = xml.find("<ALIAS_NAME>Chong Chon Gang", entry);
  ASSERT_NE(alias, std::string::npos);
  const std::string primary = xml.substr(entry + 12, xml.find('<', entry + 12) - entry - 12);
  const std::string split = xml.substr(alias + 12, xml.find('<', alias + 12) - alias - 12);

  const std::vector<std::string> p = Words(primary);  // chongchongang shipping company
  const std::vector<std::string> s = Words(split);    // chong chon gang shipping co ltd
  std::vector<AlignToken> legal_forms_optional = Tokens(s);
  for (AlignToken& t : legal_forms_optional) t.optional = t.text == "co" || t.text == "ltd";
  for (const bool query_is_split : {true, false}) {
    const std::vector<AlignToken> joined = Tokens(p);
    const Alignment a = query_is_split ? AlignTokens(legal_forms_optional, joined, Jw)
                                       : AlignTokens(joined, legal_forms_optional, Jw);
    ASSERT_GE(a.pair_count, 2) << primary << " | " << split;
    const AlignedPair& first = a.pairs()[0];
    EXPECT_EQ(first.kind, PairKind::kJoined);
    EXPECT_EQ(query_is_split ? first.query_count : first.candidate_count, 3);
    EXPECT_EQ(first.similarity, 1.0);
    EXPECT_EQ(Text(query_is_split ? s : p, query_is_split ? first.query_first : 0,
                   query_is_split ? first.query_count : 1),
              "chongchongang");
    EXPECT_GT(a.score, 0.9);
  }
  // Joins switched off: "chongchongang" gets at best a partial partner, and the score drops.
  AlignOptions no_joins;
  no_joins.max_join = 1;
  const Alignment apart = AlignTokens(legal_forms_optional, Tokens(p), Jw, no_joins);
  for (const AlignedPair& pair : apart.pairs()) {
    EXPECT_EQ(pair.kind, PairKind::kToken);
    if (pair.candidate_first == 0) {
      EXPECT_LT(pair.similarity, 0.9);
    }
  }
  EXPECT_LT(apart.score, AlignTokens(legal_forms_optional, Tokens(p), Jw).score - 0.15);
}

// Every ASCII spelling of Putin's name in the OpenSanctions variant list aligns its family name
// with "putin", in any order, and its given name (when it has one) with "vladimir".
TEST(TokenAlignment, PutinVariants) {
  std::ifstream in(std::string(EMBARGO_SHARED_DIR) +
                   "/data/eval/opensanctions-putin-name-variants.txt");
  const std::vector<std::string> listed = Words("Vladimir Vladimirovich Putin");
  int checked = 0;
  for (std::string line; std::getline(in, line);) {
    const bool ascii = std::all_of(line.begin(), line.end(),
                                   [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    if (!ascii || line.empty()) continue;
    const std::vector<std::string> words = Words(line);
    const Alignment a = AlignTokens(Tokens(words), Tokens(listed), Jw);
    bool family = false;
    bool given = false;
    for (const AlignedPair& pair : a.pairs()) {
      family |= pair.candidate_first == 2 && pair.similarity >= 0.8;
      given |= pair.candidate_first == 0;  // Ukrainian "volodymyr" is only 0.75 under JW
    }
    EXPECT_TRUE(family) << line;
    const bool has_given_name = words.size() > 1 && words[0] != "presidente" &&
                                words[0] != "predsjednik" && words[0] != "presiden";
    if (has_given_name) {
      EXPECT_TRUE(given) << line;
    }
    ++checked;
  }
  EXPECT_GT(checked, 25);
}

TEST(TokenAlignment, GreedyCanMissTheOptimum) {
  // q0 is close to both c0 and c1; q1 only to c0. Best-pair-first takes q0-c0 and strands q1.
  const std::vector<AlignToken> q = {{"q0"}, {"q1"}};
  const std::vector<AlignToken> c = {{"c0"}, {"c1"}};
  auto table = [](const TokenSpan& a, const TokenSpan& b, double) {
    static constexpr double kSim[2][2] = {{0.95, 0.9}, {0.92, 0.0}};
    return a.count == 1 && b.count == 1 ? kSim[a.first][b.first] : 0.0;
  };
  AlignOptions greedy;
  greedy.method = AlignMethod::kGreedy;
  const Alignment g = AlignTokens(q, c, table, greedy);
  const Alignment e = AlignTokens(q, c, table);
  EXPECT_EQ(g.pair_count, 1);
  EXPECT_EQ(e.pair_count, 2);
  EXPECT_DOUBLE_EQ(e.score, (0.9 * 2 + 0.92 * 2) / 4);
  EXPECT_LT(e.lost, g.lost);
}

// ---- exhaustive oracle --------------------------------------------------------------------

struct Pair {
  int qf, qn, cf, cn;
  double gain;
};

double Cost(const std::vector<AlignToken>& side, int first, int count, bool optional_free) {
  double sum = 0;
  for (int i = first; i < first + count; ++i) {
    sum += optional_free && side[i].optional ? 0.0 : side[i].weight;
  }
  return sum;
}

// Every pair the aligner may form when nothing is pruned, with its gain.
std::vector<Pair> AllPairs(const std::vector<std::string>& qw, const std::vector<AlignToken>& q,
                           const std::vector<std::string>& cw, const std::vector<AlignToken>& c,
                           const AlignOptions& options) {
  std::vector<Pair> pairs;
  auto add = [&](int qf, int qn, int cf, int cn) {
    double s = JaroWinklerSimilarity(Text(qw, qf, qn), Text(cw, cf, cn));
    if (qn == 1 && cn == 1) {
      const std::string& a = qw[qf];
      const std::string& b = cw[cf];
      const bool initial = (a.size() == 1 && b.size() > 1 && a[0] == b[0]) ||
                           (b.size() == 1 && a.size() > 1 && a[0] == b[0]);
      if (initial) s = std::max(s, options.initial_similarity);
    }
    if (s < options.min_similarity) return;
    const double gain = Cost(q, qf, qn, true) + Cost(c, cf, cn, true) -
                        (1 - s) * (Cost(q, qf, qn, false) + Cost(c, cf, cn, false));
    if (gain > 0) pairs.push_back({qf, qn, cf, cn, gain});
  };
  const int nq = static_cast<int>(q.size());
  const int nc = static_cast<int>(c.size());
  for (int i = 0; i < nq; ++i) {
    for (int j = 0; j < nc; ++j) {
      add(i, 1, j, 1);
      for (int k = 2; k <= 3; ++k) {
        if (i + k <= nq) add(i, k, j, 1);
        if (j + k <= nc) add(i, 1, j, k);
      }
    }
  }
  return pairs;
}

double BestGain(const std::vector<Pair>& pairs, size_t next, uint32_t used_q, uint32_t used_c) {
  if (next == pairs.size()) return 0;
  double best = BestGain(pairs, next + 1, used_q, used_c);
  const Pair& p = pairs[next];
  const uint32_t bq = ((1u << p.qn) - 1) << p.qf;
  const uint32_t bc = ((1u << p.cn) - 1) << p.cf;
  if ((bq & used_q) == 0 && (bc & used_c) == 0) {
    best = std::max(best, p.gain + BestGain(pairs, next + 1, used_q | bq, used_c | bc));
  }
  return best;
}

TEST(TokenAlignment, ExactEqualsExhaustiveSearch) {
  std::mt19937_64 rng(11);
  AlignOptions exact;
  exact.join_below = 2.0;  // no pruning: the oracle tries every join
  exact.join_min_length_ratio = 0.0;
  exact.join_requires_shared_edge = false;
  exact.min_similarity = 0.6;
  AlignOptions greedy = exact;
  greedy.method = AlignMethod::kGreedy;
  int instances_with_joins = 0;
  for (int round = 0; round < 1500; ++round) {
    if (round % 7 == 0 && round % 3 == 0) continue;  // a long candidate with a 6-token query
    // Mostly small names; every 7th round a long candidate (9-10 tokens), which makes the exact
    // method walk the candidate and keep subsets of the query.
    const bool long_candidate = round % 7 == 0;
    auto side = [&](std::vector<std::string>& words, size_t size) {
      std::vector<AlignToken> tokens(size);
      words.resize(tokens.size());
      for (size_t i = 0; i < tokens.size(); ++i) {
        words[i] = std::string(1 + rng() % 4, 'a');
        for (char& ch : words[i]) ch = static_cast<char>('a' + rng() % 3);
      }
      for (size_t i = 0; i < tokens.size(); ++i) {
        tokens[i] = {words[i], 0.25 * static_cast<double>(1 + rng() % 4), rng() % 5 == 0};
      }
      return tokens;
    };
    std::vector<std::string> qw, cw;
    const std::vector<AlignToken> q = side(qw, 1 + rng() % (round % 3 == 0 ? 6 : 4));
    const std::vector<AlignToken> c =
        side(cw, long_candidate ? 9 + rng() % 2 : 1 + rng() % (round % 3 == 0 ? 6 : 4));
    const std::vector<Pair> pairs = AllPairs(qw, q, cw, c, exact);
    const double total =
        Cost(q, 0, static_cast<int>(q.size()), true) + Cost(c, 0, static_cast<int>(c.size()), true);
    const double oracle_lost = total - BestGain(pairs, 0, 0, 0);
    const Alignment e = AlignTokens(q, c, Jw, exact);
    const Alignment g = AlignTokens(q, c, Jw, greedy);
    ASSERT_NEAR(e.lost, oracle_lost, 1e-9) << round;
    ASSERT_GE(g.lost, oracle_lost - 1e-9) << round;
    ASSERT_GE(e.score, 0.0);
    ASSERT_LE(e.score, 1.0);
    for (const AlignedPair& p : e.pairs()) instances_with_joins += p.kind == PairKind::kJoined;
  }
  EXPECT_GT(instances_with_joins, 100);  // the random names do exercise joins
}

TEST(TokenAlignment, EmptyAndLongSides) {
  const std::vector<AlignToken> none;
  const std::vector<AlignToken> one = {{"putin"}};
  EXPECT_EQ(AlignTokens(none, one, Jw).score, 0.0);
  EXPECT_EQ(AlignTokens(none, none, Jw).score, 0.0);
  // More tokens than the aligner handles: the rest count as unmatched weight.
  std::vector<std::string> words;
  for (int i = 0; i < kMaxAlignTokens + 4; ++i)
    words.push_back(std::string(1, 'a') + char('a' + i));
  const std::vector<AlignToken> many = Tokens(words);
  const Alignment a = AlignTokens(many, many, Jw);
  EXPECT_EQ(a.pair_count, kMaxAlignTokens);
  EXPECT_DOUBLE_EQ(a.score, 2.0 * kMaxAlignTokens / (2.0 * (kMaxAlignTokens + 4)));
}

}  // namespace
}  // namespace embargo::match
