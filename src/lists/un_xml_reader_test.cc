// The UN Consolidated List reader on every real UN file: record and alias counts checked
// against counts made here by plain string search and against the documented counts, field
// checks on known records, and malformed input.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "lists/readers.h"
#include "lists/un_xml_reader_internal.h"

namespace embargo::lists {
namespace {

const std::string kUnDir = std::string(EMBARGO_SHARED_DIR) + "/data/lists/un/";

std::string ReadWholeFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

size_t CountOf(std::string_view text, std::string_view needle) {
  size_t count = 0;
  for (size_t pos = text.find(needle); pos != std::string_view::npos;
       pos = text.find(needle, pos + needle.size()))
    ++count;
  return count;
}

// Occurrences of element `name` in any form: <X>, <X/>, <X />, <X attr=..>.
size_t CountElement(std::string_view text, std::string_view name) {
  std::string open = "<" + std::string(name);
  size_t count = 0;
  for (size_t pos = text.find(open); pos != std::string_view::npos;
       pos = text.find(open, pos + 1)) {
    char next = pos + open.size() < text.size() ? text[pos + open.size()] : '\0';
    if (next == '>' || next == '/' || next == ' ') ++count;
  }
  return count;
}

// Elements <name>text</name> whose text is not only whitespace.
// Alias elements that give an original script after a label, in the alias text or in its note
// ("original script: Абу Банат", "name in original script; عبدالسلام حنفي").
size_t AliasesWithOriginalScript(std::string_view text) {
  size_t count = 0;
  for (std::string_view tag : {"INDIVIDUAL_ALIAS", "ENTITY_ALIAS"}) {
    const std::string open = "<" + std::string(tag) + ">";
    const std::string close = "</" + std::string(tag) + ">";
    for (size_t pos = text.find(open); pos != std::string_view::npos;
         pos = text.find(open, pos + 1)) {
      std::string_view inner = text.substr(pos, text.find(close, pos) - pos);
      count += inner.find("riginal script:") != std::string_view::npos ||
               inner.find("riginal script;") != std::string_view::npos;
    }
  }
  return count;
}

size_t CountNonEmpty(std::string_view text, std::string_view name) {
  std::string open = "<" + std::string(name) + ">";
  std::string close = "</" + std::string(name) + ">";
  size_t count = 0;
  for (size_t pos = text.find(open); pos != std::string_view::npos;
       pos = text.find(open, pos + 1)) {
    size_t start = pos + open.size();
    size_t end = text.find(close, start);
    std::string_view inner = text.substr(start, end - start);
    if (inner.find_first_not_of(" \t\r\n") != std::string_view::npos) ++count;
  }
  return count;
}

const Entity& Get(const ListSnapshot& snapshot, std::string_view id) {
  // A linear search rather than ListSnapshot::Find, so this test needs only the UN reader.
  for (const Entity& entity : snapshot.entities)
    if (entity.id == id) return entity;
  ADD_FAILURE() << "no entity " << id;
  static const Entity kMissing;
  return kMissing;
}

std::vector<std::string> NamesOf(const Entity& entity) {
  std::vector<std::string> names;
  for (const Name& name : entity.names) names.push_back(name.full);
  return names;
}

const Name* FindName(const Entity& entity, std::string_view full) {
  for (const Name& name : entity.names)
    if (name.full == full) return &name;
  return nullptr;
}

std::vector<std::string> ExtraValues(const Entity& entity, std::string_view key) {
  std::vector<std::string> values;
  for (const ExtraField& field : entity.extra)
    if (field.key == key) values.push_back(field.value);
  return values;
}

// Counts from data/lists/README.md.
struct Documented {
  std::string date;
  size_t individuals, entities, kpi, kpe, aliases_individuals, aliases_entities;
};

const std::vector<Documented> kDocumented = {
    {"2017-06-20", 653, 371, 53, 46, 1979, 547}, {"2017-06-30", 653, 371, 53, 46, 1979, 547},
    {"2017-07-03", 650, 371, 53, 46, 1967, 547}, {"2018-08-24", 701, 397, 80, 75, 2081, 582},
    {"2018-10-29", 703, 390, 80, 75, 2086, 577}, {"2020-11-23", 713, 305, 80, 75, 2112, 566},
    {"2020-11-24", 713, 305, 80, 75, 2112, 566}, {"2020-11-30", 713, 305, 80, 75, 2112, 566},
    {"2020-12-01", 712, 294, 80, 75, 2112, 562}, {"2022-09-15", 699, 253, 80, 75, 2114, 582},
    {"2025-11-20", 727, 273, 80, 75, 2140, 613}, {"2025-12-09", 727, 273, 80, 75, 2140, 613},
    {"2025-12-10", 726, 273, 80, 75, 2136, 613}, {"2026-02-27", 730, 273, 80, 75, 2139, 613},
    {"2026-05-08", 737, 272, 80, 75, 2170, 603},
};

struct Counted {
  size_t individuals = 0, entities = 0, kpi = 0, kpe = 0;
  size_t aliases_individuals = 0, aliases_entities = 0;
};

Counted CountEntities(const ListSnapshot& snapshot) {
  Counted c;
  for (const Entity& e : snapshot.entities) {
    bool person = e.kind == EntityKind::kPerson;
    (person ? c.individuals : c.entities) += 1;
    c.kpi += e.id.rfind("un:KPi.", 0) == 0;
    c.kpe += e.id.rfind("un:KPe.", 0) == 0;
    for (const Name& name : e.names) {
      if (name.quality != NameQuality::kPrimary && !name.original_script)
        (person ? c.aliases_individuals : c.aliases_entities) += 1;
    }
  }
  return c;
}

class UnXmlReaderTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { latest_ = new ListSnapshot(Load("2026-05-08")); }
  static void TearDownTestSuite() { delete latest_; }

