#include "text/latin_respell.h"

#include <array>

namespace embargo::text {
namespace {

struct Group {
  std::string_view from, to;
  // Only in words of kLongWord letters or more: Zoe, Joel and Zhou are names as they are.
  bool long_words_only = false;
};
constexpr size_t kLongWord = 5;

// Longest first where one spelling holds another ("tsch" before "sch").
constexpr std::array<Group, 15> kGroups = {{
    {"tsch", "ch"},       // German Wladimirowitsch
    {"gyi", "di"},        // Hungarian Vlagyimir
    {"tyi", "ti"},        // Hungarian Putyin
    {"nyi", "ni"},        // Hungarian Nyikolaj
    {"chtch", "shch"},    // French Khrouchtchev
    {"tsj", "ch"},        // Dutch Wladimirowitsj
    {"tch", "ch"},        // French Timtchenko
    {"sch", "sh"},        // German Schtschukin
    {"gue", "ge", true},  // French Guennadi
    {"gui", "gi", true},  // French Gueorgui
    {"cz", "ch"},         // Polish Władimirowicz
    {"sz", "sh"},         // Polish Szuszkiewicz
    {"sj", "sh"},         // Dutch Sjoesjkevitsj
    {"oe", "u", true},    // Dutch Poetin
    {"ou", "u", true},    // French Poutine
}};

}  // namespace

std::string RespellAsEnglish(std::string_view word) {
  std::string out;
  out.reserve(word.size());
  bool changed = false;
  for (size_t i = 0; i < word.size();) {
    bool grouped = false;
    for (const Group& g : kGroups) {
      if (g.long_words_only && word.size() < kLongWord) continue;
      if (word.substr(i, g.from.size()) == g.from) {
        out += g.to;
        i += g.from.size();
        grouped = changed = true;
        break;
      }
    }
    if (grouped) continue;
    char c = word[i];
    // German and Polish w is v. (Their j is y, as in Jelzin, but j begins too many names
    // spelt as they are, John, Jamal, Jose, for a second reading to pay.)
    if (c == 'w') c = 'v';
    changed = changed || c != word[i];
    out.push_back(c);
    ++i;
  }
  // French ends a Russian -in with a silent e: Poutine, Staline, Lenine.
  if (word.size() >= kLongWord + 1 && out.ends_with("ine")) {
    out.pop_back();
    changed = true;
  }
  // Lithuanian gives a Russian name its nominative -as: Vladimiras Putinas, Lavrovas.
  for (std::string_view ending : {"ovas", "evas", "inas", "iras"}) {
    if (word.size() >= kLongWord + 2 && out.ends_with(ending)) {
      out.resize(out.size() - 2);
      changed = true;
    }
  }
  return changed ? out : std::string();
}

}  // namespace embargo::text
