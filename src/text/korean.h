// Korean names: romanization of Hangul (McCune-Reischauer as the DPRK and the UN write it,
// South Korea's Revised Romanization, and the spellings South Koreans use for their names),
// surname splitting, and Korean romanization keys.
//
// A KoreanKey says which Korean syllables a written word may stand for. From Hangul each
// syllable is known exactly; from a Latin spelling each syllable holds every jamo the spelling
// can stand for ("chong" may be 정 or 종, "jeong" only 정, "chŏng" only 정). Two keys are
// compatible when some reading of one equals some reading of the other syllable by syllable,
// whatever the spacing ("myongchol" = "myong chol" = "Myong-Chol"). Both sides also carry the
// surface forms that regular sound changes give a syllable next to its neighbour (압록 is
// written "amnok" and "amrok"; 리 is also 이, 로 also 노 at the start of a word), so spellings
// made from pronunciation and from the letters meet.
//
// Thread-safety: every function is pure over immutable tables; call from any thread.
#pragma once

#include <boost/container/small_vector.hpp>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace embargo {

// --- Hangul romanization ---------------------------------------------------------------

enum class KoreanSystem : uint8_t {
  kDprk,     // McCune-Reischauer as the DPRK and the UN lists write it: "kim jong un", "ri"
  kMr,       // McCune-Reischauer without breves or apostrophes: "kim chong un", "i"/"ri"
  kRevised,  // South Korea's Revised Romanization (2000): "gim jeong eun"
  kPopular,  // the spellings South Koreans give their own names: "kim jung eun", "lee kyung hee"
};

// One rendering of a Hangul word (lowercase ASCII). `joined`: syllables written together,
// with the sound changes of connected speech in MR and Revised ("amnokkang", "amnokgang") and
// letter by letter in the DPRK and popular forms ("amrokgang"); otherwise one Latin word per
// syllable ("am rok kang"). Characters that are not Hangul syllables are dropped.
std::string RomanizeHangulAs(std::string_view utf8_word, KoreanSystem system, bool joined);

enum class KoreanSpacing : uint8_t {
  kSyllables,        // "man kon", "se pong": each syllable as if it began a word
  kVoicedSyllables,  // "man gon", "se bong": one word per syllable, voiced as in the whole name
  kJoined,           // "mangon", "sebong", with the sound changes of connected speech
};
std::string RomanizeHangulAs(std::string_view utf8_word, KoreanSystem system,
                             KoreanSpacing spacing);

// The Latin renderings of one Hangul word, most usual first, at most kMaxRomanizations:
// DPRK/UN, popular, Revised and MR, per syllable and joined ("jong un", "jongun", "jung eun",
// "jeongeun", ...). A
// known surname on its own gives its common spellings instead (김: "kim", "gim"; 리/이: "ri",
// "li", "yi", "lee", "rhee", "i"; 박: "pak", "park", "bak"; ...). Empty when the word holds no
// Hangul syllable.
inline constexpr size_t kMaxRomanizations = 8;
std::vector<std::string> RomanizeHangul(std::string_view utf8_token);

// The common Latin spellings of a Korean surname written in Hangul (one or two syllables),
// most usual first; empty when the surname is not known.
std::vector<std::string> KoreanSurnameSpellings(std::string_view hangul_surname);

// A Hangul personal name split into family name and given name.
struct KoreanNameParts {
  std::string family;         // one or two syllables: "김", "남궁"
  std::string given;          // the rest, spaces removed: "정은"; may be empty
  bool family_known = false;  // `family` is in the table of Korean surnames
};

// Splits "김정은", "김 정은", "남궁민", "황보 영철". A space, when present, marks the split.
// Otherwise the family name is the first syllable, or the first two when they form a known
// two-syllable surname (남궁, 황보, 제갈, 선우, 독고, 사공, 서문, ...) and a given name remains.
// nullopt when the name does not consist of Hangul syllables and spaces.
std::optional<KoreanNameParts> SplitKoreanName(std::string_view hangul_full_name);

// Full-name renderings of a Hangul personal name, family name first, at most
// kMaxRomanizations: "kim jong un", "kim jongun", "kim jung eun", "gim jeongeun", ...
std::vector<std::string> RomanizeKoreanName(std::string_view hangul_full_name);

// --- Korean romanization keys ----------------------------------------------------------

// The jamo one written syllable may stand for, as bit sets. Bit i of `initial` is initial
// consonant i in Unicode order (ㄱ=0 ... ㅇ=11 ... ㅎ=18); of `vowel`, vowel i (ㅏ=0 ... ㅣ=20);
// of `final`, final i (0 = none, ㄱ=1 ... ㅎ=27): the order of U+AC00 syllable composition.
struct KoreanSyllable {
  uint32_t initial = 0;
  uint32_t vowel = 0;
  uint32_t final = 0;
  bool operator==(const KoreanSyllable&) const = default;
};

