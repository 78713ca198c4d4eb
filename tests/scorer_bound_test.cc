// The Scorer skips the alignment of a name whose upper bound is below the cutoff. That is only
// safe if the bound really bounds: checked here on the UN list's names against typed, joined,
// reordered and shortened versions of its own names, where the bound is tightest.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "embargo/lists.h"
#include "embargo/normalizer.h"
#include "match/name_scorer.h"
#include "match/token_weights.h"

namespace embargo::match {
namespace {

std::string Mutate(std::string name, int how, std::mt19937& rng) {
  size_t space = name.find(' ');
  switch (how) {
    case 1:  // a changed letter
      if (name.size() > 4) name[1 + rng() % (name.size() - 2)] = 'e';
      break;
    case 2:  // two words written together
      if (space != std::string::npos) name.erase(space, 1);
      break;
    case 3:  // the first word moved to the end
      if (space != std::string::npos) name = name.substr(space + 1) + " " + name.substr(0, space);
      break;
    case 4:  // the first word dropped
      if (space != std::string::npos) name = name.substr(space + 1);
      break;
  }
  return name;
}

TEST(ScorerBound, PruningNeverLosesANameAboveTheCutoff) {
  auto lists =
      LoadLists({std::string(EMBARGO_SHARED_DIR) + "/data/lists/un/consolidated-2026-05-08.xml"});
  ASSERT_TRUE(lists.ok()) << lists.status().ToString();
  Normalizer normalizer;
  std::vector<NormalizedName> listed;
  for (const Entity& e : lists->front().entities)
    for (const Name& n : e.names) listed.push_back(normalizer.Normalize(n.full));
  TokenWeights weights;
  for (const NormalizedName& n : listed) weights.Count(n);
  weights.Finish();
  NameScorer scorer(weights);
  PreparedPool pool;
  for (const NormalizedName& n : listed) scorer.Prepare(n, pool);
  pool.Seal();

  std::mt19937 rng(7);
  size_t compared = 0, above = 0;
  for (int i = 0; i < 600; ++i) {
    uint32_t source = rng() % listed.size();
    NormalizedName query = normalizer.Normalize(Mutate(listed[source].original, i % 5, rng));
    PreparedPool query_pool;
    scorer.Prepare(query, query_pool);
    query_pool.Seal();
    // The names near the source in list order are its entity's other names, and its neighbours.
    for (uint32_t c = source >= 20 ? source - 20 : 0;
         c < std::min<size_t>(source + 20, pool.size()); ++c) {
      double full = scorer.Score(query_pool[0], pool[c]).score;
      for (double cutoff : {0.5, 0.7, 0.85}) {
        double pruned = scorer.Score(query_pool[0], pool[c], cutoff).score;
        if (full >= cutoff) {
          ++above;
          EXPECT_DOUBLE_EQ(pruned, full) << query.original << " | " << listed[c].original;
        }
      }
      ++compared;
    }
  }
  EXPECT_GT(compared, 10000u);
  EXPECT_GT(above, 1000u);  // the check saw many names above the cutoffs
}

}  // namespace
}  // namespace embargo::match
