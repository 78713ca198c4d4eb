// Unit tests of the Normalizer: cleanup, token classes, scripts, roles, keys, equivalence.
#include "embargo/normalizer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <thread>

#include "text/key_hash.h"
#include "text/latin_respell.h"

namespace embargo {
namespace {

const Normalizer& TheNormalizer() {
  static const Normalizer* normalizer = new Normalizer();
  return *normalizer;
}

NormalizedName Norm(std::string_view name, EntityKind kind = EntityKind::kPerson,
                    bool kind_known = false, bool korean = false) {
  NormalizeOptions o;
  o.kind = kind;
  o.kind_known = kind_known;
  o.korean_context = korean;
  return TheNormalizer().Normalize(name, o);
}

NormalizedName Org(std::string_view name) { return Norm(name, EntityKind::kOrganization, true); }

std::vector<std::string> Joined(const NormalizedName& n) {
  std::vector<std::string> out;
  for (const NameForm& f : n.forms) out.push_back(f.Joined());
  return out;
}

bool HasForm(const NormalizedName& n, std::string_view joined) {
  std::vector<std::string> all = Joined(n);
  return std::find(all.begin(), all.end(), joined) != all.end();
}

bool HasKey(const NormalizedName& n, std::string_view key) {
  return std::binary_search(n.keys.begin(), n.keys.end(), std::string(key));
}

bool ShareKey(const NormalizedName& a, const NormalizedName& b) {
  for (const std::string& k : a.keys) {
    if (std::binary_search(b.keys.begin(), b.keys.end(), k)) return true;
  }
  return false;
}

TEST(NormalizerTest, ApostropheHyphenAndSpaceVariantsGiveTheSameTokens) {
  const std::string expected = Norm("CHOE SOK MIN").forms[0].Joined();
  for (const char* name : {"CH'OE SO'K MIN", "CH’OE SO’K MIN", "CHʼOE SOʻK MIN", "Ch`oe So‘k Min",
                           "CH'OE\u00A0SO'K\u2003MIN", "ＣＨＯＥ ＳＯＫ ＭＩＮ"}) {
    EXPECT_EQ(Norm(name).forms[0].Joined(), expected) << name;
  }
  EXPECT_EQ(Norm("Jang Myong‐Jin").forms[0].Joined(), "jang myong jin");
  EXPECT_EQ(Norm("Jang Myong–Jin").forms[0].Joined(), "jang myong jin");
  EXPECT_TRUE(Norm("Myong-Jin").forms[0].tokens[0].joined_next);
  // A comma after the family name, attached or spaced, and only there.
  for (const char* name : {"SMITH, John Paul", "SMITH , John Paul", "SMITH，John Paul"}) {
    const NormalizedName n = Norm(name);
    const std::vector<Token>& t = n.forms[0].tokens;
    ASSERT_EQ(t.size(), 3u) << name;
    EXPECT_TRUE(t[0].comma_after) << name;
    EXPECT_FALSE(t[1].comma_after || t[2].comma_after) << name;
  }
  EXPECT_FALSE(Norm("John Paul Smith").forms[0].tokens[0].comma_after);
}

TEST(NormalizerTest, DiacriticsAreFoldedButKoreanBrevesStillDecide) {
  EXPECT_EQ(Norm("José Müller-Łukasiewicz Ærø Straße").forms[0].Joined(),
            "jose muller lukasiewicz aero strasse");
  // ŏ is not o: "Chŏng" can only be 정, "Chong" may be 정 or 종.
  NormalizedName breve = Norm("Kim Chŏng Il"), plain = Norm("Kim Chong Il");
  EXPECT_EQ(breve.forms[0].Joined(), plain.forms[0].Joined());
  EXPECT_NE(breve.forms[0].tokens[1].korean_key, plain.forms[0].tokens[1].korean_key);
  EXPECT_TRUE(NamesEquivalent(breve, plain));
  EXPECT_TRUE(NamesEquivalent(Norm("Kim Chong Il"), Norm("김종일")));
  EXPECT_FALSE(NamesEquivalent(breve, Norm("김종일")));
  EXPECT_TRUE(NamesEquivalent(breve, Norm("김정일")));
}

TEST(NormalizerTest, LegalFormsShareCanonicalIds) {
  auto legal = [](const NormalizedName& n) {
    std::vector<std::string> out;
    for (const Token& t : n.forms[0].tokens) {
      // A legal form of several words ("Co., Ltd.") gives each word the same id.
      if (t.kind == TokenKind::kLegalForm && (out.empty() || out.back() != t.canonical)) {
        out.push_back(t.canonical);
      }
    }
    return out;
  };
  EXPECT_EQ(legal(Org("Chong Chon Gang Shipping Co., Ltd.")),
            legal(Org("Chong Chon Gang Shipping Company Limited")));
  EXPECT_EQ(legal(Org("Romashka LLC")), legal(Org("ООО Ромашка")));
  EXPECT_EQ(legal(Org("Acme Public Joint Stock Company")), legal(Org("ACME PJSC")));
  EXPECT_EQ(legal(Org("Acme S.A.")), std::vector<std::string>{"sa"});
  EXPECT_EQ(legal(Org("Yuk Tung Energy Pte Ltd")), std::vector<std::string>{"pte_ltd"});
  EXPECT_EQ(legal(Org("Siemens GmbH")), std::vector<std::string>{"gmbh"});
  // Russian and Ukrainian forms spelt out, in any of the Latin spellings the lists mix.
  EXPECT_EQ(legal(Org("OBSHCHESTVO S OGRANICHENNOI OTVETSTVENNOSTYU GAZPROM DOBYCHA")),
            std::vector<std::string>{"llc"});
  EXPECT_EQ(legal(Org("Obshestvo s ogranichennoy otvetstvennostju Romashka")),
            legal(Org("ООО Ромашка")));
  EXPECT_EQ(legal(Org("Otkrytoye Aktsionernoye Obshchestvo Uralkali")),
            std::vector<std::string>{"ojsc"});
  EXPECT_EQ(legal(Org("PUBLICHNOE AKTSIONERNOE OBSHCHESTVO SBERBANK")), legal(Org("PAO Sberbank")));
  EXPECT_EQ(legal(Org("Tovarystvo z obmezhenoyu vidpovidalnistyu Kvitka")),
            std::vector<std::string>{"llc"});
  EXPECT_EQ(legal(Org("Castle Investment Holding Private JSC")), std::vector<std::string>{"jsc"});
  EXPECT_EQ(legal(Org("National Iranian Copper Industries Public Joint Stock")),
            std::vector<std::string>{"pjsc"});
  // A person's "Sa" or "Ko" is a name, not a legal form.
  NormalizedName person = Norm("Kim Sa", EntityKind::kPerson, true);
  EXPECT_EQ(person.forms[0].tokens[1].kind, TokenKind::kNamePart);
}

TEST(NormalizerTest, GenericWordsAreTypedAndNotIndexed) {
  NormalizedName n = Org("KOREA ANSAN SHPG COMPANY");
  const auto& t = n.forms[0].tokens;
  ASSERT_EQ(t.size(), 4u);
  EXPECT_EQ(t[0].kind, TokenKind::kGenericWord);
  EXPECT_EQ(t[1].kind, TokenKind::kNamePart);
  EXPECT_EQ(t[2].canonical, "shipping");
  EXPECT_TRUE(HasKey(n, "ansan"));
  EXPECT_FALSE(HasKey(n, "shpg"));
  EXPECT_TRUE(NamesEquivalent(n, Org("Korea Ansan Shipping Co")));
  EXPECT_FALSE(NamesEquivalent(n, Org("Korea Samma Shipping Co")));
}

TEST(NormalizerTest, TitlesInitialsNumbersAndConnectors) {
  NormalizedName n = Norm("Dr. John F. Kennedy");
  const auto& t = n.forms[0].tokens;
  ASSERT_EQ(t.size(), 4u);
  EXPECT_EQ(t[0].kind, TokenKind::kTitle);
  EXPECT_EQ(t[2].kind, TokenKind::kInitial);
  EXPECT_TRUE(NamesEquivalent(n, Norm("John Kennedy")));
  // A title alone is still a name; one after the name or inside it is still a title.
  EXPECT_EQ(Norm("Sheikh").forms[0].tokens[0].kind, TokenKind::kNamePart);
  EXPECT_EQ(Norm("SAI'ID, Shaykh").forms[0].tokens[1].kind, TokenKind::kTitle);
  EXPECT_EQ(Norm("ASHRAF HAJI MUHAMMAD").forms[0].tokens[1].kind, TokenKind::kTitle);
  NormalizedName titles = Norm("Haji Mullah");  // one of two stays a name part
  ASSERT_EQ(titles.forms[0].tokens.size(), 2u);
  EXPECT_EQ(titles.forms[0].tokens[0].kind, TokenKind::kTitle);
  EXPECT_EQ(titles.forms[0].tokens[1].kind, TokenKind::kNamePart);
  NormalizedName office = Org("Office No. 39");
  EXPECT_TRUE(NamesEquivalent(office, Org("OFFICE 39")));
  EXPECT_TRUE(NamesEquivalent(office, Org("Office #39")));
  EXPECT_FALSE(NamesEquivalent(office, Org("Office 38")));
  EXPECT_TRUE(NamesEquivalent(Org("SECOND ACADEMY OF NATURAL SCIENCES"),
                              Org("2ND ACADEMY OF NATURAL SCIENCES")));
  EXPECT_EQ(Org("Shipping & Technology").forms[0].tokens[1].kind, TokenKind::kConnector);
}

TEST(NormalizerTest, GenerationsAfterANameShareCanonicalIds) {
  const NormalizedName name = Norm("Robert E. Smith Sr.");
  const auto& sr = name.forms[0].tokens;
  ASSERT_EQ(sr.size(), 4u);
  EXPECT_EQ(sr[3].kind, TokenKind::kGeneration);
  EXPECT_EQ(sr[3].canonical, "senior");
  EXPECT_EQ(Norm("David Dobbins Senior").forms[0].tokens[2].canonical, "senior");
  EXPECT_EQ(Norm("LAVILLA, JR").forms[0].tokens[1].canonical, "junior");
  EXPECT_EQ(Norm("John Doe III").forms[0].tokens[2].kind, TokenKind::kGeneration);
  // "Junior" first is a given name; a name of one part keeps it.
  EXPECT_EQ(Norm("Junior Silva").forms[0].tokens[0].kind, TokenKind::kNamePart);
  EXPECT_EQ(Norm("Junior").forms[0].tokens[0].kind, TokenKind::kNamePart);
}

TEST(NormalizerTest, CyrillicHasSeveralSystems) {
  NormalizedName n = Norm("Владимир Владимирович Путин");
  EXPECT_TRUE(HasForm(n, "vladimir vladimirovich putin"));
  NormalizedName zh = Norm("Жанна Щукина Юлия");
  EXPECT_TRUE(HasForm(zh, "zhanna shchukina iuliia"));  // ICAO
  EXPECT_TRUE(HasForm(zh, "zhanna shchukina yuliya"));  // BGN/PCGN
  EXPECT_TRUE(HasForm(zh, "zanna sukina ulia"));        // ISO 9 without diacritics
  // Roles from the patronymic.
  const auto& t = n.forms[0].tokens;
  EXPECT_EQ(t[0].role, NameRole::kGiven);
  EXPECT_EQ(t[1].role, NameRole::kPatronymic);
  EXPECT_EQ(t[2].role, NameRole::kFamily);
  EXPECT_TRUE(NamesEquivalent(Norm("Путин Владимир Владимирович"), Norm("Vladimir Putin")));
}

TEST(NormalizerTest, RussianRenderingOfKoreanNamesReadsAsKorean) {
  NormalizedName n = Norm("Ким Чен Ын");
  EXPECT_TRUE(NamesEquivalent(n, Norm("Kim Jong Un")));
  EXPECT_TRUE(NamesEquivalent(n, Norm("김정은")));
  EXPECT_TRUE(NamesEquivalent(Norm("Ким Ир Сен"), Norm("Kim Il Sung")));
  EXPECT_TRUE(ShareKey(n, Norm("KIM JONG UN")));
}

TEST(NormalizerTest, RussianRenderingOfChineseNamesReadsAsPinyin) {
  EXPECT_TRUE(HasForm(Norm("Си Цзиньпин"), "xi jinping"));
  EXPECT_TRUE(HasForm(Norm("Мао Цзэдун"), "mao zedong"));
  EXPECT_TRUE(HasForm(Norm("Чжоу Эньлай"), "zhou enlai"));
}

TEST(NormalizerTest, HangulNamesKeepTheirSyllables) {
  NormalizedName jong_un = Norm("김정은"), jong_eun = Norm("김종은");
  EXPECT_FALSE(NamesEquivalent(jong_un, jong_eun));  // 정 is not 종
  EXPECT_TRUE(NamesEquivalent(jong_un, Norm("Kim Jong Un")));
  EXPECT_TRUE(NamesEquivalent(jong_eun, Norm("Kim Jong Un")));  // MR "jong" may be either
  EXPECT_TRUE(NamesEquivalent(jong_un, Norm("Kim Jeong-eun")));
  EXPECT_FALSE(NamesEquivalent(jong_eun, Norm("Kim Jeong-eun")));
  EXPECT_TRUE(NamesEquivalent(jong_un, Norm("김 정은")));
  const Token& family = jong_un.forms[0].tokens[0];
  EXPECT_EQ(family.role, NameRole::kFamily);
  EXPECT_EQ(family.script, Script::kHangul);
  EXPECT_TRUE(ShareKey(jong_un, Norm("KIM JONG-UN")));
}

TEST(NormalizerTest, HangulOrganizationsSplitGenericEndings) {
  NormalizedName n = Org("대동신용은행");
  EXPECT_TRUE(std::any_of(n.forms[0].tokens.begin(), n.forms[0].tokens.end(),
                          [](const Token& t) { return t.canonical == "bank"; }));
  EXPECT_TRUE(NamesEquivalent(Org("고려은행"), Org("KORYO BANK")));
}

TEST(NormalizerTest, HanIsReadInPinyinAndAsKorean) {
  NormalizedName n = Norm("金正恩");
  EXPECT_TRUE(HasForm(n, "jin zhengen"));
  EXPECT_TRUE(HasForm(n, "jin zheng en"));
  EXPECT_TRUE(NamesEquivalent(n, Norm("Kim Jong Un")));  // 金 starts a Korean name
  EXPECT_TRUE(HasForm(Norm("习近平"), "xi jinping"));
  NormalizedName org = Org("沈忠國際海運有限公司");
  EXPECT_TRUE(NamesEquivalent(org, Org("SHEN ZHONG INTERNATIONAL SHIPPING")));
}

TEST(NormalizerTest, ArabicGivesTheCommonLatinSpellings) {
  NormalizedName n = Norm("محمد");
  EXPECT_TRUE(HasForm(n, "mohammed"));
  EXPECT_TRUE(HasForm(n, "muhammad"));
  EXPECT_TRUE(HasForm(n, "mohamed"));
  EXPECT_TRUE(NamesEquivalent(Norm("عبد الله"), Norm("Abdullah")));
  EXPECT_TRUE(HasKey(Norm("Mohammed"), "p:mmt"));
  EXPECT_TRUE(HasKey(Norm("Muhammad"), "p:mmt"));
  // A final heh after a consonant: the feminine -a of Persian and Egyptian spelling, or a
  // consonant between vowels after a single letter.
  EXPECT_TRUE(HasForm(Norm("شحاته"), "shahata"));
  EXPECT_TRUE(HasForm(Norm("طه"), "taha"));
  EXPECT_TRUE(HasForm(Norm("شاه"), "shah"));  // after a vowel, a consonant
}

// Names of India as their Latin spellings write them, not as ICU's ISO 15919 does: a word's
// last inherent vowel unsaid but after a cluster, ś and ṣ sh, c ch.
TEST(NormalizerTest, IndicNamesSpeltAsTheirLatinSpellingsWriteThem) {
  EXPECT_TRUE(HasForm(Norm("भ्लादिमिर पुटिन"), "vladimir putin"));  // a foreign v written bh
  EXPECT_TRUE(HasForm(Norm("व्लादिमीर पुतिन"), "vladimir putin"));
  EXPECT_TRUE(HasForm(Norm("व्लादिमीर पुतिन"), "vladimira putina"));  // ICU's
  EXPECT_TRUE(HasForm(Norm("राहुल शर्मा"), "rahul sharma"));
  EXPECT_TRUE(HasForm(Norm("दाऊद इब्राहिम"), "daud ibrahim"));
  EXPECT_TRUE(HasForm(Norm("नरेंद्र मोदी"), "narendra modi"));  // a cluster keeps its vowel
  EXPECT_TRUE(HasForm(Norm("चंद्र"), "chandra"));
  EXPECT_TRUE(HasForm(Norm("অমিত"), "amit"));  // Bengali
  EXPECT_EQ(Norm("सीता").forms.size(), 1u);    // a written vowel stays: Sita
}

// Georgian gives a foreign name ending in a consonant the nominative -i.
TEST(NormalizerTest, GeorgianNamesWithoutTheirNominative) {
  EXPECT_TRUE(HasForm(Norm("ვლადიმერ პუტინი"), "vladimer putin"));
  EXPECT_TRUE(HasForm(Norm("სერგეი ლავროვი"), "sergei lavrov"));
  EXPECT_TRUE(HasForm(Norm("სერგეი ლავროვი"), "sergei lavrovi"));  // ICU's
}

TEST(NormalizerTest, GermanPolishDutchAndFrenchSpellingsRespeltTheEnglishWay) {
  EXPECT_EQ(text::RespellAsEnglish("wladimirowitsch"), "vladimirovich");  // German
  EXPECT_EQ(text::RespellAsEnglish("wladimirowicz"), "vladimirovich");    // Polish
  EXPECT_EQ(text::RespellAsEnglish("wladimirowitsj"), "vladimirovich");   // Dutch
  EXPECT_EQ(text::RespellAsEnglish("poetin"), "putin");
  EXPECT_EQ(text::RespellAsEnglish("poutine"), "putin");  // French, its final e silent
  EXPECT_EQ(text::RespellAsEnglish("timtchenko"), "timchenko");
  EXPECT_EQ(text::RespellAsEnglish("khrouchtchev"), "khrushchev");
  EXPECT_EQ(text::RespellAsEnglish("guennadi"), "gennadi");
  EXPECT_EQ(text::RespellAsEnglish("staline"), "stalin");
  EXPECT_EQ(text::RespellAsEnglish("vlagyimir"), "vladimir");  // Hungarian
  EXPECT_EQ(text::RespellAsEnglish("putyin"), "putin");
  EXPECT_EQ(text::RespellAsEnglish("putinas"), "putin");  // Lithuanian
  EXPECT_EQ(text::RespellAsEnglish("lavrovas"), "lavrov");
  EXPECT_EQ(text::RespellAsEnglish("thomas"), "");
  EXPECT_EQ(text::RespellAsEnglish("jelzin"), "");  // j is left: John, Jamal, Jose
  EXPECT_EQ(text::RespellAsEnglish("smith"), "");
  EXPECT_EQ(text::RespellAsEnglish("zhou"), "");  // short words keep their vowels
  // A form of its own, asked for; a word that reads as Korean keeps its Korean spelling.
  NormalizeOptions respell;
  respell.respell_latin = true;
  NormalizedName n = TheNormalizer().Normalize("Wladimir Wladimirowitsch Putin", respell);
  EXPECT_TRUE(HasForm(n, "vladimir vladimirovich putin"));
  EXPECT_FALSE(HasForm(Norm("Wladimir Wladimirowitsch Putin"), "vladimir vladimirovich putin"));
  EXPECT_EQ(TheNormalizer().Normalize("Choe Jong Un", respell).forms.size(), 1u);
}

TEST(NormalizerTest, PersianPashtoAndUrduNamesReadAsTheyAreSpelt) {
  // Names from the UN list's original-script fields, against the list's own Latin forms.
  // A name and الله or الدين after it are one name part; Persian ی and ک are Arabic ي and ك.
  EXPECT_TRUE(HasForm(Norm("نجیب الله"), "najibullah"));
  EXPECT_TRUE(HasForm(Norm("نورالدین"), "nooruddin") || HasForm(Norm("نورالدین"), "nouruddin"));
  EXPECT_TRUE(HasForm(Norm("ضیا الرحمان"), "zia ur rahman"));
  // Pashto letters, and Arabic ذ ض ظ sounded z: ځدران Zadran, ذاکر Zakir.
  auto last_token = [](const NormalizedName& n) { return n.forms.at(0).tokens.back().text; };
  EXPECT_TRUE(last_token(Norm("محمد عمر ځدران")).starts_with("zad"));
  EXPECT_EQ(last_token(Norm("ټوپ")), last_token(Norm("توپ")));    // Pashto ټ is read as ت
  EXPECT_EQ(last_token(Norm("پوٹن")), last_token(Norm("پوتن")));  // and Urdu ٹ
  EXPECT_TRUE(last_token(Norm("عبد الروف ذاکر")).starts_with("zak"));
  // Pashtun tribes end in -zai, and Urdu writes الله with its own heh.
  EXPECT_TRUE(HasForm(Norm("مالک نورزى"), "malik nourzai") ||
              HasForm(Norm("مالک نورزى"), "malik nurzai"));
  EXPECT_TRUE(HasForm(Norm("ثناء اللہ"), "sanaullah"));
  EXPECT_TRUE(HasForm(Norm("جلال الدين حقانى"), "jalaluddin haqqani"));
  // A final ى stands for ي (Egyptian على is Ali); ولد is "son of" in Mauritanian names.
  EXPECT_TRUE(HasForm(Norm("على"), "ali"));
  auto has_token = [](const NormalizedName& n, std::string_view text) {
    return std::any_of(n.forms.begin(), n.forms.end(), [&](const NameForm& f) {
      return std::any_of(f.tokens.begin(), f.tokens.end(),
                         [&](const Token& t) { return t.text == text; });
    });
  };
  EXPECT_TRUE(has_token(Norm("محفوظ ولد الوليد"), "ould"));
  // The French spelling of the Maghreb: جمال Djamel.
  EXPECT_TRUE(has_token(Norm("جمال"), "djamal") || has_token(Norm("جمال"), "djamel"));
  // Without a Persian letter, Arabic keeps its own sounds: ذ is dh.
  EXPECT_TRUE(last_token(Norm("ذاكر")).starts_with("dh"));
}

TEST(NormalizerTest, ForeignNamesInHangulAreSpelledBack) {
  // Japanese names are written family name first in Korean; Kakuei Tanaka in English.
  EXPECT_TRUE(HasForm(Norm("다나카 가쿠에이"), "kakuei tanaka"));
  EXPECT_TRUE(HasForm(Norm("스즈키 이치로"), "ichiro suzuki"));
  NormalizedName pope = Norm("교황 비오 2세");
  EXPECT_EQ(pope.forms[0].tokens[0].kind, TokenKind::kTitle);
  EXPECT_EQ(pope.forms[0].tokens.back().text, "ii");
  // Loanword readings keep the exact Korean key: two Hangul names still differ by syllables.
  EXPECT_FALSE(NamesEquivalent(Norm("존 스미스"), Norm("존 스머스")));
}

TEST(NormalizerTest, ForeignNamesInCyrillicAreSpelledBack) {
  EXPECT_TRUE(HasForm(Norm("Шнайдер"), "schneider"));
  EXPECT_TRUE(HasForm(Norm("Сисимэ"), "shishime"));
  EXPECT_TRUE(HasForm(Norm("Рачинский"), "raczinski"));
  EXPECT_TRUE(HasForm(Norm("Джустини"), "giustini"));
}

TEST(NormalizerTest, ForeignNamesInArabicKeepTheirWrittenVowels) {
  EXPECT_TRUE(HasForm(Norm("كازانتزاكيس"), "kazantzakis"));
  EXPECT_TRUE(HasForm(Norm("ماريا"), "maria"));
}

TEST(NormalizerTest, ParentheticalTextIsAlsoItsOwnForm) {
  NormalizedName n = Org("DAEDONG CREDIT BANK (DCB)");
  bool found = false;
  for (const NameForm& f : n.forms) found = found || (f.parenthetical && f.Joined() == "dcb");
  EXPECT_TRUE(found);
  EXPECT_TRUE(HasForm(n, "daedong credit bank"));
}

TEST(NormalizerTest, JoinedAndSplitSpellingsMatch) {
  EXPECT_TRUE(NamesEquivalent(Org("CHONGCHONGANG SHIPPING COMPANY"),
                              Org("Chong Chon Gang Shipping Co. Ltd.")));
  EXPECT_TRUE(
      ShareKey(Org("CHONGCHONGANG SHIPPING COMPANY"), Org("Chong Chon Gang Shipping Co. Ltd.")));
  EXPECT_TRUE(NamesEquivalent(Norm("JO YONG-WON"), Norm("Cho Yongwon")));
}

// A name in Hangul is romanized as Korean (dprk, rr, mr) and spelt back as a foreign name
// (loanword, learned): the scorer compares the latter as spelt.
TEST(NormalizerTest, FormsThatReadAForeignNameBack) {
  NormalizedName n = TheNormalizer().Normalize("클라라 히틀러");
  std::set<std::string> foreign, korean;
  for (const NameForm& f : n.forms) (f.ReadsAForeignNameBack() ? foreign : korean).insert(f.system);
  EXPECT_TRUE(foreign.count("loanword")) << n.forms.size();
  EXPECT_TRUE(foreign.count("learned"));
  EXPECT_TRUE(korean.count("dprk"));
  EXPECT_TRUE(korean.count("rr"));
  EXPECT_FALSE(TheNormalizer().Normalize("Klara Hitler").forms[0].ReadsAForeignNameBack());
}

TEST(NormalizerTest, OtherScriptsFallBackToIcu) {
  EXPECT_TRUE(HasForm(Norm("Αλέξης Τσίπρας"), "alexes tsipras") ||
              HasForm(Norm("Αλέξης Τσίπρας"), "alexis tsipras"));
  NormalizedName hebrew = Norm("בנימין נתניהו");
  ASSERT_FALSE(hebrew.forms.empty());
  EXPECT_EQ(hebrew.forms[0].tokens.size(), 2u);
  EXPECT_EQ(hebrew.script, Script::kHebrew);
}

TEST(NormalizerTest, EveryTokenIsLowerCaseAscii) {
  for (const char* name : {"Ærø Ⅻ ﬁnance", "Nguyễn Tấn Dũng", "Ким Чен Ын", "金正恩",
                           "محمد بن سلمان", "ⓐⓑⓒ", "李 成 赫", "Ахмед Ражапович Чатаев"}) {
    for (const NameForm& f : Norm(name).forms) {
      for (const Token& t : f.tokens) {
        ASSERT_FALSE(t.text.empty()) << name;
        for (char c : t.text) {
          EXPECT_TRUE((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) << name << ": " << t.text;
        }
      }
    }
  }
  EXPECT_TRUE(Norm("").forms.empty());
  EXPECT_TRUE(Norm(" - , . ").forms.empty());
}

}  // namespace
}  // namespace embargo

namespace embargo {
namespace {

TEST(NormalizerTest, ConcurrentCallsGiveTheSameResults) {
  const std::vector<std::string> names = {"Kim Jong Un",
                                          "김정은",
                                          "金正恩",
                                          "Ким Чен Ын",
                                          "محمد بن سلمان",
                                          "Αλέξης Τσίπρας",
                                          "Chong Chon Gang Co Ltd",
                                          "Владимир Путин",
                                          "조지 워싱턴",
                                          "克魯森"};
  Normalizer normalizer;  // fresh: the memos and the Han table fill up during the run
  std::vector<std::vector<NormalizedName>> results(4);
  std::vector<std::thread> threads;
  for (size_t t = 0; t < results.size(); ++t) {
    threads.emplace_back([&, t] {
      for (int round = 0; round < 20; ++round) {
        for (const std::string& n : names) results[t].push_back(normalizer.Normalize(n));
      }
    });
  }
  for (std::thread& t : threads) t.join();
  for (size_t i = 0; i < names.size(); ++i) {
    NormalizedName expected = Normalizer().Normalize(names[i]);
    for (const auto& r : results) EXPECT_EQ(r[i], expected) << names[i];
  }
}

TEST(NormalizerTest, KeyHashesAreTheHashesOfTheKeys) {
  Normalizer n;
  for (std::string_view name : {"Kim Jong Un", "CHONGCHONGANG SHIPPING CO., LTD.", "김정은",
                                "Ким Чен Ын", "محمد عبد الكريم", "金正恩", "Jose Gonzalez"}) {
    SCOPED_TRACE(std::string(name));
    NormalizedName spelt = n.Normalize(name);
    ASSERT_FALSE(spelt.keys.empty());
    std::vector<uint64_t> expected;
    for (const std::string& k : spelt.keys) expected.push_back(text::HashIndexKey(k));
    std::sort(expected.begin(), expected.end());
    expected.erase(std::unique(expected.begin(), expected.end()), expected.end());
    EXPECT_EQ(spelt.key_hashes, expected);
    // The screener's options: the same hashes without the strings.
    NormalizeOptions hashed_only;
    hashed_only.key_texts = false;
    NormalizedName hashed = n.Normalize(name, hashed_only);
    EXPECT_TRUE(hashed.keys.empty());
    EXPECT_EQ(hashed.key_hashes, expected);
    EXPECT_EQ(hashed.forms, spelt.forms);
  }
}

}  // namespace
}  // namespace embargo
