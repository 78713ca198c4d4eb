#include "text/learned_translit.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstring>

#include "text/text_clean.h"

namespace embargo::text {
namespace {

constexpr size_t kBeam = 8;
constexpr size_t kMaxCandidates = 8;  // per context, kept by the loader
constexpr size_t kMaxText = 40;
constexpr size_t kMaxUnits = 32;
constexpr uint32_t kHistories = 27 * 27 * 27;
constexpr float kUnseenCost = 20.0f;

uint64_t KeyOf(char32_t left, char32_t unit, char32_t right) {
  return (uint64_t{left} << 42) | (uint64_t{unit} << 21) | uint64_t{right};
}

size_t HashOf(uint64_t key, int shift) {
  return static_cast<size_t>((key * 0x9E3779B97F4A7C15ull) >> shift);
}

// '^' and '$' (the edges of a word) are symbol 0, 'a'..'z' 1..26; -1 for anything else.
int SymbolOf(char c) {
  if (c == '^' || c == '$') return 0;
  if (c >= 'a' && c <= 'z') return c - 'a' + 1;
  return -1;
}

bool IsSkipped(char32_t c) {
  return c == ' ' || (c >= 0x064B && c <= 0x065F) || c == 0x0670 || c == 0x0640 || c == 0x200C ||
         c == 0x200D;
}

struct State {
  float score;
  uint16_t history;
  uint8_t size;
  char text[kMaxText];
};

}  // namespace

std::vector<char32_t> LearnedUnits(std::string_view utf8_word, bool split_finals) {
  std::vector<char32_t> units;
  for (size_t i = 0; i < utf8_word.size();) {
    char32_t c = NextCodePoint(utf8_word, i);
    if (IsSkipped(c)) continue;
    if (split_finals && c >= 0xAC00 && c <= 0xD7A3 && (c - 0xAC00) % 28 != 0) {
      char32_t final = (c - 0xAC00) % 28;
      units.push_back(c - final);
      units.push_back(0x11A7 + final);  // the final consonant as a trailing jamo
      continue;
    }
    units.push_back(c);
  }
  return units;
}

LearnedTransliterator::LearnedTransliterator(const LearnedModelData& data) : params_(data.params) {
  // Rows come grouped by context; each context keeps its cheapest kMaxCandidates chunks.
  std::vector<LearnedChunkRow> rows(data.chunks.begin(), data.chunks.end());
  std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
    uint64_t ka = KeyOf(a.left, a.unit, a.right), kb = KeyOf(b.left, b.unit, b.right);
    return ka != kb ? ka < kb : a.cost < b.cost;
  });
  size_t contexts = 0;
  for (size_t i = 0; i < rows.size(); ++i) {
    contexts += i == 0 || KeyOf(rows[i].left, rows[i].unit, rows[i].right) !=
                              KeyOf(rows[i - 1].left, rows[i - 1].unit, rows[i - 1].right);
  }
  size_t capacity = std::bit_ceil(std::max<size_t>(contexts * 2, 16));
  int shift = 64 - std::countr_zero(capacity);
  slots_.assign(capacity, Slot{});
  for (size_t i = 0; i < rows.size();) {
    const LearnedChunkRow& r = rows[i];
    uint64_t key = KeyOf(r.left, r.unit, r.right);
    size_t end = i;
    while (end < rows.size() && KeyOf(rows[end].left, rows[end].unit, rows[end].right) == key)
      ++end;
    Slot slot{key, static_cast<uint32_t>(candidates_.size()), 0};
    for (size_t k = i; k < end && slot.count < kMaxCandidates; ++k) {
      if (rows[k].chunk.size() > sizeof(Candidate::text) || r.unit == 0) continue;
      Candidate c{};
      std::memcpy(c.text, rows[k].chunk.data(), rows[k].chunk.size());
      c.size = static_cast<uint8_t>(rows[k].chunk.size());
      c.cost = rows[k].cost;
      candidates_.push_back(c);
      ++slot.count;
    }
    if (slot.count > 0) {
      size_t h = HashOf(key, shift) & (capacity - 1);
      while (slots_[h].key != 0) h = (h + 1) & (capacity - 1);
      slots_[h] = slot;
      units_ += r.left == kLearnedAny && r.right == kLearnedAny;
    }
    i = end;
  }
  BuildLanguageModel(data.ngrams);
}

