// Learned transliteration of foreign names written in Hangul, Han, Arabic or Cyrillic letters back
// into Latin letters ("워싱턴" -> "washington", "弗罗伊泽" -> "froese", "نوردستراند" ->
// "nordstrand", "Ширани" -> "shirani").
//
// The model is statistical and trained offline (tools/learned_translit_train.cc) from
// name pairs: each source unit (a Hangul syllable split from its final consonant, a Han
// character, an Arabic or Cyrillic letter) maps to a Latin chunk of 0..5 letters with a cost
// that depends on the neighbouring units, and a letter n-gram model of Latin names chooses
// between the alternatives. Decoding is a beam search over fixed-size arrays. The tables are
// compiled into the library (data/transliteration/*.tsv, turned into C++ by src/text/learned_gen).
// The Latin model of Hangul and Han also learns from the Latin words of the other sets.
//
// Han reads a character never seen in training as the commonest one seen that Mandarin reads
// alike (坡 as the commonest "po"), and a rare character's chunks lean on its homophones':
// Chinese writes a foreign name with characters chosen for their sound.
//
// Hangul reranks the beam's spellings with a joint model (learned_joint.cc): a trigram model
// of (unit, chunk) tokens, in which the chunk a syllable writes depends on the chunks written
// before it, not only on the neighbouring syllables. Held-out Hangul 0.762 -> 0.769 with it;
// for Han it gained too little in cross-validation to pay for its size and time.
//
// A lexicon of Latin name words (learned_lexicon.cc) corrects near misses: the model spells
// 캐리 "cari" and 재클린 "jaclin", while names write Carrie, Cary or Jacqueline. The words that
// share the consonant classes of the best spellings are aligned to the units with the chunk
// costs (a forced alignment, where a chunk may double a consonant: "rr" for "r"), and the
// cheapest one within a margin of the best free spelling becomes the last spelling, even when
// it is one of the others: a full name is read column by column ("learned4" of every word),
// and this column then holds real name words throughout. Only Hangul uses it: held-out
// Hangul 0.748 -> 0.758; no gain for the token sets, whose held-out words it never holds.
// Thread-safe: read-only after construction.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "text/reading.h"

namespace embargo::text {

enum class LearnedScript { kHangul, kHan, kArabic, kCyrillic };

// Context values of a chunk row: the edge of the word, or any unit.
inline constexpr char32_t kLearnedEdge = 0;
inline constexpr char32_t kLearnedAny = 0x110000;

// One alternative of a unit in a context: `left` and `right` are the neighbouring units
// (kLearnedEdge at the word's edges, kLearnedAny for every unit).
struct LearnedChunkRow {
  char32_t left;
  char32_t unit;
  char32_t right;
  std::string_view chunk;  // lower-case ASCII letters, possibly empty
  float cost;              // -ln P(chunk | context)
};

// One character n-gram of the Latin model (up to 4 characters; '^' pads the start of a
// word and '$' ends it): the cost of its last character after the others, and the back-off
// cost of the n-gram as a history.
struct LearnedNgramRow {
  std::string_view ngram;
  float cost;
  float backoff;
};

// One n-gram of the joint model: tokens "unit:chunk" separated by spaces ("로:ro 비:bi"; an
// empty chunk is "로:"), "^" the start of the word and "$" its end. The cost of the last token
// after the others, and the back-off cost of the n-gram as a history.
struct LearnedGraphoneRow {
  std::string_view gram;
  float cost;
  float backoff;
};

// A character read as another: Han traditional characters as their simplified forms, which
// the model learned from both (爾 as 尔).
struct LearnedAlias {
  char32_t from;
  char32_t to;
};

struct LearnedParams {
  float lm_weight = 0.5f;     // weight of the Latin model against the chunk costs
  float letter_bonus = 0.0f;  // subtracted per output letter (balances the model's bias)
  bool split_finals = false;  // Hangul: a syllable's final consonant is a unit of its own
  int lm_order = 4;           // 2..4: n of the Latin letter n-gram model
  // A lexicon word is offered when its cost is within `lexicon_margin` of the best free
  // spelling (negative: never); a unit that writes none of its chunks in it costs
  // `lexicon_miss`.
  float lexicon_margin = -1.0f;
  float lexicon_miss = 6.0f;
  float lexicon_double = 1.0f;  // a consonant of a chunk written twice ("rr" for "r")
  // The weight of the joint model's cost (learned_joint.cc) when ranking the spellings;
  // 0: not used.
  float joint_weight = 0.0f;
};

struct LearnedModelData {
  std::span<const LearnedChunkRow> chunks;
  std::span<const LearnedNgramRow> ngrams;
  LearnedParams params;
  std::span<const LearnedAlias> aliases;
  std::span<const std::string_view> lexicon;           // Latin name words, lower-case ASCII
  std::span<const LearnedGraphoneRow> graphones = {};  // the joint model, if any
};

// The model compiled into the library for `script`.
LearnedModelData CompiledLearnedModel(LearnedScript script);

// The units the model reads in a word: code points without Arabic vowel marks and tatweel,
// spaces dropped, Hangul syllables split from their final consonant (as a trailing jamo)
// when `split_finals`.
std::vector<char32_t> LearnedUnits(std::string_view utf8_word, bool split_finals);

class LearnedTransliterator {
 public:
  explicit LearnedTransliterator(const LearnedModelData& data);

  // Up to `n` distinct Latin spellings of one word, best first. Empty when the word has no
  // unit, or units the model has never seen (one of three or more is left out). The last one
  // is the lexicon word the model explains best, when there is one close enough.
  std::vector<std::string> Spell(std::string_view utf8_word, size_t n) const;

