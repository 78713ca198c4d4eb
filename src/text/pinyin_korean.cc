#include "text/pinyin_korean.h"

#include <algorithm>
#include <string>
#include <vector>

#include "text/hanja.h"
#include "text/korean_jamo.h"
#include "text/korean_key_internal.h"

namespace embargo {
namespace {

namespace kj = korean_internal;

// A pinyin final as the Korean orthography for Chinese writes it after a consonant: a vowel,
// a final consonant, and the syllable some finals add (ai 아이, ao 아오, ou 어우, üan 위안).
struct Final {
  std::string_view pinyin;  // "v" for ü
  kj::Vowel vowel;
  kj::Final final = kj::kNone;
  kj::Vowel added = kj::kA;
  kj::Final added_final = kj::kNone;
  bool adds = false;
};

constexpr Final kFinals[] = {
    {"a", kj::kA},
    {"o", kj::kO},
    {"e", kj::kEo},
    {"ai", kj::kA, kj::kNone, kj::kI, kj::kNone, true},
    {"ei", kj::kE, kj::kNone, kj::kI, kj::kNone, true},
    {"ao", kj::kA, kj::kNone, kj::kO, kj::kNone, true},
    {"ou", kj::kEo, kj::kNone, kj::kU, kj::kNone, true},
    {"an", kj::kA, kj::kFN},
    {"en", kj::kEo, kj::kFN},
    {"ang", kj::kA, kj::kFNg},
    {"eng", kj::kEo, kj::kFNg},
    {"er", kj::kEo, kj::kFL},
    {"ong", kj::kU, kj::kFNg},
    {"i", kj::kI},
    {"ia", kj::kYa},
    {"ie", kj::kYe},
    {"iao", kj::kYa, kj::kNone, kj::kO, kj::kNone, true},
    {"iu", kj::kYu},
    {"ian", kj::kYe, kj::kFN},
    {"in", kj::kI, kj::kFN},
    {"iang", kj::kYa, kj::kFNg},
    {"ing", kj::kI, kj::kFNg},
    {"iong", kj::kYu, kj::kFNg},
    {"u", kj::kU},
    {"ua", kj::kWa},
    {"uo", kj::kWo},
    {"uai", kj::kWa, kj::kNone, kj::kI, kj::kNone, true},
    {"ui", kj::kU, kj::kNone, kj::kI, kj::kNone, true},
    {"uan", kj::kWa, kj::kFN},
    {"un", kj::kU, kj::kFN},
    {"uang", kj::kWa, kj::kFNg},
    {"v", kj::kWi},
    {"ve", kj::kWe},
    {"van", kj::kWi, kj::kNone, kj::kA, kj::kFN, true},
    {"vn", kj::kWi, kj::kFN},
};

// Syllables without an initial consonant, spelt with y and w: the final they stand for, or a
// final of their own (wei 웨이, wen 원, weng 웡).
struct ZeroInitial {
  std::string_view pinyin;
  std::string_view final;
};
constexpr ZeroInitial kZeroInitials[] = {
    {"yi", "i"},    {"ya", "ia"},  {"ye", "ie"},     {"yao", "iao"},  {"you", "iu"},
    {"yan", "ian"}, {"yin", "in"}, {"yang", "iang"}, {"ying", "ing"}, {"yong", "iong"},
    {"yu", "v"},    {"yue", "ve"}, {"yuan", "van"},  {"yun", "vn"},   {"wu", "u"},
    {"wa", "ua"},   {"wo", "uo"},  {"wai", "uai"},   {"wan", "uan"},  {"wang", "uang"},
};
constexpr Final kWFinals[] = {
    {"wei", kj::kWe, kj::kNone, kj::kI, kj::kNone, true},
    {"wen", kj::kWo, kj::kFN},
    {"weng", kj::kWo, kj::kFNg},
};

struct Initial {
  std::string_view pinyin;
  kj::Initial jamo;
};
// Two-letter initials first.
constexpr Initial kInitials[] = {
    {"zh", kj::kJ}, {"ch", kj::kCh}, {"sh", kj::kS}, {"b", kj::kB},  {"p", kj::kP}, {"m", kj::kM},
    {"f", kj::kP},  {"d", kj::kD},   {"t", kj::kT},  {"n", kj::kN},  {"l", kj::kR}, {"g", kj::kG},
    {"k", kj::kK},  {"h", kj::kH},   {"j", kj::kJ},  {"q", kj::kCh}, {"x", kj::kS}, {"r", kj::kR},
    {"z", kj::kJJ}, {"c", kj::kCh},  {"s", kj::kSS},
};

const Final* FindFinal(std::string_view pinyin) {
  for (const Final& f : kFinals)
    if (f.pinyin == pinyin) return &f;
  return nullptr;
}

bool Sibilant(std::string_view initial) {
  for (std::string_view s : {"zh", "ch", "sh", "r", "z", "c", "s"})
    if (initial == s) return true;
  return false;
}

kj::PendingSyllable Exact(kj::Initial initial, kj::Vowel vowel, kj::Final final) {
  kj::PendingSyllable s;
  s.jamo = {1u << initial, 1u << vowel, 1u << final};
  return s;
}

// The Hangul of one pinyin syllable by the Korean orthography for Chinese: one syllable, or two
// (xiao 샤오). Empty when the letters are no syllable.
std::vector<kj::PendingSyllable> Transcribe(std::string_view syllable) {
  std::string_view rest = syllable;
  const Initial* initial = nullptr;
  for (const Initial& i : kInitials)
    if (rest.starts_with(i.pinyin)) {
      initial = &i;
      rest.remove_prefix(i.pinyin.size());
      break;
    }
  const Final* final = nullptr;
  std::string spelt(rest);
  if (!initial) {
    for (const ZeroInitial& z : kZeroInitials)
      if (z.pinyin == syllable) spelt = z.final;
    for (const Final& w : kWFinals)
      if (w.pinyin == syllable) final = &w;
  } else if (initial->pinyin == "j" || initial->pinyin == "q" || initial->pinyin == "x") {
    if (spelt.starts_with('u')) spelt[0] = 'v';  // ju is jü
  }
  if (spelt == "ue" && initial && (initial->pinyin == "n" || initial->pinyin == "l")) spelt = "ve";
  if (!final) final = FindFinal(spelt);
  if (!final) return {};
  const kj::Initial lead = initial ? initial->jamo : kj::kNg;
  kj::Vowel vowel = final->vowel;
  // zhi, chi, shi, ri, zi, ci, si: a vowel Korean writes ㅡ.
  if (initial && spelt == "i" && Sibilant(initial->pinyin)) vowel = kj::kEu;
  // After ㅈ, ㅉ and ㅊ Korean writes no y glide (jia 자, jian 젠, jiu 주).
  if (lead == kj::kJ || lead == kj::kJJ || lead == kj::kCh) {
    switch (vowel) {
      case kj::kYa:
        vowel = kj::kA;
        break;
      case kj::kYeo:
        vowel = kj::kEo;
        break;
      case kj::kYe:
        vowel = kj::kE;
        break;
      case kj::kYo:
        vowel = kj::kO;
        break;
      case kj::kYu:
        vowel = kj::kU;
        break;
      default:
        break;
    }
  }
  std::vector<kj::PendingSyllable> out{Exact(lead, vowel, final->final)};
  // -ong is written 웅 by the rule and often 옹 (관샤오퉁, 관샤오통).
  if (spelt == "ong" || spelt == "iong")
    out[0].jamo.vowel |= 1u << (vowel == kj::kU ? kj::kO : kj::kYo);
  if (final->adds) out.push_back(Exact(kj::kNg, final->added, final->added_final));
  return out;
}

// A syllable some character is read as, with its Korean readings.
bool IsReading(std::string_view syllable) { return SinoKoreanReadings(syllable).initial != 0; }

// The ways to split a word into syllables characters are read as, at most `limit`.
void Splits(std::string_view word, std::vector<std::string_view>& current,
            std::vector<std::vector<std::string_view>>& out, size_t limit) {
  if (out.size() >= limit) return;
  if (word.empty()) {
    out.push_back(current);
    return;
  }
  for (size_t n = std::min<size_t>(6, word.size()); n >= 1; --n) {
    if (!IsReading(word.substr(0, n))) continue;
    current.push_back(word.substr(0, n));
    Splits(word.substr(n), current, out, limit);
    current.pop_back();
  }
}

}  // namespace

std::optional<KoreanKey> KeyFromPinyin(std::string_view latin_word) {
  if (latin_word.empty() || latin_word.size() > 24 ||
      !std::all_of(latin_word.begin(), latin_word.end(),
                   [](char c) { return c >= 'a' && c <= 'z'; }))
    return std::nullopt;
  std::vector<std::vector<std::string_view>> splits;
  std::vector<std::string_view> current;
  Splits(latin_word, current, splits, 16);
  if (splits.empty()) return std::nullopt;
  std::stable_sort(splits.begin(), splits.end(),
                   [](const auto& a, const auto& b) { return a.size() < b.size(); });
  // The fewest syllables: xian is one, not xi'an.
  const size_t fewest = splits.front().size();
  std::erase_if(splits, [&](const auto& s) { return s.size() > fewest; });
  KoreanKey key;
  for (const std::vector<std::string_view>& split : splits) {
    std::vector<kj::PendingSyllable> mandarin, korean;
    bool transcribed = true;
    for (std::string_view syllable : split) {
      std::vector<kj::PendingSyllable> hangul = Transcribe(syllable);
      transcribed = transcribed && !hangul.empty();
      mandarin.insert(mandarin.end(), hangul.begin(), hangul.end());
      kj::PendingSyllable reading;
      reading.jamo = SinoKoreanReadings(syllable);
      korean.push_back(reading);
    }
    for (auto* reading : {&mandarin, &korean}) {
      if (reading == &mandarin && !transcribed) continue;
      for (size_t i = 0; i < reading->size(); ++i) {
        (*reading)[i].word_start = i == 0;
        (*reading)[i].linked = i > 0;
      }
      kj::CloseAndAdd(*reading, key, /*exact=*/false);
    }
  }
  if (key.ReadingCount() == 0) return std::nullopt;
  return key;
}

}  // namespace embargo
