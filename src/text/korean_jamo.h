// Internal helpers shared by the Korean and Hanja code: UTF-8 decoding and the composition of
// Hangul syllables from jamo indices (Unicode's U+AC00 arithmetic).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace embargo::korean_internal {

inline constexpr char32_t kSyllableBase = 0xAC00;
inline constexpr char32_t kSyllableLast = 0xD7A3;
inline constexpr int kInitialCount = 19;
inline constexpr int kVowelCount = 21;
inline constexpr int kFinalCount = 28;
inline constexpr char32_t kInvalid = 0xFFFFFFFF;

// Initial consonants, in composition order.
enum Initial : uint8_t {
  kG,
  kGG,
  kN,
  kD,
  kDD,
  kR,
  kM,
  kB,
  kBB,
  kS,
  kSS,
  kNg,
  kJ,
  kJJ,
  kCh,
  kK,
  kT,
  kP,
  kH
};
// Vowels, in composition order.
enum Vowel : uint8_t {
  kA,
  kAe,
  kYa,
  kYae,
  kEo,
  kE,
  kYeo,
  kYe,
  kO,
  kWa,
  kWae,
  kOe,
  kYo,
  kU,
  kWo,
  kWe,
  kWi,
  kYu,
  kEu,
  kUi,
  kI
};
// Finals, in composition order (0 = none).
enum Final : uint8_t {
  kNone,
  kFG,
  kFGG,
  kFGS,
  kFN,
  kFNJ,
  kFNH,
  kFD,
  kFL,
  kFLG,
  kFLM,
  kFLB,
  kFLS,
  kFLT,
  kFLP,
  kFLH,
  kFM,
  kFB,
  kFBS,
  kFS,
  kFSS,
  kFNg,
  kFJ,
  kFCh,
  kFK,
  kFT,
  kFP,
  kFH
};

struct Jamo {
  uint8_t initial = 0;
  uint8_t vowel = 0;
  uint8_t final = 0;
};

inline bool IsHangulSyllable(char32_t c) { return c >= kSyllableBase && c <= kSyllableLast; }

inline Jamo Decompose(char32_t syllable) {
  uint32_t index = syllable - kSyllableBase;
  return {static_cast<uint8_t>(index / (kVowelCount * kFinalCount)),
          static_cast<uint8_t>(index / kFinalCount % kVowelCount),
          static_cast<uint8_t>(index % kFinalCount)};
}

inline char32_t Compose(Jamo j) {
  return kSyllableBase + (j.initial * kVowelCount + j.vowel) * kFinalCount + j.final;
}

struct Decoded {
  char32_t code_point = kInvalid;  // kInvalid on a malformed sequence
  size_t length = 1;               // bytes consumed, at least 1
};

// Decodes the UTF-8 sequence that starts at `pos` (REQUIRES: pos < s.size()).
inline Decoded DecodeUtf8(std::string_view s, size_t pos) {
  auto byte = [&](size_t i) { return static_cast<unsigned char>(s[i]); };
  unsigned char lead = byte(pos);
  if (lead < 0x80) return {lead, 1};
  size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0;
  if (length == 0 || lead > 0xF4 || pos + length > s.size()) return {kInvalid, 1};
  char32_t c = lead & (0x7F >> length);
  for (size_t i = 1; i < length; ++i) {
    if ((byte(pos + i) & 0xC0) != 0x80) return {kInvalid, 1};
    c = (c << 6) | (byte(pos + i) & 0x3F);
  }
  return {c, length};
}

inline void AppendUtf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

// Word separators accepted inside Hangul and Han text: spaces, hyphens, middle dots.
inline bool IsWordSeparator(char32_t c) {
  return c == ' ' || c == '\t' || c == '-' || c == 0x00A0 || c == 0x00B7 || c == 0x2010 ||
         c == 0x2011 || c == 0x2013 || c == 0x2014 || c == 0x30FB || c == 0x3000 || c == 0x318D;
}

}  // namespace embargo::korean_internal
