// ICU's letter-by-letter Latin for scripts without readers of their own, respelt as the Latin
// spellings of names in those scripts write them.
//
// The scripts of India (Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada,
// Malayalam), which ICU writes in ISO 15919: राहुल शर्मा is "rāhula śarmā". Names are spelt
// otherwise: a word's last inherent vowel is left unsaid in Hindi, Bengali and Nepali, ś and ṣ
// are sh, c is ch, and a first bh before l is a foreign v (Rahul Sharma, Chandra, Vladimir
// Putin for व्लादिमीर पुतिन and भ्लादिमिर पुटिन).
//
// Georgian gives a foreign name ending in a consonant the nominative -i: ვლადიმერ პუტინი is
// "vladimer putini", სერგეი ლავროვი "sergei lavrovi" (Putin, Lavrov).
// Thread-safe: pure functions.
#pragma once

#include <string>
#include <string_view>

namespace embargo::text {

// Whether a word is written in one of those scripts.
bool IsIndic(std::string_view utf8_word);

// The ISO 15919 spelling `iso` of an Indic word `utf8_word` as names are spelt in Latin
// letters (diacritics are left for the caller to fold).
std::string SpeakIndic(std::string_view utf8_word, std::string_view iso);

// A Georgian word's Latin spelling `latin` without the nominative -i after a consonant, or ""
// when it has none.
std::string WithoutGeorgianNominative(std::string_view latin);

}  // namespace embargo::text
