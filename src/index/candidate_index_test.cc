#include "index/candidate_index.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <random>
#include <set>
#include <string>

namespace embargo::index {
namespace {

TEST(CandidateIndex, RareKeysWeighMost) {
  CandidateIndex::Builder b;
  // "kim" on every record, "jong" on half, "un" on record 3 only.
  for (uint32_t r = 0; r < 10; ++r) {
    b.Add(r, "kim");
    if (r % 2) b.Add(r, "jong");
  }
  b.Add(3, "un");
  CandidateIndex idx = std::move(b).Build(10);
  CandidateScratch scratch;
  std::vector<Candidate> out;
  CandidateOptions all;
  all.min_weight_ratio = 0;
  idx.Candidates({HashKey("kim"), HashKey("jong"), HashKey("un")}, all, scratch, out);
  ASSERT_EQ(out.size(), 10u);
  for (size_t i = 0; i < out.size(); ++i) EXPECT_EQ(out[i].record, i);  // in record order
  auto heaviest =
      std::max_element(out.begin(), out.end(),
                       [](const Candidate& a, const Candidate& b) { return a.weight < b.weight; });
  EXPECT_EQ(heaviest->record, 3u);
  EXPECT_FLOAT_EQ(heaviest->weight, idx.Rarity(HashKey("kim")) + idx.Rarity(HashKey("jong")) +
                                        idx.Rarity(HashKey("un")));
  // A limit keeps the heaviest.
  CandidateOptions one;
  one.max_candidates = 1;
  one.min_weight_ratio = 0;
  idx.Candidates({HashKey("kim"), HashKey("jong"), HashKey("un")}, one, scratch, out);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].record, 3u);
  EXPECT_GT(idx.Rarity(HashKey("un")), idx.Rarity(HashKey("kim")));
  EXPECT_EQ(idx.Postings(HashKey("absent")).first, nullptr);
  // Records sharing only the key every record has can be left unscored.
  CandidateOptions strict;
  strict.min_weight_ratio = 0.3f;
  idx.Candidates({HashKey("kim"), HashKey("jong"), HashKey("un")}, strict, scratch, out);
  EXPECT_EQ(out.size(), 5u);
}

// A name one letter away from a query token shares one of its deletion keys; an exact namesake
// shares all of them. Counted once per token, both stay candidates.
TEST(CandidateIndex, KeyGroupsCountOncePerQueryToken) {
  const std::vector<std::string> query = {"d:abdelrahmane", "d:bdelrahmane", "d:adelrahmane",
                                          "d:abelrahmane",  "d:abdlrahmane", "d:abderahmane",
                                          "d:abdelahmane",  "d:abdelrhmane", "d:abdelrameane"};
  CandidateIndex::Builder b;
  for (const std::string& k : query) b.Add(0, k);  // the exact namesake
  b.Add(1, "d:abderahmane");                       // one letter away
  for (uint32_t r = 2; r < 40; ++r) b.Add(r, "d:other" + std::to_string(r));
  CandidateIndex idx = std::move(b).Build(40);
  std::vector<uint64_t> hashes;
  for (const std::string& k : query) hashes.push_back(HashKey(k));
  const std::vector<uint8_t> one_token(hashes.size(), 1);
  CandidateScratch scratch;
  std::vector<Candidate> out;
  idx.Candidates(hashes, {}, scratch, out);  // every key on its own
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].record, 0u);
  CandidateOptions grouped;
  grouped.key_groups = one_token;
  idx.Candidates(hashes, grouped, scratch, out);
  ASSERT_EQ(out.size(), 2u);
  EXPECT_GT(out[1].weight, 0.8f * out[0].weight);  // each counts one key of the token
  // The scratch is clean again: a second query gives the same answer.
  idx.Candidates(hashes, grouped, scratch, out);
  EXPECT_EQ(out.size(), 2u);
}

// Only the namesake shares the whole name written together; a record spelt one letter off must
// not fall under a floor that key raised.
TEST(CandidateIndex, TheWholeNameKeyRanksButDoesNotRaiseTheFloor) {
  CandidateIndex::Builder b;
  b.Add(0, "abu");
  b.Add(0, "abdullah");
  b.Add(0, "j:abuabdullah");  // the namesake
  b.Add(1, "abu");
  b.Add(1, "d:abdllah");  // ABU ABDALLAH, by a deletion key
  b.Add(0, "d:abdllah");
  for (uint32_t r = 2; r < 400; ++r) b.Add(r, r % 2 ? "abu" : "abdullah");
  CandidateIndex idx = std::move(b).Build(400);
  const std::vector<uint64_t> hashes = {HashKey("abu"), HashKey("abdullah"),
                                        HashKey("j:abuabdullah"), HashKey("d:abdllah")};
  const std::vector<uint8_t> groups = {1, 2, 64, 2};
  CandidateScratch scratch;
  std::vector<Candidate> out;
  CandidateOptions options;
  options.min_weight_ratio = 0.6f;
  options.key_groups = groups;
  idx.Candidates(hashes, options, scratch, out);
  ASSERT_EQ(out.size(), 1u);  // the namesake alone: the whole-name key doubles its weight
  options.whole_name_group = 64;
  idx.Candidates(hashes, options, scratch, out);
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0].record, 0u);
  EXPECT_EQ(out[1].record, 1u);
}

// Against a brute-force oracle: every record sharing a key is found, weighing the rarities of
// the keys it shares, when no limit applies.
TEST(CandidateIndex, MatchesBruteForce) {
  std::mt19937 rng(7);
  const uint32_t kRecords = 500;
  std::vector<std::set<std::string>> keys(kRecords);
  CandidateIndex::Builder b;
  for (uint32_t r = 0; r < kRecords; ++r)
    for (int i = 0; i < 4; ++i) {
      std::string k = "k" + std::to_string(rng() % 300);
      keys[r].insert(k);
      b.Add(r, k);
    }
  CandidateIndex idx = std::move(b).Build(kRecords);
  CandidateScratch scratch;
  CandidateOptions unlimited;
  unlimited.max_candidates = kRecords;
  unlimited.min_weight_ratio = 0;
  unlimited.common_key_postings = kRecords;
  for (int q = 0; q < 100; ++q) {
    std::set<std::string> query;
    for (int i = 0; i < 3; ++i) query.insert("k" + std::to_string(rng() % 300));
    std::vector<uint64_t> hashes;
    for (const auto& k : query) hashes.push_back(HashKey(k));
    std::vector<Candidate> out;
    idx.Candidates(hashes, unlimited, scratch, out);
    std::map<uint32_t, float> got;
    for (const Candidate& c : out) got[c.record] = c.weight;
    for (uint32_t r = 0; r < kRecords; ++r) {
      float shared = 0;
      for (const auto& k : query)
        if (keys[r].count(k)) shared += idx.Rarity(HashKey(k));
      if (shared > 0)
        EXPECT_FLOAT_EQ(got[r], shared) << "record " << r;
      else
        EXPECT_FALSE(got.count(r));
    }
  }
}

}  // namespace
}  // namespace embargo::index
