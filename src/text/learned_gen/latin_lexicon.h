// Build-time helper of tools/learned_translit_train.cc: the lexicon of Latin name words that
// the learned transliterator offers when the model explains them almost as well as its own
// spellings (data/transliteration/latin_lexicon.tsv).
// Thread-safe: functions without shared state.
#pragma once

#include <string>
#include <vector>

#include "embargo/status.h"

namespace embargo::text {

struct LexiconEntry {
  std::string word;         // lower-case ASCII letters
  size_t count = 0;         // pairs of the TRAIN half that hold it
  bool any_script = false;  // false: only for Hangul (see BuildLatinLexicon)
};

// The words of the Latin sides of `latin_sides`, lower-case ASCII letters, with the number of
// sides that hold them: "Jean-Paul O'Brien" holds "jean", "paul" and "obrien".
std::vector<LexiconEntry> CountLatinWords(const std::vector<std::string>& latin_sides);

// The words seen at least `min_count` times in the Latin sides of the TRAIN pairs of every
// evaluation set under `eval_dir`. A word whose own half (HalfOf) is held out is kept for
// Hangul alone: the token sets are split by their one word, so such a word may be a held-out
// token of theirs, while the Hangul pairs are split by the whole name.
Result<std::vector<LexiconEntry>> BuildLatinLexicon(const std::string& eval_dir, size_t min_count);

// Writes the lexicon as `word, count, scripts`, sorted by word.
Status WriteLatinLexicon(const std::vector<LexiconEntry>& lexicon, const std::string& path);

}  // namespace embargo::text
