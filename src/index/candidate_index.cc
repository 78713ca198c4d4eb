#include "index/candidate_index.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <utility>

#include "text/key_hash.h"

namespace embargo::index {

uint64_t HashKey(std::string_view key) { return text::HashIndexKey(key); }

namespace {

// Orders by hash in four stable passes of 16 bits: pairs added in record order keep it within
// a hash, which a comparison sort would have to be told. Several times faster than std::sort.
template <typename Pair>
void RadixSortByHash(std::vector<Pair>& pairs) {
  std::vector<Pair> buffer(pairs.size());
  std::vector<uint32_t> start(1 << 16);
  for (int shift = 0; shift < 64; shift += 16) {
    std::fill(start.begin(), start.end(), 0);
    for (const Pair& p : pairs) ++start[(p.hash >> shift) & 0xFFFF];
    uint32_t sum = 0;
    for (uint32_t& s : start) sum += std::exchange(s, sum);
    for (const Pair& p : pairs) buffer[start[(p.hash >> shift) & 0xFFFF]++] = p;
    pairs.swap(buffer);
  }
}

}  // namespace

CandidateIndex CandidateIndex::Builder::Build(uint32_t record_count) && {
  auto by_record = [](const Pair& a, const Pair& b) { return a.record < b.record; };
  if (!std::is_sorted(pairs_.begin(), pairs_.end(), by_record))
    std::stable_sort(pairs_.begin(), pairs_.end(), by_record);
  RadixSortByHash(pairs_);
  pairs_.erase(std::unique(pairs_.begin(), pairs_.end(),
                           [](const Pair& a, const Pair& b) {
                             return a.hash == b.hash && a.record == b.record;
                           }),
               pairs_.end());
  CandidateIndex index;
  index.record_count_ = record_count;
  index.postings_.reserve(pairs_.size());
  size_t keys = 0;
  for (size_t i = 0; i < pairs_.size(); ++i) keys += i == 0 || pairs_[i].hash != pairs_[i - 1].hash;
  size_t capacity = 16;
  while (capacity * 3 < keys * 5) capacity *= 2;  // at most 60% full: short probes, less memory
  index.slots_.assign(capacity, Slot{});
  index.key_count_ = keys;
  for (size_t i = 0; i < pairs_.size();) {
    size_t end = i;
    while (end < pairs_.size() && pairs_[end].hash == pairs_[i].hash) ++end;
    size_t s = index.SlotOf(pairs_[i].hash);
    while (index.slots_[s].hash != 0) s = (s + 1) & (capacity - 1);
    uint32_t begin = static_cast<uint32_t>(index.postings_.size());
    for (size_t k = i; k < end; ++k) index.postings_.push_back(pairs_[k].record);
    index.slots_[s] = {pairs_[i].hash, begin, static_cast<uint32_t>(index.postings_.size())};
    i = end;
  }
  pairs_.clear();
  pairs_.shrink_to_fit();
  return index;
}

const CandidateIndex::Slot* CandidateIndex::Find(uint64_t hash) const {
  if (slots_.empty()) return nullptr;
  for (size_t s = SlotOf(hash);; s = (s + 1) & (slots_.size() - 1)) {
    if (slots_[s].hash == hash) return &slots_[s];
    if (slots_[s].hash == 0) return nullptr;
  }
}

std::pair<const uint32_t*, const uint32_t*> CandidateIndex::Postings(uint64_t hash) const {
  const Slot* slot = Find(hash);
  if (!slot) return {nullptr, nullptr};
  return {postings_.data() + slot->begin, postings_.data() + slot->end};
}

float CandidateIndex::Rarity(uint64_t hash) const {
  auto [begin, end] = Postings(hash);
  return Rarity(begin, end);
}

float CandidateIndex::Rarity(const uint32_t* begin, const uint32_t* end) const {
  const size_t n = static_cast<size_t>(end - begin);
  return std::log((record_count_ + 1.0f) / (n + 1.0f)) + 0.1f;
}

void CandidateIndex::Candidates(const std::vector<uint64_t>& key_hashes,
                                const CandidateOptions& options, CandidateScratch& scratch,
                                std::vector<Candidate>& out) const {
  out.clear();
  if (scratch.weight.size() < record_count_) scratch.weight.assign(record_count_, 0.0f);
  struct Key {
    const uint32_t* begin;
    const uint32_t* end;
    uint64_t group_bit;  // 0: a key of its own
  };
  Key keys[256];
  size_t n = 0;
  for (uint64_t h : key_hashes)
    if (!slots_.empty()) __builtin_prefetch(&slots_[SlotOf(h)]);  // all misses at once
  bool grouped = false;
  float whole_name = 0;  // the rarity of the rarest whole-name key
  for (size_t i = 0; i < key_hashes.size(); ++i) {
    auto [b, e] = Postings(key_hashes[i]);
    if (b == e) continue;
    bool dup = false;
    for (size_t k = 0; k < n && !dup; ++k) dup = keys[k].begin == b;
    if (dup || n == 256) continue;
    const unsigned group = i < options.key_groups.size() ? options.key_groups[i] : 0;
    const uint64_t bit = group >= 1 && group <= 64 ? uint64_t{1} << (group - 1) : 0;
    grouped = grouped || bit != 0;
    keys[n++] = {b, e, bit};
    if (group != 0 && group == options.whole_name_group)
      whole_name = std::max(whole_name, Rarity(b, e));
  }
  if (grouped && scratch.counted.size() < record_count_) scratch.counted.assign(record_count_, 0);
  std::sort(keys, keys + n,
            [](const Key& a, const Key& b) { return a.end - a.begin < b.end - b.begin; });
  float* weight = scratch.weight.data();
  std::vector<uint32_t>& touched = scratch.touched;  // records with a weight, in first-touch order
  size_t count = 0;
  for (size_t k = 0; k < n; ++k) {
    const uint32_t* p = keys[k].begin;
    const uint32_t* const end = keys[k].end;
    const size_t len = static_cast<size_t>(end - p);
    // Keys are sorted: once candidates exist, the rest are as common and would add none.
    if (count > 0 && len > options.common_key_postings) break;
    const float rarity = Rarity(keys[k].begin, end);
    if (touched.size() < count + len) touched.resize(std::max(count + len, 2 * touched.size()));
    uint32_t* first_touch = touched.data();
    auto tally = [&](uint32_t r) {
      float& w = weight[r];
      first_touch[count] = r;                    // kept only if the record is new
      count += std::bit_cast<uint32_t>(w) == 0;  // weights are +0 or positive: no float compare
      w += rarity;
    };
    if (const uint64_t bit = keys[k].group_bit) {
      // Rarest keys first: the first key of a group a record shares is its rarest.
      uint64_t* counted = scratch.counted.data();
      for (; p < end; ++p) {
        if (counted[*p] & bit) continue;
        counted[*p] |= bit;
        tally(*p);
      }
      continue;
    }
    // Records are scattered: fetch the weight 16 postings ahead.
    for (const uint32_t* ahead = end - std::min<size_t>(len, 16); p < ahead; ++p) {
      __builtin_prefetch(&weight[p[16]]);
      tally(*p);
    }
    for (; p < end; ++p) tally(*p);
  }
  if (grouped) {
    for (size_t i = 0; i < count; ++i) scratch.counted[touched[i]] = 0;
  }
  out.reserve(count);
  for (size_t i = 0; i < count; ++i) {
    const uint32_t r = touched[i];
    out.push_back({r, weight[r]});
    weight[r] = 0.0f;
  }
  auto heavier = [](const Candidate& a, const Candidate& b) { return a.weight > b.weight; };
  if (out.size() > options.max_candidates) {
    std::nth_element(out.begin(), out.begin() + options.max_candidates, out.end(), heavier);
    out.resize(options.max_candidates);
  }
  if (!out.empty()) {
    float heaviest = std::min_element(out.begin(), out.end(), heavier)->weight;
    float floor = std::max(heaviest - whole_name, 0.0f) * options.min_weight_ratio;
    std::erase_if(out, [floor](const Candidate& c) { return c.weight < floor; });
  }
  // In memory order: consecutive candidates then often share cache lines and pages.
  std::sort(out.begin(), out.end(),
            [](const Candidate& a, const Candidate& b) { return a.record < b.record; });
}

}  // namespace embargo::index