// True when the two syllables share a reading (every part intersects).
inline bool SyllablesCompatible(const KoreanSyllable& a, const KoreanSyllable& b) {
  return (a.initial & b.initial) && (a.vowel & b.vowel) && (a.final & b.final);
}

// Syllable sequences, stored flat: sequence i is syllables [ends[i-1], ends[i]).
class KoreanReadings {
 public:
  size_t size() const { return ends_.size(); }
  bool empty() const { return ends_.empty(); }
  std::span<const KoreanSyllable> operator[](size_t i) const {
    size_t begin = i == 0 ? 0 : ends_[i - 1];
    return {syllables_.data() + begin, ends_[i] - begin};
  }
  // Appends a sequence unless it repeats one already held or `limit` are held.
  void Add(std::span<const KoreanSyllable> reading, size_t limit);
  bool operator==(const KoreanReadings&) const = default;

 private:
  boost::container::small_vector<KoreanSyllable, 6> syllables_;
  boost::container::small_vector<uint8_t, 2> ends_;
};

// Every reading of a word or a name: one or more syllable sequences (several when a Latin
// spelling splits into syllables in more than one way: "hanam" = ha-nam or han-am). Each
// syllable also admits the surface forms of the sound changes around it. A key spelled exactly
// (from Hangul or Hanja) also keeps its written syllables, and two such keys are compared on
// those alone: 최석민 and 최성민 are different names, though both are said [최성민].
class KoreanKey {
 public:
  static constexpr size_t kMaxReadings = 16;
  static constexpr size_t kMaxSyllables = 24;

  const KoreanReadings& surface() const { return surface_; }
  size_t ReadingCount() const { return surface_.size(); }
  std::span<const KoreanSyllable> Reading(size_t i) const { return surface_[i]; }
  // Appends a reading (ignored when it repeats one already held, or when full).
  void AddReading(std::span<const KoreanSyllable> reading) { surface_.Add(reading, kMaxReadings); }

  // The written syllables of an exactly spelled key (only the initial-sound law applied: 리 is
  // also 이); empty for a key from Latin.
  bool exact() const { return !written_.empty(); }
  const KoreanReadings& written() const { return written_; }
  void AddWrittenReading(std::span<const KoreanSyllable> reading) {
    written_.Add(reading, kMaxReadings);
  }
  // Adds the readings of `other` (both its surface and written ones).
  void Merge(const KoreanKey& other);

  bool operator==(const KoreanKey&) const = default;

 private:
  KoreanReadings surface_;
  KoreanReadings written_;
};

// The key of Hangul text: syllables, with spaces, hyphens and middle dots as word breaks.
// nullopt when it holds no Hangul syllable or a letter that is not one.
std::optional<KoreanKey> KeyFromHangul(std::string_view utf8);

// The key of a Latin spelling of Korean syllables: MR with or without breves and apostrophes
// ("ch'ŏng", "cho'ng", "chong"), Revised ("jeong"), the DPRK's ("thae", "phyong"), and ad hoc
// spellings ("choi", "lee", "park", "yoon"); upper or lower case; spaces, hyphens and
// apostrophes as syllable breaks. nullopt when the text cannot be read as Korean syllables
// ("trading", "bank") or is too long (over kMaxSyllables syllables).
std::optional<KoreanKey> KeyFromLatin(std::string_view utf8);

// True iff some reading of `a` equals some reading of `b` syllable by syllable; written
// readings when both keys are exact, surface readings otherwise.
bool KeysCompatible(const KoreanKey& a, const KoreanKey& b);

// The key of two words said one after the other: each reading of `left` followed by each of
// `right`, with the sound changes where they meet (김 + 용 is said 기묭, as 김용 is).
KoreanKey JoinKoreanKeys(const KoreanKey& left, const KoreanKey& right);

// Lossy strings for an index: any two compatible keys share at least one coarse key. Each is
// the consonant class of the first syllable, the vowel class of every syllable, and the final
// class of the last syllable, in printable ASCII.
std::vector<std::string> CoarseKeys(const KoreanKey& key);

// A readable rendering for debugging: each syllable as its Hangul candidates ("정/종") or as
// jamo sets ("[ㅈㅊ][ㅓㅗ]ㅇ"), readings separated by " | ".
std::string DescribeKoreanKey(const KoreanKey& key);

// A printable string of a key (for NormalizedName tokens), and back.
std::string SerializeKoreanKey(const KoreanKey& key);
std::optional<KoreanKey> ParseKoreanKey(std::string_view bytes);
// KoreanKeysCompatible() over serialized keys is declared with Token in embargo/normalizer.h.

}  // namespace embargo
