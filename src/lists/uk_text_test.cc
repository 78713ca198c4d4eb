#include "lists/uk_text.h"

#include <gtest/gtest.h>

namespace embargo::lists::uk {
namespace {

using Items = std::vector<std::string>;

TEST(UkSplitEnumeration, MarkerStyles) {
  EXPECT_EQ(SplitEnumeration("(1) Tripoli (2) Tunis"), (Items{"Tripoli", "Tunis"}));
  EXPECT_EQ(SplitEnumeration("1) Saudi Arabia 2) Qatar"), (Items{"Saudi Arabia", "Qatar"}));
  EXPECT_EQ(SplitEnumeration("a) French, b) Tunisian"), (Items{"French", "Tunisian"}));
  EXPECT_EQ(SplitEnumeration("(a) Russian  (b) Georgia"), (Items{"Russian", "Georgia"}));
  EXPECT_EQ(SplitEnumeration("a) General b)Major General"), (Items{"General", "Major General"}));
  EXPECT_EQ(SplitEnumeration("(1)-(2) Indonesia"), (Items{"Indonesia"}));
  EXPECT_EQ(SplitEnumeration("(1) Afghan (2) Pakistani"), (Items{"Afghan", "Pakistani"}));
}

TEST(UkSplitEnumeration, PlainTextIsOneItem) {
  EXPECT_EQ(SplitEnumeration("Afghanistan (since 2009)"), (Items{"Afghanistan (since 2009)"}));
  EXPECT_EQ(SplitEnumeration("Blok C 106-107"), (Items{"Blok C 106-107"}));
  EXPECT_EQ(SplitEnumeration("  "), Items{});
  EXPECT_EQ(SplitEnumeration(""), Items{});
}

TEST(UkNationality, DemonymsAndCountryNames) {
  EXPECT_EQ(NationalityCode("Saudi Arabian"), "sa");
  EXPECT_EQ(NationalityCode("Afghan"), "af");
  EXPECT_EQ(NationalityCode("Afgan"), "af");
  EXPECT_EQ(NationalityCode("North Korean"), "kp");
  EXPECT_EQ(NationalityCode("Iraqi "), "iq");
  EXPECT_EQ(NationalityCode("Qatar"), "qa");
  EXPECT_EQ(NationalityCode("Democratic People\u2019s Republic of Korea"), "kp");
  EXPECT_EQ(NationalityCode("Tunisian (dual nationality)"), "");
  EXPECT_EQ(NationalityCode(""), "");
}

TEST(UkNationality, CountriesInsidePhrases) {
  EXPECT_EQ(CountriesInText("Iranian national and US national/citizen", CodeTokens::kAccept),
            (Items{"ir", "us"}));
  EXPECT_EQ(CountriesInText("Iranian national and US national/citizen", CodeTokens::kIgnore),
            (Items{"ir"}));
  EXPECT_EQ(CountriesInText("United States of America. Also believed to hold Syrian nationality",
                            CodeTokens::kAccept),
            (Items{"us", "sy"}));
  EXPECT_EQ(CountryInText("Passport No: 592667 (Qatari passport issued on 3 May 2007).",
                          CodeTokens::kIgnore),
            "qa");
  EXPECT_EQ(
      CountryInText("27082171 (United States of America). Issued 21 June 1992 in Amman, Jordan",
                    CodeTokens::kIgnore),
      "us");
  EXPECT_EQ(CountryInText("Afghanistan (since 2009)", CodeTokens::kAccept), "af");
  EXPECT_EQ(CountryInText("Issued on 12 May 2005", CodeTokens::kIgnore), "");
}

TEST(UkDocumentNumber, NumbersInSentences) {
  EXPECT_EQ(ExtractDocumentNumber("Passport No: 592667 (Qatari passport issued on 3 May 2007)."),
            "592667");
  EXPECT_EQ(ExtractDocumentNumber("W374031, Tunisian national identity number issued on 11 April"),
            "W374031");
  EXPECT_EQ(ExtractDocumentNumber("A 11263265"), "A 11263265");
  EXPECT_EQ(ExtractDocumentNumber("Syrian passport # 002680351 (issued 25/04/2007)"), "002680351");
  EXPECT_EQ(ExtractDocumentNumber("Saudi Arabian national identification number:1027508157"),
            "1027508157");
  EXPECT_EQ(ExtractDocumentNumber("CAR diplomatic passport No D00000898, issued on 11 April 2013"),
            "D00000898");
  EXPECT_EQ(ExtractDocumentNumber("issued 17/08/2006. Passport no. 9632078"), "9632078");
  EXPECT_EQ(ExtractDocumentNumber("Uganda Passport."), "");
}

TEST(UkUnReference, Spellings) {
  EXPECT_EQ(UnReference("UN Ref QDe.004. Emir for the eastern zone"), "QDe.004");
  EXPECT_EQ(UnReference("UN REF:QE.A.146.14. Also referred to as"), "QE.A.146.14");
  EXPECT_EQ(UnReference("Annex XIII. UN Reference KPi.047. Member of"), "KPi.047");
  EXPECT_EQ(UnReference("No UN listing"), "");
}

TEST(UkDates, DayFirst) {
  EXPECT_EQ(DayFirstToIso("13/04/2018"), "2018-04-13");
  EXPECT_EQ(DayFirstToIso("00/00/1980"), "");
  EXPECT_EQ(DayFirstToIso(""), "");
}

}  // namespace
}  // namespace embargo::lists::uk
