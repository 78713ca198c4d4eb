// Bit masks of byte positions, shared by the bit-parallel kernels.
#include <cassert>
#include <cstring>

#include "match/similarity.h"

namespace embargo::match {

WordMasks::WordMasks(std::string_view pattern) {
  assert(pattern.size() <= 64);
  std::memset(slot, 0, sizeof(slot));
  rows[0] = 0;
  uint8_t next_row = 1;
  for (size_t i = 0; i < pattern.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(pattern[i]);
    if (slot[c] == 0) {
      slot[c] = next_row;
      rows[next_row++] = 0;
    }
    rows[slot[c]] |= uint64_t{1} << i;
  }
}

BlockMasks::BlockMasks(std::string_view pattern)
    : blocks_(static_cast<int>((pattern.size() + 63) / 64)) {
  rows_.assign(static_cast<size_t>(blocks_), 0);  // row 0: bytes absent from the pattern
  uint16_t next_row = 1;
  for (size_t i = 0; i < pattern.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(pattern[i]);
    if (slot_[c] == 0) {
      slot_[c] = next_row++;
      rows_.resize(rows_.size() + static_cast<size_t>(blocks_), 0);
    }
    rows_[static_cast<size_t>(slot_[c]) * blocks_ + i / 64] |= uint64_t{1} << (i % 64);
  }
}

}  // namespace embargo::match
