#include "text/greek_reader.h"

#include <array>

namespace embargo::text {
namespace {

// A Greek letter without its accent (tonos); the dialytika, which keeps a vowel apart from the
// one before it (Ευβοϊκός, Ραΐσα), is reported separately.
struct Letter {
  char32_t base = 0;
  bool apart = false;
};

Letter Unaccented(char32_t c) {
  switch (c) {
    case U'ά':
      return {U'α'};
    case U'έ':
      return {U'ε'};
    case U'ή':
      return {U'η'};
    case U'ί':
      return {U'ι'};
    case U'ό':
      return {U'ο'};
    case U'ύ':
      return {U'υ'};
    case U'ώ':
      return {U'ω'};
    case U'ς':
      return {U'σ'};
    case U'ϊ':
    case U'ΐ':
      return {U'ι', true};
    case U'ϋ':
    case U'ΰ':
      return {U'υ', true};
    default:
      return {c};
  }
}

bool Voiceless(char32_t c) {  // αυ, ευ read af, ef before these and at the end
  switch (c) {
    case U'θ':
    case U'κ':
    case U'ξ':
    case U'π':
    case U'σ':
    case U'τ':
    case U'φ':
    case U'χ':
    case U'ψ':
    case 0:
      return true;
    default:
      return false;
  }
}

const char* Single(char32_t c, GreekSystem system) {
  const bool elot = system == GreekSystem::kElot;  // else kSound or kForeign
  switch (c) {
    case U'α':
      return "a";
    case U'β':
      return "v";
    case U'γ':
      return "g";
    case U'δ':
      return "d";
    case U'ε':
      return "e";
    case U'ζ':
      return "z";
    case U'η':
      return "i";
    case U'θ':
      return "th";
    case U'ι':
      return "i";
    case U'κ':
      return "k";
    case U'λ':
      return "l";
    case U'μ':
      return "m";
    case U'ν':
      return "n";
    case U'ξ':
      return "x";
    case U'ο':
      return "o";
    case U'π':
      return "p";
    case U'ρ':
      return "r";
    case U'σ':
      return "s";
    case U'τ':
      return "t";
    case U'υ':
      return elot ? "y" : "i";
    case U'φ':
      return "f";
    case U'χ':
      return elot ? "ch" : "h";
    case U'ψ':
      return "ps";
    case U'ω':
      return "o";
    default:
      return "";
  }
}

// A pair of letters read as one sound, or nullptr. `initial`: the pair starts the word;
// `next`: the letter after the pair (0 at the end).
const char* Pair(char32_t a, char32_t b, bool initial, char32_t next, GreekSystem system) {
  const bool elot = system == GreekSystem::kElot;
  if (b == U'υ' && (a == U'α' || a == U'ε' || a == U'η')) {
    static constexpr std::array<const char*, 3> kV = {"av", "ev", "iv"}, kF = {"af", "ef", "if"};
    size_t i = a == U'α' ? 0 : a == U'ε' ? 1 : 2;
    return Voiceless(next) ? kF[i] : kV[i];
  }
  if (a == U'ο' && b == U'υ') return elot ? "ou" : "u";
  if (a == U'α' && b == U'ι') return elot ? "ai" : "e";
  if (a == U'ε' && b == U'ι') return elot ? "ei" : "i";
  if (a == U'ο' && b == U'ι') return elot ? "oi" : "i";
  if (system == GreekSystem::kForeign) {
    if (a == U'μ' && b == U'π') return next == 0 && !initial ? "mp" : "b";
    if (a == U'ν' && b == U'τ') return "d";
    if (a == U'γ' && b == U'κ') return "g";
  }
  if (a == U'μ' && b == U'π') return initial ? "b" : elot ? "mp" : "mb";
  if (a == U'ν' && b == U'τ') return initial ? "d" : elot ? "nt" : "nd";
  if (a == U'γ' && b == U'κ') return initial ? "g" : elot ? "gk" : "ng";
  if (a == U'γ' && b == U'γ') return "ng";
  if (a == U'γ' && b == U'ξ') return "nx";
  if (a == U'γ' && b == U'χ') return elot ? "nch" : "nh";
  return nullptr;
}

}  // namespace

std::string GreekToLatin(std::string_view utf8_lower, GreekSystem system) {
  std::vector<Letter> letters;
  for (size_t i = 0; i < utf8_lower.size();)
    letters.push_back(Unaccented(NextCodePoint(utf8_lower, i)));
  std::string out;
  for (size_t i = 0; i < letters.size();) {
    if (i + 1 < letters.size() && !letters[i + 1].apart) {
      char32_t next = i + 2 < letters.size() ? letters[i + 2].base : 0;
      if (const char* pair = Pair(letters[i].base, letters[i + 1].base, i == 0, next, system)) {
        out += pair;
        i += 2;
        continue;
      }
    }
    out += Single(letters[i].base, system);
    ++i;
  }
  return out;
}

std::vector<WordReading> ReadGreek(const RawWord& word) {
  std::vector<WordReading> out;
  for (auto [name, system] : {std::pair<std::string_view, GreekSystem>{"elot", GreekSystem::kElot},
                              {"sound", GreekSystem::kSound},
                              {"foreign", GreekSystem::kForeign}}) {
    std::string text = GreekToLatin(word.text, system);
    // A foreign reading like the sound one still makes a reading of its own: the name's other
    // words may read differently (Βλαντίμιρ Πούτιν: vladimir putin).
    if (text.empty() || (!out.empty() && out.front().tokens.front().text == text)) continue;
    out.push_back(OneTokenReading(name, std::move(text), Script::kGreek, word.hyphen_after));
  }
  return out;
}

}  // namespace embargo::text
