// Hebrew names as Israeli documents spell them, and foreign names as Hebrew writes them.
#include "text/hebrew_reader.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "embargo/normalizer.h"

namespace embargo::text {
namespace {

bool HasForm(const NormalizedName& name, std::string_view joined) {
  return std::any_of(name.forms.begin(), name.forms.end(),
                     [&](const NameForm& f) { return f.Joined() == joined; });
}

TEST(HebrewReader, VavAndYodAreVowelsBetweenConsonants) {
  EXPECT_EQ(HebrewToLatin("פוטין", HebrewSystem::kForeign), "putin");
  EXPECT_EQ(HebrewToLatin("פוטין", HebrewSystem::kHebrew), "potin");
  EXPECT_EQ(HebrewToLatin("ולדימיר", HebrewSystem::kForeign), "vldimir");  // initial ו: v
  EXPECT_EQ(HebrewToLatin("יוסי", HebrewSystem::kHebrew), "yosi");         // initial י: y
  EXPECT_EQ(HebrewToLatin("אורן", HebrewSystem::kHebrew), "orn");          // א carries the vowel
}

TEST(HebrewReader, SoftLettersInsideAHebrewWord) {
  EXPECT_EQ(HebrewToLatin("שרביט", HebrewSystem::kHebrew), "sharvit");  // ב: v, an a guessed
  EXPECT_EQ(HebrewToLatin("שרביט", HebrewSystem::kForeign), "shrbit");
  EXPECT_EQ(HebrewToLatin("זיכרמן", HebrewSystem::kHebrew), "zikhrmn");  // כ: kh
  EXPECT_EQ(HebrewToLatin("טנג׳יל", HebrewSystem::kHebrew), "tanjil");   // ג׳: j
}

TEST(HebrewReader, PointsAndFinalFormsAreLetters) {
  EXPECT_EQ(HebrewToLatin("שָׁלוֹם", HebrewSystem::kHebrew),
            HebrewToLatin("שלום", HebrewSystem::kHebrew));
  EXPECT_EQ(HebrewToLatin("יוסף", HebrewSystem::kHebrew), "yosf");  // ף is פ
}

TEST(HebrewReader, FrequentNameWordsAsIsraeliDocumentsSpellThem) {
  Normalizer n;
  EXPECT_TRUE(HasForm(n.Normalize("משה כהן"), "moshe cohen"));
  EXPECT_TRUE(HasForm(n.Normalize("דוד בן לוי"), "david ben levi"));
}

}  // namespace
}  // namespace embargo::text
