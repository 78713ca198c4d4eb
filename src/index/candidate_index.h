// CandidateIndex: inverted postings from name keys to the list names that carry them.
//
// Keys are strings produced by the Normalizer (token texts, romanization keys, phonetic keys,
// deletion variants); records are dense ids of indexed names. A query gathers the records that
// share keys with it, rare keys first, and ranks them by the summed rarity of the keys they
// share, so that the Scorer only sees a few hundred candidates. Immutable once built: const
// methods are safe from many threads (each passes its own scratch).
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "model/huge_pages.h"

namespace embargo::index {

uint64_t HashKey(std::string_view key);

struct Candidate {
  uint32_t record = 0;
  float weight = 0;  // summed rarity of the shared keys
};

struct CandidateOptions {
  // At most this many candidates are returned, highest weight first. More costs scoring time.
  size_t max_candidates = 256;
  // Candidates sharing less than this fraction of the best candidate's key weight are dropped:
  // they share only common or incidental keys with the query. (Weights count each query name
  // part once, by key_groups; the screener divides this among a query's readings.)
  float min_weight_ratio = 0.35f;
  // A key whose postings exceed this is not read once rarer keys have found candidates: very
  // common tokens ("mohammed", "trading") then cost nothing, and the Scorer still sees them.
  size_t common_key_postings = 2000;
  // The query name part each key comes from, parallel to the key hashes (0, or none given: a
  // key of its own). A record counts once for a part, by the rarest key it shares of it: a
  // name one letter away from a query token shares one of the token's deletion keys where an
  // exact namesake shares them all, and would otherwise weigh a tenth of it and be dropped.
  std::span<const uint8_t> key_groups;
  // The group of the keys that spell the whole name written together (0: none). They rank
  // candidates but do not raise the floor: only namesakes share them, and a near spelling
  // (OUREA for OURA) would fall under a floor they had raised.
  uint8_t whole_name_group = 0;
};

// Per-thread working memory, reused across queries to avoid allocation.
struct CandidateScratch {
  std::vector<float> weight;      // per record, zero between queries: one access per posting
  std::vector<uint64_t> counted;  // per record, zero between queries: key groups 1..64 counted
  std::vector<uint32_t> touched;  // a buffer: the records given a weight, in first-touch order
};

class CandidateIndex {
 public:
  class Builder {
   public:
    void Add(uint32_t record, std::string_view key) { pairs_.push_back({HashKey(key), record}); }
    void AddHash(uint32_t record, uint64_t hash) { pairs_.push_back({hash, record}); }
    void Reserve(size_t pairs) { pairs_.reserve(pairs); }
    CandidateIndex Build(uint32_t record_count) &&;

   private:
#pragma pack(push, 4)  // 12 bytes, not 16: the pairs and their sort buffer are the build's peak
    struct Pair {
      uint64_t hash;
      uint32_t record;
    };
#pragma pack(pop)
    std::vector<Pair> pairs_;
  };

  CandidateIndex() = default;

  // Candidates for a query given by its key hashes (duplicates are ignored): the heaviest
  // max_candidates, in record order.
  void Candidates(const std::vector<uint64_t>& key_hashes, const CandidateOptions& options,
                  CandidateScratch& scratch, std::vector<Candidate>& out) const;

  // The records carrying a key, sorted, or empty.
  std::pair<const uint32_t*, const uint32_t*> Postings(uint64_t hash) const;

  // log(records / postings): how much sharing this key says.
  float Rarity(uint64_t hash) const;

  size_t key_count() const { return key_count_; }
  size_t posting_count() const { return postings_.size(); }
  uint32_t record_count() const { return record_count_; }

 private:
  // Open addressing with linear probing: a key costs one or two cache misses, where a binary
  // search over sorted hashes cost a dozen.
  struct Slot {
    uint64_t hash = 0;            // 0: empty (HashKey never returns 0)
    uint32_t begin = 0, end = 0;  // into postings_
  };
  const Slot* Find(uint64_t hash) const;
  float Rarity(const uint32_t* begin, const uint32_t* end) const;
  size_t SlotOf(uint64_t hash) const { return static_cast<size_t>(hash) & (slots_.size() - 1); }
  HugeVector<Slot> slots_;  // size a power of two, at most 60% full
  HugeVector<uint32_t> postings_;
  size_t key_count_ = 0;
  uint32_t record_count_ = 0;
};

}  // namespace embargo::index
