// The joint model of the learned transliterator: an n-gram model over (unit, chunk) tokens
// (Bisani and Ney's "graphones"), in which the chunk a unit writes depends on the chunks
// written before it and not only on the neighbouring units. It reranks the chunk model's
// spellings by the joint cost of the chunks each chose. (Scoring each spelling's best cut under
// the joint model, and adding the joint model's own spellings, ranked a little better in
// cross-validation but took about eight times as long.)
#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <map>
#include <string>

#include "text/learned_translit.h"
#include "text/text_clean.h"

namespace embargo::text {
namespace {

constexpr size_t kMaxOrder = 3;     // three 16-bit token ids and two costs fill a JointGram
constexpr float kGramScale = 8.0f;  // costs in eighths of a nat
constexpr float kUnseenCost = 20.0f;

size_t HashOf(uint64_t key, int shift) {
  return static_cast<size_t>((key * 0x9E3779B97F4A7C15ull) >> shift);
}

}  // namespace

void LearnedTransliterator::BuildJointModel(std::span<const LearnedGraphoneRow> graphones) {
  std::map<std::pair<char32_t, std::string>, uint32_t> ids;
  auto id_of = [&](std::string_view token) -> uint32_t {
    char32_t unit = 0;
    std::string chunk;
    if (token == "^" || token == "$") {
      chunk = std::string(token);
    } else {
      size_t i = 0;
      unit = NextCodePoint(token, i);
      if (i >= token.size() || token[i] != ':' || token.size() - i - 1 > sizeof(JointToken::text))
        return 0;
      chunk = std::string(token.substr(i + 1));
    }
    auto [it, added] = ids.try_emplace({unit, chunk}, static_cast<uint32_t>(tokens_.size() + 1));
    if (added) {
      JointToken t{unit, {}, static_cast<uint8_t>(unit == 0 ? 0 : chunk.size())};
      if (unit != 0) std::memcpy(t.text, chunk.data(), chunk.size());
      tokens_.push_back(t);
    }
    return it->second;
  };
  std::vector<JointGram> grams;
  for (const LearnedGraphoneRow& row : graphones) {
    uint64_t key = 0;
    size_t order = 0;
    bool valid = !row.gram.empty();
    for (size_t start = 0; start < row.gram.size() && valid;) {
      size_t space = std::min(row.gram.find(' ', start), row.gram.size());
      uint32_t id = id_of(row.gram.substr(start, space - start));
      valid = id != 0 && id < 0x10000 && ++order <= kMaxOrder;
      key = (key << 16) | id;
      start = space + 1;
    }
    if (!valid || tokens_.size() >= 0x10000) continue;
    auto quantized = [](float cost) {
      return static_cast<uint64_t>(std::clamp(std::lround(cost * kGramScale), 0L, 255L));
    };
    grams.push_back((key << 16) | (quantized(row.cost) << 8) | quantized(row.backoff));
    joint_order_ = std::max(joint_order_, static_cast<int>(order));
  }
  if (grams.empty()) return;
  start_token_ = ids.count({0, "^"}) ? ids[{0, "^"}] : 0;
  end_token_ = ids.count({0, "$"}) ? ids[{0, "$"}] : 0;
  for (uint32_t id = 1; id <= tokens_.size(); ++id) {
    if (tokens_[id - 1].unit != 0) unit_tokens_.push_back(id);
  }
  std::stable_sort(unit_tokens_.begin(), unit_tokens_.end(), [this](uint32_t a, uint32_t b) {
    return tokens_[a - 1].unit < tokens_[b - 1].unit;
  });
  for (const Slot& slot : slots_) {
    const auto unit = static_cast<char32_t>((slot.key >> 21) & 0x1FFFFF);
    for (uint32_t k = slot.begin; k < slot.begin + slot.count && slot.key != 0; ++k) {
      Candidate& c = candidates_[k];
      c.token = static_cast<uint16_t>(TokenOf(unit, std::string_view(c.text, c.size)));
    }
  }
  size_t capacity = std::bit_ceil(std::max<size_t>(grams.size() * 2, 16));
  int shift = 64 - std::countr_zero(capacity);
  grams_.assign(capacity, 0);
  for (JointGram g : grams) {
    size_t h = HashOf(g >> 16, shift) & (capacity - 1);
    while (grams_[h] != 0 && grams_[h] >> 16 != g >> 16) h = (h + 1) & (capacity - 1);
    grams_[h] = g;
  }
}

LearnedTransliterator::JointGram LearnedTransliterator::FindGram(uint64_t key) const {
  size_t mask = grams_.size() - 1;
  size_t h = HashOf(key, 64 - std::countr_zero(grams_.size())) & mask;
  while (grams_[h] != 0) {
    if (grams_[h] >> 16 == key) return grams_[h];
    h = (h + 1) & mask;
  }
  return 0;
}

// -ln P(token | history), backing off from the longest history the model holds.
float LearnedTransliterator::JointCost(uint64_t history, uint32_t token) const {
  float backoff = 0;
  for (int k = joint_order_ - 1; k >= 0; --k) {
    uint64_t context = k == 0 ? 0 : history & ((uint64_t{1} << (16 * k)) - 1);
    if (k > 0 && (context >> (16 * (k - 1))) == 0) continue;  // a shorter history
    if (JointGram g = FindGram((context << 16) | token))
      return backoff + static_cast<float>((g >> 8) & 255) / kGramScale;
    if (k > 0) backoff += static_cast<float>(FindGram(context) & 255) / kGramScale;
  }
  return backoff + kUnseenCost;
}

void LearnedTransliterator::RankJointly(const Units& units, Spellings& spellings,
                                        size_t count) const {
  if (joint_order_ == 0 || params_.joint_weight <= 0) return;
  JointMemo memo;
  for (size_t i = 0; i < count; ++i)
    spellings[i].score += params_.joint_weight * PathCost(units, spellings[i], memo);
  std::stable_sort(spellings.begin(), spellings.begin() + count,
                   [](const Spelling& a, const Spelling& b) { return a.score < b.score; });
}

uint32_t LearnedTransliterator::TokenOf(char32_t unit, std::string_view chunk) const {
  auto it = std::lower_bound(unit_tokens_.begin(), unit_tokens_.end(), unit,
                             [this](uint32_t id, char32_t u) { return tokens_[id - 1].unit < u; });
  for (; it != unit_tokens_.end() && tokens_[*it - 1].unit == unit; ++it) {
    const JointToken& t = tokens_[*it - 1];
    if (std::string_view(t.text, t.size) == chunk) return *it;
  }
  return 0;
}

// The joint model's cost of the chunks the chunk model chose for the units.
float LearnedTransliterator::PathCost(const Units& units, const Spelling& spelling,
                                      JointMemo& memo) const {
  const uint64_t history_mask = (uint64_t{1} << (16 * (joint_order_ - 1))) - 1;
  auto cost_of = [&](uint64_t history, uint32_t token) {
    // The spellings share most of their tokens: each is looked up once.
    const uint64_t key = (history << 16) | token;
    const size_t slot = HashOf(key, 58);
    if (memo.keys[slot] != key) {
      memo.keys[slot] = key;
      memo.costs[slot] = JointCost(history, token);
    }
    return memo.costs[slot];
  };
  uint64_t history = start_token_;
  float cost = 0;
  for (size_t i = 0; i < units.count; ++i) {
    uint32_t token = candidates_[units.slots[i]->begin + spelling.Choice(i)].token;
    if (token == 0) {
      cost += kUnseenCost;
      history = 0;
      continue;
    }
    cost += cost_of(history, token);
    history = ((history << 16) | token) & history_mask;
  }
  return cost + cost_of(history, end_token_);
}

}  // namespace embargo::text
