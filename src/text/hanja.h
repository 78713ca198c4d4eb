// Readings of Han characters (Hanja): Korean readings in Hangul and Mandarin readings in pinyin,
// from the Unihan database (fields kHangul, kKorean and kMandarin of Unihan_Readings.txt),
// compiled into a table when the project is built.
//
// Thread-safety: pure functions over an immutable table; call from any thread.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "text/korean.h"

namespace embargo {

// True for a character of the CJK Unified Ideographs blocks or the compatibility ideographs.
bool IsHanCharacter(char32_t c);

// The Korean readings of one character as Hangul syllables (UTF-8), the most common first
// (金: "금", "김"); empty when Unihan gives none.
std::vector<std::string> HanjaKoreanReadings(char32_t c);

// The reading used in personal names when Unihan marks one (金: "김"), else the first reading;
// empty when there is none.
std::string HanjaNameReading(char32_t c);

// The Mandarin readings of one character in pinyin without tone marks, lowercase ASCII, ü as
// "u" (金: "jin"); empty when Unihan gives none.
std::vector<std::string> HanjaMandarinReadings(char32_t c);

// The Korean readings of every character in common use (KS X 1001) read `pinyin` in Mandarin
// (one toneless syllable, "fang": 方 房 芳 放 are all 방), merged jamo by jamo; all-zero when no
// such character reads so.
KoreanSyllable SinoKoreanReadings(std::string_view pinyin);

// Han text read as Korean, one Hangul syllable per character: "金正恩" -> "김정은".
// `as_name`: the first character takes its name reading (a surname) and the others their first
// reading. Spaces and hyphens are kept; nullopt when a character is neither Han with a Korean
// reading, Hangul, nor a separator.
std::optional<std::string> HanjaToHangul(std::string_view utf8, bool as_name = true);

// The key of Han text read as Korean: each character stands for every one of its Korean
// readings. nullopt when HanjaToHangul would fail.
std::optional<KoreanKey> KeyFromHanja(std::string_view utf8);

// Han text read as Mandarin: one pinyin syllable per character, space-separated, first
// readings ("金正恩" -> "jin zheng en"); nullopt when a character has no Mandarin reading.
std::optional<std::string> HanjaToPinyin(std::string_view utf8);

}  // namespace embargo