// The 4-gram model as one dense table: the cost of every symbol after every history of three,
// backing off through the orders once here rather than on every lookup.
void LearnedTransliterator::BuildLanguageModel(std::span<const LearnedNgramRow> ngrams) {
  const float kAbsent = NAN;
  std::array<std::vector<float>, 5> cost, backoff;
  size_t size = 1;
  for (int order = 1; order <= 4; ++order) {
    size *= 27;
    cost[order].assign(size, kAbsent);
    backoff[order].assign(size, 0.0f);
  }
  for (const LearnedNgramRow& row : ngrams) {
    if (row.ngram.empty() || row.ngram.size() > 4) continue;
    size_t index = 0;
    bool valid = true;
    for (char c : row.ngram) {
      int s = SymbolOf(c);
      valid = valid && s >= 0;
      index = index * 27 + static_cast<size_t>(std::max(s, 0));
    }
    if (!valid) continue;
    cost[row.ngram.size()][index] = row.cost;
    backoff[row.ngram.size()][index] = row.backoff;
  }
  std::vector<float> full(27);
  for (size_t w = 0; w < 27; ++w) full[w] = std::isnan(cost[1][w]) ? kUnseenCost : cost[1][w];
  for (int order = 2; order <= 4; ++order) {
    size_t n = cost[order].size();
    size_t lower_histories = n / 27 / 27;  // histories of the order below
    std::vector<float> next(n);
    for (size_t i = 0; i < n; ++i) {
      size_t history = i / 27, symbol = i % 27;
      float value = cost[order][i];
      if (std::isnan(value))
        value = backoff[order - 1][history] + full[(history % lower_histories) * 27 + symbol];
      next[i] = value;
    }
    full.swap(next);
  }
  lm_.resize(full.size());
  for (size_t i = 0; i < full.size(); ++i)
    lm_[i] = static_cast<uint8_t>(std::clamp(std::lround(full[i] * kLmScale), 0L, 255L));
}

const LearnedTransliterator::Slot* LearnedTransliterator::Find(char32_t left, char32_t unit,
                                                               char32_t right) const {
  uint64_t key = KeyOf(left, unit, right);
  size_t mask = slots_.size() - 1;
  size_t h = HashOf(key, 64 - std::countr_zero(slots_.size())) & mask;
  while (slots_[h].key != 0) {
    if (slots_[h].key == key) return &slots_[h];
    h = (h + 1) & mask;
  }
  return nullptr;
}

const LearnedTransliterator::Slot* LearnedTransliterator::Lookup(char32_t left, char32_t unit,
                                                                 char32_t right) const {
  if (const Slot* s = Find(left, unit, right)) return s;
  if (const Slot* s = Find(kLearnedAny, unit, right)) return s;
  if (const Slot* s = Find(left, unit, kLearnedAny)) return s;
  return Find(kLearnedAny, unit, kLearnedAny);
}

