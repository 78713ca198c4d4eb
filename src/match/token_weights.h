// How much each name token says, learned from the lists: a token carried by few list names
// ("amroggang") identifies; one carried by thousands ("kim", "mohammed") barely does.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>

#include "embargo/normalizer.h"

namespace embargo::match {

class TokenWeights {
 public:
  // Counts each distinct token text once per list name.
  void Count(const NormalizedName& name);
  // Freezes the counts into weights. REQUIRES: called once, after every Count().
  void Finish();

  // Weight in [kMinWeight, 1] of a token by kind and rarity. Unknown tokens weigh as rare ones.
  float Weight(const Token& token) const;

  static constexpr float kMinWeight = 0.05f;

 private:
  std::unordered_map<std::string, uint32_t> counts_;
  std::unordered_map<std::string, float> weights_;
  uint32_t names_ = 0;
};

}  // namespace embargo::match
