// The Normalizer: turns a name in any script into comparable Latin token sequences.
//
// A name ("CH'OE SO'K MIN", "김정은", "金正恩", "Ким Чен Ын", "محمد", "Co., Ltd.") becomes a
// NormalizedName: one or more `forms` (alternative Latin readings: McCune-Reischauer and Revised
// Romanization for Hangul, pinyin and Korean readings for Han, passport / BGN / ISO 9 and
// Korean readings for Cyrillic, common Latin spellings for Arabic), each a sequence of tokens
// in lower-case ASCII, classified as name part, legal form, generic word, initial, number,
// title or connector. `keys` are the strings a candidate index posts the name under: two names
// that should match share at least one key.
//
// Thread-safety: a Normalizer is immutable after construction except for internal caches that
// are guarded; every const method may be called from many threads at once. Build one and share
// it. NormalizedName and Token are plain values.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "embargo/entity.h"

namespace embargo {

// The writing system a token came from.
enum class Script : uint8_t {
  kUnknown,  // digits and symbols only
  kLatin,
  kCyrillic,
  kArabic,
  kHangul,
  kHan,
  kKana,  // Japanese Hiragana and Katakana
  kGreek,
  kHebrew,
  kArmenian,
  kGeorgian,
  kThai,
  kDevanagari,
  kOther,  // any other script, transliterated by ICU's generic rules
};

std::string_view ScriptCode(Script script);  // ISO 15924: "Latn", "Cyrl", "Hang", "Hani", ...

enum class TokenKind : uint8_t {
  kNamePart,     // carries the identity: "kim", "daedong", "putin"
  kLegalForm,    // "ltd", "llc", "gmbh", "ooo": compare by `canonical`, never as a name part
  kGenericWord,  // "trading", "bank", "shipping", "korea": little information
  kInitial,      // one letter: "j" from "J. Smith"
  kNumber,       // ASCII digits: "39" from "Office No. 39", "2" from "Second"
  kTitle,        // honorific or title before a name: "mr", "dr", "sheikh", "haji"
  kConnector,    // "and", "of", "the", "&"
  // "jr", "senior", "iii" after a person's name: compare by `canonical`, like legal forms.
  kGeneration,
};

std::string_view TokenKindName(TokenKind kind);  // "name", "legal_form", "generic", ...

enum class NameRole : uint8_t { kUnknown, kGiven, kFamily, kPatronymic };

std::string_view NameRoleName(NameRole role);  // "", "given", "family", "patronymic"

// Immutable text whose copies are cheap. A Korean key of a Hangul name (50-100 bytes) is
// copied into each of the name's dozen forms: a long text is shared, not copied. A short one
// (a Latin word's key) is held inline, so that copies made on several threads at once touch no
// shared counter.
class SharedText {
 public:
  SharedText() = default;
  SharedText(std::string text);                                    // NOLINT: like a string
  SharedText(const char* text) : SharedText(std::string(text)) {}  // NOLINT: as above

  bool empty() const { return size() == 0; }
  size_t size() const { return long_ ? long_->size() : short_size_; }
  void clear() {
    long_.reset();
    short_size_ = 0;
  }
  std::string_view view() const {
    return long_ ? std::string_view(*long_) : std::string_view(short_.data(), short_size_);
  }
  operator std::string_view() const { return view(); }  // NOLINT: reads as a string
  friend bool operator==(const SharedText& a, const SharedText& b) { return a.view() == b.view(); }

