// Names prepared for scoring: each token copied, hashed and packed with what comparing it
// needs, and the names of a list stored side by side, so that scoring hundreds of candidates
// does no lookups, no allocation and few cache misses. Written once, then read from many
// threads.
#pragma once

#include <array>
#include <cstdint>
#include <deque>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "embargo/normalizer.h"
#include "match/token_weights.h"
#include "model/huge_pages.h"
#include "text/korean.h"
#include "text/string_hash.h"

namespace embargo::match {

// popcount(bits) <= n for the small n of edit budgets, clearing one bit at a time: without
// -mpopcnt, std::popcount is a library call, and this test runs for most pairs of tokens.
inline bool AtMostBits(uint32_t bits, int n) {
  for (int i = 0; i < n && bits != 0; ++i) bits &= bits - 1;
  return bits == 0;
}

// The first and the last letters of some tokens or runs of tokens, a bit per letter: a joined
// pair must share one of them (AlignTokens tries no other).
struct EdgeLetters {
  uint32_t first = 0, last = 0;
  void Add(char a, char b) { first |= Bit(a), last |= Bit(b); }
  bool Meet(const EdgeLetters& o) const { return (first & o.first) || (last & o.last); }
  static uint32_t Bit(char c) { return c >= 'a' && c <= 'z' ? 1u << (c - 'a') : 1u << 31; }
};

// 32 bits of index::HashKey, never 0 (none), or 0 for an empty text: how a PreparedToken keeps
// its canonical id and phonetic key.
uint32_t ShortHash(std::string_view s);

// The generic word "company" (co, cie, hoesa, gongsi...) names a body corporate as a legal form
// does, and is compared as one: a legal form of this id meets any other (KOREA UNGUM COMPANY is
// KOREA UNGUM CORPORATION, FARATECH COMPANY is FARATECH).
inline const uint32_t kCompanyId = ShortHash("company");

// A token with what comparing it needs, copied and hashed so that most comparisons, which
// find two different tokens, read neither token: a query meets hundreds of candidates spread
// over memory, and cache misses, not arithmetic, would bound its speed.
struct PreparedToken {
  const Token* token = nullptr;  // into the NormalizedName it was prepared from
  const char* text = nullptr;    // token->text, copied beside the other tokens' by the pool
  uint64_t text_hash = 0;
  uint32_t canonical_hash = 0;  // 0 when the token has no canonical id
  uint32_t phonetic_hash = 0;   // 0 when it has no phonetic key
  uint64_t korean_hash = 0;     // of a Latin token's serialized Korean key; 0 when none
  uint64_t run_lengths = 0;     // bit n: a run of 2..3 adjacent tokens with it is n bytes long
  const KoreanKey* korean = nullptr;  // owned by the pool, shared by equal keys
  // A Latin name part read as pinyin, as Korean writes it (KeyFromPinyin): only in a pool told
  // to (PreparedPool::KeyPinyinWords). Owned by the pool.
  const KoreanKey* chinese = nullptr;
  // The same word as the name's other forms spell it, where they read it from Arabic,
  // Cyrillic, Greek or Hangul letters as the same number of tokens: CompareTokens takes the
  // best of them. A reader guesses each word's vowels on its own, so the best reading of a
  // name may take each word from a different form. Owned by the pool.
  const PreparedToken* spellings = nullptr;
  // Sounds any reading may begin and end with: two keys whose edges share none are not
  // compatible, which settles most pairs without reading the keys.
  std::array<uint32_t, 4> korean_edges{};
  float weight = 0;
  uint32_t letters = 0;         // bit per letter present (digits share the upper bits)
  uint32_t korean_lengths = 0;  // bit n: a reading of n syllables, as KeysCompatible compares
  // Hashes, 0 for none, of the text with the letters Arabic writes alike made one
  // (FoldArabicLetters: Latin and Arabic tokens of kArabicFoldMin letters or more) and of its
  // consonants as Chinese transcription keeps them (HanConsonants: Latin and Han tokens of
  // kHanConsonantsMinLength letters, kHanConsonantsMin consonants or more). Equal hashes are
  // checked against the texts.
  uint32_t arabic_fold_hash = 0;
  uint32_t han_consonants_hash = 0;
  EdgeLetters run_edges;     // of the runs in run_lengths
  uint16_t length = 0;       // of text
  uint16_t variant = 0;      // NameVariantGroup of a name part, 0 for none
  char first = 0, last = 0;  // letters of text, for joins (which must share one)
  TokenKind kind = TokenKind::kNamePart;
  uint8_t spelling_count = 0;
  Script script = Script::kUnknown;  // token->script, beside the rest
  // From a form that reads a foreign name back (a loanword, a learned spelling): against a
  // Latin spelling it is compared as spelt, not by its Korean key (Hitler is no 힡레르).
  bool foreign_reading = false;
  uint8_t arabic_fold_length = 0;  // of the folded text, with arabic_fold_hash
  // A patronymic's stem, the father's name (SplitPatronymic): its length, bit 7 set for a
  // daughter's; 0 for a word that is none.
  uint8_t patronymic = 0;

