// The hash a candidate index posts a key under (see NormalizedName::key_hashes). Keys are made
// of parts ("p:" and a phonetic key; "j:" and every name part of a form), and hashing the parts
// one after the other gives the hash of the whole key without building its string.
// Thread-safety: values and pure functions.
#pragma once

#include <cstdint>
#include <string_view>

namespace embargo::text {

// FNV-1a with a final avalanche: keys are short, and a collision only adds candidates.
class KeyHasher {
 public:
  KeyHasher& Add(std::string_view part) {
    for (unsigned char c : part) h_ = (h_ ^ c) * 1099511628211ull;
    return *this;
  }
  uint64_t Finish() const {
    uint64_t h = h_;
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    return h == 0 ? 1 : h;  // 0 marks an empty slot of the index
  }

 private:
  uint64_t h_ = 1469598103934665603ull;
};

inline uint64_t HashIndexKey(std::string_view key) { return KeyHasher().Add(key).Finish(); }

}  // namespace embargo::text
