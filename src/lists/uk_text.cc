#include "lists/uk_text.h"

#include <array>
#include <cctype>
#include <unordered_map>
#include <utility>

#include "model/country.h"
#include "model/fuzzy_date.h"
#include "model/text_util.h"

namespace embargo::lists::uk {
namespace {

// Nationality adjectives as the lists write them, including misspellings seen in the files
// ("Afgan", "Qatarian"). Country names themselves are left to CountryCode.
constexpr std::pair<const char*, const char*> kDemonyms[] = {
    {"afghan", "af"},
    {"afgan", "af"},
    {"albanian", "al"},
    {"algerian", "dz"},
    {"american", "us"},
    {"angolan", "ao"},
    {"argentine", "ar"},
    {"argentinian", "ar"},
    {"armenian", "am"},
    {"australian", "au"},
    {"austrian", "at"},
    {"azerbaijani", "az"},
    {"azeri", "az"},
    {"bahraini", "bh"},
    {"bangladeshi", "bd"},
    {"belarusian", "by"},
    {"belarussian", "by"},
    {"belgian", "be"},
    {"beninese", "bj"},
    {"bosnian", "ba"},
    {"brazilian", "br"},
    {"british", "gb"},
    {"bulgarian", "bg"},
    {"burkinabe", "bf"},
    {"burmese", "mm"},
    {"burundian", "bi"},
    {"cambodian", "kh"},
    {"cameroonian", "cm"},
    {"canadian", "ca"},
    {"central african", "cf"},
    {"chadian", "td"},
    {"chilean", "cl"},
    {"chinese", "cn"},
    {"colombian", "co"},
    {"comorian", "km"},
    {"congolese", "cd"},
    {"croatian", "hr"},
    {"cuban", "cu"},
    {"cypriot", "cy"},
    {"czech", "cz"},
    {"danish", "dk"},
    {"djiboutian", "dj"},
    {"dutch", "nl"},
    {"egyptian", "eg"},
    {"emirati", "ae"},
    {"eritrean", "er"},
    {"estonian", "ee"},
    {"ethiopian", "et"},
    {"filipino", "ph"},
    {"finnish", "fi"},
    {"french", "fr"},
    {"gabonese", "ga"},
    {"gambian", "gm"},
    {"georgian", "ge"},
    {"german", "de"},
    {"ghanaian", "gh"},
    {"greek", "gr"},
    {"guinean", "gn"},
    {"bissau-guinean", "gw"},
    {"haitian", "ht"},
    {"hungarian", "hu"},
    {"indian", "in"},
    {"indonesian", "id"},
    {"iranian", "ir"},
    {"iraqi", "iq"},
    {"irish", "ie"},
    {"israeli", "il"},
    {"italian", "it"},
    {"ivorian", "ci"},
    {"jamaican", "jm"},
    {"japanese", "jp"},
    {"jordanian", "jo"},
    {"kazakh", "kz"},
    {"kazakhstani", "kz"},
    {"kenyan", "ke"},
    {"kosovar", "xk"},
    {"kuwaiti", "kw"},
    {"kyrgyz", "kg"},
    {"lao", "la"},
    {"laotian", "la"},
    {"latvian", "lv"},
    {"lebanese", "lb"},
    {"liberian", "lr"},
    {"libyan", "ly"},
    {"lithuanian", "lt"},
    {"macedonian", "mk"},
    {"malagasy", "mg"},
    {"malawian", "mw"},
    {"malaysian", "my"},
    {"maldivian", "mv"},
    {"malian", "ml"},
    {"maltese", "mt"},
    {"mauritanian", "mr"},
    {"mauritian", "mu"},
    {"mexican", "mx"},
    {"moldovan", "md"},
    {"mongolian", "mn"},
    {"montenegrin", "me"},
    {"moroccan", "ma"},
    {"mozambican", "mz"},
    {"namibian", "na"},
    {"nepalese", "np"},
    {"nepali", "np"},
    {"nicaraguan", "ni"},
    {"nigerien", "ne"},
    {"nigerian", "ng"},
    {"north korean", "kp"},
    {"norwegian", "no"},
    {"omani", "om"},
    {"pakistani", "pk"},
    {"palestinian", "ps"},
    {"panamanian", "pa"},
    {"peruvian", "pe"},
    {"polish", "pl"},
    {"portuguese", "pt"},
    {"qatari", "qa"},
    {"qatarian", "qa"},
    {"romanian", "ro"},
    {"russian", "ru"},
    {"rwandan", "rw"},
    {"saudi", "sa"},
    {"saudi arabian", "sa"},
    {"senegalese", "sn"},
    {"serbian", "rs"},
    {"sierra leonean", "sl"},
    {"singaporean", "sg"},
    {"slovak", "sk"},
    {"slovenian", "si"},
    {"somali", "so"},
    {"somalian", "so"},
    {"south african", "za"},
    {"south korean", "kr"},
    {"south sudanese", "ss"},
    {"spanish", "es"},
    {"sri lankan", "lk"},
    {"sudanese", "sd"},
    {"swedish", "se"},
    {"swiss", "ch"},
    {"syrian", "sy"},
    {"taiwanese", "tw"},
    {"tajik", "tj"},
    {"tajikistani", "tj"},
    {"tanzanian", "tz"},
    {"thai", "th"},
    {"togolese", "tg"},
    {"trinidadian", "tt"},
    {"tunisian", "tn"},
    {"turkish", "tr"},
    {"turkmen", "tm"},
    {"ugandan", "ug"},
    {"ukrainian", "ua"},
    {"uzbek", "uz"},
    {"uzbekistani", "uz"},
    {"venezuelan", "ve"},
    {"vietnamese", "vn"},
    {"yemeni", "ye"},
    {"yemenite", "ye"},
    {"zambian", "zm"},
    {"zimbabwean", "zw"},
    {"drc", "cd"},
    {"car", "cf"},
};

// Lower case, curly apostrophes made straight, inner whitespace collapsed, trailing
// punctuation dropped.
std::string Normalize(std::string_view text) {
  std::string collapsed = CollapseSpaces(text);
  std::string s;
  s.reserve(collapsed.size());
  constexpr std::string_view kRightQuote = "\xE2\x80\x99";
  for (size_t i = 0; i < collapsed.size(); ++i) {
    if (std::string_view(collapsed).substr(i, 3) == kRightQuote) {
      s += '\'';
      i += 2;
    } else {
      s += collapsed[i];
    }
  }
  while (!s.empty() && (s.back() == '.' || s.back() == ',' || s.back() == ';')) s.pop_back();
  return s;
}

const std::unordered_map<std::string, std::string>& Demonyms() {
  static const std::unordered_map<std::string, std::string> table = [] {
    std::unordered_map<std::string, std::string> map;
    for (auto [word, code] : kDemonyms) map.emplace(word, code);
    return map;
  }();
  return table;
}

bool IsWordByte(unsigned char c) { return std::isalpha(c) || c == '\'' || c >= 0x80; }

struct Token {
  std::string_view text;
  bool capitalized;
};

std::vector<Token> Words(std::string_view s) {
  std::vector<Token> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && !IsWordByte(static_cast<unsigned char>(s[i]))) ++i;
    size_t start = i;
    while (i < s.size() && IsWordByte(static_cast<unsigned char>(s[i]))) ++i;
    if (i > start) {
      unsigned char first = static_cast<unsigned char>(s[start]);
      out.push_back({s.substr(start, i - start), std::isupper(first) || first >= 0x80});
    }
  }
  return out;
}

