#include "text/name_roles.h"

#include <algorithm>
#include <array>
#include <boost/container/small_vector.hpp>
#include <cstdint>

namespace embargo::text {
namespace {

// Russian, Ukrainian and Belarusian patronymics (-ovich, -evna, -ichna), Turkic ones (-ogly,
// -kyzy, -uly), looked up by the last letter: most words end otherwise and stop at once.
bool IsPatronymic(std::string_view text) {
  if (text.size() < 6) return false;
  auto ends = [&](std::string_view e) { return text.ends_with(e); };
  switch (text.back()) {
    case 'h':
      return ends("ovich") || ends("evich");  // and -yevich
    case 'a':
      return ends("ovna") || ends("evna") || ends("ichna");  // and -yevna
    case 'y':
      return ends("ogly") || ends("kyzy") || ends("uly");
    case 'i':
      return ends("ogli") || ends("qizi");
    case 'u':
      return ends("oglu");
    default:
      return false;
  }
}

constexpr std::string_view kKoreanSurnames[] = {
    "kim",  "gim",  "ri",    "li",    "lee",  "yi",    "rhee",  "rhie",  "i",     "pak",    "park",
    "bak",  "bahk", "choe",  "choi",  "chwe", "jong",  "jeong", "chong", "chung", "cheong", "kang",
    "gang", "cho",  "jo",    "yun",   "yoon", "chang", "jang",  "im",    "lim",   "rim",    "han",
    "o",    "oh",   "so",    "seo",   "suh",  "sin",   "shin",  "kwon",  "gwon",  "hwang",  "an",
    "ahn",  "song", "hong",  "yu",    "yoo",  "ryu",   "yoo",   "ko",    "go",    "koh",    "mun",
    "moon", "yang", "ryang", "pae",   "bae",  "paek",  "baek",  "paik",  "nam",   "no",     "ro",
    "roh",  "noh",  "ha",    "chu",   "ju",   "joo",   "ku",    "koo",   "gu",    "ho",     "heo",
    "hur",  "hyon", "hyun",  "hyeon", "ra",   "na",    "min",   "chon",  "jon",   "jeon",   "chun",
    "jun",  "son",  "sohn",  "yon",   "yeon", "u",     "woo",   "tak",   "sim",   "shim",   "kye",
    "gye",  "ki",   "gi",    "ok",    "om",   "eom",   "um",    "won",   "pyon",  "byun",   "byeon",
    "ma",   "kong", "gong",  "cha",   "chae", "to",    "do",    "kil",   "gil",   "chi",    "ji",
    "che",  "je",   "pang",  "bang",  "kye",  "sok",   "seok",  "sol",   "seol",  "pyo",    "tae",
    "thae", "yom",  "yeom",  "ung"};

}  // namespace

bool IsKoreanSurnameSpelling(std::string_view latin) {
  // Each spelling (at most eight letters) packed into one number, in an open-addressing table a
  // quarter full: a lookup is one or two probes, no string compares.
  auto pack = [](std::string_view s) {
    uint64_t v = 0;
    for (char c : s) v = v << 8 | static_cast<unsigned char>(c);
    return v;
  };
  constexpr size_t kSlots = 1024;  // a power of two, four times the spellings or more
  static_assert(kSlots >= 4 * std::size(kKoreanSurnames));
  auto slot = [](uint64_t v) { return (v * 0x9E3779B97F4A7C15ull) >> 54; };  // 10 bits
  static const std::vector<uint64_t> kTable = [&] {
    std::vector<uint64_t> table(kSlots, 0);  // 0: empty (no spelling packs to it)
    for (std::string_view s : kKoreanSurnames) {
      size_t i = slot(pack(s));
      while (table[i] != 0 && table[i] != pack(s)) i = (i + 1) % kSlots;
      table[i] = pack(s);
    }
    return table;
  }();
  if (latin.empty() || latin.size() > 8) return false;
  const uint64_t v = pack(latin);
  for (size_t i = slot(v);; i = (i + 1) % kSlots) {
    if (kTable[i] == v) return true;
    if (kTable[i] == 0) return false;
  }
}

std::vector<Token> AssignRoles(std::vector<Token> tokens, bool person) {
  if (!person) return tokens;
  boost::container::small_vector<size_t, 16> parts;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].role != NameRole::kUnknown) return tokens;
    if (tokens[i].kind == TokenKind::kNamePart) parts.push_back(i);
  }
  if (parts.size() < 2) return tokens;
  auto patronymic = std::find_if(parts.begin(), parts.end(),
                                 [&](size_t i) { return IsPatronymic(tokens[i].text); });
  if (patronymic != parts.end()) {
    size_t at = patronymic - parts.begin();
    tokens[*patronymic].role = NameRole::kPatronymic;
    if (parts.size() == 3 && at == 1) {  // Vladimir Vladimirovich Putin
      tokens[parts[0]].role = NameRole::kGiven;
      tokens[parts[2]].role = NameRole::kFamily;
    } else if (parts.size() == 3 && at == 2) {  // Putin Vladimir Vladimirovich
      tokens[parts[0]].role = NameRole::kFamily;
      tokens[parts[1]].role = NameRole::kGiven;
    } else if (parts.size() == 2) {
      tokens[parts[at == 0 ? 1 : 0]].role = NameRole::kGiven;
    }
    return tokens;
  }
  // Kim Jong Un, Ri Su Yong: a Korean surname first and every part a Korean syllable string.
  bool korean = parts.size() <= 4 && IsKoreanSurnameSpelling(tokens[parts[0]].text) &&
                std::all_of(parts.begin(), parts.end(),
                            [&](size_t i) { return !tokens[i].korean_key.empty(); });
  if (korean) {
    tokens[parts[0]].role = NameRole::kFamily;
    for (size_t k = 1; k < parts.size(); ++k) tokens[parts[k]].role = NameRole::kGiven;
  }
  return tokens;
}

std::string PhoneticKey(std::string_view s) {
  if (s.size() < 3) return {};
  std::string out;
  char previous = 0;  // the class of the previous letter; 0 after a vowel
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    char next = i + 1 < s.size() ? s[i + 1] : 0;
    char cls = 0;
    switch (c) {
      case 'b':
      case 'p':
        cls = (c == 'p' && next == 'h') ? 'f' : 'p';
        break;
      case 'f':
      case 'v':
        cls = 'f';
        break;
      case 'd':
      case 't':
        cls = next == 'h' ? 's' : 't';
        break;
      case 'g':
      case 'k':
      case 'q':
        cls = 'k';
        break;
      case 'c':
        cls = (next == 'h' || next == 'e' || next == 'i') ? 's' : 'k';
        break;
      case 'j':
      case 'z':
      case 's':
      case 'x':
        cls = 's';
        break;
      case 'l':
      case 'r':
        cls = 'l';
        break;
      case 'm':
        cls = 'm';
        break;
      case 'n':
        cls = 'n';
        break;
      default:
        break;
    }
    if (i == 0 && !cls) cls = (c == 'h' || c == 'w') ? c : 'a';  // a first vowel, h or w
    // "ph", "th", "ch", "sh", "dh", "kh" are one sound; "ng" at the end is one nasal.
    if (cls && ((next == 'h' && (c == 'p' || c == 't' || c == 'c' || c == 's' || c == 'd' ||
                                 c == 'k' || c == 'g')) ||
                (c == 'n' && next == 'g' && i + 2 == s.size()))) {
      ++i;
    }
    if (cls && cls != previous) out.push_back(cls);
    previous = cls;
  }
  return out;
}

}  // namespace embargo::text
