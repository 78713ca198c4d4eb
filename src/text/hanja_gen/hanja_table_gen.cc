// Build-time tool: reads Unihan_Readings.txt on standard input and writes on standard output a
// C++ table of the Korean readings (kHangul, or kKorean converted from Yale romanization) and
// Mandarin readings (kMandarin, tones removed) of each Han character, for src/text/hanja.cc.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

namespace {

struct Readings {
  std::string hangul;    // kHangul value: "금:0E 김:0N"
  std::string korean;    // kKorean value: "KIM KUM"
  std::string mandarin;  // kMandarin value: "jīn"
};

void AppendUtf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

std::vector<std::string> Words(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

// "항:0N 행:0E" -> "행*항": the readings taught in schools (flag E) first, since Unihan lists
// them in Hangul order; '*' before those marked for personal names (flag N).
std::string FromHangul(const std::string& value) {
  std::string taught;
  std::string other;
  for (const std::string& w : Words(value)) {
    size_t colon = w.find(':');
    std::string flags = colon == std::string::npos ? "" : w.substr(colon + 1);
    std::string& out = flags.find('E') != std::string::npos ? taught : other;
    if (flags.find('N') != std::string::npos) out += '*';
    out += w.substr(0, colon);
  }
  return taught + other;
}

// Whether a kHangul value has a reading from KS X 1001 (source flag 0), the Korean standard
// character set: its 4,888 Hanja are those in common use.
bool InKsX1001(const std::string& value) {
  for (const std::string& w : Words(value)) {
    size_t colon = w.find(':');
    if (colon != std::string::npos && w.compare(colon + 1, 1, "0") == 0) return true;
  }
  return false;
}

// One Yale-romanized Sino-Korean syllable ("KIM", "CENG", "PHAY") as a Hangul syllable.
std::optional<char32_t> FromYale(const std::string& word) {
  static const std::pair<const char*, int> kInitials[] = {
      {"KK", 1},  {"KH", 15}, {"K", 0},   {"N", 2},   {"TT", 4},  {"TH", 16},
      {"T", 3},   {"L", 5},   {"M", 6},   {"PP", 8},  {"PH", 17}, {"P", 7},
      {"SS", 10}, {"S", 9},   {"CC", 13}, {"CH", 14}, {"C", 12},  {"H", 18}};
  static const std::pair<const char*, int> kVowels[] = {
      {"YAY", 3}, {"YEY", 7}, {"WAY", 10}, {"WEY", 15}, {"AY", 1},  {"YA", 2},  {"EY", 5},
      {"YE", 6},  {"WA", 9},  {"OY", 11},  {"YO", 12},  {"WU", 13}, {"WE", 14}, {"WI", 16},
      {"YU", 17}, {"UY", 19}, {"A", 0},    {"E", 4},    {"O", 8},   {"U", 18},  {"I", 20}};
  static const std::pair<const char*, int> kFinals[] = {{"NG", 21}, {"K", 1},  {"N", 4}, {"L", 8},
                                                        {"M", 16},  {"P", 17}, {"T", 7}, {"", 0}};
  auto starts = [&word](size_t pos, const char* s) {
    return word.compare(pos, std::string(s).size(), s) == 0;
  };
  int initial = 11;  // ㅇ
  size_t pos = 0;
  for (const auto& [text, index] : kInitials) {
    if (starts(0, text)) {
      initial = index;
      pos = std::string(text).size();
      break;
    }
  }
  for (const auto& [vtext, vowel_index] : kVowels) {
    if (!starts(pos, vtext)) continue;
    size_t after = pos + std::string(vtext).size();
    int vowel = vowel_index;
    // Yale writes ㅜ as plain "u" after the labials, where ㅡ does not occur in Sino-Korean.
    if (vowel == 18 && (initial == 6 || initial == 7 || initial == 8 || initial == 17)) vowel = 13;
    for (const auto& [ftext, final] : kFinals) {
      if (word.substr(after) == ftext) return 0xAC00 + (initial * 21 + vowel) * 28 + final;
    }
    return std::nullopt;
  }
  return std::nullopt;
}

std::string FromKorean(const std::string& value) {
  std::string out;
  for (const std::string& w : Words(value)) {
    if (auto c = FromYale(w)) AppendUtf8(out, *c);
  }
  return out;
}

// Pinyin without tone marks: "jīn" -> "jin", "lǜ" -> "lu"; readings space-separated.
std::string Toneless(const std::string& value) {
  static const std::map<std::string, char> kMarked = {
      {"ā", 'a'}, {"á", 'a'}, {"ǎ", 'a'}, {"à", 'a'}, {"ē", 'e'}, {"é", 'e'},
      {"ě", 'e'}, {"è", 'e'}, {"ê", 'e'}, {"ī", 'i'}, {"í", 'i'}, {"ǐ", 'i'},
      {"ì", 'i'}, {"ō", 'o'}, {"ó", 'o'}, {"ǒ", 'o'}, {"ò", 'o'}, {"ū", 'u'},
      {"ú", 'u'}, {"ǔ", 'u'}, {"ù", 'u'}, {"ü", 'u'}, {"ǖ", 'u'}, {"ǘ", 'u'},
      {"ǚ", 'u'}, {"ǜ", 'u'}, {"ḿ", 'm'}, {"ń", 'n'}, {"ň", 'n'}, {"ǹ", 'n'}};
  std::string out;
  for (size_t i = 0; i < value.size();) {
    unsigned char c = value[i];
    if (c < 0x80) {
      out += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
      ++i;
      continue;
    }
    size_t length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    auto it = kMarked.find(value.substr(i, length));
    if (it != kMarked.end()) out += it->second;  // other marks (combining) are dropped
    i += length;
  }
  return out;
}

void WriteEscaped(std::ostream& out, const std::string& s) {
  for (unsigned char c : s) {
    if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '?') {
      out << c;
    } else {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\%03o", c);
      out << buf;
    }
  }
}

}  // namespace