  // Read from Hangul or Han: its Korean key decides (but see foreign_reading).
  bool KoreanScript() const { return script == Script::kHangul || script == Script::kHan; }
  std::string_view Text() const { return {text, length}; }
  std::span<const PreparedToken> Spellings() const { return {spellings, spelling_count}; }
};

// Two cache lines: a candidate's tokens are read one after another.
static_assert(sizeof(PreparedToken) == 128);

struct PreparedForm {
  std::span<const PreparedToken> tokens;  // titles and connectors left out
  // From text in parentheses, mostly acronyms ("SHIG", "KOMID"): they have no spelling
  // variants, so their tokens match only when equal.
  bool exact_only = false;
  // Every token is the token of an earlier form of the name, or one of the spellings that
  // form tries one for one and in joins: scoring this one too would add nothing (but for the
  // letters of the whole name, LettersApart).
  bool covered = false;
  uint64_t token_lengths = 0;  // bit n: a token is n bytes long (63: longer)
  uint64_t token_texts = 0;    // bit text_hash % 64 of each token: which texts it may share
  uint64_t run_lengths = 0;    // bit n: a run of 2..3 adjacent tokens is n bytes long
  EdgeLetters token_edges, run_edges;
  uint32_t letters = 0;        // of all its tokens
  uint32_t joined_length = 0;  // bytes of all its tokens
  bool korean_script = false;  // a token read from Hangul or Han
  bool generation = false;     // a token is a generation (Jr, III: TokenKind::kGeneration)
  bool patronymic = false;     // a token is a patronymic (PreparedToken::patronymic)
  // The first token after a comma ("SMITH, John"): where the name begins read in its natural
  // order, John Smith; 0 when no comma puts the family name first.
  uint8_t given_at = 0;

  // The texts of the tokens written together: the pool stores them one after another.
  std::string_view Joined() const {
    return tokens.empty() ? std::string_view() : std::string_view(tokens[0].text, joined_length);
  }
};

// How far apart the letters of two forms are, each written as one word:
//   0  the same letters in the same order, only spaced or split differently ("ALT-IKRITI" for
//      AL-TIKRITI, "EPCPD" for EP-CPD): one name whose spaces moved;
//   1  one edit apart in a name of kNearLettersMin letters or more: a typo that fell on a word
//      too short to allow one ("Ae-TIKRITI", "HARAKAT-LU JIHAD");
//   2  anything else, and always for forms read from Hangul or Han, where Korean keys tell
//      apart syllables that romanize alike (김정은, 김종은).
inline constexpr uint32_t kNearLettersMin = 15;
int LettersApart(const PreparedForm& a, const PreparedForm& b);

// False when LettersApart(a, b) is 2 for lengths or letter sets alone: most pairs of forms.
inline bool MayBeLettersApart(const PreparedForm& a, const PreparedForm& b) {
  const uint32_t la = a.joined_length, lb = b.joined_length;
  return (la > lb ? la - lb : lb - la) <= 1 && AtMostBits(a.letters ^ b.letters, 2) &&
         !a.korean_script && !b.korean_script;
}

// A view of one name's prepared forms, in a PreparedPool.
struct PreparedName {
  std::span<const PreparedForm> forms;
};

// Prepared names side by side: the forms of consecutive names, and the tokens of consecutive
// forms, are adjacent in memory, so scoring a candidate reads a few cache lines.
// REQUIRES: the NormalizedNames outlive the pool and are not moved. Names are read only after
// Seal(); moving the pool keeps them valid, copying is not allowed.
class PreparedPool {
 public:
  PreparedPool() = default;
  PreparedPool(PreparedPool&&) = default;
  PreparedPool& operator=(PreparedPool&&) = default;

