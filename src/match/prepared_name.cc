#include "match/prepared_name.h"

#include <algorithm>
#include <boost/container/small_vector.hpp>
#include <string>

#include "index/candidate_index.h"
#include "match/letter_folds.h"
#include "match/name_rules.h"
#include "match/name_variants.h"
#include "match/patronymic.h"
#include "match/similarity.h"
#include "match/similarity_align.h"
#include "text/pinyin_korean.h"

namespace embargo::match {
namespace {

uint32_t Letters(std::string_view text) {
  uint32_t bits = 0;
  for (char ch : text) {
    if (ch >= 'a' && ch <= 'z')
      bits |= 1u << (ch - 'a');
    else if (ch >= '0' && ch <= '9')
      bits |= 1u << (26 + (ch - '0') % 6);
    else
      bits |= 1u << 31;
  }
  return bits;
}

uint32_t ReadingLengths(const KoreanReadings& readings) {
  uint32_t bits = 0;
  for (size_t i = 0; i < readings.size(); ++i)
    bits |= 1u << std::min<size_t>(readings[i].size(), 31);
  return bits;
}

bool FromKoreanScript(const Token& t) {
  return t.script == Script::kHangul || t.script == Script::kHan;
}

// Whether a word's spellings in a name's other forms are spellings of the same word, each word
// on its own: vowels guessed in Arabic letters, systems of transliteration for Cyrillic and
// Greek, of romanization for Hangul, English respellings of Latin words (Wladimir, Vladimir).
// Not Han, which is read in several languages that a name does not mix. (The candidate keys of
// such names count once per word: ReadWordByWord in screener_build.cc.)
bool SpeltWordByWord(Script script) { return script != Script::kHan; }

bool Ignored(const Token& t) {
  return t.kind == TokenKind::kTitle || t.kind == TokenKind::kConnector;
}

void AddEdges(const KoreanReadings& readings, std::array<uint32_t, 4>& edges) {
  for (size_t i = 0; i < readings.size(); ++i) {
    std::span<const KoreanSyllable> r = readings[i];
    if (r.empty()) continue;
    edges[0] |= r.front().initial;
    edges[1] |= r.front().vowel;
    edges[2] |= r.back().vowel;
    edges[3] |= r.back().final;
  }
}

uint64_t HashOrZero(std::string_view s) { return s.empty() ? 0 : index::HashKey(s); }

}  // namespace

uint32_t ShortHash(std::string_view s) {
  return s.empty() ? 0 : std::max<uint32_t>(static_cast<uint32_t>(index::HashKey(s)), 1);
}

namespace {

// `fold_latin`: PreparedPool::FoldLatinWords; `consonants`: KeepsTranscribedConsonants.
PreparedToken PrepareToken(const Token& t, const TokenWeights& weights, bool fold_latin,
                           bool consonants) {
  PreparedToken p;
  p.token = &t;
  p.text_hash = index::HashKey(t.text);
  p.weight = weights.Weight(t, p.text_hash);
  p.canonical_hash = ShortHash(t.canonical);
  p.phonetic_hash = ShortHash(t.phonetic);
  // Read by the memo of Latin word pairs only (name_scorer.cc).
  if (t.script == Script::kLatin) p.korean_hash = HashOrZero(t.korean_key);
  p.letters = Letters(t.text);
  p.length = static_cast<uint16_t>(std::min<size_t>(t.text.size(), 0xFFFF));
  p.kind = t.kind;
  if (t.kind == TokenKind::kGenericWord && p.canonical_hash == kCompanyId)
    p.kind = TokenKind::kLegalForm;
  if (!t.text.empty()) p.first = t.text.front(), p.last = t.text.back();
  if (t.kind == TokenKind::kNamePart) p.variant = NameVariantGroup(t.text, p.text_hash);
  p.script = t.script;
  if (t.kind != TokenKind::kNamePart) return p;
  if (const PatronymicParts parts = SplitPatronymic(t.text);
      !parts.stem.empty() && parts.stem.size() < 0x80)
    p.patronymic = static_cast<uint8_t>(parts.stem.size() | (parts.female ? 0x80 : 0));
  const bool latin = fold_latin && (t.script == Script::kLatin || t.script == Script::kUnknown);
  std::array<char, 64> buffer;
  if ((latin || WritesNoShortVowels(t.script)) && t.text.size() >= kArabicFoldMin) {
    const std::string_view folded = FoldArabicLetters(t.text, buffer);
    p.arabic_fold_hash = ShortHash(folded);
    p.arabic_fold_length = static_cast<uint8_t>(folded.size());
  }
  if (consonants && (latin || t.script == Script::kHan) &&
      t.text.size() >= kHanConsonantsMinLength) {
    const std::string_view consonants = HanConsonants(t.text, buffer);
    if (consonants.size() >= kHanConsonantsMin) p.han_consonants_hash = ShortHash(consonants);
  }
  return p;
}

void SetKoreanKey(PreparedToken& p, const KoreanKey* key) {
  if (!key) return;
  // KeysCompatible compares written readings when both keys have them: a key's lengths are
  // those of its written readings if it has any, else of its surface ones.
  p.korean_lengths = key->exact() ? ReadingLengths(key->written()) | ReadingLengths(key->surface())
                                  : ReadingLengths(key->surface());
  AddEdges(key->surface(), p.korean_edges);
  AddEdges(key->written(), p.korean_edges);
  p.korean = key;
}

// Calls visit(first, last) for every run [first, last] of 2..kMaxJoin adjacent tokens of n,
// first by first, each run one token longer than the one before it.
template <typename Visit>
void ForEachRun(size_t n, Visit visit) {
  for (size_t first = 0; first < n; ++first)
    for (size_t last = first + 1; last < n && last < first + kMaxJoin; ++last) visit(first, last);
}

// The bytes of tokens [first, last] written together, token k spelt k_length bytes long.
int RunLength(std::span<const PreparedToken> tokens, size_t first, size_t last, size_t k,
              int k_length) {
  int length = 0;
  for (size_t m = first; m <= last; ++m) length += m == k ? k_length : tokens[m].length;
  return length;
}

void SetRunLengths(std::span<PreparedToken> tokens, PreparedForm& form) {
  for (const PreparedToken& t : tokens) {
    form.letters |= t.letters;
    form.joined_length += t.length;
    form.korean_script = form.korean_script || t.KoreanScript();
    form.generation = form.generation || t.kind == TokenKind::kGeneration;
    form.patronymic = form.patronymic || t.patronymic != 0;
    form.token_lengths |= LengthBit(t.length);
    if (!ByCanonical(t.kind)) form.token_texts |= uint64_t{1} << (t.text_hash % 64);
    form.token_edges.Add(t.first, t.last);
  }
  int length = 0;  // of the run before, extended by one token (ForEachRun's order)
  ForEachRun(tokens.size(), [&](size_t first, size_t last) {
    length = (last == first + 1 ? tokens[first].length : length) + tokens[last].length;
    const uint64_t bit = LengthBit(length);
    const char head = tokens[first].first, tail = tokens[last].last;
    form.run_lengths |= bit;
    form.run_edges.Add(head, tail);
    for (size_t k = first; k <= last; ++k) {
      tokens[k].run_lengths |= bit;
      tokens[k].run_edges.Add(head, tail);
    }
  });
}

}  // namespace

void PreparedPool::Seal() {
  for (size_t t = 0; t < tokens_.size(); ++t) {
    tokens_[t].text = text_.data() + token_text_[t];
    if (tokens_[t].spelling_count) tokens_[t].spellings = spellings_.data() + token_spellings_[t];
  }
  for (size_t s = 0; s < spellings_.size(); ++s)
    spellings_[s].text = text_.data() + spelling_text_[s];
  for (size_t f = 0; f < forms_.size(); ++f) {
    size_t end = f + 1 < forms_.size() ? form_first_token_[f + 1] : tokens_.size();
    forms_[f].tokens = std::span<const PreparedToken>(tokens_).subspan(form_first_token_[f],
                                                                       end - form_first_token_[f]);
  }
}

int LettersApart(const PreparedForm& a, const PreparedForm& b) {
  if (a.exact_only || b.exact_only || !MayBeLettersApart(a, b)) return 2;
  if (a.joined_length == b.joined_length && a.letters == b.letters && a.Joined() == b.Joined())
    return 0;
  if (std::max(a.joined_length, b.joined_length) < kNearLettersMin) return 2;
  return OsaDistance(a.Joined(), b.Joined(), 1) <= 1 ? 1 : 2;
}

const KoreanKey* PreparedPool::Keep(KeyIndex& index, std::string_view text,
                                    std::optional<KoreanKey> (*make)(std::string_view)) {
  if (auto it = index.find(text); it != index.end()) return it->second;
  const KoreanKey* key = nullptr;
  if (std::optional<KoreanKey> made = make(text)) {
    keys_.push_back(std::move(*made));
    key = &keys_.back();
  }
  index.emplace(std::string(text), key);
  return key;
}

const KoreanKey* PreparedPool::InternKey(std::string_view serialized) {
  if (known_keys_) {
    auto known = known_keys_->key_index_.find(serialized);
    if (known != known_keys_->key_index_.end()) return known->second;
  }
  return Keep(key_index_, serialized, ParseKoreanKey);
}

const KoreanKey* PreparedPool::PinyinKey(std::string_view text) {
  return Keep(pinyin_index_, text, KeyFromPinyin);
}

void PreparedPool::Clear() {
  // Parsed keys stay for the next names, which often share them, up to a bound.
  if (key_index_.size() + pinyin_index_.size() > kMaxKeptKeys)
    keys_.clear(), key_index_.clear(), pinyin_index_.clear();
  known_keys_ = nullptr;
  fold_latin_ = true;
  pinyin_keys_ = false;
  tokens_.clear();
  forms_.clear();
  form_first_token_.clear();
  text_.clear();
  token_text_.clear();
  spellings_.clear();
  spelling_text_.clear();
  token_spellings_.clear();
  name_forms_.assign(1, 0);
}

PreparedToken& PreparedPool::Prepare(HugeVector<PreparedToken>& into, const Token& t,
                                     const TokenWeights& weights, FormReading reading) {
  PreparedToken& p =
      into.emplace_back(PrepareToken(t, weights, fold_latin_, reading.transcribed_consonants));
  p.foreign_reading = reading.foreign_reading;
  if (!t.korean_key.empty()) SetKoreanKey(p, InternKey(t.korean_key));
  if (pinyin_keys_ && t.kind == TokenKind::kNamePart && t.script == Script::kLatin)
    p.chinese = PinyinKey(t.text);
  return p;
}

void PreparedPool::CopyText(const PreparedToken& token, std::vector<uint32_t>& starts) {
  starts.push_back(static_cast<uint32_t>(text_.size()));
  text_.insert(text_.end(), token.token->text.begin(), token.token->text.begin() + token.length);
}

void PreparedPool::Add(const NormalizedName& name, const TokenWeights& weights) {
  const size_t first_form = forms_.size();
  // The foreign readings of a Korean or Chinese personal name (a family name first) are
  // guesses at a name it is not: they keep to its Korean key.
  boost::container::small_vector<FormReading, 16> readings;
  for (const NameForm& form : name.forms)
    readings.push_back({form.ReadsAForeignNameBack(), KeepsTranscribedConsonants(form)});
  const bool keyed = std::any_of(readings.begin(), readings.end(),
                                 [](const FormReading& r) { return r.foreign_reading; }) &&
                     std::any_of(name.forms.begin(), name.forms.end(), [](const NameForm& f) {
                       return !f.ReadsAForeignNameBack() &&
                              std::any_of(f.tokens.begin(), f.tokens.end(), [](const Token& t) {
                                return t.role == NameRole::kFamily && FromKoreanScript(t);
                              });
                     });
  if (keyed)
    for (FormReading& r : readings) r.foreign_reading = false;
  for (size_t f = 0; f < name.forms.size(); ++f) {
    const NameForm& form = name.forms[f];
    form_first_token_.push_back(static_cast<uint32_t>(tokens_.size()));
    forms_.emplace_back().exact_only = form.parenthetical;
    size_t first = tokens_.size();
    bool comma = false;
    for (const Token& t : form.tokens) {
      const bool kept = !Ignored(t) && tokens_.size() - first < kMaxAlignTokens;
      // "LAVILLA, JR" puts no given name after the comma.
      if (kept && comma && forms_.back().given_at == 0 && tokens_.size() > first &&
          t.kind != TokenKind::kGeneration)
        forms_.back().given_at = static_cast<uint8_t>(tokens_.size() - first);
      comma = comma || t.comma_after;
      if (!kept) continue;
      CopyText(Prepare(tokens_, t, weights, readings[f]), token_text_);
      token_spellings_.push_back(0);
    }
    SetRunLengths(std::span<PreparedToken>(tokens_).subspan(first), forms_.back());
  }
  if (forms_.size() - first_form > 1)
    AddSpellings(first_form, {readings.data(), readings.size()}, weights);
  name_forms_.push_back(static_cast<uint32_t>(forms_.size()));
}

std::pair<size_t, size_t> PreparedPool::TokensOf(size_t form) const {
  const size_t first = form_first_token_[form];
  const size_t end = form + 1 < forms_.size() ? form_first_token_[form + 1] : tokens_.size();
  return {first, end - first};
}

bool PreparedPool::SameWords(size_t f, size_t g) const {
  auto [a, n] = TokensOf(f);
  auto [b, m] = TokensOf(g);
  if (n != m) return false;
  for (size_t k = 0; k < n; ++k)
    if (tokens_[a + k].token->word != tokens_[b + k].token->word) return false;
  return true;
}

void PreparedPool::AddSpellings(size_t first_form, std::span<const FormReading> readings,
                                const TokenWeights& weights) {
  for (size_t f = first_form; f < forms_.size(); ++f) {
    // The first form of each shape takes the spellings of the later ones.
    bool first_of_shape = true;
    for (size_t g = first_form; g < f && first_of_shape; ++g) first_of_shape = !SameWords(g, f);
    if (!first_of_shape) continue;
    auto [a, n] = TokensOf(f);
    for (size_t k = 0; k < n; ++k) {
      const Token& own = *tokens_[a + k].token;
      if (!SpeltWordByWord(own.script)) continue;
      const size_t first_spelling = spellings_.size();
      for (size_t g = f + 1; g < forms_.size(); ++g) {
        if (!SameWords(f, g) || spellings_.size() - first_spelling == kMaxSpellings) continue;
        const PreparedToken& prepared = tokens_[TokensOf(g).first + k];
        const Token& other = *prepared.token;
        // A foreign reading spelt like a reading of the name's own language is compared
        // otherwise from Hangul and Arabic letters (PreparedToken::foreign_reading): it stays.
        const bool apart = own.script == Script::kHangul || own.script == Script::kArabic;
        auto same = [&](const PreparedToken& t) {
          return t.token->text == other.text &&
                 (!apart || t.foreign_reading == readings[g - first_form].foreign_reading);
        };
        // A word one reading takes for a generation is a name in another (주니어: jr, junio).
        auto named = [](TokenKind kind) {
          return kind == TokenKind::kGeneration ? TokenKind::kNamePart : kind;
        };
        if (named(other.kind) != named(own.kind) || same(tokens_[a + k]) ||
            std::any_of(spellings_.begin() + first_spelling, spellings_.end(), same))
          continue;
        CopyText(Prepare(spellings_, other, weights, readings[g - first_form]), spelling_text_);
      }
      tokens_[a + k].spelling_count = static_cast<uint8_t>(spellings_.size() - first_spelling);
      token_spellings_[a + k] = static_cast<uint32_t>(first_spelling);
    }
    AddSpellingMasks(f);
    MarkCovered(f);
  }
}

void PreparedPool::AddSpellingMasks(size_t f) {
  // The bound (name_bound.cc) reads which lengths a form's tokens and runs of tokens have:
  // those its tokens' other spellings give count too. (Joins are tried by the edge letters
  // of the tokens' own spellings.)
  PreparedForm& form = forms_[f];
  const auto [a, n] = TokensOf(f);
  const std::span<PreparedToken> tokens = std::span<PreparedToken>(tokens_).subspan(a, n);
  for (size_t k = 0; k < n; ++k) {
    for (const PreparedToken& spelling : SpellingsAdded(a + k)) {
      form.token_lengths |= LengthBit(spelling.length);
      ForEachRun(n, [&](size_t first, size_t last) {
        if (k < first || k > last) return;
        const uint64_t bit = LengthBit(RunLength(tokens, first, last, k, spelling.length));
        form.run_lengths |= bit;
        for (size_t m = first; m <= last; ++m) tokens[m].run_lengths |= bit;
      });
    }
  }
}

void PreparedPool::MarkCovered(size_t f) {
  const std::pair<size_t, size_t> own = TokensOf(f);
  // Token k of form f as spelt, or one of its spellings.
  auto spelt = [&](size_t k, const std::string& text) {
    const std::span<const PreparedToken> others = SpellingsAdded(own.first + k);
    return tokens_[own.first + k].token->text == text ||
           std::any_of(others.begin(), others.end(),
                       [&](const PreparedToken& s) { return s.token->text == text; });
  };
  for (size_t g = f + 1; g < forms_.size(); ++g) {
    if (!SameWords(f, g) || forms_[g].exact_only != forms_[f].exact_only) continue;
    const size_t other = TokensOf(g).first;
    bool covered = true;
    for (size_t k = 0; k < own.second && covered; ++k)
      covered = spelt(k, tokens_[other + k].token->text);
    forms_[g].covered = forms_[g].covered || covered;
  }
}

std::span<const PreparedToken> PreparedPool::SpellingsAdded(size_t token) const {
  return std::span<const PreparedToken>(spellings_)
      .subspan(token_spellings_[token], tokens_[token].spelling_count);
}

}  // namespace embargo::match
