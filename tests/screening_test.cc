// End-to-end screening on the real lists: the UN 2026-05-08 file, and the reference set.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <initializer_list>
#include <set>
#include <string>
#include <utility>

#include "embargo/lists.h"
#include "embargo/screener.h"
#include "model/fuzzy_date.h"

namespace embargo {
namespace {

const std::string kLists = std::string(EMBARGO_SHARED_DIR) + "/data/lists";

std::shared_ptr<const Screener> UnScreener() {
  static std::shared_ptr<const Screener> screener = [] {
    auto lists = LoadLists({kLists + "/un/consolidated-2026-05-08.xml"});
    EXPECT_TRUE(lists.ok()) << lists.status().ToString();
    auto built = Screener::Build(std::move(*lists));
    EXPECT_TRUE(built.ok());
    return *built;
  }();
  return screener;
}

Query NameQuery(std::string name, std::optional<EntityKind> kind = std::nullopt) {
  Query q;
  q.names = {std::move(name)};
  q.kind = kind;
  return q;
}

// The name score of two names, as `embargo compare` gives it, and the default threshold.
double Score(std::string_view a, std::string_view b) {
  return UnScreener()->CompareNames(a, b).score;
}
const double kThreshold = ScreenOptions{}.threshold;

// Pairs of names that are one name (they score at least the default threshold), or two.
using NamePairs = std::initializer_list<std::pair<const char*, const char*>>;
void ExpectSameName(NamePairs pairs) {
  for (const auto& [a, b] : pairs) EXPECT_GE(Score(a, b), kThreshold) << a << " ~ " << b;
}
void ExpectOtherNames(NamePairs pairs) {
  for (const auto& [a, b] : pairs) EXPECT_LT(Score(a, b), kThreshold) << a << " ~ " << b;
}

std::string TopId(const std::vector<Match>& matches) {
  return matches.empty() ? "(none)" : matches.front().entity->id;
}

// Every alias of every DPRK record, queried as it stands, finds its record first: individuals'
// "Good" aliases, entities' a.k.a. and f.k.a., and original-script names.
TEST(Screening, EveryDprkAliasFindsItsRecordFirst) {
  auto screener = UnScreener();
  ScreenOptions options;
  options.limit = 3;
  int checked = 0, failed = 0;
  for (const ListSnapshot& list : screener->lists())
    for (const Entity& e : list.entities) {
      if (e.reference.rfind("KP", 0) != 0) continue;
      for (const Name& n : e.names) {
        if (n.quality == NameQuality::kWeakAlias) continue;
        ++checked;
        std::vector<Match> m = screener->Screen(NameQuery(n.full), options);
        if (m.empty() || !m.front().match || m.front().entity->id != e.id) {
          ++failed;
          ADD_FAILURE() << e.id << " alias '" << n.full << "' -> top " << TopId(m)
                        << (m.empty() ? "" : " score " + std::to_string(m.front().score));
        }
      }
    }
  EXPECT_GT(checked, 300);
  EXPECT_EQ(failed, 0);
}

TEST(Screening, ScoresSpreadByEvidence) {
  auto screener = UnScreener();
  Query exact = NameQuery("CHO IL U");
  Query with_dob = exact;
  with_dob.birth_dates = {*ParseFuzzyDate("1945-05-10")};
  Query variant = NameQuery("Jo Il Woo");
  Query wrong_dob = exact;
  wrong_dob.birth_dates = {*ParseFuzzyDate("1990-01-01")};
  auto score = [&](const Query& q) {
    ScreenOptions o;
    o.cutoff = 0.01;
    auto m = screener->Screen(q, o);
    for (const Match& x : m)
      if (x.entity->id == "un:KPi.040") return x.score;
    return 0.0;
  };
  double s_dob = score(with_dob), s_exact = score(exact), s_variant = score(variant),
         s_wrong = score(wrong_dob);
  EXPECT_GT(s_dob, s_exact);
  EXPECT_GT(s_exact, s_variant);
  EXPECT_GT(s_exact, s_wrong);
  EXPECT_LT(s_dob, 1.0);
  EXPECT_GE(s_variant, kThreshold);
}

TEST(Screening, KindsNeverCross) {
  auto screener = UnScreener();
  auto m = screener->Screen(NameQuery("CHO IL U", EntityKind::kVessel));
  EXPECT_TRUE(m.empty()) << TopId(m);
  m = screener->Screen(NameQuery("CHO IL U", EntityKind::kPerson));
  EXPECT_EQ(TopId(m), "un:KPi.040");
}

TEST(Screening, DatasetFilters) {
  auto screener = UnScreener();
  ScreenOptions o;
  o.include_datasets = {"un_dprk"};
  EXPECT_EQ(TopId(screener->Screen(NameQuery("Korea Kumsan Trading Corporation"), o)),
            "un:KPe.044");
  o.include_datasets = {"un_taliban"};
  EXPECT_TRUE(screener->Screen(NameQuery("Korea Kumsan Trading Corporation"), o).empty());
  o.include_datasets.clear();
  o.exclude_entity_ids = {"un:KPe.044"};
  EXPECT_NE(TopId(screener->Screen(NameQuery("Korea Kumsan Trading Corporation"), o)),
            "un:KPe.044");
}

TEST(Screening, ExplanationNamesTheEvidence) {
  auto screener = UnScreener();
  Query q = NameQuery("Jang Myong Jin");
  q.birth_dates = {*ParseFuzzyDate("1968-02-19")};
  auto m = screener->Screen(q);
  ASSERT_FALSE(m.empty());
  EXPECT_EQ(m.front().entity->id, "un:KPi.007");
  EXPECT_FALSE(m.front().tokens.empty());
  ASSERT_FALSE(m.front().evidence.empty());
  EXPECT_EQ(m.front().evidence.front().kind, "birth_date");
  EXPECT_GT(m.front().evidence.front().effect, 0);
  EXPECT_FALSE(m.front().summary.empty());
}

// Korean spellings: an ambiguous romanization matches every syllable it can stand for, and
// Hangul that tells syllables apart keeps them apart, also where a given name is written as
// one word (Taehee, 태희, whose spellings are "thae hui" and "tae hee").
TEST(Screening, KoreanRomanizationAmbiguity) {
  ExpectSameName({{"Kim Jong Un", "김정은"},
                  {"Kim Jong Un", "김종은"},
                  {"한태희", "Han Taehee"},
                  {"DAEDONG CREDIT BANK", "Taedong Credit Bank"},
                  {"CHONGCHONGANG SHIPPING", "Chong Chon Gang Shipping Co. Ltd."}});
  ExpectOtherNames({{"김정은", "김종은"}, {"Kim Jeong-eun", "김종은"}, {"한태희", "Han Taehoon"}});
}

// A customer's record often lacks the middle name or patronymic that the list carries. Each of
// its words spelt as the listed word (or as another spelling of the same name: Alexei,
// Alexey), that is the listed name; words left out next to each other are one part (Abdul
// Rahman). A misspelt word as well (Byamungo), two parts left out of a Spanish name, or a
// syllable of a Korean given name is less.
TEST(Screening, AMiddleNameOrPatronymicLeftOut) {
  ExpectSameName({{"Hassan Omar", "HASSAN MAHAT OMAR"},
                  {"Bernard Byamungu", "BERNARD MAHESHE BYAMUNGU"},
                  {"Tarkhan Gaziev", "TARKHAN ISMAILOVICH GAZIEV"},
                  {"Hottak, Ahmad", "Hottak, Abdul Rahman Ahmad"},
                  {"DYUMIN, Alexei", "DYUMIN, Alexey Gennadyevich"},
                  {"Hasan Omar", "HASSAN MAHAT OMAR"}});
  // The explanation names the part left out.
  std::vector<Match> found = UnScreener()->Screen(NameQuery("Bernard Byamungu"));
  ASSERT_FALSE(found.empty());
  EXPECT_EQ(found.front().entity->id, "un:CDi.038");
  ASSERT_FALSE(found.front().tokens.empty());
  EXPECT_EQ(found.front().tokens.back().candidate_token, "maheshe");
  EXPECT_EQ(found.front().tokens.back().method, "part_left_out");
  EXPECT_NE(found.front().summary.find("without 'maheshe'"), std::string::npos)
      << found.front().summary;
  // A patronymic left out, the rest a letter off or spelt another way (OFAC's aliases of one
  // person); but a middle name left out is another name then, and so is a name more letters off.
  ExpectSameName({{"KOSSIYEV, Sergei", "KOSSIEV, Sergey Leonidovich"},
                  {"GAUSS, Alexandra", "GAUS, Alexandra Viktorovna"},
                  {"ולדימיר פוטין", "PUTIN, Vladimir Vladimirovich"},
                  {"ვლადიმერ პუტინი", "PUTIN, Vladimir Vladimirovich"},
                  {"فلاديمير بوتن", "PUTIN, Vladimir Vladimirovich"}});
  ExpectOtherNames({{"Bernard Byamungo", "BERNARD MAHESHE BYAMUNGU"},
                    {"Nikolay Novikov", "NOVICHKOV, Nikolay Vladimirovich"},
                    {"Jose Garcia", "GIL GARCIA, Jose Alejandro"},
                    {"Kim Chol", "KIM SONG CHOL"},
                    {"김철", "KIM SONG CHOL"}});
}

// The converse: the customer's record carries a middle name or patronymic that the list does
// not. Only a word between two of the listed name's words is one, read in the name's natural
// order ("SALAMEH, Adib Nimr" is Adib Nimr Salameh): an Arabic name lists the father's name
// after the son's own, so the son's name holds the father's whole name.
TEST(Screening, AMiddleNameOrPatronymicTheListLacks) {
  ExpectSameName({{"Adib Nimr SALAMEH", "Adib SALAMEH"},
                  {"Pavel Yurievich GUBAREV", "GUBAREV, Pavel"},
                  {"SALAMEH, Adib Nimr", "Adib SALAMEH"}});
  ExpectOtherNames({{"Uday Saddam Hussein Al-Tikriti", "Saddam Hussein Al-Tikriti"},
                    {"AL-TIKRITI, Uday Saddam Hussein", "Saddam Hussein Al-Tikriti"},
                    {"Mohammed Ali Hassan", "ALI, Hassan"},
                    {"Kim Song Chol", "KIM CHOL"}});
}

// A given name by its familiar form, and Muhammad by its abbreviations (the truth set's
// customers Bob Smith, Howie Hughes, Peggie Charney and Mhd Antoun).
TEST(Screening, FamiliarFormsOfGivenNames) {
  ExpectSameName({{"Bob Smith", "Robert Smith"},
                  {"Charney, Peggie", "Margaret Charney"},
                  {"Howie Hughes", "Howard Hughes"},
                  {"Mhd Antoun", "Mohamed Antoun"},
                  {"Md Rahman", "Mohammad Rahman"},
                  {"Sasha Ivanov", "Aleksandr Ivanov"},
                  {"Pepe Garcia", "Jose Garcia"}});
  ExpectOtherNames({{"Bob Smith", "Robin Smith"}, {"Ted Jones", "Edwin Jones"}});
}

// A patronymic's suffix is spelt the way each language writes it (Hungarian -ovics, Greek
// -ovits, Belarusian -avich): the father's name in it decides, and a son's is no daughter's.
TEST(Screening, PatronymicsSpeltTheWayOtherLanguagesWriteThem) {
  ExpectSameName({{"Vlagyimir Vlagyimirovics Putyin", "PUTIN, Vladimir Vladimirovich"},
                  {"Βλαντίμιρ Βλαντίμιροβιτς Πούτιν", "PUTIN, Vladimir Vladimirovich"},
                  {"Sergei Viktorovics Lavrov", "LAVROV, Sergey Viktorovich"}});
  ExpectOtherNames({{"Ivan Petrovics Sidorov", "SIDOROV, Ivan Pavlovich"},
                    {"Elvira Sahipzadovna Nabiullina", "NABIULLINA, Elvira Sakhipzadovich"}});
}

// Foreign names as French, Greek, Hindi, Arabic and Persian write them.
TEST(Screening, ForeignNamesAsOtherLanguagesWriteThem) {
  ExpectSameName({{"TIMTCHENKO, Guennadi", "TIMCHENKO, Gennady"},
                  {"Vladimir Poutine", "PUTIN, Vladimir Vladimirovich"},
                  {"Βλαντίμιρ Πούτιν", "PUTIN, Vladimir Vladimirovich"},
                  {"व्लादिमीर पुतिन", "PUTIN, Vladimir Vladimirovich"},
                  {"فلاديمير بوتين", "PUTIN, Vladimir Vladimirovich"},
                  {"ولادیمیر پوتین", "PUTIN, Vladimir Vladimirovich"}});  // و first: v
}

// A DPRK entity's name in Chinese characters, as Chinese trade papers write it: Korea's name
// first makes it Korean, its characters read as Korean too (光鲜, Kwangson).
TEST(Screening, DprkEntitiesInChineseCharacters) {
  auto screener = UnScreener();
  EXPECT_EQ(TopId(screener->Screen(NameQuery("朝鲜光鲜银行"))), "un:KPe.025");
  EXPECT_EQ(TopId(screener->Screen(NameQuery("朝鮮光鮮銀行"))), "un:KPe.025");
  EXPECT_GE(Score("朝鲜光鲜银行", "KOREA KWANGSON BANKING CORP"), kThreshold);
}

// A query's generic words beyond the listed name cost nothing beside two name parts that met,
// as legal forms do: one distinctive word is too little (Silver Logistics, SILVER TECHNOLOGY).
TEST(Screening, AQuerysGenericWordsBesideTwoNamePartsCostNothing) {
  ExpectSameName({{"PUMA SECURITY SERVICE", "PUMA SECURITY COMPANY"},
                  {"Muhammad Jamal Group", "MUHAMMAD JAMAL NETWORK"}});
  ExpectOtherNames({{"Silver Logistics B.V.", "SILVER TECHNOLOGY LIMITED"},
                    {"Phoenix Logistics LLC", "PHOENIX"}});
}

// A generation one record writes and the other leaves out is no difference; two different ones
// are a father and his son.
TEST(Screening, GenerationsTellAFatherFromHisSon) {
  ExpectSameName({{"Robert Smith Sr", "SMITH, Robert"},
                  {"David Dobbins Jr.", "David Dobbins Junior"},
                  {"RUBEN PESTANO LAVILLA, JR", "Ruben Pestano Lavilla"},
                  {"John Doe III", "DOE, John III"}});
  ExpectOtherNames({{"David Dobbins Jr", "David Dobbins Senior"}, {"John Doe II", "John Doe III"}});
  Match m = UnScreener()->CompareNames("David Dobbins Jr", "David Dobbins Senior");
  EXPECT_TRUE(std::any_of(m.tokens.begin(), m.tokens.end(), [](const TokenMatch& t) {
    return t.query_token == "jr" && t.similarity == 0;
  }));
}

// Israeli names written in Hebrew, as an Israeli bank's records hold them, against their Latin
// spellings on the lists (persons designated under EO 14115).
TEST(Screening, HebrewNamesMeetTheirLatinSpellings) {
  ExpectSameName({{"ינון לוי", "LEVI, Yinon"},
                  {"משה שרביט", "SHARVIT, Moshe"},
                  {"צבי בר יוסף", "BAR YOSEF, Zvi"},
                  {"נריה בן פזי", "BEN PAZI, Neriya"},
                  {"שלום זיכרמן", "ZICHERMAN, Shalom"}});
  ExpectOtherNames({{"דוד לוי", "LEVI, Yinon"}, {"משה כהן", "SHARVIT, Moshe"}});
}

// Names in Katakana, as a Japanese bank's records hold them: Japanese names as passports write
// them, and foreign ones without the vowels Japanese adds (キム kimu is Kim, トランプ Trump).
TEST(Screening, KatakanaNamesMeetTheirLatinSpellings) {
  ExpectSameName({{"キム・ジョンウン", "KIM, Jong Un"},
                  {"キム・ヨジョン", "KIM YO JONG"},
                  {"ウサーマ・ビン・ラーディン", "BIN LADIN, Usama"},
                  {"イーゴリ・セーチン", "SECHIN, Igor"},
                  {"アリ・ハメネイ", "KHAMENEI, Ali"},
                  {"タナカ ケンジ", "TANAKA, Kenji"}});
  ExpectOtherNames({{"サトウ ヒロシ", "SATO, Takashi"}, {"ドナルド・トランプ", "TUSK, Donald"}});
}

// Transliterations write a vowel in several ways, and an h or a doubled letter or not: one shape
// of consonants and vowels is one name (Nazir, Nazeer), another shape another (Aisha, Issa);
// a Korean syllable goes by its key (Yang is 양, Young 영).
TEST(Screening, SpellingsOfOneShapeAreOneName) {
  ExpectSameName({{"AHMED, Nazeer", "AHMED, Nazir"},
                  {"ATEF, Muhammad", "ATIF, Mohamed"},
                  {"DEKART OOD", "DECART OOD"},
                  {"Mounir Hilel", "Mounir Helel"},
                  {"AKSENOV, Sergei", "AKSYONOV, Sergey"}});  // Russian ё as e and as yo
  ExpectOtherNames({{"Aisha Shami", "ISSA, Sami"}, {"Yang Jun", "YOUNG-CHUN"}});
}

// 'Abd al-X is written Abdul X, Abdel X, Abd ar-X, Abdur X; "al-Karim" alone is another name.
TEST(Screening, AbdAndItsArticleAreOneNamePart) {
  auto screener = UnScreener();
  for (const char* spelling :
       {"Abdul Rahman Al Ghamari", "Abdel Rahman al-Ghamari", "Abd ar-Rahman al-Ghamari",
        "'Abd al-Rahman al-Ghamari", "Abdur Rahman Al Ghamari"})
    EXPECT_GE(Score(spelling, "ABD AL-RAHMAN AL-GHAMARI"), kThreshold) << spelling;
  // Nor is 'Abd a part to leave out.
  EXPECT_LT(Score("Al-Rahman al-Ghamari", "ABD AL-RAHMAN AL-GHAMARI"), kThreshold);
  EXPECT_LT(Score("Rahman Ghamari", "ABD AL-RAHMAN AL-GHAMARI"), kThreshold);
  EXPECT_EQ(TopId(screener->Screen(NameQuery("Muhammad Abdul Karim al-Ghamari"))), "un:YEi.008");
}

// The article takes the sound of a "sun letter" after it: al-Rahman is said ar-Rahman and
// written ur-Rehman in Urdu and Pashto names, al-Din ad-Din or ud-Din.
TEST(Screening, TheArticleAsASunLetterSoundsIt) {
  ExpectSameName({{"Khalil ur Rahman Haqqani", "Khalil Al-Rahman Haqqani"},
                  {"Mahmood Sultan Bashir ud Din", "MAHMOOD, Sultan Bashir al Din"},
                  {"Harakat ul Ansar", "HARAKAT AR-ANSAR"}});
}

// A Latin name written in Hangul, Chinese characters, Cyrillic or Arabic loses letters the
// script does not write, so a spelling read back may be further from the Latin one than two
// Latin spellings are (pairs of the evaluation data, held-out half).
TEST(Screening, AForeignNameReadBackFromAnotherScript) {
  ExpectSameName({{"스티븐 아일랜드", "Stephen Ireland"},
                  {"존 위더스푼", "John Witherspoon"},
                  {"켄트 오즈본", "Kent Osborne"},
                  {"巴恩韋爾", "Barnwell"},
                  {"英格豪斯", "Ingenhousz"},
                  {"виконт", "Viscount"},
                  {"лондр", "Londres"},
                  {"ماكدويل", "McDowell"},
                  {"وودغيت", "Woodgate"},
                  {"ديلين", "Deligne"}});  // a learned spelling, one edit more from six letters
  ExpectOtherNames({{"존 위더스푼", "John Osborne"}});
}

// Arabic writes b and p, f and v, i, e and y, u, o and w, k, c and q alike, and no doubled
// letter: a reading of an Arabic word meets the Latin spellings it may stand for once those
// letters are made one, or one edit apart from six of them. Other letters still tell.
TEST(Screening, LettersArabicWritesAlike) {
  ExpectSameName({{"بيتيفر", "Pettyfer"},
                  {"فلاديمير بوتين", "Vladimir Putin"},
                  {"كريم", "Kareem"},
                  {"سوسامان", "Sossamon"}});
  ExpectOtherNames({{"حسن", "Husain"}, {"سليم", "Salma"}, {"بيتيفر", "Pettigrew"}});
}

// Chinese characters write a foreign name a syllable at a time, each with a vowel of its own:
// a transcription keeps the name's consonants (HanConsonants), and about its syllables. A
// learned spelling of a Chinese name is not compared so (马秀英 read "marin" is not Merlin).
TEST(Screening, TheConsonantsAChineseTranscriptionKeeps) {
  ExpectSameName({{"班納德提", "Benedetti"},
                  {"哈森伯爾", "Hosenball"},
                  {"博蒙特", "Beaumont"},
                  {"克魯森", "Crewson"}});
  ExpectOtherNames({{"班納德提", "Bernadotte"}, {"马秀英", "Merlin"}});
}

// A word read from other letters a letter or two off its Latin spelling, five letters long or
// more (a foreign name read back from Hangul within its edit budget): the reading guessed at
// what the script does not write. An alphabet writes every consonant: вейдер is Vader, not
// Weber.
TEST(Screening, AWordReadFromOtherLettersALetterOff) {
  ExpectSameName({{"巴爾加斯", "Vargas"},
                  {"南傑瑟", "Nungesser"},
                  {"вейдер", "Vader"},
                  {"عبيد", "Obeid"},
                  {"위노나 저드", "Wynonna Judd"},
                  {"랜섬 릭스", "Ransom Riggs"}});
  ExpectOtherNames({{"вейдер", "Weber"}, {"南傑瑟", "Nugent"}, {"위노나 저드", "Wilma Judge"}});
}

// A Chinese name in pinyin against Hangul that writes it by its Mandarin sounds (마오쩌둥) or
// by the Korean readings of its characters (방현령). Latin spellings still differ: Fang is not
// Bang, though 方 is 방.
TEST(Screening, HangulWritesAChineseNameTwoWays) {
  ExpectSameName({{"마오쩌둥", "Mao Zedong"},
                  {"덩샤오핑", "Deng Xiaoping"},
                  {"관샤오통", "Guan Xiaotong"},
                  {"방현령", "Fang Xuanling"},
                  {"습근평", "Xi Jinping"}});
  ExpectOtherNames({{"김정은", "Mao Zedong"}, {"방현령", "Fang Xiaoling"}, {"Fang", "Bang"}});
}

// Screening finds it too, in the OFAC list, as Korean writes each name by sound and by the
// readings of its characters: LI Fangwei (李方为; 리팡웨이, 이방위), and MA Xiaohong and
// ZHOU Jianshu of Dandong Hongxiang and SUN Sidong, whose one-syllable words are too common a
// key alone (마샤오훙, 저우젠수, 쑨쓰둥).
TEST(Screening, AHangulQueryFindsAChineseNameInPinyin) {
  auto lists = LoadLists({kLists + "/ofac/sdn-fetched-2024-05-03.csv"});
  ASSERT_TRUE(lists.ok()) << lists.status().ToString();
  auto screener = Screener::Build(std::move(*lists));
  ASSERT_TRUE(screener.ok());
  const std::pair<const char*, const char*> names[] = {
      {"리팡웨이", "ofac:11447"}, {"이방위", "ofac:11447"},   {"마샤오훙", "ofac:20565"},
      {"마효홍", "ofac:20565"},   {"저우젠수", "ofac:20566"}, {"쑨쓰둥", "ofac:23170"}};
  for (const auto& [name, id] : names)
    EXPECT_EQ(TopId((*screener)->Screen(NameQuery(name), ScreenOptions{})), id) << name;
  EXPECT_EQ(TopId((*screener)->Screen(NameQuery("이방원"), ScreenOptions{})), "(none)");
}

// A foreign name's spelling read back from Hangul is compared as spelt against a Latin one,
// even when the Latin one also reads as Korean syllables that the Hangul does not spell
// (Hitler as 힡레르, Paul as 바울); a short word one edit away (Rue, 루) and words written
// together (장바티스트) too. A Korean personal name's foreign readings still keep to its
// syllables: 이지우 is not Gio. A Japanese name is no Korean name because a foreign reading
// splits a Korean surname off it (오야마 read "o suke"), and a foreign reading spelt as the
// Korean romanization spells the word is still one (디키, "diki" both ways, is Dickie).
TEST(Screening, ForeignReadingsFromHangulAreSpelt) {
  ExpectSameName({{"클라라 히틀러", "Klara Hitler"},
                  {"오야마 슌스케", "Shunsuke Oyama"},
                  {"케이트 디키", "Kate Dickie"},
                  {"크리스 폴", "Chris Paul"},
                  {"벳시 루", "Betsy Rue"},
                  {"장바티스트 륄리", "Jean-Baptiste Lully"},
                  {"사탐 알수카미", "Satam al-Suqami"}});
  ExpectOtherNames({{"이지우", "Gio"}, {"윤유나", "Junjun"}});
}

// A Ukrainian given name as Ukrainian spells it and as Russian does.
TEST(Screening, UkrainianAndRussianSpellingsOfAGivenName) {
  ExpectSameName({{"Ihor Strelkov", "STRELKOV, Igor"},
                  {"Fedir Berezin", "BEREZIN, Fyodor"},
                  {"Oleh Tsaryov", "TSARYOV, Oleg"},
                  {"Putin Volodymyr Volodymyrovych", "PUTIN, Vladimir Vladimirovich"}});
  ExpectOtherNames({{"Ihor Strelkov", "STRELKOV, Oleg"}});
}

// Somali writes Arabic given names with c for the ayn, x for the ha and long vowels doubled
// (the UN, UK and OFAC lists give Al-Shabaab members such aliases).
TEST(Screening, SomaliSpellingsOfArabicGivenNames) {
  ExpectSameName({{"Xasan Cali Cumar", "HASSAN ALI UMAR"},
                  {"Maxamed Cabdullaahi Xuseen", "Mohamed Abdullahi Hussein"},
                  {"MOHAMMED, Fazul Abdilahi", "MOHAMMED, Fazul Abdullah"}});
  ExpectOtherNames({{"Xasan Cali Cumar", "HASSAN ALI IBRAHIM"}});
}

// A Belarusian record of a name a list writes in Russian (ў в, і и, дз д, ц т).
TEST(Screening, BelarusianAndRussianSpellingsOfAName) {
  ExpectSameName({{"ВАСІЛЬЕЎ, Аляксандр Паўлавіч", "ВАСИЛЬЕВ, Александр Павлович"},
                  {"Дзмітрый Цімафееў", "Дмитрий Тимофеев"},
                  {"Уладзімір Пуцін", "Владимир Путин"}});
  ExpectOtherNames({{"ВАСІЛЬЕЎ, Аляксандр Паўлавіч", "ВАСИЛЬЕВ, Дмитрий Павлович"}});
}

// A reader guesses the vowels of each Arabic word apart, and one form of a name may read one
// word best and another form the next: each word is matched as any form spells it (the names'
// NAME_ORIGINAL_SCRIPT and their Latin list forms).
TEST(Screening, EachArabicWordAsAnyFormSpellsIt) {
  EXPECT_GE(Score("المهدي بن محمد بن محمد كمون", "MEHDI BEN MOHAMED BEN MOHAMED KAMMOUN"),
            kThreshold);
  EXPECT_GE(Score("الطيب نايل", "TAYEB NAIL"), kThreshold);
  EXPECT_GE(Score("زكريا الصبار", "ZAKARYA ESSABAR"), kThreshold);
  EXPECT_LT(Score("الطيب نايل", "TAYEB NABIL"), kThreshold);
  // The explanation shows the spellings that met, whichever form read them: "asabar" (the
  // article said as the sun letter after it) for ESSABAR, the letters Arabic writes alike made
  // one, where the first form reads "al sabar".
  Match m = UnScreener()->CompareNames("زكريا الصبار", "ZAKARYA ESSABAR");
  EXPECT_TRUE(std::any_of(m.tokens.begin(), m.tokens.end(), [](const TokenMatch& t) {
    return t.query_token == "asabar" && t.candidate_token == "essabar" &&
           t.method == "arabic_letters";
  }));
}

// A Russian name as German, Polish or Dutch spelling writes it, against the English spelling
// the lists use.
TEST(Screening, GermanPolishAndDutchSpellingsOfARussianName) {
  const char* listed = "PUTIN, Vladimir Vladimirovich";
  EXPECT_GE(Score("Wladimir Wladimirowitsch Putin", listed), kThreshold);
  EXPECT_GE(Score("Władimir Władimirowicz Putin", listed), kThreshold);
  EXPECT_GE(Score("Wladimir Wladimirowitsj Poetin", listed), kThreshold);
  EXPECT_GE(Score("Vlagyimir Putyin", listed), kThreshold);    // Hungarian
  EXPECT_GE(Score("Vladimiras Putinas", listed), kThreshold);  // Lithuanian
  EXPECT_LT(Score("Wladimir Wladimirowitsch Pawlow", listed), kThreshold);
}

// A legal form spelt out in transliterated Russian, or in English without "company", is the
// same legal form as its abbreviation: the name matches as if it were written alike.
TEST(Screening, LegalFormsSpeltOut) {
  EXPECT_GE(Score("OBSHCHESTVO S OGRANICHENNOI OTVETSTVENNOSTYU GAZPROM DOBYCHA NOYABRSK",
                  "GAZPROM DOBYCHA NOYABRSK, OOO"),
            kThreshold);
  EXPECT_GE(Score("Zakrytoye Aktsionernoye Obshchestvo Almaz", "ZAO ALMAZ"), kThreshold);
  EXPECT_GE(Score("CASTLE INVESTMENT HOLDING PRIVATE JSC", "CASTLE INVESTMENT HOLDING"),
            kThreshold);
  EXPECT_GE(Score("NATIONAL IRANIAN COPPER INDUSTRIES PUBLIC JOINT STOCK",
                  "NATIONAL IRANIAN COPPER INDUSTRIES COMPANY"),
            kThreshold);
  // Mexican forms, as OFAC writes them for one company (its spelt-out form misspelt), and a
  // company's form beginning with a letter and its period.
  ExpectSameName(
      {{"CITY PLAZA, S.A. DE C.V.", "CITY PLAZA, SOCIEDAD ANOMINA DE CAPITAL VARIABLE"}});
  EXPECT_GE(UnScreener()
                ->CompareNames("GRUPO FRUTICOLA MIRASOL, S. DE R.L. DE C.V.",
                               "GRUPO FRUTICOLA MIRASOL SOCIEDAD DE RESPONSABILIDAD LIMITADA DE "
                               "CAPITAL VARIABLE",
                               EntityKind::kOrganization)
                .score,
            kThreshold);
  // The form is not the name: another name under the same form stays apart.
  EXPECT_LT(Score("OBSHCHESTVO S OGRANICHENNOI OTVETSTVENNOSTYU GAZPROM NEFT",
                  "GAZPROM DOBYCHA NOYABRSK, OOO"),
            kThreshold);
  // "Company" is a legal form, and any (the UK and OFAC names of two DPRK entities).
  ExpectSameName({{"KOREA UNGUM COMPANY", "KOREA UNGUM CORPORATION"},
                  {"DPRK NAMGANG TRADING COMPANY", "KOREA NAMGANG TRADING CORPORATION"},
                  {"FARATECH COMPANY", "FARATECH"}});
  ExpectOtherNames({{"KOREA UNGUM COMPANY", "KOREA UNHA CORPORATION"}});
  Match m = UnScreener()->CompareNames("KOREA UNGUM COMPANY", "KOREA UNGUM CORPORATION");
  EXPECT_TRUE(std::any_of(m.tokens.begin(), m.tokens.end(), [](const TokenMatch& t) {
    return t.query_token == "company" && t.candidate_token == "corporation";
  }));
}

// A space or hyphen moved by a letter leaves the same letters in the same order; the joined
// key finds the name and the score says so. Hangul keeps its syllables apart all the same.
TEST(Screening, SameLettersSplitDifferently) {
  auto screener = UnScreener();
  std::vector<Match> found =
      screener->Screen(NameQuery("ALH-ARAMAIN & AL MASJED AL-AQSA CHARITY FOUNDATION"));
  ASSERT_FALSE(found.empty());
  EXPECT_EQ(found.front().entity->id, "un:QDe.109");
  EXPECT_GE(found.front().score, kThreshold);
  ASSERT_FALSE(found.front().tokens.empty());
  EXPECT_EQ(found.front().tokens.front().method, "same_letters");
  EXPECT_GE(Score("ALT-IKRITI, Saja", "AL-TIKRITI, Saja"), kThreshold);
  EXPECT_GE(Score("EPCPD", "EP-CPD"), kThreshold);
  EXPECT_LT(Score("ALT-IKRITI, Saja", "AL-TIKRITI, Sajad"), kThreshold);
  // One edit in a long name is a typo even where it falls on a short word (an article); in a
  // short name it may be another name.
  std::vector<Match> typo = screener->Screen(NameQuery("WATBAN IBRAHIM HASSAN Ae-TIKRITI"));
  ASSERT_FALSE(typo.empty());
  EXPECT_EQ(typo.front().entity->id, "un:IQi.037");
  EXPECT_GE(typo.front().score, kThreshold);
  EXPECT_LT(Score("Sara Al-Tikriti", "Saja Al-Tikriti"), kThreshold);
  EXPECT_LT(Score("김정은", "김종은"), kThreshold);
}

// What a scan of every name matches, and which of those the index did not find.
struct Recall {
  int scanned = 0;
  std::vector<std::string> missed;
};
Recall IndexRecall(const Screener& screener, const Query& query, const ScreenOptions& options) {
  std::set<std::string> found;
  for (const Match& m : screener.Screen(query, options)) found.insert(m.entity->id);
  Recall recall;
  for (const Match& m : screener.ScreenExhaustive(query, options)) {
    if (!m.match) continue;
    ++recall.scanned;
    if (!found.count(m.entity->id)) recall.missed.push_back(m.entity->id);
  }
  return recall;
}

// The index finds what a brute-force scan finds, for list names and their variants: a letter
// added, and a letter typed where a space was ("TEHRANeCEMENT").
TEST(Screening, IndexRecallEqualsBruteForce) {
  auto screener = UnScreener();
  ScreenOptions o;
  o.limit = 10;
  int queries = 0;
  auto space_typed = [](std::string name) {
    if (size_t space = name.find(' '); space != std::string::npos) name[space] = 'e';
    return name;
  };
  for (const ListSnapshot& list : screener->lists())
    for (size_t i = 0; i < list.entities.size(); i += 7) {
      const Entity& e = list.entities[i];
      for (std::string q : {e.names[0].full, e.names[0].full + "x", space_typed(e.names[0].full)}) {
        ++queries;
        for (const std::string& id : IndexRecall(*screener, NameQuery(q), o).missed)
          ADD_FAILURE() << q << " missed " << id;
      }
    }
  EXPECT_GT(queries, 200);
}

// The Korean names of listed DPRK persons and entities, in Hangul (tests/golden/korean), against
// the lists' Latin spellings: the index finds what a scan of every name finds, an entity named
// only by generic words (조선무역은행, Korea Trading Bank) included.
TEST(Screening, IndexRecallEqualsBruteForceForHangul) {
  std::ifstream in(std::string(EMBARGO_SOURCE_DIR) + "/tests/golden/korean/dprk_hangul_names.tsv");
  ASSERT_TRUE(in) << "dprk_hangul_names.tsv";
  ScreenOptions o;
  o.limit = 100;
  int queries = 0, found = 0;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    const std::string hangul = line.substr(0, line.find('\t'));
    ++queries;
    Recall recall = IndexRecall(*UnScreener(), NameQuery(hangul), o);
    found += recall.scanned;
    for (const std::string& id : recall.missed) ADD_FAILURE() << hangul << " missed " << id;
  }
  EXPECT_GT(queries, 50);
  EXPECT_GT(found, 30);
  EXPECT_EQ(TopId(UnScreener()->Screen(NameQuery("조선무역은행"))), "un:KPe.047");
}

// Names in their original script against the Latin names of the same records, as a customer
// file may hold them: the index finds what a scan of every name finds, although relatives
// written in the same script share far more of the query's keys than the Latin names do.
TEST(Screening, IndexRecallEqualsBruteForceAcrossScripts) {
  auto lists = LoadLists({kLists + "/un/consolidated-2026-05-08.xml"});
  ASSERT_TRUE(lists.ok());
  // Every second record with an original-script name loses it to the queries; the others keep
  // theirs, as relatives and namesakes do. (Saddam Hussein's nephew IQi.084 is one that loses
  // it; his brothers keep theirs.)
  std::vector<std::string> queries;
  size_t with_original = 0;
  for (Entity& e : (*lists)[0].entities) {
    auto original = std::find_if(e.names.begin(), e.names.end(),
                                 [](const Name& n) { return n.original_script; });
    if (original == e.names.end()) continue;
    if (with_original++ % 2 != 0 && e.id != "un:IQi.084") continue;
    queries.push_back(original->full);
    std::erase_if(e.names, [](const Name& n) { return n.original_script; });
  }
  auto screener = Screener::Build(std::move(*lists));
  ASSERT_TRUE(screener.ok());
  ScreenOptions o;
  o.limit = 100;
  int sampled = 0, found = 0;
  for (size_t i = 0; i < queries.size(); i += 2) {
    ++sampled;
    Recall recall = IndexRecall(**screener, NameQuery(queries[i], EntityKind::kPerson), o);
    found += recall.scanned;
    for (const std::string& id : recall.missed) ADD_FAILURE() << queries[i] << " missed " << id;
  }
  EXPECT_GT(sampled, 80);
  EXPECT_GT(found, 40);
  // The record whose Latin name the index used to lose among its relatives' Arabic names.
  std::vector<Match> tikriti =
      (*screener)->Screen(NameQuery("إبراهيم سبعاوي إبراهيم حسن التكريتي", EntityKind::kPerson));
  EXPECT_EQ(TopId(tikriti), "un:IQi.084");
}

}  // namespace
}  // namespace embargo
