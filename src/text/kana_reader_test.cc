#include "text/kana_reader.h"

#include <gtest/gtest.h>

#include "embargo/normalizer.h"

namespace embargo::text {
namespace {

TEST(KanaReaderTest, JapaneseNamesAsPassportsWriteThem) {
  EXPECT_EQ(KanaToLatin("サトウ", KanaSystem::kHepburn), "sato");  // long o
  EXPECT_EQ(KanaToLatin("オオノ", KanaSystem::kHepburn), "ono");
  EXPECT_EQ(KanaToLatin("ユウキ", KanaSystem::kHepburn), "yuki");
  EXPECT_EQ(KanaToLatin("ナンバ", KanaSystem::kHepburn), "namba");      // n before b, m, p
  EXPECT_EQ(KanaToLatin("ハットリ", KanaSystem::kHepburn), "hattori");  // doubled consonant
  EXPECT_EQ(KanaToLatin("キョウコ", KanaSystem::kHepburn), "kyoko");
  EXPECT_EQ(KanaToLatin("しょうへい", KanaSystem::kHepburn), "shohei");  // Hiragana
  EXPECT_EQ(KanaToLatin("マッチ", KanaSystem::kHepburn), "matchi");
}

TEST(KanaReaderTest, ForeignNamesLoseTheVowelsJapaneseAdds) {
  EXPECT_EQ(KanaToLatin("ドナルド・トランプ", KanaSystem::kForeignR), "donard tramp");
  EXPECT_EQ(KanaToLatin("ドナルド・トランプ", KanaSystem::kForeignL), "donald tlamp");
  EXPECT_EQ(KanaToLatin("バラク＝オバマ", KanaSystem::kForeignR), "barak obama");
  EXPECT_EQ(KanaToLatin("キム", KanaSystem::kForeignR), "kim");
  EXPECT_EQ(KanaToLatin("スミス", KanaSystem::kForeignR), "smis");
  EXPECT_EQ(KanaToLatin("ブッシュ", KanaSystem::kForeignR), "bush");
  EXPECT_EQ(KanaToLatin("クリントン", KanaSystem::kForeignL), "klinton");
  EXPECT_EQ(KanaToLatin("マルクス", KanaSystem::kForeignR), "marks");
  EXPECT_EQ(KanaToLatin("ファイサル", KanaSystem::kForeignL), "faisal");
  EXPECT_EQ(KanaToLatin("ウィリアム", KanaSystem::kForeignL), "wiliam");
  // Vowels Japanese writes for themselves stay: ド before ナ, ヌ, キュ, ユ.
  EXPECT_EQ(KanaToLatin("ニュートン", KanaSystem::kForeignR), "nyuton");
  EXPECT_TRUE(KanaToLatin("キムA", KanaSystem::kForeignR).empty());
}

TEST(KanaReaderTest, NormalizerReadsKanaWords) {
  Normalizer normalizer;
  NormalizedName name = normalizer.Normalize("ウサーマ・ビン・ラーディン");
  auto has = [&](std::string_view joined) {
    for (const NameForm& f : name.forms)
      if (f.Joined() == joined) return true;
    return false;
  };
  EXPECT_TRUE(has("usama bin radin"));
  EXPECT_TRUE(has("usama bin ladin"));
  for (const NameForm& f : name.forms)
    for (const Token& t : f.tokens) EXPECT_EQ(t.script, Script::kKana);
}

}  // namespace
}  // namespace embargo::text
