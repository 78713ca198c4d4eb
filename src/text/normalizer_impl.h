// Internals of the Normalizer, shared by normalizer*.cc.
#pragma once

#include <string>
#include <vector>

#include "embargo/normalizer.h"
#include "text/arabic_reader.h"
#include "text/cyrillic_reader.h"
#include "text/han_reader.h"
#include "text/hangul_reader.h"
#include "text/icu_translit.h"
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

  std::vector<NameForm> FormsOf(const std::vector<text::RawWord>& words,
                                const NormalizeOptions& options, bool parenthetical) const;
  std::vector<text::RawWord> MergeKoreanName(const std::vector<text::RawWord>& words,
                                             const NormalizeOptions& options) const;
  static std::vector<text::RawWord> MergeArabicCompounds(std::vector<text::RawWord> words);
  text::NameContext ContextOf(const std::vector<text::RawWord>& words,
                              const NormalizeOptions& options) const;
  std::vector<text::WordReading> ReadWord(const text::RawWord& word,
                                          const text::NameContext& context) const;
  text::WordReading ReadLatin(const text::RawWord& word) const;
  text::WordReading ReadWithIcu(const text::RawWord& word) const;
  // Marks titles, legal forms, generic words, connectors, numbers and initials.
  std::vector<Token> Classify(std::vector<Token> tokens, const NormalizeOptions& options) const;
  std::vector<std::string> KeysOf(const std::vector<NameForm>& forms) const;
};

namespace text {
// The serialized Korean key of a Latin word (with its apostrophes and breves), or "".
std::string LatinKoreanKey(std::string_view utf8_word);
}  // namespace text

}  // namespace embargo
