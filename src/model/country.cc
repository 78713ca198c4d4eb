#include "model/country.h"

#include <unicode/locid.h>
#include <unicode/uloc.h>
#include <unicode/unistr.h>

#include <string>
#include <unordered_map>
#include <utility>

namespace embargo {
namespace {

// Lower case, letters and digits only, words separated by one space; "&" reads "and",
// "st." reads "saint" and a leading "the" is dropped.
std::string Key(std::string_view name) {
  std::string out;
  bool space = false;
  for (unsigned char c : name) {
    if (c == '&') {
      out += out.empty() ? "and" : " and";
      space = true;
      continue;
    }
    if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c - 'A' + 'a');
    bool word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80;
    if (c == '\'' ) continue;  // people's -> peoples
    if (!word) {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += static_cast<char>(c);
  }
  if (out.rfind("the ", 0) == 0) out.erase(0, 4);
  if (out.rfind("st ", 0) == 0) out.replace(0, 2, "saint");
  return out;
}

// Spellings seen in the lists that ICU's English names do not cover.
constexpr std::pair<const char*, const char*> kAliases[] = {
    {"Democratic People's Republic of Korea", "kp"},
    {"Korea, Democratic People's Republic of", "kp"},
    {"Korea (Democratic People's Republic of)", "kp"},
    {"Korea, North", "kp"},
    {"DPRK", "kp"},
    {"D.P.R.K.", "kp"},
    {"North Korea", "kp"},
    {"Republic of Korea", "kr"},
    {"Korea, Republic of", "kr"},
    {"Korea, South", "kr"},
    {"South Korea", "kr"},
    {"Russian Federation", "ru"},
    {"Iran (Islamic Republic of)", "ir"},
    {"Iran, Islamic Republic of", "ir"},
    {"Islamic Republic of Iran", "ir"},
    {"Syrian Arab Republic", "sy"},
    {"United Kingdom of Great Britain and Northern Ireland", "gb"},
    {"Great Britain", "gb"},
    {"UK", "gb"},
    {"United States of America", "us"},
    {"USA", "us"},
    {"Lao People's Democratic Republic", "la"},
    {"Venezuela (Bolivarian Republic of)", "ve"},
    {"Bolivia (Plurinational State of)", "bo"},
    {"United Republic of Tanzania", "tz"},
    {"Tanzania, United Republic of", "tz"},
    {"Viet Nam", "vn"},
    {"Democratic Republic of the Congo", "cd"},
    {"Congo, Democratic Republic of the", "cd"},
    {"Congo (Kinshasa)", "cd"},
    {"Zaire", "cd"},
    {"Republic of the Congo", "cg"},
    {"Congo (Brazzaville)", "cg"},
    {"Cote d'Ivoire", "ci"},
    {"Ivory Coast", "ci"},
    {"Burma", "mm"},
    {"Libyan Arab Jamahiriya", "ly"},
    {"State of Palestine", "ps"},
    {"Palestinian Territory", "ps"},
    {"Palestinian Territories", "ps"},
    {"West Bank", "ps"},
    {"Gaza", "ps"},
    {"Gaza Strip", "ps"},
    {"Turkey", "tr"},
    {"Turkiye", "tr"},
    {"Czech Republic", "cz"},
    {"Republic of Moldova", "md"},
    {"Moldova, Republic of", "md"},
    {"Macedonia", "mk"},
    {"The former Yugoslav Republic of Macedonia", "mk"},
    {"China, Hong Kong SAR", "hk"},
    {"Hong Kong SAR", "hk"},
    {"Macau", "mo"},
    {"Macao SAR", "mo"},
    {"Kosovo", "xk"},
    {"UAE", "ae"},
    {"Brunei Darussalam", "bn"},
    {"Cape Verde", "cv"},
    {"Swaziland", "sz"},
    {"East Timor", "tl"},
    {"Holy See", "va"},
    {"Vatican", "va"},
    {"Micronesia, Federated States of", "fm"},
    {"Federated States of Micronesia", "fm"},
    {"Yugoslavia", "rs"},
    {"Serbia and Montenegro", "rs"},
    {"Soviet Union", "ru"},
    {"USSR", "ru"},
    {"Taiwan, Province of China", "tw"},
    {"Republic of China", "tw"},
    {"People's Republic of China", "cn"},
    {"PRC", "cn"},
    {"Kyrgyz Republic", "kg"},
    {"Slovak Republic", "sk"},
    {"Saint Kitts and Nevis", "kn"},
    {"Saint Vincent and the Grenadines", "vc"},
    {"Bahamas, The", "bs"},
    {"Gambia, The", "gm"},
    {"Netherlands Antilles", "an"},
    {"Curacao", "cw"},
    {"Sao Tome and Principe", "st"},
    {"Marshall Islands", "mh"},
    {"Region: Crimea", "ua"},
    {"Crimea", "ua"},
    // UN Consolidated List spellings.
    {"Myanmar", "mm"},
    {"Türkiye", "tr"},
    {"Turkiye", "tr"},
    {"Sultanate of Oman", "om"},
    {"Union of the Comoros", "km"},
    {"Hong Kong Special Administrative Region", "hk"},
    {"China, Hong Kong Special Administrative Region", "hk"},
};

class CountryTable {
 public:
  CountryTable() {
    for (const char* const* c = uloc_getISOCountries(); *c != nullptr; ++c) {
      std::string code = *c;
      for (char& ch : code) ch = static_cast<char>(ch - 'A' + 'a');
      icu::UnicodeString display;
      icu::Locale("", *c).getDisplayCountry(icu::Locale::getEnglish(), display);
      std::string english;
      display.toUTF8String(english);
      names_.emplace(code, english);
      by_key_.emplace(Key(english), code);
      by_key_.emplace(code, code);
      const char* alpha3 = icu::Locale("", *c).getISO3Country();
      if (alpha3 && *alpha3) by_key_.emplace(Key(alpha3), code);
    }
    for (auto [name, code] : kAliases) by_key_[Key(name)] = code;
  }

  std::string Code(std::string_view name) const {
    auto it = by_key_.find(Key(name));
    return it == by_key_.end() ? std::string() : it->second;
  }

  std::string Name(std::string_view code) const {
    auto it = names_.find(std::string(code));
    return it == names_.end() ? std::string(code) : it->second;
  }

 private:
  std::unordered_map<std::string, std::string> by_key_;
  std::unordered_map<std::string, std::string> names_;
};

const CountryTable& Table() {
  static const CountryTable table;
  return table;
}

}  // namespace

std::string CountryCode(std::string_view name) { return Table().Code(name); }
std::string CountryName(std::string_view code) { return Table().Name(code); }

}  // namespace embargo
