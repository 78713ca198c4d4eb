// Property: any two compatible keys share at least one coarse key, over many pairs of real and
// generated spellings.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "text/korean.h"
#include "text/korean_jamo.h"

namespace embargo {
namespace {

bool ShareCoarse(const KoreanKey& a, const KoreanKey& b) {
  std::vector<std::string> ca = CoarseKeys(a);
  std::vector<std::string> cb = CoarseKeys(b);
  for (const std::string& x : ca) {
    if (std::find(cb.begin(), cb.end(), x) != cb.end()) return true;
  }
  return false;
}

// Random Hangul names: a common surname and one or two given-name syllables of any jamo.
std::vector<std::string> RandomHangulNames(int count) {
  std::mt19937 rng(20260508);
  const char* surnames[] = {"김", "리", "박", "최", "정", "조",
                            "강", "윤", "장", "한", "류", "남궁"};
  std::vector<std::string> out;
  for (int n = 0; n < count; ++n) {
    std::string name = surnames[rng() % std::size(surnames)];
    int syllables = 1 + static_cast<int>(rng() % 2);
    for (int s = 0; s < syllables; ++s) {
      korean_internal::Jamo j{static_cast<uint8_t>(rng() % 19), static_cast<uint8_t>(rng() % 21),
                              static_cast<uint8_t>(rng() % 3 == 0 ? rng() % 28 : 0)};
      korean_internal::AppendUtf8(name, korean_internal::Compose(j));
    }
    out.push_back(name);
  }
  return out;
}

TEST(KoreanCoarse, RomanizationsOfRandomNames) {
  int pairs = 0;
  int latin_pairs = 0;
  for (const std::string& name : RandomHangulNames(3000)) {
    auto hangul = KeyFromHangul(name);
    ASSERT_TRUE(hangul) << name;
    std::vector<std::string> forms = RomanizeKoreanName(name);
    std::vector<KoreanKey> latin_keys;
    for (const std::string& form : forms) {
      auto latin = KeyFromLatin(form);
      ASSERT_TRUE(latin) << form;
      ASSERT_TRUE(KeysCompatible(*hangul, *latin)) << name << " vs " << form;
      EXPECT_TRUE(ShareCoarse(*hangul, *latin)) << name << " vs " << form;
      latin_keys.push_back(*latin);
      ++pairs;
    }
    // Two spellings of one name (MR and Revised, joined and split) match each other too.
    for (size_t i = 0; i < latin_keys.size(); ++i) {
      for (size_t j = i + 1; j < latin_keys.size(); ++j) {
        EXPECT_TRUE(KeysCompatible(latin_keys[i], latin_keys[j])) << forms[i] << " vs " << forms[j];
        EXPECT_TRUE(ShareCoarse(latin_keys[i], latin_keys[j])) << forms[i] << " vs " << forms[j];
        ++latin_pairs;
      }
    }
  }
  EXPECT_GT(pairs, 12000);
  EXPECT_GT(latin_pairs, 25000);
}

// Every token and every multi-word name of the DPRK part of the UN list, against every other.
TEST(KoreanCoarse, AllPairsOfListSpellings) {
  std::ifstream in(std::string(EMBARGO_SHARED_DIR) + "/data/lists/un/consolidated-2026-05-08.xml");
  ASSERT_TRUE(in);
  std::stringstream text;
  text << in.rdbuf();
  std::string xml = text.str();
  std::vector<std::string> names;
  for (const char* tag : {"<FIRST_NAME>", "<SECOND_NAME>", "<THIRD_NAME>", "<ALIAS_NAME>"}) {
    for (size_t at = xml.find(tag); at != std::string::npos; at = xml.find(tag, at + 1)) {
      size_t begin = at + std::string(tag).size();
      std::string value = xml.substr(begin, xml.find('<', begin) - begin);
      std::stringstream words(value);
      for (std::string w; words >> w;) names.push_back(w);
      names.push_back(value);
    }
  }
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  std::vector<KoreanKey> keys;
  for (const std::string& n : names) {
    if (auto k = KeyFromLatin(n)) keys.push_back(*k);
  }
  ASSERT_GT(keys.size(), 1000u);
  long compatible = 0;
  for (size_t i = 0; i < keys.size(); ++i) {
    for (size_t j = i + 1; j < keys.size(); ++j) {
      if (!KeysCompatible(keys[i], keys[j])) continue;
      ++compatible;
      ASSERT_TRUE(ShareCoarse(keys[i], keys[j])) << i << " " << j;
    }
  }
  std::printf("%zu Latin keys, %ld compatible pairs, all sharing a coarse key\n", keys.size(),
              compatible);
  EXPECT_GT(compatible, 1000);
}

TEST(KoreanCoarse, JoinedAndSplitNamesShareKeys) {
  auto split = KeyFromLatin("Kim Jong Un");
  auto joined = KeyFromLatin("Kimjongun");
  ASSERT_TRUE(split && joined);
  EXPECT_TRUE(KeysCompatible(*split, *joined));
  EXPECT_TRUE(ShareCoarse(*split, *joined));
  EXPECT_FALSE(CoarseKeys(*split).empty());
}

}  // namespace
}  // namespace embargo
