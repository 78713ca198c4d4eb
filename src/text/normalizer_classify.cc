// Token classes: numbers, connectors, legal forms and generic words, titles, initials.
#include <algorithm>
#include <boost/container/small_vector.hpp>

#include "text/normalizer_impl.h"

namespace embargo {
namespace {

bool AllDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

}  // namespace

std::vector<Token> Normalizer::Impl::Classify(std::vector<Token> tokens,
                                              const NormalizeOptions& options,
                                              std::span<const text::WordFacts* const> known) const {
  const bool person = options.kind_known && options.kind == EntityKind::kPerson;
  const bool organization = options.kind_known && options.kind != EntityKind::kPerson;
  const size_t n = tokens.size();
  // One lexicon lookup per name part; the facts of words that stay name parts serve the
  // phrase and title passes below (their texts do not change).
  boost::container::small_vector<text::WordFacts, 16> facts(n);
  for (size_t i = 0; i < n; ++i) {
    Token& t = tokens[i];
    if (t.kind == TokenKind::kInitial && organization) facts[i] = lexicon.Facts(t.text);
    if (t.kind != TokenKind::kNamePart) continue;
    if (AllDigits(t.text)) {
      t.kind = TokenKind::kNumber;
      t.korean_key.clear();
      continue;
    }
    // Known facts leave out "2nd"-style ordinals: words starting with a digit are looked up.
    const bool look_up = i >= known.size() || !known[i] || (t.text[0] >= '0' && t.text[0] <= '9');
    facts[i] = look_up ? lexicon.Facts(t.text) : *known[i];
    if (!facts[i].ordinal.empty() && !person) {
      t.text = std::string(facts[i].ordinal);
      t.kind = TokenKind::kNumber;
      t.korean_key.clear();
    } else if (n > 1 && facts[i].connector) {
      t.kind = TokenKind::kConnector;
      t.korean_key.clear();
    }
  }
  // "No. 39", "Nr 5", "#39": the marker before a number says nothing.
  for (size_t i = 0; i + 1 < n; ++i) {
    if (tokens[i + 1].kind == TokenKind::kNumber &&
        (tokens[i].text == "no" || tokens[i].text == "nr" || tokens[i].text == "number")) {
      tokens[i].kind = TokenKind::kConnector;
      tokens[i].korean_key.clear();
    }
  }
  if (!person) {
    for (size_t i = 0; i < n; ++i) {
      // A company's legal form may begin with a letter and its period ("S. DE R.L.").
      const bool starts = tokens[i].kind == TokenKind::kNamePart ||
                          (organization && tokens[i].kind == TokenKind::kInitial);
      if (!starts || !facts[i].phrase_start) continue;
      std::optional<text::PhraseMatch> m = lexicon.MatchPhrase(tokens, i, organization);
      if (!m) continue;
      // Without a known kind, a short word first is more likely a name ("Co", "Sa").
      if (!organization && i == 0 && m->length == 1 && tokens[i].text.size() <= 2) continue;
      for (size_t j = i; j < i + m->length; ++j) {
        if (tokens[j].kind == TokenKind::kConnector && j > i) continue;
        tokens[j].kind = m->kind;
        tokens[j].canonical = std::string(m->canonical);
        tokens[j].korean_key.clear();
      }
      i += m->length - 1;
    }
  }
  if (!organization) {
    // Titles usually stand first, but lists also put them last or in the middle ("SAI'ID,
    // Shaykh", "ASHRAF HAJI MUHAMMAD"): a title word is a title wherever it stands, as long as
    // one name part is left.
    size_t name_parts = 0;
    for (size_t i = 0; i < n; ++i) name_parts += tokens[i].kind == TokenKind::kNamePart;
    for (size_t i = 0; i < n && name_parts > 1; ++i) {
      if (tokens[i].kind != TokenKind::kNamePart) continue;
      // A generation, wherever it stands; but "Junior" first is a given name (Junior Silva).
      if (!facts[i].generation.empty() && (i > 0 || tokens[i].text != "junior")) {
        tokens[i].kind = TokenKind::kGeneration;
        tokens[i].canonical = std::string(facts[i].generation);
      } else if (facts[i].title) {
        tokens[i].kind = TokenKind::kTitle;
      } else {
        continue;
      }
      tokens[i].korean_key.clear();
      --name_parts;
    }
  }
  for (Token& t : tokens) {
    // A lone consonant is an initial; a lone vowel may be a Korean syllable (Cho Il U).
    if (t.kind == TokenKind::kNamePart && t.text.size() == 1 &&
        (!IsVowel(t.text[0]) || t.korean_key.empty())) {
      t.kind = TokenKind::kInitial;
    }
  }
  return tokens;
}

}  // namespace embargo