std::vector<std::string> LearnedTransliterator::Spell(std::string_view utf8_word, size_t n) const {
  std::vector<std::string> out;
  std::vector<char32_t> units = LearnedUnits(utf8_word, params_.split_finals);
  if (units.empty() || units.size() > kMaxUnits || n == 0) return out;
  std::array<const Slot*, kMaxUnits> slots;
  for (size_t i = 0; i < units.size(); ++i) {
    char32_t left = i == 0 ? kLearnedEdge : units[i - 1];
    char32_t right = i + 1 == units.size() ? kLearnedEdge : units[i + 1];
    slots[i] = Lookup(left, units[i], right);
    if (slots[i] == nullptr) return out;
  }
  std::array<State, kBeam> beam;
  size_t beam_size = 1;
  beam[0].score = 0;
  beam[0].history = 0;
  beam[0].size = 0;
  std::array<State, kBeam * kMaxCandidates> grown;
  std::array<uint8_t, kBeam * kMaxCandidates> order;
  const float weight = params_.lm_weight;
  for (size_t i = 0; i < units.size(); ++i) {
    size_t count = 0;
    const Candidate* first = &candidates_[slots[i]->begin];
    for (size_t b = 0; b < beam_size; ++b) {
      for (const Candidate* c = first; c != first + slots[i]->count; ++c) {
        const State& from = beam[b];
        if (from.size + c->size > kMaxText) continue;
        State& to = grown[count];
        to.score = from.score + c->cost - params_.letter_bonus * c->size;
        uint32_t history = from.history;
        for (uint8_t k = 0; k < c->size; ++k) {
          auto symbol = static_cast<uint8_t>(c->text[k] - 'a' + 1);
          to.score += weight * LmCost(history, symbol);
          history = (history * 27 + symbol) % kHistories;
        }
        to.history = static_cast<uint16_t>(history);
        to.size = static_cast<uint8_t>(from.size + c->size);
        std::memcpy(to.text, from.text, from.size);
        std::memcpy(to.text + from.size, c->text, c->size);
        ++count;
      }
    }
    if (i + 1 == units.size()) {
      for (size_t k = 0; k < count; ++k) grown[k].score += weight * LmCost(grown[k].history, 0);
    }
    for (size_t k = 0; k < count; ++k) order[k] = static_cast<uint8_t>(k);
    std::sort(order.begin(), order.begin() + count,
              [&grown](uint8_t a, uint8_t b) { return grown[a].score < grown[b].score; });
    // Different segmentations spell the same text: keep the best of each.
    beam_size = 0;
    for (size_t k = 0; k < count && beam_size < kBeam; ++k) {
      const State& s = grown[order[k]];
      bool repeat = std::any_of(beam.begin(), beam.begin() + beam_size, [&s](const State& t) {
        return t.size == s.size && std::memcmp(t.text, s.text, s.size) == 0;
      });
      if (!repeat) beam[beam_size++] = s;
    }
    if (beam_size == 0) return out;
  }
  for (size_t b = 0; b < beam_size && out.size() < n; ++b) {
    if (beam[b].size > 0) out.emplace_back(beam[b].text, beam[b].size);
  }
  return out;
}

const LearnedTransliterator& CompiledLearnedTransliterator(LearnedScript script) {
  // Each built once, on first use, and never changed: the tables are constants of the program.
  switch (script) {
    case LearnedScript::kHangul: {
      static const LearnedTransliterator hangul(CompiledLearnedModel(LearnedScript::kHangul));
      return hangul;
    }
    case LearnedScript::kHan: {
      static const LearnedTransliterator han(CompiledLearnedModel(LearnedScript::kHan));
      return han;
    }
    case LearnedScript::kArabic:
      break;
  }
  static const LearnedTransliterator arabic(CompiledLearnedModel(LearnedScript::kArabic));
  return arabic;
}

std::vector<WordReading> LearnedReadings(LearnedScript script, std::string_view utf8_word,
                                         Script token_script, bool joined_next) {
  static constexpr std::string_view kSystems[] = {"learned", "learned2"};
  std::vector<WordReading> out;
  std::vector<std::string> spellings = CompiledLearnedTransliterator(script).Spell(utf8_word, 2);
  for (size_t i = 0; i < spellings.size(); ++i) {
    Token t;
    t.text = std::move(spellings[i]);
    t.script = token_script;
    t.joined_next = joined_next;
    out.push_back(WordReading{kSystems[i], {std::move(t)}});
  }
  return out;
}

}  // namespace embargo::text
