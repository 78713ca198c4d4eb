// The Normalizer pipeline: clean and split the text, read each word in every system its
// script has, assemble forms (one per system), classify tokens, mark roles, derive keys.
#include "embargo/normalizer.h"

#include <algorithm>
#include <array>
#include <bit>
#include <boost/container/small_vector.hpp>
#include <cstdint>
#include <cstring>

#include "text/greek_reader.h"
#include "text/hebrew_reader.h"
#include "text/icu_respell.h"
#include "text/kana_reader.h"
#include "text/latin_respell.h"
#include "text/name_roles.h"
#include "text/normalizer_impl.h"

namespace embargo {

using text::RawWord;
using text::WordReading;

SharedText::SharedText(std::string text) {
  if (text.size() <= short_.size()) {
    std::copy(text.begin(), text.end(), short_.begin());
    short_size_ = static_cast<uint8_t>(text.size());
  } else {
    long_ = std::make_shared<const std::string>(std::move(text));
  }
}

Normalizer::Normalizer() : impl_(std::make_unique<Impl>()) {}
Normalizer::~Normalizer() = default;

namespace {

// Merges each word with the words after it while `joins(word, next)` holds; the marks after a
// merged word (hyphen, period) are those of the last word it took in.
template <typename Joins>
std::vector<RawWord> JoinWords(std::vector<RawWord> words, Joins joins) {
  size_t out = 0;
  for (size_t i = 0; i < words.size(); ++i) {
    RawWord w = std::move(words[i]);
    while (i + 1 < words.size() && joins(w, words[i + 1])) {
      RawWord& next = words[++i];
      w.text += next.text;
      w.tight_after = next.tight_after;
      w.period_after = next.period_after;
      w.hyphen_after = next.hyphen_after;
    }
    words[out++] = std::move(w);
  }
  words.resize(out);
  return words;
}

// Runs of single Latin letters written with tight periods or slashes ("s.a.", "j/v",
// "u.s.a.") are one word: abbreviations, not initials.
std::vector<RawWord> JoinLetterAbbreviations(std::vector<RawWord> words) {
  return JoinWords(std::move(words), [](const RawWord& w, const RawWord& next) {
    return w.script == Script::kLatin && w.tight_after && w.text.size() <= 3 &&
           next.script == Script::kLatin && next.text.size() == 1;
  });
}

// "Abd al-Rahman", "Abd ar-Rahman": the article after 'Abd ("servant of") belongs to it, as
// in the spellings Abdul Rahman and Abdel Rahman. Written as one word ("abdal", "abdar"), it
// is a spelling of the same name part (match/name_variants.cc).
std::vector<RawWord> JoinAbdArticles(std::vector<RawWord> words) {
  static constexpr std::string_view kArticles[] = {"al", "el", "ul", "il", "ar", "ur", "as",
                                                   "us", "ad", "an", "at", "az", "ash"};
  return JoinWords(std::move(words), [](const RawWord& w, const RawWord& next) {
    std::string_view bare = std::string_view(w.text).substr(w.text.starts_with('\'') ? 1 : 0);
    return w.script == Script::kLatin && bare == "abd" && next.script == Script::kLatin &&
           std::find(std::begin(kArticles), std::end(kArticles), next.text) != std::end(kArticles);
  });
}

Script DominantScript(const std::vector<RawWord>& words) {
  std::array<uint32_t, 16> counts{};
  for (const RawWord& w : words) counts[static_cast<size_t>(w.script)] += w.text.size();
  counts[static_cast<size_t>(Script::kUnknown)] = 0;
  auto best = std::max_element(counts.begin(), counts.end());
  return *best == 0 ? Script::kUnknown : static_cast<Script>(best - counts.begin());
}

bool SameTexts(const NameForm& a, const NameForm& b) {
  if (a.tokens.size() != b.tokens.size()) return false;
  for (size_t i = 0; i < a.tokens.size(); ++i) {
    if (a.tokens[i].text != b.tokens[i].text) return false;
  }
  return true;
}

// Sorts and dedups index keys. A name has a few dozen keys, mostly short: sorting pairs of
// an eight-byte prefix and an index compares integers, where sorting the strings themselves
// would call memcmp and move whole strings at every step.
std::vector<std::string> SortedUnique(std::vector<std::string> keys) {
  struct Entry {
    uint64_t prefix;
    uint32_t index;
  };
  boost::container::small_vector<Entry, 64> order(keys.size());
  for (size_t i = 0; i < keys.size(); ++i) {
    const std::string& k = keys[i];
    // The first eight bytes, zero-padded, as a big-endian number. (Shifted in, not copied:
    // a short copy read back as one word stalls the load.)
    uint64_t prefix = 0;
    if (k.size() >= 8) {
      std::memcpy(&prefix, k.data(), 8);
      prefix = __builtin_bswap64(prefix);
    } else {
      for (size_t b = 0; b < k.size(); ++b) {
        prefix |= uint64_t{static_cast<unsigned char>(k[b])} << (56 - 8 * b);
      }
    }
    order[i] = Entry{prefix, static_cast<uint32_t>(i)};
  }
  static_assert(std::endian::native == std::endian::little, "the prefix is byte-swapped");
  // Keys hold no NUL byte, so equal prefixes mean equal first eight bytes and lengths >= 8.
  std::sort(order.begin(), order.end(), [&](const Entry& a, const Entry& b) {
    if (a.prefix != b.prefix) return a.prefix < b.prefix;
    return keys[a.index] < keys[b.index];
  });
  // Permute in place, cycle by cycle: position p receives keys[order[p].index].
  boost::container::small_vector<bool, 64> placed(keys.size(), false);
  for (size_t start = 0; start < keys.size(); ++start) {
    if (placed[start]) continue;
    std::string first = std::move(keys[start]);
    for (size_t p = start;;) {
      placed[p] = true;
      const size_t from = order[p].index;
      if (from == start) {
        keys[p] = std::move(first);
        break;
      }
      keys[p] = std::move(keys[from]);
      p = from;
    }
  }
  size_t kept = 0;
  for (size_t i = 0; i < keys.size(); ++i) {
    if (kept > 0 && order[i].prefix == order[i - 1].prefix && keys[kept - 1] == keys[i]) continue;
    if (kept != i) keys[kept] = std::move(keys[i]);
    ++kept;
  }
  keys.resize(kept);
  return keys;
}

}  // namespace

NormalizedName Normalizer::Normalize(std::string_view name, const NormalizeOptions& options) const {
  Impl::Assembly out(*impl_, options);
  out.name.original.assign(name);
  std::vector<RawWord> words = JoinAbdArticles(JoinLetterAbbreviations(impl_->cleaner.Split(name)));
  out.name.script = DominantScript(words);
  if (words.empty()) return std::move(out.name);

  // The whole name, then the words outside parentheses and those inside, each on its own.
  impl_->AddForms(words, options, /*parenthetical=*/false, out);
  bool has_parenthetical =
      std::any_of(words.begin(), words.end(), [](const RawWord& w) { return w.parenthetical; });
  if (has_parenthetical) {
    std::vector<RawWord> outer, inner;
    for (const RawWord& w : words) (w.parenthetical ? inner : outer).push_back(w);
    if (!outer.empty()) {
      out.NewBatch();
      impl_->AddForms(outer, options, false, out);
    }
    if (!inner.empty()) {
      out.NewBatch();
      impl_->AddForms(inner, options, true, out);
    }
  }
  NormalizedName result = std::move(out.name);
  result.keys = SortedUnique(out.keys.TakeTexts());
  result.key_hashes = out.keys.TakeHashes();
  return result;
}

Normalizer::Impl::WordSystems Normalizer::Impl::ReadWords(const std::vector<RawWord>& words,
                                                          text::NameContext context) const {
  WordSystems out;
  for (size_t i = 0; i < words.size(); ++i) {
    context.first_word = i == 0;
    const WordReadings& word = *out.memo.emplace_back(Readings(words[i], context));
    out.words.push_back(&word);
    // The memo is large and each word's readings sit apart: start fetching them all at once,
    // so that the words of a name wait for memory together rather than one after the other.
    __builtin_prefetch(word.readings.data());
    for (size_t b = 0; b < std::min<size_t>(word.tokens.size() * sizeof(Token), 2048); b += 64)
      __builtin_prefetch(reinterpret_cast<const char*>(word.tokens.data()) + b);
    __builtin_prefetch(word.info.data());
  }
  // Systems are string literals: the same one is mostly the same pointer.
  auto same_system = [](std::string_view a, std::string_view b) {
    return a.size() == b.size() && (a.data() == b.data() || a == b);
  };
  // The system of each reading, reading j of word i at [first[i] + j].
  boost::container::small_vector<int, 64> system_of;
  boost::container::small_vector<size_t, 8> first;
  for (const WordReadings* word : out.words) {
    first.push_back(system_of.size());
    for (const WordReadings::Reading& r : word->readings) {
      // Words of one script list their systems in the same order: try that place first.
      const size_t guess = system_of.size() - first.back();
      auto it = guess < out.systems.size() && same_system(out.systems[guess], r.system)
                    ? out.systems.begin() + static_cast<std::ptrdiff_t>(guess)
                    : std::find_if(out.systems.begin(), out.systems.end(),
                                   [&](std::string_view s) { return same_system(s, r.system); });
      system_of.push_back(static_cast<int>(it - out.systems.begin()));
      if (it == out.systems.end()) out.systems.push_back(r.system);
    }
  }
  const size_t systems = out.systems.size();
  out.reading_in.assign(out.words.size() * systems, 0);
  for (size_t i = 0; i < out.words.size(); ++i)
    for (size_t j = 0; j < out.words[i]->readings.size(); ++j)
      out.reading_in[i * systems + static_cast<size_t>(system_of[first[i] + j])] =
          static_cast<uint8_t>(j);
  return out;
}

int Normalizer::Impl::WordSystems::IndexOf(std::string_view system) const {
  return static_cast<int>(std::find(systems.begin(), systems.end(), system) - systems.begin());
}

Normalizer::Impl::ChosenReadings Normalizer::Impl::Choose(const WordSystems& words, int system,
                                                          bool reversed) {
  ChosenReadings out;
  const size_t n = words.words.size();
  for (size_t k = 0; k < n; ++k) {
    const size_t i = reversed ? n - 1 - k : k;
    const WordReadings& word = *words.words[i];
    if (word.readings.empty()) continue;
    const size_t systems = words.systems.size();
    const size_t r = static_cast<size_t>(system) < systems
                         ? words.reading_in[i * systems + static_cast<size_t>(system)]
                         : 0;
    out.readings.emplace_back(&word, r);
    const WordReadings::Reading& reading = word.readings[r];
    out.token_count += reading.token_count;
    out.texts_hash = (out.texts_hash ^ reading.texts_hash) * 0x9E3779B97F4A7C15ull;
  }
  return out;
}

void Normalizer::Impl::AddForms(const std::vector<RawWord>& input, const NormalizeOptions& options,
                                bool parenthetical, Assembly& out) const {
  bool latin_only = std::all_of(input.begin(), input.end(), [](const RawWord& w) {
    return w.script == Script::kLatin || w.script == Script::kUnknown;
  });
  if (latin_only) return AddLatinForm(input, options, parenthetical, out);
  std::vector<RawWord> words = MergeArabicCompounds(MergeKoreanName(input, options));
  text::NameContext context = ContextOf(words, options);
  context.whole_name = words.size() == 1;
  const WordSystems read = ReadWords(words, context);
  // A form per system. Korean writes Japanese, Chinese and Hungarian names family name first
  // (아사하라 쇼코 is Shoko Asahara): a two-word Hangul name also gets its foreign readings the
  // other way round.
  struct Plan {
    std::string_view system;
    int index;  // in `read.systems`; read.systems.size() when no word has it
    bool reversed;
  };
  boost::container::small_vector<Plan, 16> plan;
  for (size_t s = 0; s < read.systems.size(); ++s)
    plan.push_back({read.systems[s], static_cast<int>(s), false});
  if (context.person && words.size() == 2 && words[0].script == Script::kHangul &&
      words[1].script == Script::kHangul) {
    plan.push_back({"loanword", read.IndexOf("loanword"), true});
    plan.push_back({"japanese", read.IndexOf("japanese"), true});
  }
  // The token texts of the forms of this batch, before classification: a form that repeats
  // one is skipped before its tokens are copied. Forms are told apart by a hash of their texts
  // first, then by the texts themselves. (Token texts hold no space, so equal sequences of
  // texts are equal spellings.)
  boost::container::small_vector<std::string_view, 64> seen_texts;  // views into the memo
  struct Seen {
    uint64_t hash;
    uint32_t first, count;  // in seen_texts
    bool foreign;           // read back as a foreign name: compared otherwise, so kept apart
  };
  boost::container::small_vector<Seen, 16> seen;
  out.name.forms.reserve(std::min(out.max_forms, out.name.forms.size() + plan.size()));
  for (const auto& [system, system_index, reversed] : plan) {
    if (out.Full()) break;
    const ChosenReadings chosen = Choose(read, system_index, reversed);
    if (chosen.token_count == 0) continue;
    const auto texts_start = static_cast<std::ptrdiff_t>(seen_texts.size());
    for (const auto& [word, r] : chosen.readings) {
      const WordReadings::Reading& reading = word->readings[r];
      for (uint32_t t = 0; t < reading.token_count; ++t) {
        seen_texts.push_back(word->tokens[reading.first_token + t].text);
      }
    }
    const auto texts = seen_texts.begin() + texts_start;
    const bool foreign = text::ReadsAForeignNameBack(system);
    bool spelt = false, repeated = false;  // texts seen before; and read the same way
    for (const Seen& s : seen) {
      if (s.hash == chosen.texts_hash && s.count == chosen.token_count &&
          std::equal(texts, seen_texts.end(), seen_texts.begin() + s.first)) {
        spelt = true;
        repeated = repeated || s.foreign == foreign;
      }
    }
    if (repeated) {
      seen_texts.erase(texts, seen_texts.end());
      continue;
    }
    seen.push_back({chosen.texts_hash, static_cast<uint32_t>(texts_start),
                    static_cast<uint32_t>(chosen.token_count), foreign});
    // The same texts read the other way have the same keys.
    AddChosen(chosen, system, reversed, parenthetical, context.person && !reversed, !spelt, options,
              out);
  }
}

void Normalizer::Impl::AddChosen(const ChosenReadings& chosen, std::string_view system,
                                 bool reversed, bool parenthetical, bool person, bool keys,
                                 const NormalizeOptions& options, Assembly& out) const {
  NameForm form;
  form.system = system;
  if (reversed) form.system += "_reversed";
  form.parenthetical = parenthetical;
  boost::container::small_vector<const text::WordFacts*, 16> token_facts(chosen.token_count);
  boost::container::small_vector<TokenKeying, 16> token_keying(chosen.token_count);
  form.tokens.reserve(chosen.token_count);
  size_t n = 0;
  // Words are numbered as written, whichever order the form reads them in.
  const size_t words = chosen.readings.size();
  size_t position = 0;
  for (const auto& [word, r] : chosen.readings) {
    const size_t index = std::min<size_t>(reversed ? words - 1 - position : position, 255);
    ++position;
    const WordReadings::Reading& reading = word->readings[r];
    const auto first = static_cast<std::ptrdiff_t>(reading.first_token);
    const auto end = first + static_cast<std::ptrdiff_t>(reading.token_count);
    form.tokens.insert(form.tokens.end(), word->tokens.begin() + first, word->tokens.begin() + end);
    for (auto t = form.tokens.end() - (end - first); t != form.tokens.end(); ++t)
      t->word = static_cast<uint8_t>(index);
    for (auto info = word->info.begin() + first; info != word->info.begin() + end; ++info, ++n) {
      token_facts[n] = &info->facts;
      token_keying[n] = {info->coarse < 0 ? nullptr : &word->coarse[info->coarse], info->text_hash,
                         info->phonetic_hash};
    }
  }
  if (reversed) {
    for (Token& t : form.tokens) t.joined_next = false;
  }
  AddForm(std::move(form), {token_facts.data(), token_facts.size()},
          {token_keying.data(), token_keying.size()}, person, options, out, keys);
}

// The fast path for names written in Latin letters only: one form, every word from the memo,
// and the English respelling of German, Polish, Dutch or French spellings when asked for.
void Normalizer::Impl::AddLatinForm(const std::vector<RawWord>& words,
                                    const NormalizeOptions& options, bool parenthetical,
                                    Assembly& out) const {
  std::vector<RawWord> respelled;
  AddLatinWords(words, "latin", options, parenthetical, out,
                options.respell_latin ? &respelled : nullptr);
  if (!respelled.empty()) AddLatinWords(respelled, "respelled", options, parenthetical, out);
}

void Normalizer::Impl::AddLatinWords(const std::vector<RawWord>& words, std::string_view system,
                                     const NormalizeOptions& options, bool parenthetical,
                                     Assembly& out, std::vector<RawWord>* respelled) const {
  NameForm form;
  form.system = system;
  form.parenthetical = parenthetical;
  form.tokens.reserve(words.size());
  boost::container::small_vector<text::MemoValue<text::LatinWord>, 8> latin;
  boost::container::small_vector<const text::WordFacts*, 8> facts;
  boost::container::small_vector<TokenKeying, 8> keying;
  for (const RawWord& word : words) {
    const text::LatinWord& w = *latin.emplace_back(latin_words.Get(word.text));
    if (respelled && !w.english.empty()) {
      if (respelled->empty()) *respelled = words;
      (*respelled)[static_cast<size_t>(&word - words.data())].text = w.english;
    }
    if (w.text.empty()) continue;
    Token& t = form.tokens.emplace_back();
    t.text = w.text;
    t.script = word.script;
    t.word = static_cast<uint8_t>(std::min<size_t>(form.tokens.size() - 1, 255));
    t.joined_next = word.hyphen_after;
    t.comma_after = word.comma_after;
    t.korean_key = w.korean_key;
    t.phonetic = w.phonetic;
    if (word.period_after && t.text.size() == 1) t.kind = TokenKind::kInitial;
    facts.push_back(&w.facts);
    keying.push_back({&w.korean_coarse, w.text_hash, w.phonetic_hash});
  }
  bool person = options.kind_known ? options.kind == EntityKind::kPerson : true;
  AddForm(std::move(form), {facts.data(), facts.size()}, {keying.data(), keying.size()}, person,
          options, out);
}

void Normalizer::Impl::AddForm(NameForm form, std::span<const text::WordFacts* const> facts,
                               std::span<const TokenKeying> keying, bool roles,
                               const NormalizeOptions& options, Assembly& out, bool keys) const {
  if (form.tokens.empty() || out.Full()) return;
  form.tokens = text::AssignRoles(Classify(std::move(form.tokens), options, facts), roles);
  for (Token& t : form.tokens) {
    if (t.kind != TokenKind::kNamePart) t.phonetic.clear();
  }
  const auto earlier = out.name.forms.begin() + static_cast<std::ptrdiff_t>(out.batch_start);
  if (std::any_of(out.name.forms.begin(), earlier,
                  [&](const NameForm& g) { return SameTexts(form, g); })) {
    return;
  }
  if (options.with_keys && keys) out.keys.Add(form, keying);
  out.name.forms.push_back(std::move(form));
}

std::vector<RawWord> Normalizer::Impl::MergeKoreanName(const std::vector<RawWord>& words,
                                                       const NormalizeOptions& options) const {
  // "김 정은": a Hangul surname and given name written apart are still one Korean name.
  bool person = !options.kind_known || options.kind == EntityKind::kPerson;
  if (!person || words.size() != 2 || words[0].script != Script::kHangul ||
      words[1].script != Script::kHangul || words[0].text.size() > 6) {
    return words;
  }
  if (!hangul.IsKoreanName(words[0].text, words[1].text)) return words;
  RawWord merged = words[1];
  merged.text = words[0].text + " " + words[1].text;
  return {merged};
}

std::vector<RawWord> Normalizer::Impl::MergeArabicCompounds(std::vector<RawWord> words) {
  // "عبد" (servant of) and the divine name after it are one name: Abdullah, Abdul Aziz. So are
  // a name and الله, الدين or الرحمن after it: Faizullah, Hesamuddin, Zia-ur-Rahman.
  for (size_t i = 0; i + 1 < words.size(); ++i) {
    if (words[i].script != Script::kArabic || words[i + 1].script != Script::kArabic) continue;
    // (The tails are seven letters at most: longer words are not folded to be compared.)
    const std::string& next = words[i + 1].text;
    if (words[i].text == "عبد" ||
        (next.starts_with("ال") && next.size() <= 14 &&
         text::IsArabicCompoundTail(text::FoldArabicShapes(next, false)))) {
      words[i].text += " " + words[i + 1].text;
      words[i].hyphen_after = words[i + 1].hyphen_after;
      words.erase(words.begin() + static_cast<std::ptrdiff_t>(i) + 1);
    }
  }
  return words;
}

text::NameContext Normalizer::Impl::ContextOf(const std::vector<RawWord>& words,
                                              const NormalizeOptions& options) const {
  text::NameContext context;
  context.person = options.kind_known ? options.kind == EntityKind::kPerson : true;
  context.organization = !options.kind_known || options.kind != EntityKind::kPerson;
  context.korean = options.korean_context;
  if (!context.korean && context.person) {
    // A Korean surname first (in Hangul, Han or Cyrillic) makes the whole name Korean.
    const RawWord& first = words.front();
    if (first.script == Script::kHan) context.korean = han.LooksKorean(first.text);
    if (first.script == Script::kCyrillic) context.korean = cyrillic.LooksKorean(words);
  }
  if (context.person && words.front().script == Script::kCyrillic) {
    context.chinese = cyrillic.LooksChinese(words);
  }
  context.persian = std::any_of(words.begin(), words.end(), [](const RawWord& w) {
    return w.script == Script::kArabic && text::HasPersianLetters(w.text);
  });
  return context;
}

std::vector<WordReading> Normalizer::Impl::ReadWord(const RawWord& word,
                                                    const text::NameContext& context) const {
  switch (word.script) {
    case Script::kLatin:
    case Script::kUnknown:
      return {ReadLatin(word, *latin_words.Get(word.text))};
    case Script::kCyrillic:
      return cyrillic.Read(word, context);
    case Script::kHangul:
      return hangul.Read(word, context);
    case Script::kHan:
      return han.Read(word, context);
    case Script::kArabic:
      return arabic.Read(word, context);
    case Script::kGreek:
      if (std::vector<WordReading> greek = text::ReadGreek(word); !greek.empty()) return greek;
      return {ReadWithIcu(word)};
    case Script::kHebrew:
      if (std::vector<WordReading> hebrew = text::ReadHebrew(word); !hebrew.empty()) return hebrew;
      return {ReadWithIcu(word)};
    case Script::kKana: {
      std::vector<WordReading> out;
      for (const auto& [system, latin] : text::KanaSpellings(word.text))
        out.push_back(LatinReading(word, system, latin));
      if (out.empty()) out.push_back(ReadWithIcu(word));
      return out;
    }
    default: {
      const std::string latin = any_latin.Transliterate(word.text);
      std::vector<WordReading> out{LatinReading(word, "icu", latin)};
      std::string spelt;
      if (text::IsIndic(word.text)) spelt = text::SpeakIndic(word.text, latin);
      if (word.script == Script::kGeorgian && out.front().tokens.size() == 1)
        spelt = text::WithoutGeorgianNominative(out.front().tokens.front().text);
      if (spelt.empty()) return out;
      WordReading spoken = LatinReading(word, "spoken", spelt);
      if (!spoken.tokens.empty()) out.push_back(std::move(spoken));
      return out;
    }
  }
}

text::LatinWord Normalizer::Impl::ComputeLatinWord(std::string_view raw) const {
  text::LatinWord w;
  w.text = raw == "&" ? "and" : cleaner.FoldLatin(raw);
  bool letters = std::any_of(w.text.begin(), w.text.end(), [](char c) { return c >= 'a'; });
  if (letters) w.korean_key = text::LatinKoreanKey(raw);
  if (!w.korean_key.empty()) w.korean_coarse = text::CoarseKoreanKeys(w.korean_key);
  w.phonetic = text::PhoneticKey(w.text);
  w.text_hash = text::HashIndexKey(w.text);
  w.phonetic_hash = PhoneticKeyHash(w.phonetic);
  w.facts = lexicon.Facts(w.text);
  // "2nd" gives a view of the text, which moves with the LatinWord; Classify looks it up.
  if (!w.text.empty() && w.text[0] >= '0' && w.text[0] <= '9') w.facts.ordinal = {};
  // A short word that reads as Korean syllables is spelt the Korean way (Choe, Jung, Won).
  if (w.korean_key.empty() || w.text.size() > 4) w.english = text::RespellAsEnglish(w.text);
  return w;
}

WordReading Normalizer::Impl::ReadLatin(const RawWord& word, const text::LatinWord& latin) const {
  WordReading reading{"latin", {}};
  if (latin.text.empty()) return reading;
  Token token;
  token.text = latin.text;
  token.script = word.script == Script::kUnknown ? Script::kUnknown : Script::kLatin;
  token.joined_next = word.hyphen_after;
  token.korean_key = latin.korean_key;
  if (word.period_after && token.text.size() == 1) token.kind = TokenKind::kInitial;
  reading.tokens.push_back(std::move(token));
  return reading;
}

WordReading Normalizer::Impl::ReadWithIcu(const RawWord& word) const {
  return LatinReading(word, "icu", any_latin.Transliterate(word.text));
}

WordReading Normalizer::Impl::LatinReading(const RawWord& word, std::string_view system,
                                           std::string_view latin) const {
  WordReading reading{system, {}};
  // Any-Latin may produce several words ("ᐊᐃ" -> "ai", or spaces from Kana).
  size_t start = 0;
  while (start <= latin.size()) {
    size_t space = latin.find(' ', start);
    std::string_view piece = std::string_view(latin).substr(start, space - start);
    std::string folded = cleaner.FoldLatin(piece);
    if (!folded.empty()) {
      Token t;
      t.text = std::move(folded);
      t.script = word.script;
      reading.tokens.push_back(std::move(t));
    }
    if (space == std::string::npos) break;
    start = space + 1;
  }
  if (!reading.tokens.empty()) reading.tokens.back().joined_next = word.hyphen_after;
  return reading;
}

}  // namespace embargo
