// Korean keys: the sound-change closure, keys from Hangul, compatibility, serialization.
#include <algorithm>
#include <array>
#include <bit>
#include <limits>
#include <string>

#include "embargo/normalizer.h"
#include "text/korean.h"
#include "text/korean_jamo.h"
#include "text/korean_key_internal.h"

namespace embargo {

using korean_internal::PendingSyllable;
namespace kj = korean_internal;

void KoreanReadings::Add(std::span<const KoreanSyllable> reading, size_t limit) {
  // ends_ holds offsets in a byte: readings that would take the syllables past 255 are left out
  // (16 readings of a 24-syllable spelling would; no name has them).
  if (reading.empty() || reading.size() > KoreanKey::kMaxSyllables || ends_.size() >= limit ||
      syllables_.size() + reading.size() > std::numeric_limits<uint8_t>::max()) {
    return;
  }
  for (size_t r = 0; r < size(); ++r) {
    auto held = (*this)[r];
    if (std::equal(held.begin(), held.end(), reading.begin(), reading.end())) return;
  }
  syllables_.insert(syllables_.end(), reading.begin(), reading.end());
  ends_.push_back(static_cast<uint8_t>(syllables_.size()));
}

void KoreanKey::Merge(const KoreanKey& other) {
  for (size_t i = 0; i < other.ReadingCount(); ++i) AddReading(other.Reading(i));
  for (size_t i = 0; i < other.written().size(); ++i) AddWrittenReading(other.written()[i]);
}

namespace {

constexpr uint32_t Bit(int i) { return uint32_t{1} << i; }

// What a final consonant sounds like before a consonant: its place class.
enum class FinalClass : uint8_t { kNone, kVelar, kN, kDental, kL, kM, kLabial, kNg };

constexpr FinalClass ClassOf(int final) {
  switch (final) {
    case kj::kNone:
      return FinalClass::kNone;
    case kj::kFG:
    case kj::kFGG:
    case kj::kFGS:
    case kj::kFLG:
    case kj::kFK:
      return FinalClass::kVelar;
    case kj::kFN:
    case kj::kFNJ:
    case kj::kFNH:
      return FinalClass::kN;
    case kj::kFL:
    case kj::kFLB:
    case kj::kFLS:
    case kj::kFLT:
    case kj::kFLH:
      return FinalClass::kL;
    case kj::kFM:
    case kj::kFLM:
      return FinalClass::kM;
    case kj::kFB:
    case kj::kFBS:
    case kj::kFP:
    case kj::kFLP:
      return FinalClass::kLabial;
    case kj::kFNg:
      return FinalClass::kNg;
    default:
      return FinalClass::kDental;  // ㄷ ㅅ ㅆ ㅈ ㅊ ㅌ ㅎ
  }
}

// Where a final goes when the next syllable starts with a vowel (liaison): the final left
// behind and the initial it becomes.
struct Liaison {
  uint8_t final_left;
  uint8_t initial;
};

constexpr Liaison LiaisonOf(int final) {
  switch (final) {
    case kj::kFG:
      return {kj::kNone, kj::kG};
    case kj::kFGG:
      return {kj::kNone, kj::kGG};
    case kj::kFGS:
      return {kj::kFG, kj::kS};
    case kj::kFN:
      return {kj::kNone, kj::kN};
    case kj::kFNJ:
      return {kj::kFN, kj::kJ};
    case kj::kFNH:
      return {kj::kNone, kj::kN};
    case kj::kFD:
      return {kj::kNone, kj::kD};
    case kj::kFL:
      return {kj::kNone, kj::kR};
    case kj::kFLG:
      return {kj::kFL, kj::kG};
    case kj::kFLM:
      return {kj::kFL, kj::kM};
    case kj::kFLB:
      return {kj::kFL, kj::kB};
    case kj::kFLS:
      return {kj::kFL, kj::kS};
    case kj::kFLT:
      return {kj::kFL, kj::kT};
    case kj::kFLP:
      return {kj::kFL, kj::kP};
    case kj::kFLH:
      return {kj::kNone, kj::kR};
    case kj::kFM:
      return {kj::kNone, kj::kM};
    case kj::kFB:
      return {kj::kNone, kj::kB};
    case kj::kFBS:
      return {kj::kFB, kj::kS};
    case kj::kFS:
      return {kj::kNone, kj::kS};
    case kj::kFSS:
      return {kj::kNone, kj::kSS};
    case kj::kFJ:
      return {kj::kNone, kj::kJ};
    case kj::kFCh:
      return {kj::kNone, kj::kCh};
    case kj::kFK:
      return {kj::kNone, kj::kK};
    case kj::kFT:
      return {kj::kNone, kj::kT};
    case kj::kFP:
      return {kj::kNone, kj::kP};
    default:
      return {kj::kNone, kj::kNg};  // ㅎ falls silent; ㅇ and none stay
  }
}

// True when liaison moves the whole of final `t` to the next syllable, or `t` stays as it is
// (none, ㅇ): not a cluster that leaves a consonant behind (ㄵ), nor a ㅎ that falls silent.
constexpr bool SaidWhole(int t) {
  if (t == kj::kNone || t == kj::kFNg) return true;
  Liaison li = LiaisonOf(t);
  return li.final_left == kj::kNone && li.initial != kj::kNg;
}

struct Surface {
  uint32_t finals = 0;    // finals the left syllable may show
  uint32_t initials = 0;  // initials the right syllable may show
  bool replaces = false;  // the written pair is not said (liaison: 삼이 is said 사미)
};

// The surface forms of final `t` followed by initial `l`, besides the written ones.
constexpr Surface SurfaceOf(int t, int l) {
  Surface s;
  auto add = [&s](int final, int initial) {
    s.finals |= Bit(final);
    s.initials |= Bit(initial);
  };
  FinalClass c = ClassOf(t);
  if (l == kj::kN || l == kj::kM) {  // nasalization: 국민 gungmin, 입니다 imnida
    if (c == FinalClass::kVelar) add(kj::kFNg, l);
    if (c == FinalClass::kDental) add(kj::kFN, l);
    if (c == FinalClass::kLabial) add(kj::kFM, l);
    if (c == FinalClass::kL && l == kj::kN) add(kj::kFL, kj::kR);  // 설날 sollal
  } else if (l == kj::kR) {  // ㄹ after a consonant other than ㄹ is said ㄴ: 압록 amnok
    if (c == FinalClass::kVelar || c == FinalClass::kNg) add(kj::kFNg, kj::kN);
    if (c == FinalClass::kLabial || c == FinalClass::kM) add(kj::kFM, kj::kN);
    if (c == FinalClass::kDental) add(kj::kFN, kj::kN);
    if (c == FinalClass::kN) {  // 신라 silla; 생산량 saengsannyang
      add(kj::kFL, kj::kR);
      add(kj::kFN, kj::kN);
    }
  } else if (l == kj::kNg && t != kj::kNone && t != kj::kFNg) {  // liaison: 덕영 tŏgyŏng
    Liaison li = LiaisonOf(t);
    s.replaces = true;
    add(li.final_left, li.initial);
    if (t == kj::kFD) add(kj::kNone, kj::kJ);   // 굳이 kuji
    if (t == kj::kFT) add(kj::kNone, kj::kCh);  // 같이 kachi
  } else if (l == kj::kH) {                     // aspiration: 입학 ipak, 좋다 chot'a
    if (c == FinalClass::kVelar) add(kj::kNone, kj::kK);
    if (c == FinalClass::kLabial) add(kj::kNone, kj::kP);
    if (c == FinalClass::kDental) {
      add(kj::kNone, kj::kT);
      add(kj::kNone, kj::kCh);
    }
  }
  if (t == kj::kFH || t == kj::kFNH || t == kj::kFLH) {
    int left = t == kj::kFH ? kj::kNone : t == kj::kFNH ? kj::kFN : kj::kFL;
    if (l == kj::kG) add(left, kj::kK);
    if (l == kj::kD) add(left, kj::kT);
    if (l == kj::kJ) add(left, kj::kCh);
    if (l == kj::kS) add(left, kj::kSS);
  }
  return s;
}

using SurfaceTable = std::array<std::array<Surface, kj::kInitialCount>, kj::kFinalCount>;

constexpr SurfaceTable MakeSurfaceTable() {
  SurfaceTable table{};
  for (int t = 0; t < kj::kFinalCount; ++t) {
    for (int l = 0; l < kj::kInitialCount; ++l) table[t][l] = SurfaceOf(t, l);
  }
  return table;
}

constexpr SurfaceTable kSurface = MakeSurfaceTable();

// Vowels before which word-initial ㄹ and ㄴ fall silent in the South (리 -> 이, 녀 -> 여).
constexpr uint32_t kIotizedVowels = Bit(kj::kYa) | Bit(kj::kYae) | Bit(kj::kYeo) | Bit(kj::kYe) |
                                    Bit(kj::kYo) | Bit(kj::kYu) | Bit(kj::kI);

// The finals and initials that may be said where `finals` meet `initials`. A pair that
// liaison replaces is left out: with it, the masks would also admit their cross product, a
// vowel meeting a vowel (사이 for 삼이), and so match a word with any other consonant there
// (shami ~ shadi). Latin letters run together write the consonants they say: an "n" before a
// vowel is not ㄵ (said nj), a "d" not a silent ㅎ. (Syllables written apart may each be spelt
// as written: "wak e" for 왃에, said wakse.) Hangul writes a loanword's single l as ㄹㄹ
// (살로메, Salome), where a Latin "ll" means both.
struct SaidPairs {
  uint32_t finals = 0;
  uint32_t initials = 0;
};

enum class Spelt { kHangul, kLatinRunTogether, kLatinApart };

SaidPairs SayBoundary(uint32_t finals, uint32_t initials, Spelt spelt) {
  SaidPairs said;
  for (uint32_t f = finals; f; f &= f - 1) {
    int t = std::countr_zero(f);
    for (uint32_t i = initials; i; i &= i - 1) {
      int l = std::countr_zero(i);
      if (spelt == Spelt::kLatinRunTogether && l == kj::kNg && !SaidWhole(t)) continue;
      const Surface& surface = kSurface[t][l];
      if (!surface.replaces) said.finals |= Bit(t), said.initials |= Bit(l);
      said.finals |= surface.finals;
      said.initials |= surface.initials;
      if (spelt == Spelt::kHangul && t == kj::kFL && l == kj::kR)
        said.finals |= Bit(kj::kNone);
    }
  }
  return said;
}

}  // namespace

namespace korean_internal {

void CloseAndAdd(std::span<PendingSyllable> reading, KoreanKey& key, bool exact) {
  boost::container::small_vector<KoreanSyllable, 8> closed;
  closed.reserve(reading.size());
  for (const PendingSyllable& p : reading) closed.push_back(p.jamo);
  for (size_t i = 0; i < reading.size(); ++i) {
    const KoreanSyllable& s = reading[i].jamo;
    if (reading[i].word_start && (s.initial & (Bit(kR) | Bit(kN)))) {
      // The initial-sound law: 로동 = 노동, 리 = 이, 류 = 유.
      closed[i].initial |= Bit(kN);
      if (s.vowel & kIotizedVowels) closed[i].initial |= Bit(kNg);
    } else if ((s.initial & Bit(kR)) && (s.vowel & kIotizedVowels)) {
      // Inside a word too, 렬 and 률 are written 열 and 율 after a vowel (비율), and a given
      // name's first syllable follows the law: 강량욱 is Kang Yang-wook, 김정렬 Kim Jung-yul.
      closed[i].initial |= Bit(kN) | Bit(kNg);
    }
  }
  if (exact) key.AddWrittenReading({closed.data(), closed.size()});
  for (size_t i = 1; i < reading.size(); ++i) {
    if (!reading[i].linked) continue;
    const Spelt spelt = exact                    ? Spelt::kHangul
                        : reading[i].word_start ? Spelt::kLatinApart
                                                : Spelt::kLatinRunTogether;
    SaidPairs said = SayBoundary(reading[i - 1].jamo.final, reading[i].jamo.initial, spelt);
    if (said.finals == 0) continue;  // nothing a Latin spelling says: keep it as written
    closed[i - 1].final = said.finals;
    // Keeps the bits the initial-sound law added.
    closed[i].initial = (closed[i].initial & ~reading[i].jamo.initial) | said.initials;
  }
  key.AddReading({closed.data(), closed.size()});
}

}  // namespace korean_internal

std::optional<KoreanKey> KeyFromHangul(std::string_view utf8) {
  boost::container::small_vector<PendingSyllable, 8> reading;
  bool word_start = true;
  for (size_t pos = 0; pos < utf8.size();) {
    kj::Decoded d = kj::DecodeUtf8(utf8, pos);
    pos += d.length;
    if (kj::IsHangulSyllable(d.code_point)) {
      kj::Jamo j = kj::Decompose(d.code_point);
      PendingSyllable p;
      p.jamo = {Bit(j.initial), Bit(j.vowel), Bit(j.final)};
      p.word_start = word_start;
      p.linked = !reading.empty();  // across spaces too, as for Latin spellings
      reading.push_back(p);
      word_start = false;
    } else if (kj::IsWordSeparator(d.code_point)) {
      word_start = true;
    } else {
      return std::nullopt;
    }
  }
  if (reading.empty() || reading.size() > KoreanKey::kMaxSyllables) return std::nullopt;
  KoreanKey key;
  korean_internal::CloseAndAdd({reading.data(), reading.size()}, key, true);
  return key;
}

namespace {

bool AnyCompatible(const KoreanReadings& a, const KoreanReadings& b) {
  for (size_t i = 0; i < a.size(); ++i) {
    auto ra = a[i];
    for (size_t j = 0; j < b.size(); ++j) {
      auto rb = b[j];
      if (ra.size() != rb.size()) continue;
      bool all = true;
      for (size_t k = 0; k < ra.size() && all; ++k) all = SyllablesCompatible(ra[k], rb[k]);
      if (all) return true;
    }
  }
  return false;
}

}  // namespace

bool KeysCompatible(const KoreanKey& a, const KoreanKey& b) {
  if (a.exact() && b.exact()) return AnyCompatible(a.written(), b.written());
  return AnyCompatible(a.surface(), b.surface());
}

namespace {

// Calls visit(reading, k) with each reading of `a` followed by each of `b` (up to a key's
// syllables), k the first syllable of b's.
template <typename Visit>
void ForEachJoined(const KoreanReadings& a, const KoreanReadings& b, Visit visit) {
  boost::container::small_vector<KoreanSyllable, 16> reading;
  for (size_t i = 0; i < a.size(); ++i)
    for (size_t j = 0; j < b.size(); ++j) {
      if (a[i].size() + b[j].size() > KoreanKey::kMaxSyllables) continue;
      reading.assign(a[i].begin(), a[i].end());
      reading.insert(reading.end(), b[j].begin(), b[j].end());
      visit(std::span<KoreanSyllable>(reading.data(), reading.size()), a[i].size());
    }
}

}  // namespace

KoreanKey JoinKoreanKeys(const KoreanKey& left, const KoreanKey& right) {
  KoreanKey out;
  ForEachJoined(left.surface(), right.surface(), [&](std::span<KoreanSyllable> r, size_t k) {
    SaidPairs said = SayBoundary(r[k - 1].final, r[k].initial, Spelt::kLatinApart);
    if (said.finals != 0) r[k - 1].final = said.finals, r[k].initial = said.initials;
    out.AddReading(r);
  });
  if (left.exact() && right.exact())
    ForEachJoined(left.written(), right.written(),
                  [&](std::span<KoreanSyllable> r, size_t) { out.AddWrittenReading(r); });
  return out;
}

// Serialized form: readings separated by '|', syllables by '.', each syllable the three masks
// in hexadecimal separated by ','; for an exact key, '!' and its written readings follow.
// Printable, so it can be shown and stored as text.
namespace {

void AppendReadings(std::string& out, const KoreanReadings& readings) {
  static constexpr char kHex[] = "0123456789abcdef";
  auto hex = [&out](uint32_t v) {
    int digits = v == 0 ? 1 : (std::bit_width(v) + 3) / 4;
    for (int d = digits - 1; d >= 0; --d) out += kHex[(v >> (4 * d)) & 0xF];
  };
  for (size_t r = 0; r < readings.size(); ++r) {
    if (r) out += '|';
    auto reading = readings[r];
    for (size_t i = 0; i < reading.size(); ++i) {
      if (i) out += '.';
      hex(reading[i].initial);
      out += ',';
      hex(reading[i].vowel);
      out += ',';
      hex(reading[i].final);
    }
  }
}

// Parses the readings of one part of a serialized key, handing each to `add`.
template <typename Add>
bool ParseReadings(std::string_view text, Add add) {
  boost::container::small_vector<KoreanSyllable, 8> reading;
  uint32_t fields[3] = {0, 0, 0};
  int field = 0;
  int digits = 0;
  auto end_syllable = [&]() {
    if (field != 2 || digits == 0) return false;
    reading.push_back({fields[0], fields[1], fields[2]});
    fields[0] = fields[1] = fields[2] = 0;
    field = digits = 0;
    return true;
  };
  for (char c : text) {
    if (c == ',') {
      if (digits == 0 || ++field > 2) return false;
      digits = 0;
      continue;
    }
    if (c == '.' || c == '|') {
      if (!end_syllable()) return false;
      if (c == '|') {
        add(std::span<const KoreanSyllable>(reading.data(), reading.size()));
        reading.clear();
      }
      continue;
    }
    int value = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
    if (value < 0 || ++digits > 8) return false;
    fields[field] = fields[field] << 4 | static_cast<uint32_t>(value);
  }
  if (!end_syllable()) return false;
  add(std::span<const KoreanSyllable>(reading.data(), reading.size()));
  return true;
}

}  // namespace

std::string SerializeKoreanKey(const KoreanKey& key) {
  std::string out;
  AppendReadings(out, key.surface());
  if (key.exact()) {
    out += '!';
    AppendReadings(out, key.written());
  }
  return out;
}

std::optional<KoreanKey> ParseKoreanKey(std::string_view bytes) {
  KoreanKey key;
  size_t bang = bytes.find('!');
  bool ok = ParseReadings(bytes.substr(0, bang),
                          [&key](std::span<const KoreanSyllable> r) { key.AddReading(r); });
  if (ok && bang != std::string_view::npos) {
    ok = ParseReadings(bytes.substr(bang + 1),
                       [&key](std::span<const KoreanSyllable> r) { key.AddWrittenReading(r); });
  }
  if (!ok || key.ReadingCount() == 0) return std::nullopt;
  return key;
}

bool KoreanKeysCompatible(std::string_view a_bytes, std::string_view b_bytes) {
  if (a_bytes == b_bytes) return !a_bytes.empty() && ParseKoreanKey(a_bytes).has_value();
  auto a = ParseKoreanKey(a_bytes);
  auto b = ParseKoreanKey(b_bytes);
  return a && b && KeysCompatible(*a, *b);
}

namespace {

// Hangul compatibility jamo (U+3131...) of each initial and final, for display.
constexpr char16_t kInitialJamo[] = u"ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ";
constexpr char16_t kFinalJamo[] = u"-ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ";

}  // namespace

std::string DescribeKoreanKey(const KoreanKey& key) {
  std::string out;
  for (size_t r = 0; r < key.ReadingCount(); ++r) {
    if (r) out += " | ";
    auto reading = key.Reading(r);
    for (size_t i = 0; i < reading.size(); ++i) {
      if (i) out += ' ';
      const KoreanSyllable& s = reading[i];
      int combos = std::popcount(s.initial) * std::popcount(s.vowel) * std::popcount(s.final);
      if (combos <= 3) {  // list the syllables themselves
        bool first = true;
        for (uint32_t l = s.initial; l; l &= l - 1) {
          for (uint32_t v = s.vowel; v; v &= v - 1) {
            for (uint32_t t = s.final; t; t &= t - 1) {
              if (!first) out += '/';
              first = false;
              kj::AppendUtf8(out, kj::Compose({static_cast<uint8_t>(std::countr_zero(l)),
                                               static_cast<uint8_t>(std::countr_zero(v)),
                                               static_cast<uint8_t>(std::countr_zero(t))}));
            }
          }
        }
        continue;
      }
      auto set = [&out](uint32_t mask, auto jamo_of) {
        bool many = std::popcount(mask) > 1;
        if (many) out += '[';
        for (; mask; mask &= mask - 1) kj::AppendUtf8(out, jamo_of(std::countr_zero(mask)));
        if (many) out += ']';
      };
      set(s.initial, [](int i) { return char32_t{kInitialJamo[i]}; });
      set(s.vowel, [](int i) { return char32_t(0x314F + i); });
      set(s.final, [](int i) { return char32_t{kFinalJamo[i]}; });
    }
  }
  return out;
}

}  // namespace embargo