bool AllUpper(std::string_view w) {
  for (char c : w)
    if (!std::isupper(static_cast<unsigned char>(c))) return false;
  return !w.empty();
}

// Position past "1)", "12)" or "a)" starting at i, or 0.
size_t MarkerBodyEnd(std::string_view s, size_t i) {
  size_t j = i;
  while (j < s.size() && j < i + 2 && std::isdigit(static_cast<unsigned char>(s[j]))) ++j;
  if (j == i && j < s.size() && s[j] >= 'a' && s[j] <= 'h') ++j;
  if (j == i || j >= s.size() || s[j] != ')') return 0;
  return j + 1;
}

// Position just past an enumeration marker starting at i ("(1)", "1)", "(a)", "a)"), or 0.
size_t MarkerEnd(std::string_view s, size_t i) {
  bool boundary = i == 0 || std::isspace(static_cast<unsigned char>(s[i - 1])) || s[i - 1] == '-' ||
                  s[i - 1] == ')' || s[i - 1] == ',' || s[i - 1] == ';';
  if (!boundary) return 0;
  return s[i] == '(' ? MarkerBodyEnd(s, i + 1) : MarkerBodyEnd(s, i);
}

std::string CleanItem(std::string_view item) {
  std::string s = CollapseSpaces(item);
  while (!s.empty() && (s.back() == ',' || s.back() == ';' || s.back() == '-')) s.pop_back();
  while (!s.empty() &&
         (s.front() == ',' || s.front() == ';' || s.front() == '-' || s.front() == ' '))
    s.erase(0, 1);
  return std::string(Trim(s));
}

