// Internals of the Normalizer, shared by normalizer*.cc.
#pragma once

#include <algorithm>
#include <boost/container/small_vector.hpp>
#include <cstdint>
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
#include "text/key_hash.h"
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
    text::WordFacts facts;       // Lexicon::Facts of its text (no `ordinal` after a digit)
    int coarse = -1;             // the coarse keys of its Korean key: WordReadings::coarse[coarse]
    uint64_t text_hash = 0;      // HashIndexKey(text)
    uint64_t phonetic_hash = 0;  // HashIndexKey("p:" + phonetic); 0 when it is not a key
  };
  // Every reading of a word in its context, tokens with their phonetic keys, and what
  // classifying and keying the tokens needs: the readers' work, done once per distinct word
  // and context (see normalizer_readings.cc).
  // (Flat, so that a name's forms read few cache lines: names cycle through many words.)
  struct WordReadings {
    struct Reading {
      std::string_view system;  // a string literal: "mr", "rr", "icao", ...
      uint32_t first_token;     // its tokens: tokens[first_token, first_token + token_count)
      uint32_t token_count;
      uint64_t texts_hash = 0;  // of its token texts, in order
    };
    std::vector<Reading> readings;
    std::vector<Token> tokens;          // of every reading, in order
    std::vector<TokenInfo> info;        // one per token
    std::vector<text::KeyList> coarse;  // one per distinct Korean key
  };
  text::ShardedMemo<WordReadings> word_readings{
      [this](std::string_view key) { return ComputeReadings(key); }};

  // What keying one token of a form needs, known before the form is built: the coarse keys
  // of its Korean key (null: looked up) and the hashes of its text and phonetic key as a name
  // part (0: hashed when keyed).
  struct TokenKeying {
    const text::KeyList* coarse = nullptr;
    uint64_t text_hash = 0;
    uint64_t phonetic_hash = 0;
  };

  // Index keys of the forms of one name, gathered form by form. Korean keys already posted by
  // an earlier form are not posted again.
  class KeyBuilder {
   public:
    KeyBuilder(const Impl& impl, bool texts) : impl_(impl), texts_(texts) {}
    void Add(const NameForm& form, std::span<const TokenKeying> tokens);
    // The words outside and inside parentheses are each a name of their own (see Normalize).
    void NewBatch() { whole_name_done_ = false; }
    // The hashes of every key, sorted and unique, in a vector of their exact size (a list
    // keeps them for as long as it is loaded); the texts as made, when asked for.
    std::vector<uint64_t> TakeHashes();
    std::vector<std::string> TakeTexts() { return std::move(texts_out_); }

   private:
    void Append(const text::KeyList& more);

    const Impl& impl_;
    bool texts_;
    boost::container::small_vector<uint64_t, 256> hashes_;
    std::vector<std::string> texts_out_;
    boost::container::small_vector<std::string_view, 16> seen_korean_;      // looked up
    boost::container::small_vector<const text::KeyList*, 16> seen_coarse_;  // given
    bool whole_name_done_ = false;
  };

  // One name as its forms are added, batch by batch: a form with the token texts of one
  // already there is not added again, and a form's keys are made only when it is added.
  struct Assembly {
    Assembly(const Impl& impl, const NormalizeOptions& options)
        : keys(impl, options.key_texts), max_forms(std::max<size_t>(options.max_forms, 1)) {}
    bool Full() const { return name.forms.size() >= max_forms; }
    void NewBatch() {
      batch_start = name.forms.size();
      keys.NewBatch();
    }

    NormalizedName name;
    KeyBuilder keys;
    size_t max_forms;
    size_t batch_start = 0;  // forms before it came from an earlier batch
  };

  // The readings of every word of a name, from the memo, the name's systems (in order of first
  // appearance), and which reading of each word each system takes, so that a form is chosen by
  // lookups. (A MemoValue may move; the value it points to does not.)
  struct WordSystems {
    boost::container::small_vector<text::MemoValue<WordReadings>, 8> memo;
    boost::container::small_vector<const WordReadings*, 8> words;
    boost::container::small_vector<std::string_view, 16> systems;
    // Word i's reading in system s, [i * systems.size() + s]: the last it has, else its first.
    boost::container::small_vector<uint8_t, 128> reading_in;

    int IndexOf(std::string_view system) const;  // systems.size() when no word has it
  };
  WordSystems ReadWords(const std::vector<text::RawWord>& words, text::NameContext context) const;

  // One form to build: the reading of each word in one system (else the word's first), in
  // form order, with a hash of their token texts.
  struct ChosenReadings {
    boost::container::small_vector<std::pair<const WordReadings*, size_t>, 8> readings;
    uint64_t texts_hash = 0;
    size_t token_count = 0;
  };
  static ChosenReadings Choose(const WordSystems& words, int system, bool reversed);

  void AddForms(const std::vector<text::RawWord>& words, const NormalizeOptions& options,
                bool parenthetical, Assembly& out) const;
  // Copies the tokens of the chosen readings into a form of `system` and adds it (AddForm).
  void AddChosen(const ChosenReadings& chosen, std::string_view system, bool reversed,
                 bool parenthetical, bool person, bool keys, const NormalizeOptions& options,
                 Assembly& out) const;
  void AddLatinForm(const std::vector<text::RawWord>& words, const NormalizeOptions& options,
                    bool parenthetical, Assembly& out) const;
  // One form of Latin words; with `respelled`, also the words with their English respellings
  // (LatinWord::english), or nothing when none has one.
  void AddLatinWords(const std::vector<text::RawWord>& words, std::string_view system,
                     const NormalizeOptions& options, bool parenthetical, Assembly& out,
                     std::vector<text::RawWord>* respelled = nullptr) const;
  // Classifies the tokens of `form`, marks their roles (`roles`: as a person's name) and adds
  // it with its keys (unless `keys` is false: an earlier form has them), unless a form of an
  // earlier batch has its token texts. `facts` and `keying` give what is known of each token.
  void AddForm(NameForm form, std::span<const text::WordFacts* const> facts,
               std::span<const TokenKeying> keying, bool roles, const NormalizeOptions& options,
               Assembly& out, bool keys = true) const;
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
  // A reading of `word` in `system` from its Latin spelling `latin`, folded, a token per word.
  text::WordReading LatinReading(const text::RawWord& word, std::string_view system,
                                 std::string_view latin) const;
  // The hash of a phonetic key as the index posts it; 0 when it is too short to be posted.
  static uint64_t PhoneticKeyHash(std::string_view phonetic) {
    return phonetic.size() >= 2 ? text::KeyHasher().Add("p:").Add(phonetic).Finish() : 0;
  }
  // Marks titles, legal forms, generic words, connectors, numbers and initials. `known` may
  // give the lexicon facts of each token (null: looked up).
  std::vector<Token> Classify(std::vector<Token> tokens, const NormalizeOptions& options,
                              std::span<const text::WordFacts* const> known = {}) const;
};

}  // namespace embargo
