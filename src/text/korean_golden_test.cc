// Golden files: Korean names of DPRK-listed persons and entities (from public sources) against
// the Latin spellings of the lists, and pairs of different names that must stay apart.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "text/hanja.h"
#include "text/korean.h"

namespace embargo {
namespace {

std::vector<std::vector<std::string>> ReadTsv(const std::string& name) {
  std::ifstream in(std::string(EMBARGO_SOURCE_DIR) + "/tests/golden/korean/" + name);
  EXPECT_TRUE(in) << name;
  std::vector<std::vector<std::string>> rows;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> fields;
    std::stringstream ss(line);
    for (std::string f; std::getline(ss, f, '\t');) fields.push_back(f);
    rows.push_back(fields);
  }
  return rows;
}

struct NameRow {
  std::string hangul, match, hanja, latin, reference, source;
  const std::string& Korean() const { return match.empty() ? hangul : match; }
};

std::vector<NameRow> Names() {
  std::vector<NameRow> out;
  for (const auto& f : ReadTsv("dprk_hangul_names.tsv")) {
    EXPECT_EQ(f.size(), 6u) << (f.empty() ? "" : f[0]);
    if (f.size() != 6) continue;
    out.push_back({f[0], f[1], f[2], f[3], f[4], f[5]});
  }
  return out;
}

bool IsPerson(const NameRow& row) {
  return row.reference.find("KPi") != std::string::npos ||
         row.reference.find("SDN") != std::string::npos;
}

std::optional<KoreanKey> AnyKey(const std::string& s) {
  if (auto k = KeyFromHangul(s)) return k;
  return KeyFromLatin(s);
}

// "KO CH'O'L-CHAE" -> "ko ch'o'l chae" -> "ko chol chae": the list's form as our forms write it.
std::string Plain(std::string s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = s[i];
    if (c == 0xE2 && i + 2 < s.size()) {  // ’ and other punctuation of U+2000..U+206F
      i += 2;
      continue;
    }
    if (c == '\'') continue;
    if (c == '-') c = ' ';
    out += static_cast<char>(std::tolower(c));
  }
  return out;
}

TEST(KoreanGolden, ListSpellingsMatchHangul) {
  std::vector<NameRow> rows = Names();
  ASSERT_GE(rows.size(), 60u);
  for (const NameRow& row : rows) {
    auto hangul = KeyFromHangul(row.Korean());
    auto latin = KeyFromLatin(row.latin);
    ASSERT_TRUE(hangul) << row.Korean();
    ASSERT_TRUE(latin) << row.latin;
    EXPECT_TRUE(KeysCompatible(*hangul, *latin))
        << row.Korean() << " vs " << row.latin << " (" << DescribeKoreanKey(*latin) << ")";
    if (!row.hanja.empty()) {
      auto hanja = KeyFromHanja(row.hanja);
      ASSERT_TRUE(hanja) << row.hanja;
      EXPECT_TRUE(KeysCompatible(*hanja, *KeyFromHangul(row.hangul))) << row.hanja;
      if (row.match.empty()) {
        EXPECT_TRUE(KeysCompatible(*hanja, *latin)) << row.hanja << " vs " << row.latin;
      }
    }
  }
}

TEST(KoreanGolden, LatinFormsAreTheListsOwn) {
  std::ifstream in(std::string(EMBARGO_SHARED_DIR) + "/data/lists/un/consolidated-2026-05-08.xml");
  ASSERT_TRUE(in);
  std::stringstream text;
  text << in.rdbuf();
  std::string xml = text.str();
  for (const NameRow& row : Names()) {
    if (row.reference.rfind("UN ", 0) != 0) continue;
    // The record of that reference holds every word of the Latin form (the list splits a
    // person's name over FIRST_NAME, SECOND_NAME, ...).
    std::string tag = "<REFERENCE_NUMBER>" + row.reference.substr(3);
    size_t at = xml.find(tag);
    ASSERT_NE(at, std::string::npos) << row.reference;
    bool person = row.reference.find("KPi") != std::string::npos;
    std::string open = person ? "<INDIVIDUAL>" : "<ENTITY>";
    std::string close = person ? "</INDIVIDUAL>" : "</ENTITY>";
    size_t begin = xml.rfind(open, at);
    size_t end = xml.find(close, at);
    ASSERT_TRUE(begin != std::string::npos && end != std::string::npos) << row.reference;
    std::string record = xml.substr(begin, end - begin);
    std::stringstream words(row.latin);
    for (std::string word; words >> word;) {
      EXPECT_NE(record.find(word), std::string::npos) << word << " not in " << row.reference;
    }
  }
}