  static ListSnapshot Load(const std::string& date) {
    std::string path = kUnDir + "consolidated-" + date + ".xml";
    Result<ListSnapshot> result = ReadUnXml(ReadWholeFile(path), path);
    EXPECT_TRUE(result.ok()) << result.status().ToString();
    return result.ok() ? std::move(result).value() : ListSnapshot{};
  }

  static const ListSnapshot& Latest() { return *latest_; }

 private:
  static inline ListSnapshot* latest_ = nullptr;
};

TEST_F(UnXmlReaderTest, EveryFileHasTheCountedAndDocumentedRecordsAndAliases) {
  std::vector<std::string> files;
  for (const auto& entry : std::filesystem::directory_iterator(kUnDir))
    if (entry.path().extension() == ".xml") files.push_back(entry.path().filename().string());
  ASSERT_EQ(files.size(), kDocumented.size()) << "a UN file without documented counts";

  for (const Documented& doc : kDocumented) {
    SCOPED_TRACE(doc.date);
    std::string path = kUnDir + "consolidated-" + doc.date + ".xml";
    std::string content = ReadWholeFile(path);
    Result<ListSnapshot> result = ReadUnXml(content, path);
    ASSERT_TRUE(result.ok()) << result.status().ToString();
    const ListSnapshot& snapshot = *result;
    EXPECT_EQ(snapshot.version, doc.date);
    EXPECT_EQ(snapshot.source, "un");
    EXPECT_EQ(snapshot.path, path);
    EXPECT_EQ(snapshot.rows_skipped, 0u);

    size_t split = content.find("<ENTITIES>");
    ASSERT_NE(split, std::string::npos);
    std::string_view individuals = std::string_view(content).substr(0, split);
    std::string_view entities = std::string_view(content).substr(split);
    Counted c = CountEntities(snapshot);

    EXPECT_EQ(c.individuals, CountOf(content, "<INDIVIDUAL>"));
    EXPECT_EQ(c.entities, CountOf(content, "<ENTITY>"));
    EXPECT_EQ(c.kpi, CountOf(content, "<REFERENCE_NUMBER>KPi."));
    EXPECT_EQ(c.kpe, CountOf(content, "<REFERENCE_NUMBER>KPe."));
    EXPECT_EQ(c.aliases_individuals, CountNonEmpty(individuals, "ALIAS_NAME"));
    EXPECT_EQ(c.aliases_entities, CountNonEmpty(entities, "ALIAS_NAME"));

    EXPECT_EQ(c.individuals, doc.individuals);
    EXPECT_EQ(c.entities, doc.entities);
    EXPECT_EQ(c.kpi, doc.kpi);
    EXPECT_EQ(c.kpe, doc.kpe);
    EXPECT_EQ(c.aliases_individuals, doc.aliases_individuals);
    EXPECT_EQ(c.aliases_entities, doc.aliases_entities);

    size_t original_script = 0, with_dob = 0;
    for (const Entity& e : snapshot.entities) {
      EXPECT_FALSE(e.primary_name().full.empty()) << e.id;
      EXPECT_EQ(e.list_version, doc.date);
      EXPECT_EQ(e.programs.size(), 1u) << e.id;
      original_script += std::count_if(e.names.begin(), e.names.end(),
                                       [](const Name& n) { return n.original_script; });
      with_dob += !e.birth_dates.empty();
    }
    EXPECT_EQ(original_script,
              CountNonEmpty(content, "NAME_ORIGINAL_SCRIPT") + AliasesWithOriginalScript(content));
    EXPECT_GT(with_dob, c.individuals / 2);
  }
}

TEST_F(UnXmlReaderTest, IdsAreUniqueWithinAFile) {
  std::vector<std::string> ids;
  for (const Entity& e : Latest().entities) ids.push_back(e.id);
  std::sort(ids.begin(), ids.end());
  EXPECT_EQ(std::adjacent_find(ids.begin(), ids.end()), ids.end());
}

TEST_F(UnXmlReaderTest, OriginalScriptNamesIn2026) {
  std::string content = ReadWholeFile(kUnDir + "consolidated-2026-05-08.xml");
  size_t records = 0;  // with a NAME_ORIGINAL_SCRIPT (not an alias's own original script)
  for (const Entity& e : Latest().entities) {
    records += std::any_of(e.names.begin(), e.names.end(),
                           [](const Name& n) { return n.original_script && n.alias_type.empty(); });
  }
  EXPECT_EQ(records, CountNonEmpty(content, "NAME_ORIGINAL_SCRIPT"));
  EXPECT_EQ(records, 380u);

  const Entity& omar = Get(Latest(), "un:TAi.004");
  const Name* arabic = FindName(omar, "محمد عمر غلام نبی");
  ASSERT_NE(arabic, nullptr);
  EXPECT_TRUE(arabic->original_script);
  EXPECT_EQ(arabic->quality, NameQuality::kGoodAlias);
  EXPECT_EQ(arabic->script, "Arab");
  EXPECT_EQ(omar.primary_name().script, "Latn");
}

TEST_F(UnXmlReaderTest, AliasesGiveTheirOriginalScriptAsANameOfItsOwn) {
  // In the alias text: "Abubakar (original script: Абубакар)".
  const Entity& byutukaev = Get(Latest(), "un:QDi.396");
  const Name* latin = FindName(byutukaev, "Abubakar");
  const Name* cyrillic = FindName(byutukaev, "Абубакар");
  ASSERT_NE(latin, nullptr);
  ASSERT_NE(cyrillic, nullptr);
  EXPECT_FALSE(latin->original_script);
  EXPECT_TRUE(cyrillic->original_script);
  EXPECT_EQ(cyrillic->quality, latin->quality);
  EXPECT_EQ(cyrillic->script, "Cyrl");
  // In the alias note: "original script: Абу Банат".
  const Entity& abdurakhmanov = Get(Latest(), "un:QDi.363");
  ASSERT_NE(FindName(abdurakhmanov, "Abu Banat"), nullptr);
  const Name* banat = FindName(abdurakhmanov, "Абу Банат");
  ASSERT_NE(banat, nullptr);
  EXPECT_EQ(banat->quality, NameQuality::kWeakAlias);
}

TEST_F(UnXmlReaderTest, DprkIndividualKPi040) {
  const Entity& cho = Get(Latest(), "un:KPi.040");
  EXPECT_EQ(cho.reference, "KPi.040");
  EXPECT_EQ(cho.source, "un");
  EXPECT_EQ(cho.kind, EntityKind::kPerson);
  EXPECT_EQ(cho.primary_name().full, "CHO IL U");
  EXPECT_EQ(cho.primary_name().parts, (std::vector<std::string>{"CHO", "IL U"}));
  EXPECT_EQ(cho.primary_name().quality, NameQuality::kPrimary);
  EXPECT_EQ(NamesOf(cho),
            (std::vector<std::string>{"CHO IL U", "Cho Il Woo", "Cho Ch’o’l", "Jo Chol"}));
  for (size_t i = 1; i < cho.names.size(); ++i) {
    EXPECT_EQ(cho.names[i].quality, NameQuality::kGoodAlias);
    EXPECT_EQ(cho.names[i].alias_type, "Good");
  }
  ASSERT_EQ(cho.birth_dates.size(), 1u);
  EXPECT_EQ(cho.birth_dates[0].ToString(), "1945-05-10");
  EXPECT_EQ(cho.birth_dates[0].precision, DatePrecision::kDay);
  ASSERT_EQ(cho.birth_places.size(), 1u);
  EXPECT_EQ(cho.birth_places[0].country, "kp");
  EXPECT_NE(cho.birth_places[0].text.find("Musan"), std::string::npos);
  EXPECT_EQ(cho.nationalities, (std::vector<std::string>{"kp"}));
  EXPECT_EQ(cho.programs, (std::vector<std::string>{"UN DPRK"}));
  EXPECT_EQ(cho.listed_on, "2017-06-02");
  EXPECT_EQ(cho.positions,
            (std::vector<std::string>{
                "Director of the Fifth Bureau of the Reconnaissance General Bureau"}));
  ASSERT_EQ(cho.identifiers.size(), 1u);
  EXPECT_EQ(cho.identifiers[0].type, IdType::kPassport);
  EXPECT_EQ(cho.identifiers[0].value, "736410010");
  ASSERT_EQ(cho.addresses.size(), 1u);
  EXPECT_EQ(cho.addresses[0].country, "kp");
  EXPECT_EQ(cho.list_version, "2026-05-08");
  EXPECT_EQ(ExtraValues(cho, "LAST_DAY_UPDATED"), (std::vector<std::string>{"2022-07-26"}));
  EXPECT_EQ(ExtraValues(cho, "DATAID"), (std::vector<std::string>{"6908580"}));
  EXPECT_EQ(ExtraValues(cho, "LIST_TYPE"), (std::vector<std::string>{"UN List"}));
  EXPECT_NE(cho.remarks.find("overseas espionage"), std::string::npos);
}

TEST_F(UnXmlReaderTest, BirthDateRangesAndApproximations) {
  const Entity& ranged = Get(Latest(), "un:QDi.314");
  auto range =
      std::find_if(ranged.birth_dates.begin(), ranged.birth_dates.end(),
                   [](const FuzzyDate& d) { return d.precision == DatePrecision::kYearRange; });
  ASSERT_NE(range, ranged.birth_dates.end());
  EXPECT_EQ(range->year, 1977);
  EXPECT_EQ(range->to_year, 1982);
  EXPECT_FALSE(range->approximate);

  // TAi.144: BETWEEN 1977 and 1978 with the note "Approximately".
  const Entity& approx = Get(Latest(), "un:TAi.144");
  range = std::find_if(approx.birth_dates.begin(), approx.birth_dates.end(),
                       [](const FuzzyDate& d) { return d.precision == DatePrecision::kYearRange; });
  ASSERT_NE(range, approx.birth_dates.end());
  EXPECT_EQ(range->year, 1977);
  EXPECT_EQ(range->to_year, 1978);
  EXPECT_TRUE(range->approximate);

  size_t ranges = 0;
  for (const Entity& e : Latest().entities)
    for (const FuzzyDate& d : e.birth_dates) ranges += d.precision == DatePrecision::kYearRange;
  std::string content = ReadWholeFile(kUnDir + "consolidated-2026-05-08.xml");
  EXPECT_EQ(ranges, CountNonEmpty(content, "FROM_YEAR"));
}

TEST_F(UnXmlReaderTest, DatesWithTimeZonesIn2017Layout) {
  ListSnapshot old = Load("2017-06-20");
  const Entity& marial = Get(old, "un:SSi.005");
  ASSERT_FALSE(marial.birth_dates.empty());
  EXPECT_EQ(marial.birth_dates[0].ToString(), "1960-01-01");
  EXPECT_EQ(marial.listed_on, "2015-07-01");
  EXPECT_EQ(marial.primary_name().full, "MARIAL CHANUONG YOL MANGOK");
  EXPECT_EQ(marial.primary_name().parts.size(), 4u);
  EXPECT_EQ(marial.positions.size(), 2u);
  EXPECT_EQ(marial.programs, (std::vector<std::string>{"UN SouthSudan"}));
  EXPECT_TRUE(old.warnings.empty()) << old.warnings.front();
}

TEST_F(UnXmlReaderTest, PassportWithIssuingCountryAndIssueDate) {
  const Entity& e = Get(Latest(), "un:KPi.068");
  ASSERT_EQ(e.identifiers.size(), 2u);
  EXPECT_EQ(e.identifiers[0].value, "927234267");
  EXPECT_EQ(e.identifiers[0].country, "");
  const Identifier& passport = e.identifiers[1];
  EXPECT_EQ(passport.type, IdType::kPassport);
  EXPECT_EQ(passport.label, "Passport");
  EXPECT_EQ(passport.value, "108120258");
  EXPECT_EQ(passport.country, "kp");
  EXPECT_NE(passport.note.find("issued 2018-02-14"), std::string::npos) << passport.note;
  EXPECT_NE(passport.note.find("expiration date 14 Feb. 2023"), std::string::npos);

  const Entity& kuwaiti = Get(Latest(), "un:QDi.335");
  ASSERT_EQ(kuwaiti.identifiers.size(), 1u);
  EXPECT_EQ(kuwaiti.identifiers[0].type, IdType::kNationalId);
  EXPECT_EQ(kuwaiti.identifiers[0].value, "273030601222");
  EXPECT_EQ(kuwaiti.identifiers[0].country, "kw");
}

TEST_F(UnXmlReaderTest, EntityWithAkaAndFka) {
  const Entity& ryonbong = Get(Latest(), "un:KPe.002");
  EXPECT_EQ(ryonbong.kind, EntityKind::kOrganization);
  EXPECT_EQ(ryonbong.primary_name().full, "KOREA RYONBONG GENERAL CORPORATION");
  const Name* aka = FindName(ryonbong, "KOREA YONBONG GENERAL CORPORATION");
  const Name* fka = FindName(ryonbong, "LYONGAKSAN GENERAL TRADING CORPORATION");
  ASSERT_NE(aka, nullptr);
  ASSERT_NE(fka, nullptr);
  EXPECT_EQ(aka->quality, NameQuality::kGoodAlias);
  EXPECT_EQ(aka->alias_type, "a.k.a.");
  EXPECT_EQ(fka->quality, NameQuality::kGoodAlias);
  EXPECT_EQ(fka->alias_type, "f.k.a.");
  EXPECT_EQ(ryonbong.programs, (std::vector<std::string>{"UN DPRK"}));
}

TEST_F(UnXmlReaderTest, WeakAliasesAndAliasBirthData) {
  const Entity& e = Get(Latest(), "un:QDi.335");
  const Name* weak = FindName(e, "Abu Usamah al-Rahman");
  ASSERT_NE(weak, nullptr);
  EXPECT_EQ(weak->quality, NameQuality::kWeakAlias);
  EXPECT_EQ(weak->alias_type, "Low");

  // Alias notes are kept with the alias they qualify.
  EXPECT_EQ(ExtraValues(Get(Latest(), "un:QDi.371"), "INDIVIDUAL_ALIAS/NOTE"),
            (std::vector<std::string>{"AA: initials"}));
  EXPECT_EQ(ExtraValues(Get(Latest(), "un:QDe.157"), "ENTITY_ALIAS/NOTE"),
            (std::vector<std::string>{"Al Kawthar Co.: in Arabic script: شركة الكوثر"}));

  // KPi.016: the alias "Jang Hyon U" carries its own date of birth; it follows the record's.
  const Entity& jang = Get(Latest(), "un:KPi.016");
  std::vector<std::string> dates;
  for (const FuzzyDate& d : jang.birth_dates) dates.push_back(d.ToString());
  EXPECT_EQ(dates, (std::vector<std::string>{"1957-04-15", "1958-02-22"}));

  // QDi.092: alias "Fabio Fusco" born 1968-05-25 in Naples, Italy.
  const Entity& fusco = Get(Latest(), "un:QDi.092");
  EXPECT_TRUE(std::any_of(fusco.birth_dates.begin(), fusco.birth_dates.end(),
                          [](const FuzzyDate& d) { return d.ToString() == "1968-05-25"; }));
  EXPECT_TRUE(std::any_of(fusco.birth_places.begin(), fusco.birth_places.end(), [](const Place& p) {
    return p.text == "Naples, Italy" && p.country == "it";
  }));
}

TEST_F(UnXmlReaderTest, CountriesWithUnQualifiersAndSpellings) {
  ListSnapshot old = Load("2022-09-15");
  const Entity& somali = Get(old, "un:SOi.009");  // NATIONALITY "Possibly Ethiopian"
  EXPECT_NE(std::find(somali.nationalities.begin(), somali.nationalities.end(), "et"),
            somali.nationalities.end());
  EXPECT_NE(std::find(somali.extra.begin(), somali.extra.end(),
                      ExtraField{"NATIONALITY", "Possibly Ethiopian"}),
            somali.extra.end());
  const Entity& indonesian = Get(old, "un:QDi.119");  // "Indonesia (as at Dec. 2003)"
  EXPECT_EQ(indonesian.nationalities, (std::vector<std::string>{"id"}));

  EXPECT_EQ(Get(Latest(), "un:QDi.261").nationalities, (std::vector<std::string>{"tr"}));
  const Entity& kpi036 = Get(Latest(), "un:KPi.036");  // an address in "Myanmar"
  EXPECT_NE(std::find(kpi036.countries.begin(), kpi036.countries.end(), "mm"),
            kpi036.countries.end());

  // "Congo" alone could be either Congo: no code, the wording is kept.
  const Entity& cfi013 = Get(Latest(), "un:CFi.013");
  EXPECT_EQ(std::count(cfi013.nationalities.begin(), cfi013.nationalities.end(), "cg") +
                std::count(cfi013.nationalities.begin(), cfi013.nationalities.end(), "cd"),
            0);
  EXPECT_NE(std::find(cfi013.extra.begin(), cfi013.extra.end(), ExtraField{"NATIONALITY", "Congo"}),
            cfi013.extra.end());
}

TEST_F(UnXmlReaderTest, GenderFromElementAndFromComments) {
  EXPECT_EQ(Get(Latest(), "un:KPi.064").gender, Gender::kMale);  // <GENDER>Male</GENDER>
  const Entity& gedo = Get(Latest(), "un:SDi.007");              // COMMENTS1 "Gender: Male."
  EXPECT_EQ(gedo.gender, Gender::kMale);
  EXPECT_EQ(gedo.remarks, "Gender: Male.");
  EXPECT_EQ(Get(Latest(), "un:KPi.040").gender, Gender::kUnknown);
}

TEST_F(UnXmlReaderTest, UnknownElementsOf2026AreKeptAndWarnedOnce) {
  std::string content = ReadWholeFile(kUnDir + "consolidated-2026-05-08.xml");
  std::vector<std::string> expected;
  for (std::string_view element : {"DATE_OF_EXPIRY", "HAS_INTERPOL_LINK", "INTERPOL_LINK"}) {
    size_t count = CountElement(content, element);
    ASSERT_GT(count, 0u) << element;
    expected.push_back("unknown element " + std::string(element) + " (" + std::to_string(count) +
                       " times)");
  }
  EXPECT_EQ(Latest().warnings, expected);

  size_t links = 0, expiries = 0;
  for (const Entity& e : Latest().entities) {
    links += ExtraValues(e, "INTERPOL_LINK").size();
    expiries += ExtraValues(e, "DATE_OF_EXPIRY").size();
  }
  EXPECT_EQ(links, CountNonEmpty(content, "INTERPOL_LINK"));
  EXPECT_EQ(expiries, CountNonEmpty(content, "DATE_OF_EXPIRY"));

  // The expiry date also qualifies its document.
  bool found = false;
  for (const Entity& e : Latest().entities)
    for (const Identifier& id : e.identifiers)
      if (id.value == "D0009724") {
        found = true;
        EXPECT_EQ(id.type, IdType::kPassport);
        EXPECT_EQ(id.label, "Passport (diplomatic passport)");
        EXPECT_EQ(id.country, "af");
        EXPECT_NE(id.note.find("expires 2026-10-13"), std::string::npos) << id.note;
      }
  EXPECT_TRUE(found);
}

TEST_F(UnXmlReaderTest, EarlierFilesHaveNoUnknownElements) {
  for (const char* date : {"2017-06-20", "2022-09-15", "2025-11-20", "2026-02-27"}) {
    ListSnapshot snapshot = Load(date);
    EXPECT_TRUE(snapshot.warnings.empty()) << date << ": " << snapshot.warnings.front();
  }
}

// --- Single values ---------------------------------------------------------------------------

TEST(UnXmlValuesTest, CountriesAsTheUnWritesThem) {
  EXPECT_EQ(un_xml::ReadCountry("Democratic People's Republic of Korea").code, "kp");
  EXPECT_TRUE(un_xml::ReadCountry("Democratic People's Republic of Korea").plain);
  for (auto [text, code] : std::vector<std::pair<std::string, std::string>>{
           {"Possibly Ethiopian", "et"},
           {"Sudanese by birth", "sd"},
           {"Indonesia (as at Dec. 2003)", "id"},
           {"United States. Also believed to hold Syrian nationality", "us"},
           {"Tunisian passport", "tn"},
           {"USSR (until 1991)", "ru"},
           {"Congo", ""},
           {"Kuwaiti citizenship withdrawn in 2002", ""}}) {
    un_xml::CountryReading reading = un_xml::ReadCountry(text);
    EXPECT_EQ(reading.code, code) << text;
    EXPECT_FALSE(reading.plain) << text;
  }
  EXPECT_EQ(un_xml::ReadCountry("").code, "");
}

TEST(UnXmlValuesTest, DocumentTypes) {
  EXPECT_EQ(un_xml::DocumentTypeFromWords("Passport"), IdType::kPassport);
  EXPECT_EQ(un_xml::DocumentTypeFromWords("Numéro de passeport"), IdType::kPassport);
  EXPECT_EQ(un_xml::DocumentTypeFromWords("Número de pasaporte"), IdType::kPassport);
  EXPECT_EQ(un_xml::DocumentTypeFromWords("National Identification Number"), IdType::kNationalId);
  EXPECT_EQ(un_xml::DocumentTypeFromWords("FARDC ID"), IdType::kNationalId);
  EXPECT_EQ(un_xml::DocumentTypeFromWords("Italian Fiscal Code:"), IdType::kTaxId);
  EXPECT_EQ(un_xml::DocumentTypeFromWords("Birth certificate"), std::nullopt);
  EXPECT_EQ(un_xml::DocumentTypeFromWords(""), std::nullopt);
}

TEST(UnXmlValuesTest, DaysAndGender) {
  EXPECT_EQ(un_xml::IsoDay("1960-01-01-05:00"), "1960-01-01");
  EXPECT_EQ(un_xml::IsoDay("2026-05-08T23:00:06.922Z"), "2026-05-08");
  EXPECT_EQ(un_xml::IsoDay(" 2016-11-30 "), "2016-11-30");
  EXPECT_EQ(un_xml::IsoDay("2016-13-30"), "");
  EXPECT_EQ(un_xml::IsoDay("1960-01-011"), "");
  EXPECT_EQ(un_xml::IsoDay("1960"), "");
  EXPECT_EQ(un_xml::GenderFromComments("... Gender: male.in response to"), Gender::kMale);
  EXPECT_EQ(un_xml::GenderFromComments("Gender:  Female"), Gender::kFemale);
  EXPECT_EQ(un_xml::GenderFromComments("no gender here"), Gender::kUnknown);
  EXPECT_EQ(un_xml::GenderFromWord("MALE"), Gender::kMale);
  EXPECT_EQ(un_xml::GenderFromWord("Unknown"), Gender::kUnknown);
}

// --- Malformed input -------------------------------------------------------------------------

size_t LastLine(std::string_view text) { return 1 + CountOf(text, "\n"); }

TEST(UnXmlReaderErrorTest, TruncatedFileFailsWithNameAndLine) {
  for (const char* date : {"2026-05-08", "2017-06-20"}) {
    std::string content = ReadWholeFile(kUnDir + "consolidated-" + date + ".xml");
    std::string half = content.substr(0, content.size() / 2);
    Result<ListSnapshot> result = ReadUnXml(half, "half.xml");
    ASSERT_FALSE(result.ok()) << date;
    EXPECT_EQ(result.status().code(), StatusCode::kParseError);
    std::string prefix = "half.xml:" + std::to_string(LastLine(half)) + ": ";
    EXPECT_EQ(result.status().message().rfind(prefix, 0), 0u) << result.status().message();
    EXPECT_NE(result.status().message().find("end of file"), std::string::npos);
  }
}

TEST(UnXmlReaderErrorTest, EmptyAndGarbageFail) {
  for (std::string_view input :
       {std::string_view(""), std::string_view("   \n"), std::string_view("this is not XML at all"),
        std::string_view("\x01\x02\x03<<<>>>&&&"),
        std::string_view("<CONSOLIDATED_LIST><INDIVIDUALS>")}) {
    Result<ListSnapshot> result = ReadUnXml(input, "bad.xml");
    ASSERT_FALSE(result.ok()) << input;
    EXPECT_EQ(result.status().code(), StatusCode::kParseError);
    EXPECT_EQ(result.status().message().rfind("bad.xml:", 0), 0u) << result.status().message();
  }
}

TEST(UnXmlReaderErrorTest, WrongRootNamesTheRoot) {
  Result<ListSnapshot> result = ReadUnXml("<?xml version=\"1.0\"?>\n<sdnList/>", "other.xml");
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.status().message(),
            "other.xml:2: root element is <sdnList>, expected <CONSOLIDATED_LIST>");
}

