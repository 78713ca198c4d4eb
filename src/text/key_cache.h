// Memoized per-word work of the Normalizer. Reading a Latin spelling as Korean syllables is
// the most expensive step of normalizing a Latin name, and name words repeat (Kim, Li,
// Mohammed, Trading), so each distinct spelling is folded, keyed and classified once.
// Thread-safe: sharded maps, each behind its own mutex; entries are never removed, so a
// reference to one stays valid. A shard stops growing at a fixed size; values beyond it are
// computed on each call.
#pragma once

#include <array>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace embargo::text {

// A value from a ShardedMemo: a reference into the memo, or an owned copy when it was full.
template <typename Value>
class MemoValue {
 public:
  explicit MemoValue(const Value* cached) : cached_(cached) {}
  explicit MemoValue(Value owned) : owned_(std::move(owned)) {}
  const Value& operator*() const { return cached_ ? *cached_ : *owned_; }
  const Value* operator->() const { return &**this; }

 private:
  const Value* cached_ = nullptr;
  std::optional<Value> owned_;
};

// A string-keyed memo of a pure function.
template <typename Value>
class ShardedMemo {
 public:
  explicit ShardedMemo(std::function<Value(std::string_view)> compute)
      : compute_(std::move(compute)) {}

  MemoValue<Value> Get(std::string_view key) const {
    // Most words fit the small-string buffer: the lookup key costs no allocation.
    const std::string owned_key(key);
    const size_t hash = std::hash<std::string>{}(owned_key);
    Shard& shard = shards_[(hash >> 8) % kShards];
    {
      std::lock_guard lock(shard.mutex);
      auto it = shard.map.find(owned_key);
      if (it != shard.map.end()) return MemoValue<Value>(&it->second);
    }
    Value value = compute_(key);
    std::lock_guard lock(shard.mutex);
    if (shard.map.size() >= kMaxPerShard) return MemoValue<Value>(std::move(value));
    auto [it, inserted] = shard.map.try_emplace(owned_key, std::move(value));
    return MemoValue<Value>(&it->second);
  }

 private:
  static constexpr size_t kShards = 16;
  static constexpr size_t kMaxPerShard = 1 << 16;
  struct Shard {
    std::mutex mutex;
    std::unordered_map<std::string, Value> map;
  };
  std::function<Value(std::string_view)> compute_;
  mutable std::array<Shard, kShards> shards_;
};

// What a Latin word contributes, computed once per distinct spelling.
struct LatinWord {
  std::string text;                        // folded to lower-case ASCII
  std::string korean_key;                  // serialized KoreanKey; "" when not Korean
  std::vector<std::string> korean_coarse;  // "k:" + each coarse key of korean_key
  std::string phonetic;                    // PhoneticKey(text)
};

// The Korean key of a Latin spelling (with its apostrophes and breves), "" when the spelling
// does not read as Korean or is too long to be a name.
std::string LatinKoreanKey(std::string_view latin);

// "k:" + each coarse key of a serialized Korean key.
std::vector<std::string> CoarseKoreanKeys(std::string_view serialized_key);

}  // namespace embargo::text
