// The text cleaner's fast case folding agrees with ICU's NFKC_Casefold wherever it answers.
#include "text/text_clean.h"

#include <gtest/gtest.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <random>
#include <string>

namespace embargo::text {
namespace {

std::string IcuFold(const std::string& utf8) {
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc_cf = icu::Normalizer2::getNFKCCasefoldInstance(err);
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(utf8);
  std::string out;
  nfkc_cf->normalize(text, err).toUTF8String(out);
  EXPECT_TRUE(U_SUCCESS(err));
  return out;
}

std::string Utf8(char32_t c) {
  std::string s;
  AppendUtf8(s, c);
  return s;
}

TEST(TextClean, SimpleCaseFoldAgreesWithIcuOnEveryCodePointItTakes) {
  size_t taken = 0;
  for (char32_t c = 1; c < 0x10000; ++c) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;
    std::string text = Utf8(c);
    std::optional<std::string> fast = SimpleCaseFold(text);
    if (!fast) continue;
    ++taken;
    ASSERT_EQ(*fast, IcuFold(text)) << "U+" << std::hex << static_cast<uint32_t>(c);
  }
  EXPECT_GT(taken, 20000u);  // Hangul and CJK alone are more
}

TEST(TextClean, SimpleCaseFoldAgreesWithIcuOnMixedTexts) {
  // Neighbours may compose under NFKC: mixtures of the ranges taken, with marks and spaces.
  const char32_t kPool[] = {U'А',   U'я',  U'Ё',  U'ё',   U'Й',   U'й',   U'김',
                            U'정',  U'金', U'恩', 0x0627, 0x0644, 0x0645, 0x064A,
                            0x0621, U' ',  U'-',  U'A',   U'z'};
  std::mt19937 rng(7);
  for (int n = 0; n < 2000; ++n) {
    std::string text;
    for (int i = 0, len = 1 + static_cast<int>(rng() % 8); i < len; ++i)
      AppendUtf8(text, kPool[rng() % std::size(kPool)]);
    std::optional<std::string> fast = SimpleCaseFold(text);
    ASSERT_TRUE(fast.has_value()) << text;
    ASSERT_EQ(*fast, IcuFold(text)) << text;
  }
}

TEST(TextClean, OtherTextsAreLeftToIcu) {
  EXPECT_FALSE(SimpleCaseFold("Ǆ").has_value());       // a ligature NFKC splits
  EXPECT_FALSE(SimpleCaseFold("ﻟﺎ").has_value());      // Arabic presentation forms
  EXPECT_FALSE(SimpleCaseFold("Straße").has_value());  // ß folds to ss
  EXPECT_FALSE(SimpleCaseFold("\xff").has_value());    // invalid UTF-8
  EXPECT_EQ(SimpleCaseFold("ВЛАДИМИР Путин"), std::optional<std::string>("владимир путин"));
}

}  // namespace
}  // namespace embargo::text
