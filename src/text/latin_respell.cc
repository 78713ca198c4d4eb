#include "text/latin_respell.h"

#include <array>
#include <utility>

namespace embargo::text {
namespace {

bool IsVowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

// Longest first where one spelling holds another ("tsch" before "sch").
constexpr std::array<std::pair<std::string_view, std::string_view>, 8> kGroups = {{
    {"tsch", "ch"},  // German Wladimirowitsch
    {"tsj", "ch"},   // Dutch Wladimirowitsj
    {"sch", "sh"},   // German Schtschukin
    {"cz", "ch"},    // Polish Władimirowicz
    {"sz", "sh"},    // Polish Szuszkiewicz
    {"sj", "sh"},    // Dutch Sjoesjkevitsj
    {"oe", "u"},     // Dutch Poetin (in longer words: Zoe, Joel and Zhou are names as they are)
    {"ou", "u"},     // French Poutine
}};
constexpr size_t kVowelGroupsFrom = 5;  // letters of a word whose oe and ou are respelt

}  // namespace

std::string RespellAsEnglish(std::string_view word) {
  std::string out;
  out.reserve(word.size());
  bool changed = false;
  for (size_t i = 0; i < word.size();) {
    bool grouped = false;
    for (auto [from, to] : kGroups) {
      if (IsVowel(from[0]) && word.size() < kVowelGroupsFrom) continue;
      if (word.substr(i, from.size()) == from) {
        out += to;
        i += from.size();
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
  return changed ? out : std::string();
}

}  // namespace embargo::text
