// Internals of the Normalizer, shared by normalizer*.cc.
#pragma once

#include <span>
#include <string>
#include <vector>

#include "embargo/normalizer.h"
#include "text/arabic_reader.h"
#include "text/cyrillic_reader.h"
#include "text/han_reader.h"
#include "text/hangul_reader.h"
#include "text/icu_translit.h"
#include "text/key_cache.h"
#include "text/lexicon.h"
#include "text/reading.h"
#include "text/text_clean.h"

namespace embargo {

struct Normalizer::Impl {
  text::TextCleaner cleaner;
  text::Lexicon lexicon;
  text::IcuTransliteratorPool any_latin{"Any-Latin"};
  text::CyrillicReader cyrillic;
  text::HangulReader hangul;
  text::HanReader han;
  text::ArabicReader arabic;
  // Memos (see key_cache.h): Latin words, coarse keys of whole names read as Korean, coarse
  // Korean keys.
  text::ShardedMemo<text::LatinWord> latin_words{
      [this](std::string_view raw) { return ComputeLatinWord(raw); }};
  text::ShardedMemo<text::KeyList> whole_korean_keys{[](std::string_view latin) {
    std::string key = text::LatinKoreanKey(latin);
    return key.empty() ? text::KeyList() : text::CoarseKoreanKeys(key);
  }};
  text::ShardedMemo<text::KeyList> coarse_keys{&text::CoarseKoreanKeys};
  // What the forms of a name need from one token of a memoized reading.
  struct TokenInfo {
    text::WordFacts facts;  // Lexicon::Facts of its text (no `ordinal` after a digit)
    int coarse = -1;        // the coarse keys of its Korean key: WordReadings::coarse[coarse]
  };
  // Every reading of a word in its context, tokens with their phonetic keys, and what
  // classifying and keying the tokens needs: the readers' work, done once per distinct word
  // and context (see normalizer_readings.cc).
  struct WordReadings {
    std::vector<text::WordReading> readings;
    std::vector<std::vector<TokenInfo>> info;  // [reading][token]
    std::vector<text::KeyList> coarse;         // one per distinct Korean key
  };
  text::ShardedMemo<WordReadings> word_readings{
      [this](std::string_view key) { return ComputeReadings(key); }};

  // One form with the index keys its tokens give.
  struct BuiltForm {
    NameForm form;
    text::KeyList keys;  // texts only with NormalizeOptions::key_texts
  };

  std::vector<BuiltForm> FormsOf(const std::vector<text::RawWord>& words,
                                 const NormalizeOptions& options, bool parenthetical) const;
  BuiltForm LatinForm(const std::vector<text::RawWord>& words, const NormalizeOptions& options,
                      bool parenthetical) const;
  std::vector<text::RawWord> MergeKoreanName(const std::vector<text::RawWord>& words,
                                             const NormalizeOptions& options) const;
  static std::vector<text::RawWord> MergeArabicCompounds(std::vector<text::RawWord> words);
  text::NameContext ContextOf(const std::vector<text::RawWord>& words,
                              const NormalizeOptions& options) const;
  std::vector<text::WordReading> ReadWord(const text::RawWord& word,
                                          const text::NameContext& context) const;
  text::MemoValue<WordReadings> Readings(const text::RawWord& word,
                                         const text::NameContext& context) const;
  WordReadings ComputeReadings(std::string_view key) const;
  text::LatinWord ComputeLatinWord(std::string_view raw) const;
  text::WordReading ReadLatin(const text::RawWord& word, const text::LatinWord& latin) const;
  text::WordReading ReadWithIcu(const text::RawWord& word) const;
  // Marks titles, legal forms, generic words, connectors, numbers and initials. `known` may
  // give the lexicon facts of each token (null: looked up).
  std::vector<Token> Classify(std::vector<Token> tokens, const NormalizeOptions& options,
                              std::span<const text::WordFacts* const> known = {}) const;
  // Index keys of the forms of one name, form by form; `token_coarse` may give the coarse
  // keys of each token's Korean key (null: looked up). Korean keys already posted by an
  // earlier form are not posted again.
  class KeyBuilder {
   public:
    KeyBuilder(const Impl& impl, bool texts) : impl_(impl), texts_(texts) {}
    text::KeyList For(const NameForm& form, std::span<const text::KeyList* const> token_coarse);

   private:
    void Add(text::KeyList& keys, const text::KeyList& more) const;

    const Impl& impl_;
    bool texts_;
    std::vector<std::string_view> seen_korean_;      // looked up (the tokens' keys)
    std::vector<const text::KeyList*> seen_coarse_;  // given
    bool whole_name_done_ = false;
  };
};

}  // namespace embargo