 private:
  std::shared_ptr<const std::string> long_;
  std::array<char, 23> short_{};
  uint8_t short_size_ = 0;
};

// One word of one form.
struct Token {
  std::string text;  // lower-case ASCII letters and digits only
  TokenKind kind = TokenKind::kNamePart;
  NameRole role = NameRole::kUnknown;
  Script script = Script::kLatin;  // the script of the source word
  // Which word of the input it was read from (0 for the first): the forms of a name read each
  // word in their own way, and a matcher may take each word's reading from a different form.
  uint8_t word = 0;
  // Legal forms and generic words: a language-independent id, equal for equivalent wordings
  // ("co ltd", "company limited", "有限公司" -> "company_limited"; "shpg", "shipping",
  // "해운" -> "shipping"). Empty for other kinds.
  std::string canonical;
  // The Korean romanization key when the word reads as Korean syllables (Hangul, or a Latin
  // spelling the Korean key parser accepts), serialized; empty otherwise. Compare two of them
  // with KoreanKeysCompatible(); an equal `text` is not required.
  SharedText korean_key;
  // A coarse phonetic key of `text` (vowels and near consonants merged); empty for tokens
  // that are not name parts.
  std::string phonetic;
  // True when this word and the next were written as one ("Myong-Chin" -> "myong"+"chin",
  // "金正恩" -> "jin"+"zheng"+"en"): a matcher may compare them joined.
  bool joined_next = false;
  // True when a comma follows the word in a name written in Latin letters: "SMITH, John"
  // puts the family name first, and the name reads "John Smith".
  bool comma_after = false;
  bool operator==(const Token&) const = default;
};

// How a form was produced: which reading system, for explanations.
struct NameForm {
  std::vector<Token> tokens;
  std::string system;          // "latin", "mr", "rr", "pinyin", "korean_reading", "icao", "bgn",
                               // "iso9", "english", "korean", "arabic_common", "icu", ...
  bool parenthetical = false;  // from text in parentheses only ("DCB" in "... BANK (DCB)")
  // Space-joined texts of the tokens, for display and edit distances.
  std::string Joined() const;
  // Whether the form spells a foreign name back from its script (a loanword, Japanese,
  // learned or transcribed reading) rather than romanizing a name of the script's language.
  bool ReadsAForeignNameBack() const;
  bool operator==(const NameForm&) const = default;
};

struct NormalizedName {
  std::string original;         // the input, unchanged
  std::vector<NameForm> forms;  // never empty for a name with a letter or a digit
  // Sorted, unique index keys: name-part texts, Korean coarse keys ("k:..."), phonetic keys
  // ("p:..."), the joined name ("j:..."), legal/generic canonical ids are not keys. Filled
  // only with NormalizeOptions::key_texts; an index needs only their hashes.
  std::vector<std::string> keys;
  // The same keys hashed as a candidate index posts them (FNV-1a with an avalanche, see
  // src/text/key_hash.h), sorted and unique.
  std::vector<uint64_t> key_hashes;
  Script script = Script::kUnknown;  // dominant script of the input
  bool operator==(const NormalizedName&) const = default;
};

struct NormalizeOptions {
  // Persons never carry legal forms ("Sa", "Ko" are Korean surnames); organizations and
  // vessels do. kind_known=false: legal forms only where unambiguous.
  EntityKind kind = EntityKind::kPerson;
  bool kind_known = false;
  // The name is Korean (a DPRK list entry, a Korean customer): Han is also read as Korean,
  // Cyrillic as a Russian rendering of Korean. When false, both are still tried where the
  // name looks Korean (a Korean surname first).
  bool korean_context = false;
  // Upper bound on forms per name; more readings cost index size and false candidates.
  size_t max_forms = 12;
  // Also read a Latin name as German, Polish, Dutch or French spelling writes foreign names
  // (Wladimirowitsch, Poetin: text/latin_respell.h), in a form of its own. For the names a
  // customer writes; the lists write such names the English way.
  bool respell_latin = false;
  // Build the index keys (key_hashes). Comparing two names needs only their forms.
  bool with_keys = true;
  // Also spell the keys out (keys), for people: `embargo normalize`, tests.
  bool key_texts = true;
};

class Normalizer {
 public:
  Normalizer();
  ~Normalizer();
  Normalizer(const Normalizer&) = delete;
  Normalizer& operator=(const Normalizer&) = delete;

  NormalizedName Normalize(std::string_view name, const NormalizeOptions& options) const;
  NormalizedName Normalize(std::string_view name) const { return Normalize(name, {}); }

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// True when two serialized Korean keys (Token::korean_key) can stand for the same syllables:
// "chong" (MR without breves: 정 or 종) is compatible with 정 and with 종; 정 is not with 종.
bool KoreanKeysCompatible(std::string_view a, std::string_view b);

// The simple equivalence the golden tests use, exposed for the scorer and for support:
// two tokens are equivalent when their texts are equal, their Korean keys are compatible, or
// (legal forms and generic words) their canonical ids are equal.
bool TokensEquivalent(const Token& a, const Token& b);

// True when some form of `a` and some form of `b` agree: every name part of the form with
// fewer name parts has an equivalent name part in the other (in any order), where one token
// may also match two or three adjacent tokens of the other written together ("chongchongang"
// = "chong chon gang"). Legal forms, titles and connectors are ignored; generic words count
// only when both sides have name parts besides them.
bool NamesEquivalent(const NormalizedName& a, const NormalizedName& b);

}  // namespace embargo
