#include "text/learned_translit.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "text/transliteration_eval.h"

namespace embargo::text {
namespace {

TEST(LearnedTranslitTest, UnitsSplitFinalConsonants) {
  // 턴 = 터 + final ㄴ; 조 has no final.
  EXPECT_EQ(LearnedUnits("조턴", true), (std::vector<char32_t>{U'조', U'터', 0x11AB}));
  EXPECT_EQ(LearnedUnits("조턴", false), (std::vector<char32_t>{U'조', U'턴'}));
  // Arabic vowel marks and spaces are not units.
  EXPECT_EQ(LearnedUnits("بَ ب", false), (std::vector<char32_t>{U'ب', U'ب'}));
}

// A two-unit model where the context of the second unit and the Latin model decide.
TEST(LearnedTranslitTest, ContextAndLatinModelChoose) {
  const LearnedChunkRow chunks[] = {
      {kLearnedAny, U'가', kLearnedAny, "ga", 0.1f},
      {kLearnedAny, U'가', kLearnedAny, "ka", 2.0f},
      {kLearnedAny, U'나', kLearnedAny, "na", 0.1f},
      {kLearnedAny, U'나', kLearnedAny, "n", 3.0f},
      // At the end of a word after 가, 나 loses its vowel.
      {U'가', U'나', kLearnedEdge, "n", 0.1f},
      {U'가', U'나', kLearnedEdge, "na", 3.0f},
  };
  const LearnedNgramRow flat[] = {
      {"a", 3.3f, 0}, {"g", 3.3f, 0}, {"k", 3.3f, 0}, {"n", 3.3f, 0}, {"$", 3.3f, 0}};
  LearnedTransliterator model({chunks, flat, {0.5f, 0.0f, false}, {}, {}});
  EXPECT_EQ(model.Spell("가나", 2), (std::vector<std::string>{"gan", "kan"}));
  EXPECT_EQ(model.Spell("나가", 1), (std::vector<std::string>{"naga"}));
  EXPECT_TRUE(model.Spell("가다", 2).empty()) << "다 is unknown";
  EXPECT_TRUE(model.Spell("", 2).empty());
  // A Latin model that has only seen "ka" turns the choice.
  const LearnedNgramRow ka[] = {
      {"k", 0.1f, 0}, {"a", 1.0f, 0}, {"g", 9.0f, 0}, {"n", 1.0f, 0}, {"$", 1.0f, 0}};
  LearnedTransliterator prefers_k({chunks, ka, {1.0f, 0.0f, false}, {}, {}});
  EXPECT_EQ(prefers_k.Spell("가나", 1), (std::vector<std::string>{"kan"}));
  // The same letters, but the Latin model has seen g start words: the bigram "^g" wins over
  // the letter g alone, while k backs off to its letter cost.
  const LearnedNgramRow start_g[] = {{"k", 0.1f, 0}, {"a", 1.0f, 0}, {"g", 9.0f, 0},
                                     {"n", 1.0f, 0}, {"$", 1.0f, 0}, {"^", 20.0f, 0.5f},
                                     {"^g", 0.1f, 0}};
  LearnedTransliterator starts_with_g({chunks, start_g, {1.0f, 0.0f, false}, {}, {}});
  EXPECT_EQ(starts_with_g.Spell("가나", 1), (std::vector<std::string>{"gan"}));
}

// The joint model reranks the beam's spellings: it has seen 가 write "ka" at the start of a
// word and 나 write "n" after it, which the chunk costs alone rank second.
TEST(LearnedTranslitTest, JointModelReranks) {
  const LearnedChunkRow chunks[] = {
      {kLearnedAny, U'가', kLearnedAny, "ga", 0.1f},
      {kLearnedAny, U'가', kLearnedAny, "ka", 0.2f},
      {kLearnedAny, U'나', kLearnedAny, "na", 0.1f},
      {kLearnedAny, U'나', kLearnedAny, "n", 0.2f},
  };
  const LearnedNgramRow flat[] = {
      {"a", 3.3f, 0}, {"g", 3.3f, 0}, {"k", 3.3f, 0}, {"n", 3.3f, 0}, {"$", 3.3f, 0}};
  const LearnedGraphoneRow graphones[] = {
      {"^", 20.0f, 0.0f},      {"$", 1.0f, 0.0f},          {"가:ga", 3.0f, 0.0f},
      {"가:ka", 3.0f, 0.0f},   {"나:na", 3.0f, 0.0f},      {"나:n", 3.0f, 0.0f},
      {"^ 가:ka", 0.1f, 0.0f}, {"가:ka 나:n", 0.1f, 0.0f},
  };
  LearnedParams params{0.0f, 0.0f, false};
  LearnedTransliterator chunks_alone({chunks, flat, params, {}, {}, graphones});
  EXPECT_EQ(chunks_alone.Spell("가나", 2), (std::vector<std::string>{"gana", "gan"}));
  params.joint_weight = 1.0f;
  LearnedTransliterator joint({chunks, flat, params, {}, {}, graphones});
  EXPECT_EQ(joint.Spell("가나", 2), (std::vector<std::string>{"kan", "kana"}));
}

// The lexicon's column: the last spelling is the lexicon word the model explains best when
// its cost is within the margin of the best spelling, and only a word that shares the
// consonants of a spelling is looked at.
TEST(LearnedTranslitTest, LexiconWordWithinTheMargin) {
  const LearnedChunkRow chunks[] = {
      {kLearnedAny, U'가', kLearnedAny, "ga", 0.1f},
      {kLearnedAny, U'가', kLearnedAny, "ka", 2.0f},
      {kLearnedAny, U'나', kLearnedAny, "na", 3.0f},
      {kLearnedAny, U'나', kLearnedAny, "n", 0.1f},
  };
  const LearnedNgramRow flat[] = {{"a", 3.3f, 0}, {"g", 3.3f, 0}, {"k", 3.3f, 0}, {"n", 3.3f, 0},
                                  {"m", 3.3f, 0}, {"o", 3.3f, 0}, {"$", 3.3f, 0}};
  const std::string_view lexicon[] = {"gana", "mana"};
  // "gana" costs 2.9 more in chunks and half a letter's 3.3 more in the Latin model.
  LearnedTransliterator wide({chunks, flat, {0.5f, 0.0f, false, 4, 5.0f, 6.0f}, {}, lexicon});
  EXPECT_EQ(wide.Spell("가나", 2), (std::vector<std::string>{"gan", "gana"}));
  EXPECT_NEAR(wide.CostOf("가나", "gana") - wide.CostOf("가나", "gan"), 2.9 + 0.5 * 3.25, 0.01);
  LearnedTransliterator narrow({chunks, flat, {0.5f, 0.0f, false, 4, 4.0f, 6.0f}, {}, lexicon});
  EXPECT_EQ(narrow.Spell("가나", 2), (std::vector<std::string>{"gan", "kan"}));
  LearnedTransliterator off({chunks, flat, {0.5f, 0.0f, false, 4, -1.0f, 6.0f}, {}, lexicon});
  EXPECT_EQ(off.Spell("가나", 2), (std::vector<std::string>{"gan", "kan"}));
  // "mana" has other consonants than every spelling: never looked at, however wide the margin.
  const std::string_view other[] = {"mana"};
  LearnedTransliterator m({chunks, flat, {0.5f, 0.0f, false, 4, 100.0f, 6.0f}, {}, other});
  EXPECT_EQ(m.Spell("가나", 2), (std::vector<std::string>{"gan", "kan"}));
  // A unit that writes none of its chunks costs a miss: "gano" is one miss away.
  EXPECT_NEAR(wide.CostOf("가나", "gano") - wide.CostOf("가나", "gana"), 6.0 - 3.0, 0.01);
  EXPECT_TRUE(std::isinf(wide.CostOf("가나", "GANA")));
  // A consonant written twice costs the doubling, a vowel written twice a miss.
  LearnedTransliterator doubling(
      {chunks, flat, {0.5f, 0.0f, false, 4, 5.0f, 6.0f, 0.5f}, {}, lexicon});
  EXPECT_NEAR(doubling.CostOf("가나", "ganna") - doubling.CostOf("가나", "gana"), 0.5 + 0.5 * 3.25,
              0.01);
  EXPECT_NEAR(doubling.CostOf("가나", "gaana") - doubling.CostOf("가나", "gana"),
              6.0 - 3.0 + 0.5 * 3.25, 0.01);
}

// The compiled Hangul model: the last spelling of 캐리 (Carrie, Cary, Carey) and 재클린
// (Jacqueline, Jaclyn) is a word of the lexicon, within the margin of the best spelling.
TEST(LearnedTranslitTest, CompiledHangulOffersLexiconWords) {
  LearnedModelData data = CompiledLearnedModel(LearnedScript::kHangul);
  ASSERT_GT(data.lexicon.size(), 5000u);
  ASSERT_GE(data.params.lexicon_margin, 0.0f);
  const LearnedTransliterator& model = CompiledLearnedTransliterator(LearnedScript::kHangul);
  for (std::string_view word : {"캐리", "재클린"}) {
    SCOPED_TRACE(std::string(word));
    std::vector<std::string> spellings = model.Spell(word, 4);
    ASSERT_EQ(spellings.size(), 4u);
    EXPECT_NE(std::find(data.lexicon.begin(), data.lexicon.end(), spellings.back()),
              data.lexicon.end());
    EXPECT_LE(model.CostOf(word, spellings.back()),
              model.CostOf(word, spellings.front()) + data.params.lexicon_margin);
  }
}

// The compiled models alone, on the word pairs of the held-out half of the evaluation data
// (which they never saw): the share where one of the two spellings reaches the evaluation's
// similarity of 0.8. The whole Normalizer's figures are in transliteration_eval_test.
double HeldOutShare(LearnedScript script, EvalSet set) {
  auto pairs =
      ReadEvalPairs(std::string(EMBARGO_SHARED_DIR) + "/data/eval/transliteration", set, 3);
  EXPECT_TRUE(pairs.ok()) << pairs.status().ToString();
  if (!pairs.ok()) return 0;
  const LearnedTransliterator& model = CompiledLearnedTransliterator(script);
  size_t words = 0, hits = 0;
  for (const EvalPair& p : PairsOfHalf(*pairs, EvalHalf::kHeldOut)) {
    if (p.latin.find_first_not_of("abcdefghijklmnopqrstuvwxyz") != std::string::npos) continue;
    ++words;
    for (const std::string& s : model.Spell(p.foreign, 2)) {
      if (NormalizedLevenshtein(s, p.latin) >= 0.8) {
        ++hits;
        break;
      }
    }
  }
  EXPECT_GT(words, 1000u);
  double share = words ? double(hits) / words : 0;
  std::printf("  %s: %zu held-out words, %.3f within 0.8\n", std::string(EvalSetName(set)).c_str(),
              words, share);
  return share;
}

TEST(LearnedTranslitTest, CompiledModelsOnHeldOutWords) {
  EXPECT_GE(HeldOutShare(LearnedScript::kHan, EvalSet::kHanTokens), 0.41);
  EXPECT_GE(HeldOutShare(LearnedScript::kArabic, EvalSet::kArabicTokens), 0.54);
  EXPECT_GE(HeldOutShare(LearnedScript::kArabic, EvalSet::kArabicGoogle), 0.60);
}

}  // namespace
}  // namespace embargo::text
