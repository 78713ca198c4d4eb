// The scripts of India (Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada,
// Malayalam) write a consonant with an inherent vowel, which ICU spells "a": व्लादिमीर पुतिन is
// "vladimira putina". Hindi, Bengali and Nepali leave it unsaid at the end of a word, and so do
// the Latin spellings of their names and of foreign ones: Vladimir Putin, Rahul, Amit.
// Thread-safe: pure functions.
#pragma once

#include <string_view>

namespace embargo::text {

// Whether a word of one of those scripts ends in a consonant letter, whose vowel its Latin
// spelling may leave out.
bool EndsInInherentVowel(std::string_view utf8_word);

}  // namespace embargo::text
