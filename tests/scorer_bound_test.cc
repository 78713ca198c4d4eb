// The Scorer skips the alignment of a name whose upper bound is below the cutoff. That is only
// safe if the bound really bounds: checked here on the UN list's names against typed, joined,
// reordered and shortened versions of its own names, where the bound is tightest.
#include <gtest/gtest.h>

#include <memory>
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

// The UN list's names, normalized, weighed and prepared as a screener holds them.
struct Listed {
  Normalizer normalizer;
  std::vector<NormalizedName> names;
  TokenWeights weights;
  std::unique_ptr<NameScorer> scorer;
  PreparedPool pool;

  Listed() {
    auto lists =
        LoadLists({std::string(EMBARGO_SHARED_DIR) + "/data/lists/un/consolidated-2026-05-08.xml"});
    EXPECT_TRUE(lists.ok()) << lists.status().ToString();
    for (const Entity& e : lists->front().entities)
      for (const Name& n : e.names) names.push_back(normalizer.Normalize(n.full));
    for (const NormalizedName& n : names) weights.Count(n);
    weights.Finish();
    scorer = std::make_unique<NameScorer>(weights);
    for (const NormalizedName& n : names) scorer->Prepare(n, pool);
    pool.Seal();
  }
};

struct Checked {
  size_t compared = 0, above = 0;
};

// Mutations of the names at `sources` against the names near them in list order (their
// entity's other names, and neighbours): the pruned score equals the full one above each cutoff.
Checked CheckBound(const Listed& listed, const std::vector<uint32_t>& sources) {
  std::mt19937 rng(7);
  Checked checked;
  for (size_t i = 0; i < sources.size(); ++i) {
    const uint32_t source = sources[i];
    NormalizedName query = listed.normalizer.Normalize(
        Mutate(listed.names[source].original, static_cast<int>(i % 5), rng));
    PreparedPool query_pool;
    listed.scorer->Prepare(query, query_pool);
    query_pool.Seal();
    for (uint32_t c = source >= 20 ? source - 20 : 0;
         c < std::min<size_t>(source + 20, listed.pool.size()); ++c) {
      double full = listed.scorer->Score(query_pool[0], listed.pool[c]).score;
      for (double cutoff : {0.5, 0.7, 0.85}) {
        double pruned = listed.scorer->Score(query_pool[0], listed.pool[c], cutoff).score;
        if (full >= cutoff) {
          ++checked.above;
          EXPECT_DOUBLE_EQ(pruned, full) << query.original << " | " << listed.names[c].original;
        }
      }
      ++checked.compared;
    }
  }
  return checked;
}

const Listed& UnNames() {
  static const Listed listed;
  return listed;
}

TEST(ScorerBound, PruningNeverLosesANameAboveTheCutoff) {
  std::mt19937 rng(7);
  std::vector<uint32_t> sources;
  for (int i = 0; i < 600; ++i) sources.push_back(rng() % UnNames().names.size());
  Checked checked = CheckBound(UnNames(), sources);
  EXPECT_GT(checked.compared, 10000u);
  EXPECT_GT(checked.above, 1000u);  // the check saw many names above the cutoffs
}

// Names in Arabic and Cyrillic letters carry their words' other spellings (prepared_name.h),
// which the bound must allow for, joins included.
TEST(ScorerBound, HoldsForNamesWithOtherSpellings) {
  std::vector<uint32_t> sources;
  for (uint32_t i = 0; i < UnNames().names.size(); ++i) {
    Script script = UnNames().names[i].script;
    if (script == Script::kArabic || script == Script::kCyrillic) sources.push_back(i);
  }
  ASSERT_GT(sources.size(), 300u);
  Checked checked = CheckBound(UnNames(), sources);
  EXPECT_GT(checked.above, 300u);
}

}  // namespace
}  // namespace embargo::match