bool HasAlnum(std::string_view s) {
  for (unsigned char c : s)
    if (std::isalnum(c) || c >= 0x80) return true;
  return false;
}

bool IsDateLike(std::string_view t) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  for (size_t i = 0; i <= t.size(); ++i) {
    if (i == t.size() || t[i] == '/' || t[i] == '.') {
      parts.push_back(t.substr(start, i - start));
      start = i + 1;
    }
  }
  if (parts.size() != 3) return false;
  for (std::string_view p : parts)
    for (char c : p)
      if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  return parts[0].size() <= 2 && parts[1].size() <= 2 &&
         (parts[2].size() == 2 || parts[2].size() == 4);
}

// Plausible document number: enough digits, only letters, digits and - / . inside.
bool IsNumberToken(std::string_view t) {
  size_t digits = 0, letters = 0;
  for (char c : t) {
    unsigned char u = static_cast<unsigned char>(c);
    if (std::isdigit(u))
      ++digits;
    else if (std::isalpha(u))
      ++letters;
    else if (c != '-' && c != '/' && c != '.')
      return false;
  }
  if (digits >= 3) return !IsDateLike(t);
  return digits >= 1 && letters >= 1 && t.size() >= 6;
}

}  // namespace

std::vector<std::string> SplitEnumeration(std::string_view text) {
  std::vector<std::pair<size_t, size_t>> markers;  // begin, end
  for (size_t i = 0; i < text.size(); ++i) {
    if (size_t end = MarkerEnd(text, i)) {
      markers.push_back({i, end});
      i = end - 1;
    }
  }
  std::vector<std::string> items;
  bool leads = !markers.empty() && Trim(text.substr(0, markers[0].first)).empty();
  if (markers.empty() || (markers.size() == 1 && !leads)) {
    std::string item = CleanItem(text);
    if (HasAlnum(item)) items.push_back(std::move(item));
    return items;
  }
  size_t prev = 0;
  for (size_t m = 0; m <= markers.size(); ++m) {
    size_t stop = m < markers.size() ? markers[m].first : text.size();
    std::string item = CleanItem(text.substr(prev, stop - prev));
    if (HasAlnum(item)) items.push_back(std::move(item));
    if (m < markers.size()) prev = markers[m].second;
  }
  return items;
}

std::string NationalityCode(std::string_view text) {
  std::string s = Normalize(text);
  if (s.empty()) return {};
  std::string lower = AsciiLower(s);
  auto it = Demonyms().find(lower);
  if (it != Demonyms().end()) return it->second;
  return CountryCode(s);
}

