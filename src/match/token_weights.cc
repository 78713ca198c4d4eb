#include "match/token_weights.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <set>

#include "index/candidate_index.h"

namespace embargo::match {

void TokenWeights::Count(const NormalizedName& name) {
  ++names_;
  std::set<std::string_view> seen;
  for (const NameForm& form : name.forms)
    for (const Token& t : form.tokens)
      if (t.kind == TokenKind::kNamePart && seen.insert(t.text).second) ++counts_[t.text];
}

void TokenWeights::Finish() {
  // Rarity relative to a token seen once: log(N / n) / log(N), so a unique token weighs 1 and
  // one on every name weighs nothing, before the floor.
  double log_n = std::log(std::max<uint32_t>(names_, 2) + 1.0);
  slots_.assign(std::bit_ceil(2 * counts_.size() + 2), Slot{});
  const size_t mask = slots_.size() - 1;
  for (const auto& [text, n] : counts_) {
    double w = std::log((names_ + 1.0) / n) / log_n;
    uint64_t hash = index::HashKey(text);
    size_t i = hash & mask;
    while (slots_[i].hash != 0 && slots_[i].hash != hash) i = (i + 1) & mask;
    slots_[i] = {hash, static_cast<float>(std::clamp(0.25 + 0.75 * w, 0.25, 1.0))};
  }
  counts_.clear();
}

float TokenWeights::Weight(const Token& token, uint64_t text_hash) const {
  switch (token.kind) {
    case TokenKind::kLegalForm:
      return 0.08f;
    case TokenKind::kGeneration:  // left over it costs nothing; another one tells two apart
      return 0.8f;
    case TokenKind::kGenericWord:
      return 0.2f;
    case TokenKind::kTitle:
    case TokenKind::kConnector:
      return kMinWeight;
    case TokenKind::kInitial:
      return 0.3f;
    case TokenKind::kNumber:
      return 0.5f;
    case TokenKind::kNamePart:
      break;
  }
  if (slots_.empty()) return 1.0f;
  const size_t mask = slots_.size() - 1;
  for (size_t i = text_hash & mask; slots_[i].hash != 0; i = (i + 1) & mask)
    if (slots_[i].hash == text_hash) return slots_[i].weight;
  return 1.0f;
}

}  // namespace embargo::match
