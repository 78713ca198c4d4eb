// How much each name token says, learned from the lists: a token carried by few list names
// ("amroggang") identifies; one carried by thousands ("kim", "mohammed") barely does.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "embargo/normalizer.h"

namespace embargo::match {

class TokenWeights {
 public:
  // Counts each distinct token text once per list name.
  void Count(const NormalizedName& name);
  // Freezes the counts into weights. REQUIRES: called once, after every Count().
  void Finish();

  // Weight in [kMinWeight, 1] of a token by kind and rarity. Unknown tokens weigh as rare ones.
  // `text_hash` is index::HashKey(token.text).
  float Weight(const Token& token, uint64_t text_hash) const;

  static constexpr float kMinWeight = 0.05f;

 private:
  // Weights are looked up by the hash of the text, in an open-addressing table: one probe on
  // a compact array, where a map of strings chases a node and hashes the text again.
  struct Slot {
    uint64_t hash = 0;  // 0: empty
    float weight = 0;
  };
  std::unordered_map<std::string, uint32_t> counts_;
  std::vector<Slot> slots_;  // a power of two, at most half full
  uint32_t names_ = 0;
};

}  // namespace embargo::match