std::vector<std::string> CountriesInText(std::string_view text, CodeTokens codes) {
  std::string normalized = Normalize(text);
  std::vector<Token> words = Words(normalized);
  std::vector<std::string> found;
  for (size_t i = 0; i < words.size();) {
    size_t matched = 0;
    if (words[i].capitalized) {
      for (size_t n = std::min<size_t>(5, words.size() - i); n >= 1 && !matched; --n) {
        std::string_view first = words[i].text;
        if (n == 1 && first.size() < 4 && !(codes == CodeTokens::kAccept && AllUpper(first)))
          continue;
        const char* begin = words[i].text.data();
        const char* end = words[i + n - 1].text.data() + words[i + n - 1].text.size();
        std::string code = NationalityCode(std::string_view(begin, end - begin));
        if (code.empty()) continue;
        matched = n;
        bool seen = false;
        for (const std::string& f : found) seen = seen || f == code;
        if (!seen) found.push_back(code);
      }
    }
    i += matched ? matched : 1;
  }
  return found;
}

std::string CountryInText(std::string_view text, CodeTokens codes) {
  for (size_t open = text.find('('); open != std::string_view::npos;
       open = text.find('(', open + 1)) {
    size_t close = text.find(')', open);
    if (close == std::string_view::npos) break;
    std::string code = NationalityCode(text.substr(open + 1, close - open - 1));
    if (!code.empty()) return code;
  }
  std::vector<std::string> all = CountriesInText(text, codes);
  return all.empty() ? std::string() : all.front();
}

std::string ExtractDocumentNumber(std::string_view text) {
  std::vector<std::string_view> tokens;
  size_t i = 0;
  auto is_sep = [](char c) {
    return std::isspace(static_cast<unsigned char>(c)) || c == ',' || c == ';' || c == ':' ||
           c == '(' || c == ')' || c == '#' || c == '[' || c == ']' || c == '"';
  };
  while (i < text.size()) {
    while (i < text.size() && is_sep(text[i])) ++i;
    size_t start = i;
    while (i < text.size() && !is_sep(text[i])) ++i;
    std::string_view t = text.substr(start, i - start);
    while (!t.empty() && (t.back() == '.' || t.back() == '-')) t.remove_suffix(1);
    if (!t.empty()) tokens.push_back(t);
  }
  for (size_t k = 0; k < tokens.size(); ++k) {
    if (!IsNumberToken(tokens[k])) continue;
    std::string number(tokens[k]);
    if (k > 0) {
      std::string_view prev = tokens[k - 1];
      bool adjacent =
          prev.data() + prev.size() + 1 == tokens[k].data() && prev.data()[prev.size()] == ' ';
      if (adjacent && prev.size() <= 3 && AllUpper(prev) && prev != "NO" && prev != "NR" &&
          prev != "ID" && prev != "N")
        number = std::string(prev) + " " + number;
    }
    return number;
  }
  return {};
}

std::string UnReference(std::string_view text) {
  for (size_t pos = 0; pos + 6 <= text.size(); ++pos) {
    if (!StartsWithIgnoreCase(text.substr(pos), "UN Ref")) continue;
    size_t i = pos + 6;
    if (StartsWithIgnoreCase(text.substr(i), "erence")) i += 6;  // "UN Reference KPi.047"
    while (i < text.size() && (text[i] == ' ' || text[i] == ':' || text[i] == '.')) ++i;
    size_t start = i;
    while (i < text.size() && !std::isspace(static_cast<unsigned char>(text[i])) &&
           text[i] != ',' && text[i] != ';' && text[i] != ')')
      ++i;
    std::string_view ref = text.substr(start, i - start);
    while (!ref.empty() && ref.back() == '.') ref.remove_suffix(1);
    for (char c : ref)
      if (std::isdigit(static_cast<unsigned char>(c))) return std::string(ref);
  }
  return {};
}

std::string DayFirstToIso(std::string_view text) {
  auto date = ParseFuzzyDate(text);
  return date && date->precision == DatePrecision::kDay ? date->ToString() : std::string();
}

}  // namespace embargo::lists::uk
