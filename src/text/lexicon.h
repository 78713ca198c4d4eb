// Word classes of names written in Latin letters: legal forms, generic words, titles,
// connectors and ordinal numbers, each with a canonical id so that equivalent wordings agree
// ("co ltd" = "company limited"; "shpg" = "shipping"; "u'nhaeng" = "bank").
// Read-only after construction; thread-safe.
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "embargo/normalizer.h"
#include "text/string_hash.h"

namespace embargo::text {

struct PhraseMatch {
  size_t length = 0;  // number of words the phrase covers
  TokenKind kind = TokenKind::kNamePart;
  std::string_view canonical;
};

// What the lexicon says of one word, from a single lookup.
struct WordFacts {
  bool title = false;
  bool connector = false;
  bool phrase_start = false;    // the first word of some legal form or generic phrase
  std::string_view ordinal;     // OrdinalNumber's answer; empty when none
  std::string_view generation;  // "junior" for "jr", "jnr" and "junior"; empty when none
};

class Lexicon {
 public:
  Lexicon();

  // IsTitle, IsConnector, OrdinalNumber and "may start a phrase" at once. `ordinal` views
  // the lexicon or `word`.
  WordFacts Facts(std::string_view word) const;

  // The longest legal form or generic phrase that starts at words[i]. Legal forms that are
  // also common name syllables ("sa", "ag", "co") are matched only when `ambiguous_ok`.
  std::optional<PhraseMatch> MatchPhrase(std::span<const Token> words, size_t i,
                                         bool ambiguous_ok) const;

  bool IsTitle(std::string_view word) const { return titles_.contains(word); }
  bool IsConnector(std::string_view word) const { return connectors_.contains(word); }
  // "second" -> "2", "2nd" -> "2", "no" is not a number; nullopt otherwise.
  std::optional<std::string> OrdinalNumber(std::string_view word) const;

 private:
  struct Entry {
    TokenKind kind;
    std::string canonical;
    bool ambiguous;
  };
  using Hash = StringHash;
  using Set = std::unordered_set<std::string, Hash, std::equal_to<>>;
  void Add(std::string_view phrases, TokenKind kind, std::string_view canonical, bool ambiguous);

  std::unordered_map<std::string, Entry, Hash, std::equal_to<>> phrases_;  // words joined by ' '
  Set first_words_;
  size_t max_words_ = 1;
  Set titles_;
  Set connectors_;
  std::unordered_map<std::string, WordFacts, Hash, std::equal_to<>> facts_;
};

}  // namespace embargo::text
