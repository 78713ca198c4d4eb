// Memoized per-word work of the Normalizer. Reading a Latin spelling as Korean syllables is
// the most expensive step of normalizing a Latin name, and name words repeat (Kim, Li,
// Mohammed, Trading), so each distinct spelling is folded, keyed and classified once.
// Thread-safe: sharded tables, each behind its own mutex; entries are never removed or
// moved, so a reference to one stays valid. A shard stops growing at a fixed size; values beyond it
// are computed on each call.
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "text/lexicon.h"
#include "text/string_hash.h"

namespace embargo::text {

// A value from a ShardedMemo: a reference into the memo, or an owned copy when it was full.
template <typename Value>
class MemoValue {
 public:
  explicit MemoValue(const Value* cached) : cached_(cached) {}
  explicit MemoValue(Value owned)
      : owned_(std::make_unique<Value>(std::move(owned))), cached_(owned_.get()) {}
  const Value& operator*() const { return *cached_; }
  const Value* operator->() const { return cached_; }

 private:
  std::unique_ptr<Value> owned_;  // only when the memo was full: rare
  const Value* cached_ = nullptr;
};

// A string-keyed memo of a pure function. Each shard is an open-addressing table of
// (hash, entry) slots: a lookup touches one slot and one entry, where a node-based map
// chases three pointers, each a likely cache miss once the memo is large.
template <typename Value>
class ShardedMemo {
 public:
  explicit ShardedMemo(std::function<Value(std::string_view)> compute)
      : compute_(std::move(compute)) {}

  MemoValue<Value> Get(std::string_view key) const {
    const uint64_t hash = HashBytes(key);
    Shard& shard = shards_[hash >> 60];
    {
      std::lock_guard lock(shard.mutex);
      if (const Entry* e = shard.Find(key, hash)) return MemoValue<Value>(&e->value);
    }
    Value value = compute_(key);
    std::lock_guard lock(shard.mutex);
    if (const Entry* e = shard.Find(key, hash)) return MemoValue<Value>(&e->value);
    if (shard.entries.size() >= kMaxPerShard) return MemoValue<Value>(std::move(value));
    return MemoValue<Value>(&shard.Insert(key, hash, std::move(value)).value);
  }

 private:
  static constexpr size_t kShards = 16;  // the top four bits of the hash pick one
  static constexpr size_t kMaxPerShard = 1 << 16;
  struct Entry {
    std::string key;
    Value value;
  };
  struct Slot {
    uint64_t hash = 0;
    const Entry* entry = nullptr;  // null: empty
  };
  struct Shard {
    std::mutex mutex;
    std::vector<Slot> slots;
    std::deque<Entry> entries;  // never moved: slots and MemoValues point into it

    const Entry* Find(std::string_view key, uint64_t hash) const {
      if (slots.empty()) return nullptr;
      const size_t mask = slots.size() - 1;
      for (size_t i = hash & mask;; i = (i + 1) & mask) {
        const Slot& slot = slots[i];
        if (!slot.entry) return nullptr;
        if (slot.hash == hash && slot.entry->key == key) return slot.entry;
      }
    }
    const Entry& Insert(std::string_view key, uint64_t hash, Value value) {
      if ((entries.size() + 1) * 2 > slots.size()) Grow();
      const Entry& entry = entries.emplace_back(Entry{std::string(key), std::move(value)});
      Place(Slot{hash, &entry});
      return entry;
    }
    void Place(Slot slot) {
      const size_t mask = slots.size() - 1;
      size_t i = slot.hash & mask;
      while (slots[i].entry) i = (i + 1) & mask;
      slots[i] = slot;
    }
    void Grow() {
      std::vector<Slot> old = std::move(slots);
      slots.assign(std::max<size_t>(64, old.size() * 2), Slot{});
      for (const Slot& s : old) {
        if (s.entry) Place(s);
      }
    }
  };
  std::function<Value(std::string_view)> compute_;
  mutable std::array<Shard, kShards> shards_;
};

// Index keys as people read them and as the index posts them.
struct KeyList {
  std::vector<std::string> texts;
  std::vector<uint64_t> hashes;  // HashIndexKey of each text, in the same order

  void Add(std::string text);
};

// What a Latin word contributes, computed once per distinct spelling.
struct LatinWord {
  std::string text;            // folded to lower-case ASCII
  SharedText korean_key;       // serialized KoreanKey; empty when not Korean
  KeyList korean_coarse;       // "k:" + each coarse key of korean_key
  std::string phonetic;        // PhoneticKey(text)
  uint64_t text_hash = 0;      // HashIndexKey(text)
  uint64_t phonetic_hash = 0;  // HashIndexKey("p:" + phonetic); 0 when it is not a key
  // Lexicon::Facts(text); `ordinal` empty for a text that starts with a digit ("2nd" gives a
  // view of the text itself, which does not survive a move).
  WordFacts facts;
  // RespellAsEnglish(text), but for a short word that reads as Korean syllables (Choe, Jung,
  // Won are spelt the Korean way, and their key knows the other spellings); "" when the same.
  std::string english;
};

// The Korean key of a Latin spelling (with its apostrophes and breves), "" when the spelling
// does not read as Korean or is too long to be a name.
std::string LatinKoreanKey(std::string_view latin);

// "k:" + each coarse key of a serialized Korean key.
KeyList CoarseKoreanKeys(std::string_view serialized_key);

}  // namespace embargo::text