TEST(UnXmlReaderErrorTest, InvalidUtf8FailsAtItsLine) {
  std::string content = ReadWholeFile(kUnDir + "consolidated-2025-12-10.xml");
  size_t pos = content.find("KPi.040");
  ASSERT_NE(pos, std::string::npos);
  content[pos] = '\xFF';
  Result<ListSnapshot> result = ReadUnXml(content, "un.xml");
  ASSERT_FALSE(result.ok());
  std::string prefix =
      "un.xml:" + std::to_string(LastLine(std::string_view(content).substr(0, pos))) + ":";
  EXPECT_EQ(result.status().message().rfind(prefix, 0), 0u) << result.status().message();
}

TEST(UnXmlReaderErrorTest, MismatchedTagFailsAtItsLine) {
  std::string xml =
      "<CONSOLIDATED_LIST dateGenerated=\"2026-01-02T00:00:00Z\">\n<INDIVIDUALS>\n"
      "<INDIVIDUAL><FIRST_NAME>A</SECOND_NAME></INDIVIDUAL>\n</INDIVIDUALS>\n"
      "</CONSOLIDATED_LIST>\n";
  Result<ListSnapshot> result = ReadUnXml(xml, "x.xml");
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.status().message().rfind("x.xml:3: ", 0), 0u) << result.status().message();
}

