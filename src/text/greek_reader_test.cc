// Greek names as Greek passports (ELOT 743) and foreign documents spell them.
#include "text/greek_reader.h"

#include <gtest/gtest.h>

#include "embargo/normalizer.h"

namespace embargo::text {
namespace {

TEST(GreekReader, ElotAsPassportsWriteIt) {
  EXPECT_EQ(GreekToLatin("βασίλης", GreekSystem::kElot), "vasilis");
  EXPECT_EQ(GreekToLatin("παπαδόπουλος", GreekSystem::kElot), "papadopoulos");
  EXPECT_EQ(GreekToLatin("χρήστος", GreekSystem::kElot), "christos");
  EXPECT_EQ(GreekToLatin("οικονόμου", GreekSystem::kElot), "oikonomou");
  EXPECT_EQ(GreekToLatin("ευάγγελος", GreekSystem::kElot), "evangelos");
  EXPECT_EQ(GreekToLatin("ευθύμιος", GreekSystem::kElot), "efthymios");  // αυ, ευ before θ: f
  EXPECT_EQ(GreekToLatin("μπακογιάννης", GreekSystem::kElot), "bakogiannis");
  EXPECT_EQ(GreekToLatin("ντίνος", GreekSystem::kElot), "dinos");
  EXPECT_EQ(GreekToLatin("αντώνης", GreekSystem::kElot), "antonis");  // ντ inside: nt
  EXPECT_EQ(GreekToLatin("ψαρρός", GreekSystem::kElot), "psarros");
}

TEST(GreekReader, SoundAsForeignDocumentsWriteIt) {
  EXPECT_EQ(GreekToLatin("χρήστος", GreekSystem::kSound), "hristos");
  EXPECT_EQ(GreekToLatin("οικονόμου", GreekSystem::kSound), "ikonomu");
  EXPECT_EQ(GreekToLatin("πούτιν", GreekSystem::kSound), "putin");
  EXPECT_EQ(GreekToLatin("αντώνης", GreekSystem::kSound), "andonis");
}

TEST(GreekReader, ForeignNamesAsGreekWritesThem) {
  EXPECT_EQ(GreekToLatin("βλαντίμιρ", GreekSystem::kForeign), "vladimir");
  EXPECT_EQ(GreekToLatin("ντόναλντ", GreekSystem::kForeign), "donald");
  EXPECT_EQ(GreekToLatin("τραμπ", GreekSystem::kForeign), "tramp");  // μπ at the end: mp
  EXPECT_EQ(GreekToLatin("ρομπέρτο", GreekSystem::kForeign), "roberto");
  EXPECT_EQ(GreekToLatin("βλαντίμιρ", GreekSystem::kSound), "vlandimir");
}

TEST(GreekReader, DialytikaKeepsVowelsApart) {
  EXPECT_EQ(GreekToLatin("ραΐσα", GreekSystem::kElot), "raisa");   // not "resa"
  EXPECT_EQ(GreekToLatin("ραΐσα", GreekSystem::kSound), "raisa");  // αι would be e
  EXPECT_EQ(GreekToLatin("παιδί", GreekSystem::kSound), "pedi");
}

TEST(GreekReader, NormalizerGivesBothSpellings) {
  Normalizer n;
  NormalizedName name = n.Normalize("Χρήστος Οικονόμου");
  std::vector<std::string> forms;
  for (const NameForm& f : name.forms) forms.push_back(f.Joined());
  EXPECT_NE(std::find(forms.begin(), forms.end(), "christos oikonomou"), forms.end());
  EXPECT_NE(std::find(forms.begin(), forms.end(), "hristos ikonomu"), forms.end());
}

}  // namespace
}  // namespace embargo::text