TEST(KoreanGolden, DifferentNamesDoNotMatch) {
  std::vector<NameRow> rows = Names();
  int persons = 0;
  for (size_t i = 0; i < rows.size(); ++i) {
    if (!IsPerson(rows[i])) continue;  // compare persons with persons
    ++persons;
    auto hangul = KeyFromHangul(rows[i].hangul);
    for (size_t j = 0; j < rows.size(); ++j) {
      if (rows[j].hangul == rows[i].hangul || !IsPerson(rows[j])) continue;
      auto latin = KeyFromLatin(rows[j].latin);
      EXPECT_FALSE(KeysCompatible(*hangul, *latin)) << rows[i].hangul << " vs " << rows[j].latin;
    }
  }
  EXPECT_GE(persons, 30);
  auto pairs = ReadTsv("negative_pairs.tsv");
  ASSERT_GE(pairs.size(), 20u);
  for (const auto& p : pairs) {
    ASSERT_GE(p.size(), 2u);
    auto a = AnyKey(p[0]);
    auto b = AnyKey(p[1]);
    ASSERT_TRUE(a) << p[0];
    ASSERT_TRUE(b) << p[1];
    EXPECT_FALSE(KeysCompatible(*a, *b)) << p[0] << " vs " << p[1];
  }
}

TEST(KoreanGolden, RomanizationsReproduceListSpellings) {
  int persons = 0;
  int reproduced = 0;
  for (const NameRow& row : Names()) {
    if (!IsPerson(row)) continue;
    ++persons;
    std::vector<std::string> forms = RomanizeKoreanName(row.hangul);
    auto hangul = KeyFromHangul(row.hangul);
    for (const std::string& form : forms) {
      auto key = KeyFromLatin(form);
      ASSERT_TRUE(key) << form;
      EXPECT_TRUE(KeysCompatible(*hangul, *key)) << row.hangul << " vs " << form;
    }
    if (std::find(forms.begin(), forms.end(), Plain(row.latin)) != forms.end()) {
      ++reproduced;
    } else {  // e.g. "ri pyong chul": u for ㅓ is South Korean usage, not one of our forms
      std::printf("not reproduced: %s -> %s\n", row.hangul.c_str(), Plain(row.latin).c_str());
    }
  }
  EXPECT_GE(persons, 30);
  EXPECT_GE(reproduced * 10, persons * 9);
  std::printf("list spellings reproduced exactly: %d of %d persons\n", reproduced, persons);
}

TEST(KoreanGolden, UnAliasPairs) {
  int same = 0;
  int different = 0;
  for (const auto& row : ReadTsv("un_dprk_person_aliases.tsv")) {
    ASSERT_EQ(row.size(), 4u);
    auto a = KeyFromLatin(row[1]);
    auto b = KeyFromLatin(row[2]);
    ASSERT_TRUE(a) << row[1];
    ASSERT_TRUE(b) << row[2];
    if (row[3] == "same") {
      ++same;
      EXPECT_TRUE(KeysCompatible(*a, *b)) << row[0] << ": " << row[1] << " vs " << row[2];
    } else {
      ++different;
      EXPECT_FALSE(KeysCompatible(*a, *b)) << row[0] << ": " << row[1] << " vs " << row[2];
    }
  }
  EXPECT_GE(same, 40);
  EXPECT_GE(different, 15);
}

}  // namespace
}  // namespace embargo