TEST(UnXmlReaderErrorTest, RecordsWithoutNameOrReferenceAreSkippedWithTheirLine) {
  std::string xml =
      "<CONSOLIDATED_LIST dateGenerated=\"2026-01-02T00:00:00Z\">\n<INDIVIDUALS>\n"
      "<INDIVIDUAL><REFERENCE_NUMBER>XXi.001</REFERENCE_NUMBER></INDIVIDUAL>\n"
      "<INDIVIDUAL><FIRST_NAME>NO</FIRST_NAME><SECOND_NAME>REF</SECOND_NAME></INDIVIDUAL>\n"
      "<INDIVIDUAL><FIRST_NAME> KIM </FIRST_NAME><SECOND_NAME>CHOL</SECOND_NAME>"
      "<REFERENCE_NUMBER>XXi.002 </REFERENCE_NUMBER><NEW_THING>x <B>y</B></NEW_THING>"
      "</INDIVIDUAL>\n</INDIVIDUALS>\n<ENTITIES/>\n</CONSOLIDATED_LIST>\n";
  Result<ListSnapshot> result = ReadUnXml(xml, "x.xml");
  ASSERT_TRUE(result.ok()) << result.status().ToString();
  EXPECT_EQ(result->version, "2026-01-02");
  EXPECT_EQ(result->rows_skipped, 2u);
  ASSERT_EQ(result->entities.size(), 1u);
  const Entity& kim = result->entities[0];
  EXPECT_EQ(kim.id, "un:XXi.002");
  EXPECT_EQ(kim.primary_name().full, "KIM CHOL");
  EXPECT_EQ(ExtraValues(kim, "NEW_THING"), (std::vector<std::string>{"x; y"}));
  EXPECT_EQ(
      result->warnings,
      (std::vector<std::string>{"x.xml:3: record has no name; skipped",
                                "x.xml:4: record has neither REFERENCE_NUMBER nor DATAID; skipped",
                                "unknown element NEW_THING (1 time)"}));
}

}  // namespace
}  // namespace embargo::lists
