// Han character readings from the build-time Unihan table.
#include "text/hanja.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "text/korean_jamo.h"
#include "text/korean_key_internal.h"
#include "text/string_hash.h"

namespace embargo {
namespace {

namespace kj = korean_internal;

struct HanjaRow {
  char32_t code_point;
  uint32_t korean;    // offset in kHanjaPool: Hangul readings, '*' before name readings
  uint32_t mandarin;  // offset in kHanjaPool: toneless pinyin readings, space-separated
  bool common;        // in KS X 1001, the Korean standard character set
};

#include "text/hanja_table.inc"

const HanjaRow* Find(char32_t c) {
  const HanjaRow* begin = std::begin(kHanjaRows);
  const HanjaRow* end = std::end(kHanjaRows);
  const HanjaRow* it = std::lower_bound(
      begin, end, c, [](const HanjaRow& row, char32_t cp) { return row.code_point < cp; });
  return it != end && it->code_point == c && c != 0 ? it : nullptr;
}

std::string_view PoolAt(uint32_t offset) { return std::string_view(kHanjaPool + offset); }

// The Korean readings of a row: each a 3-byte Hangul syllable, with its name-use mark.
struct KoreanReading {
  std::string_view syllable;
  bool for_names;
};

std::vector<KoreanReading> KoreanOf(const HanjaRow* row) {
  std::vector<KoreanReading> out;
  if (row == nullptr) return out;
  std::string_view s = PoolAt(row->korean);
  bool mark = false;
  for (size_t i = 0; i < s.size();) {
    if (s[i] == '*') {
      mark = true;
      ++i;
      continue;
    }
    kj::Decoded d = kj::DecodeUtf8(s, i);
    out.push_back({s.substr(i, d.length), mark});
    mark = false;
    i += d.length;
  }
  return out;
}

}  // namespace

bool IsHanCharacter(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
         (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3134F);
}

std::vector<std::string> HanjaKoreanReadings(char32_t c) {
  std::vector<std::string> out;
  for (const KoreanReading& r : KoreanOf(Find(c))) out.emplace_back(r.syllable);
  return out;
}

std::string HanjaNameReading(char32_t c) {
  std::vector<KoreanReading> readings = KoreanOf(Find(c));
  for (const KoreanReading& r : readings) {
    if (r.for_names) return std::string(r.syllable);
  }
  return readings.empty() ? std::string() : std::string(readings.front().syllable);
}

std::vector<std::string> HanjaMandarinReadings(char32_t c) {
  std::vector<std::string> out;
  const HanjaRow* row = Find(c);
  if (row == nullptr) return out;
  std::string_view rest = PoolAt(row->mandarin);
  while (!rest.empty()) {
    size_t space = rest.find(' ');
    std::string reading(rest.substr(0, space));
    if (std::find(out.begin(), out.end(), reading) == out.end()) out.push_back(reading);
    rest = space == std::string_view::npos ? std::string_view() : rest.substr(space + 1);
  }
  return out;
}

KoreanSyllable SinoKoreanReadings(std::string_view pinyin) {
  static const auto* const by_pinyin = [] {
    auto* map =
        new std::unordered_map<std::string, KoreanSyllable, text::StringHash, std::equal_to<>>();
    for (const HanjaRow& row : kHanjaRows) {
      std::string_view mandarin = PoolAt(row.mandarin);
      if (mandarin.empty() || !row.common) continue;
      KoreanSyllable& s = (*map)[std::string(mandarin.substr(0, mandarin.find(' ')))];
      for (const KoreanReading& r : KoreanOf(&row)) {
        const kj::Jamo j = kj::Decompose(kj::DecodeUtf8(r.syllable, 0).code_point);
        s.initial |= 1u << j.initial, s.vowel |= 1u << j.vowel, s.final |= 1u << j.final;
      }
    }
    return map;
  }();
  auto it = by_pinyin->find(pinyin);
  return it == by_pinyin->end() ? KoreanSyllable{} : it->second;
}

std::optional<std::string> HanjaToHangul(std::string_view utf8, bool as_name) {
  std::string out;
  bool first = true;
  for (size_t pos = 0; pos < utf8.size();) {
    kj::Decoded d = kj::DecodeUtf8(utf8, pos);
    std::string_view raw = utf8.substr(pos, d.length);
    pos += d.length;
    if (kj::IsHangulSyllable(d.code_point) || kj::IsWordSeparator(d.code_point)) {
      out.append(raw);
    } else if (IsHanCharacter(d.code_point)) {
      std::string reading;
      if (as_name && first) {
        reading = HanjaNameReading(d.code_point);
      } else {
        std::vector<std::string> all = HanjaKoreanReadings(d.code_point);
        if (!all.empty()) reading = all.front();
      }
      if (reading.empty()) return std::nullopt;
      out += reading;
    } else {
      return std::nullopt;
    }
    first = false;
  }
  if (out.empty()) return std::nullopt;
  return out;
}

std::optional<KoreanKey> KeyFromHanja(std::string_view utf8) {
  // Each character may be read several ways (金: 금 or 김); the readings of the whole are the
  // combinations, taken in order until the key is full.
  std::vector<std::vector<std::string>> choices;
  for (size_t pos = 0; pos < utf8.size();) {
    kj::Decoded d = kj::DecodeUtf8(utf8, pos);
    std::string raw(utf8.substr(pos, d.length));
    pos += d.length;
    if (kj::IsHangulSyllable(d.code_point) || kj::IsWordSeparator(d.code_point)) {
      choices.push_back({raw});
    } else if (IsHanCharacter(d.code_point)) {
      std::vector<std::string> readings = HanjaKoreanReadings(d.code_point);
      if (readings.empty()) return std::nullopt;
      if (readings.size() > 3) readings.resize(3);
      choices.push_back(std::move(readings));
    } else {
      return std::nullopt;
    }
  }
  if (choices.empty()) return std::nullopt;
  KoreanKey key;
  std::vector<size_t> pick(choices.size(), 0);
  while (key.ReadingCount() < KoreanKey::kMaxReadings) {
    std::string hangul;
    for (size_t i = 0; i < choices.size(); ++i) hangul += choices[i][pick[i]];
    if (std::optional<KoreanKey> one = KeyFromHangul(hangul)) key.Merge(*one);
    size_t i = 0;  // next combination, the last characters varying first
    for (i = choices.size(); i-- > 0;) {
      if (++pick[i] < choices[i].size()) break;
      pick[i] = 0;
    }
    if (i == static_cast<size_t>(-1)) break;
  }
  if (key.ReadingCount() == 0) return std::nullopt;
  return key;
}

std::optional<std::string> HanjaToPinyin(std::string_view utf8) {
  std::string out;
  for (size_t pos = 0; pos < utf8.size();) {
    kj::Decoded d = kj::DecodeUtf8(utf8, pos);
    pos += d.length;
    if (kj::IsWordSeparator(d.code_point)) continue;
    std::vector<std::string> readings = HanjaMandarinReadings(d.code_point);
    if (readings.empty()) return std::nullopt;
    if (!out.empty()) out += ' ';
    out += readings.front();
  }
  if (out.empty()) return std::nullopt;
  return out;
}

}  // namespace embargo