  // Appends the name, its tokens weighed by `weights`; its id is the number of names before it.
  void Add(const NormalizedName& name, const TokenWeights& weights);
  // Points the views at the stored tokens; call once all names are added.
  void Seal();
  // Forgets every name, keeping the memory and the parsed Korean keys for the next ones.
  void Clear();
  // Korean keys `known` has parsed are read from it rather than parsed again: a query's pool
  // looks in the lists' pool, which holds the keys of every listed name. `known` must outlive
  // the names added until the next Clear(), which forgets it.
  void ReadKeysFrom(const PreparedPool* known) { known_keys_ = known; }
  // Whether Latin words get the hashes that meet readings of Arabic letters or Chinese
  // characters (PreparedToken::arabic_fold_hash, han_consonants_hash): yes unless told that
  // no name of the pool meets such a reading.
  void FoldLatinWords(bool fold) { fold_latin_ = fold; }
  // Whether Latin words get the Korean key of their pinyin reading (PreparedToken::chinese):
  // no unless told that a name of the pool is written in Hangul.
  void KeyPinyinWords(bool key) { pinyin_keys_ = key; }
  // The key a Latin word of the pool's names was given as pinyin, or nullptr (not pinyin, or
  // not given). Only reads: safe from many threads.
  const KoreanKey* PinyinKeyOf(std::string_view text) const {
    auto it = pinyin_index_.find(text);
    return it == pinyin_index_.end() ? nullptr : it->second;
  }
  size_t size() const { return name_forms_.empty() ? 0 : name_forms_.size() - 1; }
  // Brings a name into the cache ahead of scoring it, in three steps: each reads what the one
  // before fetched, so call them for a candidate a few places apart.
  void PrefetchIndex(uint32_t name) const { __builtin_prefetch(&name_forms_[name]); }
  void PrefetchForms(uint32_t name) const { __builtin_prefetch(&forms_[name_forms_[name]]); }
  void PrefetchTokens(uint32_t name) const {
    uint32_t first = name_forms_[name], last = name_forms_[name + 1];
    if (first == last) return;
    const char* begin = reinterpret_cast<const char*>(forms_[first].tokens.data());
    const char* end = reinterpret_cast<const char*>(forms_[last - 1].tokens.data() +
                                                    forms_[last - 1].tokens.size());
    for (const char* p = begin; p < end && p < begin + 1024; p += 64) __builtin_prefetch(p);
    __builtin_prefetch(forms_[first].tokens.front().text);
  }
  PreparedName operator[](uint32_t name) const {
    return {std::span<const PreparedForm>(forms_).subspan(
        name_forms_[name], name_forms_[name + 1] - name_forms_[name])};
  }

 private:
  // What a token takes from the form that reads it.
  struct FormReading {
    bool foreign_reading = false;        // as PreparedToken says
    bool transcribed_consonants = true;  // KeepsTranscribedConsonants
  };
  // Appends the token, prepared, to `into`.
  PreparedToken& Prepare(HugeVector<PreparedToken>& into, const Token& t,
                         const TokenWeights& weights, FormReading reading);
  // Appends the token's text to text_, and where it starts to `starts`.
  void CopyText(const PreparedToken& token, std::vector<uint32_t>& starts);
  // Gives the tokens of the forms [first_form, end) of one name their other spellings: the
  // first form of each shape (SameWords) those of the later ones, which it then covers.
  static constexpr size_t kMaxSpellings = 8;
  void AddSpellings(size_t first_form, std::span<const FormReading> readings,
                    const TokenWeights& weights);
  void AddSpellingMasks(size_t form);
  void MarkCovered(size_t form);
  // The tokens of a form of the name being added: [first, first + count).
  std::pair<size_t, size_t> TokensOf(size_t form) const;
  // Whether token k of one form spells the same part of the same word as token k of the other.
  bool SameWords(size_t f, size_t g) const;
  // The spellings AddSpellings gave a token, before Seal() points the token at them.
  std::span<const PreparedToken> SpellingsAdded(size_t token) const;

  HugeVector<PreparedToken> tokens_;
  HugeVector<PreparedForm> forms_;
  std::vector<uint32_t> form_first_token_;  // per form, until Seal() sets its span
  HugeVector<char> text_;                   // the tokens' texts, one after another
  HugeVector<PreparedToken> spellings_;
  std::vector<uint32_t> spelling_text_;    // per spelling, where its text starts
  std::vector<uint32_t> token_spellings_;  // per token, its first spelling until Seal()
  // Korean keys parsed once per distinct key: "kim" recurs in thousands of names.
  const KoreanKey* InternKey(std::string_view serialized);
  using KeyIndex =
      std::unordered_map<std::string, const KoreanKey*, text::StringHash, std::equal_to<>>;
  // The key `index` holds for `text` (nullptr: none), made the first time from it by `make`.
  const KoreanKey* Keep(KeyIndex& index, std::string_view text,
                        std::optional<KoreanKey> (*make)(std::string_view));
  static constexpr size_t kMaxKeptKeys = 4096;
  std::deque<KoreanKey> keys_;
  KeyIndex key_index_;
  const PreparedPool* known_keys_ = nullptr;
  bool fold_latin_ = true;
  // The keys of Latin words read as pinyin, by text (nullptr: not pinyin), in keys_.
  const KoreanKey* PinyinKey(std::string_view text);
  KeyIndex pinyin_index_;
  bool pinyin_keys_ = false;
  std::vector<uint32_t> token_text_;     // per token, where its text starts in text_
  std::vector<uint32_t> name_forms_{0};  // name i's forms are [name_forms_[i], [i + 1])
};

}  // namespace embargo::match
