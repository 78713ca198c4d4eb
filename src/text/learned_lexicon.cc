// The lexicon of Latin name words of the learned transliterator: the model often spells a
// name one letter away from its usual form (캐리 as "cary", 재클린 as "jaclin"), and a word
// that real names use and that the model explains almost as well is the likelier spelling
// ("carrie", "jacqueline").
#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <tuple>
#include <utility>

#include "text/learned_translit.h"

namespace embargo::text {
namespace {

constexpr float kInfinity = std::numeric_limits<float>::infinity();
constexpr size_t kMaxLatin = 40;
constexpr size_t kMaxMissLetters = 3;  // a unit that writes none of its chunks: 0..3 letters
constexpr size_t kKeySpellings = 2;    // the best spellings whose keys are looked up

// Consonant classes that the source scripts confuse (Hangul ㄹ is l or r, ㅍ p or f, ㅈ j or
// z, Han 克 k, c or q); vowels, h, w and y have none.
int ClassOf(char c) {
  // b p f v: 1, c k q g x: 2, d t: 3, s z j: 4, l r: 5, m: 6, n: 7, by letter from 'a'.
  static constexpr char kClasses[] = "01230120042567012543010204";
  return c >= 'a' && c <= 'z' ? kClasses[c - 'a'] - '0' : 0;
}

// The word's consonant classes, repeats collapsed, 3 bits each: "carrie", "cary" and "kari"
// share one key. `as_heard` reads x as ks and th as s, as Korean writes them (알렉세이 for
// Alexey, 메러디스 for Meredith).
uint64_t LexiconKey(std::string_view latin, bool as_heard = false) {
  uint64_t key = 1;  // a leading 1 tells "" from a class 0 never written
  int last = -1;
  size_t n = 0;
  auto add = [&](int c) {
    if (c == 0 || c == last || n == 20) return;
    key = (key << 3) | static_cast<uint64_t>(c);
    last = c;
    ++n;
  };
  for (size_t i = 0; i < latin.size(); ++i) {
    if (as_heard && latin[i] == 'x') {
      add(ClassOf('k'));
      add(ClassOf('s'));
    } else if (as_heard && latin[i] == 't' && i + 1 < latin.size() && latin[i + 1] == 'h') {
      add(ClassOf('s'));
    } else {
      add(ClassOf(latin[i]));
    }
  }
  return key;
}

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

uint32_t LettersOf(std::string_view latin) {
  uint32_t letters = 0;
  for (char c : latin) letters |= 1u << (c - 'a');
  return letters;
}

}  // namespace

void LearnedTransliterator::BuildLexicon(std::span<const std::string_view> lexicon) {
  for (std::string_view word : lexicon) {
    bool letters =
        std::all_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    if (word.empty() || word.size() > kMaxLatin || !letters) continue;
    const uint64_t key = LexiconKey(word), heard = LexiconKey(word, true);
    lexicon_.push_back({key, word, LatinCost(word), LettersOf(word)});
    if (heard != key)
      lexicon_.push_back({heard, word, lexicon_.back().latin_cost, LettersOf(word)});
  }
  std::sort(lexicon_.begin(), lexicon_.end(), [](const auto& a, const auto& b) {
    return std::tuple{a.key, a.word.size(), a.word} < std::tuple{b.key, b.word.size(), b.word};
  });
}

float LearnedTransliterator::LatinCost(std::string_view latin) const {
  uint32_t history = 0, lm = 0;
  for (char c : latin) {
    auto symbol = static_cast<uint32_t>(c - 'a' + 1);
    lm += lm_[(history << 5) | symbol];
    history = ((history << 5) | symbol) & history_mask_;
  }
  lm += lm_[history << 5];
  return static_cast<float>(lm) * (params_.lm_weight / kLmScale) -
         params_.letter_bonus * static_cast<float>(latin.size());
}

// The cheapest way for the units to write exactly `latin`, one chunk each: a chunk of the
// unit's context at its cost, or any 0..3 letters at the cost of a miss. Infinity once every
// way costs `limit` or more: most words of the lexicon are given up after a unit or two.
float LearnedTransliterator::ForcedCost(const Units& units, std::string_view latin,
                                        float limit) const {
  const size_t m = latin.size();
  if (m > kMaxLatin) return kInfinity;
  std::array<float, kMaxLatin + 1> rows[2];
  float* row = rows[0].data();
  float* next = rows[1].data();
  std::fill(row, row + m + 1, kInfinity);
  row[0] = 0;
  for (size_t i = 0; i < units.count; ++i) {
    std::fill(next, next + m + 1, kInfinity);
    const Candidate* first = &candidates_[units.slots[i]->begin];
    const Candidate* last = first + units.slots[i]->count;
    float least = kInfinity;
    for (size_t j = 0; j <= m; ++j) {
      if (row[j] >= limit) continue;
      if (row[j] + params_.lexicon_miss < limit) {
        for (size_t k = 0; k <= kMaxMissLetters && j + k <= m; ++k)
          next[j + k] = std::min(next[j + k], row[j] + params_.lexicon_miss);
      }
      for (const Candidate* c = first; c != last; ++c) {
        if (j + c->size > m) continue;
        size_t same = 0;
        while (same < c->size && c->text[same] == latin[j + same]) ++same;
        if (same == c->size) next[j + c->size] = std::min(next[j + c->size], row[j] + c->cost);
        // English doubles consonants that the source scripts write once ("carrie" for 캐리):
        // the chunk with one letter doubled, after the letters that match.
        if (same == 0 || j + c->size + 1 > m || !(params_.lexicon_double < limit)) continue;
        const char doubled = c->text[same - 1];
        if (latin[j + same] != doubled || IsVowel(doubled)) continue;
        size_t rest = same;
        while (rest < c->size && c->text[rest] == latin[j + rest + 1]) ++rest;
        if (rest == c->size) {
          float cost = row[j] + c->cost + params_.lexicon_double;
          next[j + c->size + 1] = std::min(next[j + c->size + 1], cost);
        }
      }
    }
    for (size_t j = 0; j <= m; ++j) least = std::min(least, next[j]);
    if (least >= limit) return kInfinity;
    std::swap(row, next);
  }
  return row[m];
}

std::string LearnedTransliterator::LexiconWord(const Units& units,
                                               const std::vector<std::string>& spellings,
                                               float best) const {
  // The best spelling is a name word already ("john", "kim"): no other costs less.
  const uint64_t best_key = LexiconKey(spellings.front());
  auto same = std::lower_bound(
      lexicon_.begin(), lexicon_.end(), spellings.front(),
      [best_key](const LexiconEntry& e, std::string_view word) {
        return std::tuple{e.key, e.word.size(), e.word} < std::tuple{best_key, word.size(), word};
      });
  if (same != lexicon_.end() && same->word == spellings.front()) return spellings.front();
  std::array<uint64_t, kKeySpellings> keys{};
  size_t key_count = 0;
  for (size_t s = 0; s < spellings.size() && key_count < kKeySpellings; ++s) {
    uint64_t key = LexiconKey(spellings[s]);
    if (std::find(keys.begin(), keys.begin() + key_count, key) == keys.begin() + key_count)
      keys[key_count++] = key;
  }
  // The letters the units' chunks can write, first and last: a word with another needs a
  // miss, which the margin rarely affords, and is left out without aligning it.
  uint32_t written = 0, first_letters = 0, last_letters = 0;
  float floor = 0;  // the least the units' chunks cost, whatever they write
  bool open_start = true;
  for (size_t i = 0; i < units.count; ++i) {
    const Candidate* first = &candidates_[units.slots[i]->begin];
    bool empty = false;
    float cheapest = params_.lexicon_miss;
    for (const Candidate* c = first; c != first + units.slots[i]->count; ++c) {
      cheapest = std::min(cheapest, c->cost);
      written |= LettersOf(std::string_view(c->text, c->size));
      empty = empty || c->size == 0;
      if (open_start && c->size > 0) first_letters |= LettersOf(std::string_view(c->text, 1));
    }
    open_start = open_start && empty;
    floor += cheapest;
  }
  for (size_t i = units.count; i-- > 0;) {
    const Candidate* first = &candidates_[units.slots[i]->begin];
    bool empty = false;
    for (const Candidate* c = first; c != first + units.slots[i]->count; ++c) {
      empty = empty || c->size == 0;
      if (c->size > 0) last_letters |= LettersOf(std::string_view(c->text + c->size - 1, 1));
    }
    if (!empty) break;
  }
  const size_t size = spellings.front().size();
  const size_t slack = std::max<size_t>(2, size / 3);
  float bound = best + params_.lexicon_margin;
  std::string_view pick;
  for (size_t k = 0; k < key_count; ++k) {
    // Entries of one key come by length: from the shortest within the slack to the longest.
    const size_t shortest = size > slack ? size - slack : 0;
    auto it = std::lower_bound(lexicon_.begin(), lexicon_.end(), std::pair{keys[k], shortest},
                               [](const LexiconEntry& e, std::pair<uint64_t, size_t> at) {
                                 return std::pair{e.key, e.word.size()} < at;
                               });
    for (; it != lexicon_.end() && it->key == keys[k] && it->word.size() <= size + slack; ++it) {
      std::string_view word = it->word;
      float latin = it->latin_cost;
      if (latin + floor >= bound) continue;
      bool foreign = (it->letters & ~written) != 0 ||
                     (first_letters & LettersOf(word.substr(0, 1))) == 0 ||
                     (last_letters & LettersOf(word.substr(word.size() - 1))) == 0;
      if (foreign && latin + params_.lexicon_miss >= bound) continue;
      float cost = latin + ForcedCost(units, word, bound - latin + 1e-3f);
      if (cost < bound || (cost == bound && !pick.empty() && word < pick)) {
        bound = cost;
        pick = word;
      }
    }
  }
  return std::string(pick);
}

float LearnedTransliterator::CostOf(std::string_view utf8_word, std::string_view latin) const {
  std::optional<Units> units = ReadUnits(utf8_word);
  for (char c : latin) {
    if (c < 'a' || c > 'z') return kInfinity;
  }
  if (!units) return kInfinity;
  return LatinCost(latin) + ForcedCost(*units, latin, kInfinity);
}

}  // namespace embargo::text