int main() {
  std::map<char32_t, Readings> table;
  std::string line;
  while (std::getline(std::cin, line)) {
    if (line.size() < 3 || line[0] != 'U' || line[1] != '+') continue;
    size_t tab1 = line.find('\t');
    size_t tab2 = line.find('\t', tab1 + 1);
    if (tab1 == std::string::npos || tab2 == std::string::npos) continue;
    char* end = nullptr;
    std::string hex = line.substr(2, tab1 - 2);
    char32_t cp = static_cast<char32_t>(std::strtoul(hex.c_str(), &end, 16));
    if (end == hex.c_str() || *end != '\0') continue;  // not a code point: skip the line
    std::string field = line.substr(tab1 + 1, tab2 - tab1 - 1);
    std::string value = line.substr(tab2 + 1);
    if (field == "kHangul") table[cp].hangul = value;
    if (field == "kKorean") table[cp].korean = value;
    if (field == "kMandarin") table[cp].mandarin = value;
  }
  std::string pool(1, '\0');  // offset 0 is the empty string
  std::map<std::string, size_t> offsets;
  auto intern = [&](const std::string& s) -> size_t {
    if (s.empty()) return 0;
    auto [it, inserted] = offsets.try_emplace(s, pool.size());
    if (inserted) {
      pool += s;
      pool += '\0';
    }
    return it->second;
  };
  std::ostringstream rows;
  size_t count = 0;
  for (const auto& [cp, r] : table) {
    std::string korean = r.hangul.empty() ? FromKorean(r.korean) : FromHangul(r.hangul);
    std::string mandarin = Toneless(r.mandarin);
    if (korean.empty() && mandarin.empty()) continue;
    rows << "    {0x" << std::hex << static_cast<uint32_t>(cp) << std::dec << ", " << intern(korean)
         << ", " << intern(mandarin) << ", " << (InKsX1001(r.hangul) ? "true" : "false") << "},\n";
    ++count;
  }
  std::cout << "// Generated at build time from Unihan_Readings.txt by hanja_table_gen: " << count
            << " characters.\n";
  std::cout << "inline constexpr char kHanjaPool[] = \"";
  WriteEscaped(std::cout, pool);
  std::cout << "\";\ninline constexpr HanjaRow kHanjaRows[] = {\n" << rows.str() << "};\n";
  return count > 0 ? 0 : 1;
}
