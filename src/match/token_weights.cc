#include "match/token_weights.h"

#include <algorithm>
#include <cmath>
#include <set>

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
  for (const auto& [text, n] : counts_) {
    double w = std::log((names_ + 1.0) / n) / log_n;
    weights_.emplace(text, static_cast<float>(std::clamp(0.25 + 0.75 * w, 0.25, 1.0)));
  }
  counts_.clear();
}

float TokenWeights::Weight(const Token& token) const {
  switch (token.kind) {
    case TokenKind::kLegalForm:
      return 0.08f;
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
  auto it = weights_.find(token.text);
  return it == weights_.end() ? 1.0f : it->second;
}

}  // namespace embargo::match
