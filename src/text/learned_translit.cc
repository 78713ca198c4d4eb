#include "text/learned_translit.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstring>
#include <optional>

#include "text/text_clean.h"

namespace embargo::text {
namespace {

constexpr size_t kBeam = 8;
constexpr size_t kMaxCandidates = 8;  // per context, kept by the loader
constexpr size_t kMaxText = 40;
constexpr float kUnseenCost = 20.0f;
constexpr float kUnknownCost = 4.0f;  // of leaving out a unit the model has never seen
constexpr size_t kMinUnitsWithUnknown = 3;

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
  float score = 0;
  uint32_t history = 0;  // the last letters, 5 bits each, as the Latin model's history
  uint64_t hash = 0;     // of the text, to find repeats
  uint8_t size = 0;
  char text[kMaxText];
  std::array<uint64_t, 2> choices{};  // each unit's candidate, as in Spelling
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
  unknown_ = Slot{0, static_cast<uint32_t>(candidates_.size()), 1};
  candidates_.push_back(Candidate{{}, 0, kUnknownCost});
  for (const LearnedAlias& a : data.aliases) {
    if (a.from != 0) aliases_.push_back(a);
  }
  std::sort(aliases_.begin(), aliases_.end(),
            [](const auto& a, const auto& b) { return a.from < b.from; });
  BuildLanguageModel(data.ngrams);
  BuildLexicon(data.lexicon);
  BuildJointModel(data.graphones);
}

char32_t LearnedTransliterator::Canonical(char32_t c) const {
  auto it = std::lower_bound(aliases_.begin(), aliases_.end(), c,
                             [](const LearnedAlias& a, char32_t x) { return a.from < x; });
  return it != aliases_.end() && it->from == c ? it->to : c;
}

// The n-gram model as one dense table: the cost of every symbol after every history, backing
// off through the orders once here rather than on every lookup (1 MB for 4-grams).
void LearnedTransliterator::BuildLanguageModel(std::span<const LearnedNgramRow> ngrams) {
  const float kAbsent = NAN;
  const int top = std::clamp(params_.lm_order, 2, 4);
  std::array<std::vector<float>, 5> cost, backoff;
  size_t size = 1;
  for (int order = 1; order <= top; ++order) {
    size *= 27;
    cost[order].assign(size, kAbsent);
    backoff[order].assign(size, 0.0f);
  }
  for (const LearnedNgramRow& row : ngrams) {
    if (row.ngram.empty() || row.ngram.size() > static_cast<size_t>(top)) continue;
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
  for (int order = 2; order <= top; ++order) {
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
  // Indexed by the symbols 5 bits each, so that the decoder shifts instead of dividing.
  history_mask_ = (1u << (5 * (top - 1))) - 1;
  lm_.assign(size_t{1} << (5 * top), 255);
  for (size_t i = 0; i < full.size(); ++i) {
    size_t packed = 0;
    for (size_t rest = i, shift = 0; shift < 5u * top; rest /= 27, shift += 5)
      packed |= (rest % 27) << shift;
    lm_[packed] = static_cast<uint8_t>(std::clamp(std::lround(full[i] * kLmScale), 0L, 255L));
  }
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

std::optional<LearnedTransliterator::Units> LearnedTransliterator::ReadUnits(
    std::string_view utf8_word) const {
  std::array<char32_t, kMaxUnits> units;
  size_t unit_count = 0;
  for (size_t i = 0; i < utf8_word.size();) {
    char32_t c = NextCodePoint(utf8_word, i);
    if (IsSkipped(c)) continue;
    if (unit_count + 2 > kMaxUnits) return std::nullopt;
    if (!aliases_.empty()) c = Canonical(c);
    if (params_.split_finals && c >= 0xAC00 && c <= 0xD7A3 && (c - 0xAC00) % 28 != 0) {
      char32_t final = (c - 0xAC00) % 28;
      units[unit_count++] = c - final;
      c = 0x11A7 + final;
    }
    units[unit_count++] = c;
  }
  if (unit_count == 0) return std::nullopt;
  Units out;
  out.count = unit_count;
  size_t unknown = 0;
  for (size_t i = 0; i < unit_count; ++i) {
    char32_t left = i == 0 ? kLearnedEdge : units[i - 1];
    char32_t right = i + 1 == unit_count ? kLearnedEdge : units[i + 1];
    out.slots[i] = Lookup(left, units[i], right);
    if (out.slots[i] == nullptr) {
      // One rare character in a longer word (a Han character never seen in training) is left
      // out rather than losing the whole word.
      if (++unknown > 1 || unit_count < kMinUnitsWithUnknown) return std::nullopt;
      out.slots[i] = &unknown_;
    }
  }
  return out;
}

std::vector<std::string> LearnedTransliterator::Spell(std::string_view utf8_word, size_t n) const {
  std::vector<std::string> out;
  std::optional<Units> read = n == 0 ? std::nullopt : ReadUnits(utf8_word);
  if (!read) return out;
  Spellings ranked;
  const size_t count = SpellChunks(*read, ranked);
  if (count == 0) return out;
  const float best = ranked[0].score;
  RankJointly(*read, ranked, count);
  for (size_t i = 0; i < count && out.size() < n; ++i) {
    if (ranked[i].size > 0) out.emplace_back(ranked[i].text, ranked[i].size);
  }
  if (out.empty() || lexicon_.empty() || params_.lexicon_margin < 0) return out;
  std::string word = LexiconWord(*read, out, best);
  if (!word.empty()) {
    if (out.size() == n) out.pop_back();
    out.push_back(std::move(word));
  }
  return out;
}

size_t LearnedTransliterator::SpellChunks(const Units& read, Spellings& out) const {
  static_assert(std::tuple_size_v<Spellings> == kBeam && sizeof(Spelling::text) == kMaxText &&
                kMaxCandidates <= 16);
  const size_t unit_count = read.count;
  const std::array<const Slot*, kMaxUnits>& slots = read.slots;
  std::array<State, kBeam> beams[2];
  beams[0][0] = State{};
  size_t beam_size = 1;
  const float lm_scale = params_.lm_weight / kLmScale;
  for (size_t i = 0; i < unit_count; ++i) {
    const std::array<State, kBeam>& beam = beams[i % 2];
    std::array<State, kBeam>& next = beams[(i + 1) % 2];
    size_t next_size = 0;
    const bool last = i + 1 == unit_count;
    const Candidate* first = &candidates_[slots[i]->begin];
    for (size_t b = 0; b < beam_size; ++b) {
      const State& from = beam[b];
      for (const Candidate* c = first; c != first + slots[i]->count; ++c) {
        float score = from.score + c->cost - params_.letter_bonus * c->size;
        if (next_size == kBeam && score >= next[kBeam - 1].score) continue;  // LM costs >= 0
        if (from.size + c->size > kMaxText) continue;
        uint32_t history = from.history, lm = 0;
        uint64_t hash = from.hash;
        for (uint8_t k = 0; k < c->size; ++k) {
          auto symbol = static_cast<uint32_t>(c->text[k] - 'a' + 1);
          lm += lm_[(history << 5) | symbol];
          history = ((history << 5) | symbol) & history_mask_;
          hash = (hash ^ symbol) * 0x100000001b3ull;
        }
        if (last) lm += lm_[history << 5];
        score += static_cast<float>(lm) * lm_scale;
        if (next_size == kBeam && score >= next[kBeam - 1].score) continue;
        // Different segmentations spell the same text: keep the better.
        size_t same = next_size;
        for (size_t k = 0; k < next_size; ++k) {
          if (next[k].hash == hash && next[k].size == from.size + c->size) same = k;
        }
        if (same < next_size && next[same].score <= score) continue;
        size_t at = same < next_size ? same : std::min(next_size, kBeam - 1);
        if (same == next_size && next_size < kBeam) ++next_size;
        while (at > 0 && next[at - 1].score > score) {
          next[at] = next[at - 1];
          --at;
        }
        State& to = next[at];
        to.score = score;
        to.history = history;
        to.hash = hash;
        to.size = static_cast<uint8_t>(from.size + c->size);
        std::memcpy(to.text, from.text, from.size);
        std::memcpy(to.text + from.size, c->text, c->size);
        to.choices = from.choices;
        to.choices[i / 16] |= static_cast<uint64_t>(c - first) << (4 * (i % 16));
      }
    }
    beam_size = next_size;
    if (beam_size == 0) return 0;
  }
  const std::array<State, kBeam>& beam = beams[unit_count % 2];
  for (size_t b = 0; b < beam_size; ++b) {
    out[b].score = beam[b].score;
    out[b].size = beam[b].size;
    std::memcpy(out[b].text, beam[b].text, beam[b].size);
    out[b].choices = beam[b].choices;
  }
  return beam_size;
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
    case LearnedScript::kCyrillic: {
      static const LearnedTransliterator cyrillic(CompiledLearnedModel(LearnedScript::kCyrillic));
      return cyrillic;
    }
    case LearnedScript::kArabic:
      break;
  }
  static const LearnedTransliterator arabic(CompiledLearnedModel(LearnedScript::kArabic));
  return arabic;
}

namespace {

size_t LearnedSpellingCount(LearnedScript script, const NameContext& context) {
  // Hangul keeps four: its fourth is the lexicon word, which a full name reads column by
  // column, and more gained nothing on its held-out pairs.
  if (script == LearnedScript::kHangul || !context.whole_name) return kLearnedSpellings;
  return kLearnedSpellingsAlone;
}

}  // namespace

std::vector<WordReading> LearnedReadings(LearnedScript script, std::string_view utf8_word,
                                         Script token_script, bool joined_next,
                                         const NameContext& context) {
  static constexpr std::string_view kSystems[] = {"learned",  "learned2", "learned3", "learned4",
                                                  "learned5", "learned6", "learned7", "learned8"};
  static_assert(std::size(kSystems) >= kLearnedSpellingsAlone);
  const size_t n = std::min(LearnedSpellingCount(script, context), std::size(kSystems));
  const LearnedTransliterator& model = CompiledLearnedTransliterator(script);
  // A word may hold a space: a Korean-looking name merged from two words ("조 바이든", Joe
  // Biden), which is spelled part by part, one token each.
  std::vector<std::vector<std::string>> parts;
  for (size_t start = 0; start <= utf8_word.size();) {
    size_t space = std::min(utf8_word.find(' ', start), utf8_word.size());
    if (space > start) {
      parts.push_back(model.Spell(utf8_word.substr(start, space - start), n));
      if (parts.back().empty()) return {};
    }
    start = space + 1;
  }
  std::vector<WordReading> out;
  for (size_t i = 0; i < n && !parts.empty(); ++i) {
    WordReading reading{kSystems[i], {}};
    bool any_second = false;
    for (size_t k = 0; k < parts.size(); ++k) {
      Token t;
      t.text = parts[k][std::min(i, parts[k].size() - 1)];
      any_second = any_second || parts[k].size() > i;
      t.script = token_script;
      t.joined_next = k + 1 == parts.size() && joined_next;
      reading.tokens.push_back(std::move(t));
    }
    if (any_second) out.push_back(std::move(reading));
  }
  return out;
}

}  // namespace embargo::text
