// Japanese kana (Katakana, and Hiragana read as Katakana) to Latin for names:
//
//   hepburn        a Japanese name as a Japanese passport writes it, long vowels unmarked:
//                  サトウ ヒロシ "sato hiroshi", オオノ "ono", ナンバ "namba", ハットリ "hattori"
//   kana_foreign   a foreign name as Japanese writes it, read back: long vowels and doubled
//   kana_foreign2  consonants left out, and the vowel Japanese puts after a consonant where the
//                  name has none left out too: at the end of a word (バラク "barak", キム "kim"),
//                  before an r (ト-ラ tr, ク-リ kr), after s (ス-ミ sm). Japanese writes r and l
//                  alike: the first reading spells r, the second l (ドナルド "donard", "donald").
//
// ICU's Katakana-Latin keeps every vowel Japanese adds ("donarudo toranpu"), which no Latin
// spelling of a foreign name has. Thread-safe: no state.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace embargo::text {

enum class KanaSystem { kHepburn, kForeignR, kForeignL };

// One word of kana in one system, its parts (written apart by ・ or ＝) separated by spaces.
// Empty when the word holds a character that is not kana.
std::string KanaToLatin(std::string_view utf8, KanaSystem system);

// The spellings "hepburn", "kana_foreign" and "kana_foreign2" of a kana word, by system; one
// that spells the word as an earlier one does is left out. None when the word holds a
// character that is not kana.
std::vector<std::pair<std::string_view, std::string>> KanaSpellings(std::string_view utf8);

}  // namespace embargo::text
