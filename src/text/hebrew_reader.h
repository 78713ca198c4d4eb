// Hebrew to Latin for names. Hebrew writes consonants, and of the vowels only those that ו (o,
// u; else v) and י (i; else y) carry, and א, ע, ה at the edges of a word; a reader guesses the
// rest. Two readings, neither guessing: the name score compares them with Latin spellings as
// it compares readings of Arabic, whose letters and missing vowels it folds alike.
//
//   hebrew   an Israeli name as Israelis spell it: ב כ פ soft inside a word (v, kh, f), ח ch,
//            צ tz, ו o: ינון לוי "ynon lvi" (Yinon Levi), שרביט "shrvit" (Sharvit)
//   foreign  a foreign name as Hebrew writes it: ב כ פ hard (b, k, p), ח h, צ ts, ו u:
//            ולדימיר פוטין "vldimir putin"
// Thread-safe: no state.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "text/reading.h"
#include "text/text_clean.h"

namespace embargo::text {

enum class HebrewSystem { kHebrew, kForeign };

// One Hebrew word (points allowed) in one system; other characters are dropped.
std::string HebrewToLatin(std::string_view utf8, HebrewSystem system);

// The readings "hebrew" and "hebrew_foreign" of a Hebrew word: one when both spell it alike,
// and only "hebrew" for a frequent name word (כהן, cohen).
std::vector<WordReading> ReadHebrew(const RawWord& word);

}  // namespace embargo::text