  // The cost of the model writing `latin` for the word's units (free spellings and lexicon
  // words alike), or infinity when the model cannot read the word.
  float CostOf(std::string_view utf8_word, std::string_view latin) const;

  size_t unit_count() const { return units_; }

 private:
  static constexpr size_t kMaxUnits = 32;
  // One of the chunk model's spellings: its cost, its letters and each unit's candidate (by
  // its index in the unit's slot, 4 bits each).
  struct Spelling {
    float score;
    uint8_t size;
    char text[40];
    std::array<uint64_t, 2> choices;
    size_t Choice(size_t unit) const { return (choices[unit / 16] >> (4 * (unit % 16))) & 15; }
  };
  using Spellings = std::array<Spelling, 8>;
  struct Candidate {
    char text[6];
    uint8_t size;
    float cost;
    uint16_t token = 0;  // of the joint model, 0 if none
  };
  struct Slot {
    uint64_t key = 0;  // 0: empty
    uint32_t begin = 0;
    uint32_t count = 0;
  };

  struct Units {
    std::array<const Slot*, kMaxUnits> slots;
    size_t count = 0;
  };
  // A token of the joint model: a unit and the chunk it writes.
  struct JointToken {
    char32_t unit;
    char text[6];
    uint8_t size;
  };
  // An n-gram of the joint model packed in 64 bits: its token ids (1..65535, the last lowest)
  // in the top 48, then its cost and back-off cost in eighths of a nat, 8 bits each; 0: empty.
  using JointGram = uint64_t;

  char32_t Canonical(char32_t c) const;
  std::optional<Units> ReadUnits(std::string_view utf8_word) const;
  // The chunk model's best spellings, best first (one may be empty); how many.
  size_t SpellChunks(const Units& units, Spellings& out) const;
  // Ranks the chunk model's spellings by its cost and the joint model's.
  void RankJointly(const Units& units, Spellings& spellings, size_t count) const;
  // -ln P(token | the last tokens), the last token in the lowest 16 bits of `history`.
  float JointCost(uint64_t history, uint32_t token) const;
  // The joint model's token of `unit` writing `chunk`, 0 if none.
  uint32_t TokenOf(char32_t unit, std::string_view chunk) const;
  // The costs of (history, token) pairs already looked up for one word's spellings, by a hash
  // of the pair.
  struct JointMemo {
    std::array<uint64_t, 64> keys{};
    std::array<float, 64> costs;
  };
  float PathCost(const Units& units, const Spelling& spelling, JointMemo& memo) const;
  // The n-gram of `key` (token ids, the last lowest), or 0.
  JointGram FindGram(uint64_t key) const;
  void BuildJointModel(std::span<const LearnedGraphoneRow> graphones);
  float ForcedCost(const Units& units, std::string_view latin, float limit) const;
  float LatinCost(std::string_view latin) const;
  // The lexicon word of least cost near the spellings and not one of them, if within the
  // margin of `best`.
  std::string LexiconWord(const Units& units, const std::vector<std::string>& spellings,
                          float best) const;
  void BuildLexicon(std::span<const std::string_view> lexicon);
  const Slot* Find(char32_t left, char32_t unit, char32_t right) const;
  const Slot* Lookup(char32_t left, char32_t unit, char32_t right) const;
  void BuildLanguageModel(std::span<const LearnedNgramRow> ngrams);

  static constexpr float kLmScale = 8.0f;  // lm_ holds costs in eighths of a nat
  LearnedParams params_;
  std::vector<Slot> slots_;  // open addressing, a power of two
  std::vector<Candidate> candidates_;
  std::vector<LearnedAlias> aliases_;  // sorted by `from`
  Slot unknown_;                       // for a unit never seen: an empty chunk
  // Costs of the Latin model by history and symbol, 5 bits per symbol (0 the word's edge,
  // 1..26 the letters): lm_order - 1 symbols of history, then the next one.
  std::vector<uint8_t> lm_;
  uint32_t history_mask_ = 0;
  size_t units_ = 0;
  // The lexicon by a coarse consonant key (LexiconKey in learned_lexicon.cc), sorted.
  struct LexiconEntry {
    uint64_t key;
    std::string_view word;
    float latin_cost;  // LatinCost(word)
    uint32_t letters;  // bit c - 'a' for each letter c of the word
  };
  std::vector<LexiconEntry> lexicon_;
  // The joint model: an n-gram model of (unit, chunk) tokens, order joint_order_ (0: none).
  std::vector<JointToken> tokens_;     // id - 1
  std::vector<uint32_t> unit_tokens_;  // ids by unit
  std::vector<JointGram> grams_;       // open addressing, a power of two
  int joint_order_ = 0;
  uint32_t start_token_ = 0, end_token_ = 0;
};

// The transliterator of the compiled model of `script`, built on first use.
const LearnedTransliterator& CompiledLearnedTransliterator(LearnedScript script);

// How many learned spellings a word gets. Four: the model is often torn between close ones
// (kruson, cruson, crousen), and the fourth still adds 4% of the held-out Arabic pairs. A word
// that is the whole name gets eight: it has no other word to decide with, and its forms are a
// token each. (Held-out single words: Han 0.527 -> 0.575, Arabic 0.745 -> 0.786, Cyrillic
// 0.872 -> 0.897.) A name of several words keeps four, which its forms multiply.
inline constexpr size_t kLearnedSpellings = 4;
inline constexpr size_t kLearnedSpellingsAlone = 8;

// The best learned spellings of a word, as many as its place in the name (`context`) gets, as
// readings "learned", "learned2" .., one token per space-separated part, in `token_script`;
// none when the model cannot spell a part.
std::vector<WordReading> LearnedReadings(LearnedScript script, std::string_view utf8_word,
                                         Script token_script, bool joined_next,
                                         const NameContext& context);

}  // namespace embargo::text
