// Foreign names written in Arabic script: the vowels are written as letters (كازانتزاكيس
// kazantzakis), so no short vowels are guessed, و and ي are read as vowels between consonants,
// and the letters Arabic borrows for foreign sounds take their usual Latin values (غ g, ج g/j,
// ف f/v, تش ch).
#include "text/arabic_reader.h"

namespace embargo::text {
namespace {

bool IsLongVowel(char32_t c) { return c == U'ا' || c == U'و' || c == U'ي' || c == U'ى'; }

const char* ForeignConsonant(char32_t c, int variant) {
  switch (c) {
    case U'ب':
      return variant ? "p" : "b";
    case U'ت':
    case U'ط':
      return "t";
    case U'ث':
      return "th";
    case U'ج':
      return variant ? "g" : "j";
    case U'ح':
    case U'ه':
    case U'ھ':
      return "h";
    case U'خ':
      return "kh";
    case U'د':
    case U'ض':
      return "d";
    case U'ذ':
      return "th";
    case U'ر':
      return "r";
    case U'ز':
    case U'ظ':
      return "z";
    case U'س':
    case U'ص':
      return "s";
    case U'ش':
      return variant == 1 ? "ch" : "sh";
    case U'غ':
    case U'گ':
    case U'ڨ':
      return "g";
    case U'ف':
      return variant ? "v" : "f";
    case U'ڤ':
      return "v";
    case U'ق':
    case U'ك':
    case U'ک':
      return variant == 1 ? "c" : "k";
    case U'ل':
      return "l";
    case U'م':
      return "m";
    case U'ن':
      return "n";
    case U'پ':
      return "p";
    case U'چ':
      return "ch";
    case U'ژ':
      return "j";
    default:
      return nullptr;
  }
}

bool IsLatinVowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

// Consonant pairs that European names write together; others had a vowel Arabic left out.
bool CommonCluster(char a, char b) {
  static constexpr std::string_view kPairs[] = {
      "st", "sk", "sp", "sc", "tr", "dr", "br", "pr", "gr", "kr", "cr", "fr", "vr", "bl", "pl",
      "kl", "gl", "fl", "sl", "cl", "sh", "ch", "th", "kh", "gh", "nd", "nt", "ng", "nk", "nc",
      "mp", "mb", "rd", "rt", "rk", "rn", "rm", "rs", "rg", "rb", "rc", "rl", "rv", "rz", "ls",
      "ld", "lt", "lm", "lk", "lv", "ns", "nz", "ts", "tz", "ss", "ll", "nn", "mm", "tt", "ck",
      "sm", "sn", "lf", "rf", "ft", "ct", "pt", "ps", "nj", "mn", "hr", "ht", "gn", "ks", "zk"};
  char pair[2] = {a, b};
  std::string_view p(pair, 2);
  for (std::string_view c : kPairs) {
    if (c == p) return true;
  }
  return false;
}

// Puts an e between two consonants that rarely stand together in European names.
std::string WithShortVowels(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    out.push_back(s[i]);
    if (i + 1 < s.size() && !IsLatinVowel(s[i]) && !IsLatinVowel(s[i + 1]) &&
        !CommonCluster(s[i], s[i + 1]) && !(i > 0 && !IsLatinVowel(s[i - 1]))) {
      out.push_back('e');
    }
  }
  return out;
}

}  // namespace

std::string ArabicReader::SpellForeign(std::string_view utf8_word, int variant) const {
  std::u32string w;
  size_t i = 0;
  while (i < utf8_word.size()) {
    char32_t c = NextCodePoint(utf8_word, i);
    if (c != 0x640 && !(c >= 0x64B && c <= 0x652)) w.push_back(c);  // tatweel, vowel marks
  }
  std::string out;
  // Variant 2 is variant 0 with short vowels; variant 3 writes variant 1's consonants (p, g, v)
  // with variant 0's vowels (i), as Russian and other Slavic names are spelt: Vladimir Putin.
  const int letters = variant == 2 ? 0 : variant;
  for (size_t k = 0; k < w.size(); ++k) {
    char32_t c = w[k];
    char32_t prev = k > 0 ? w[k - 1] : 0;
    char32_t next = k + 1 < w.size() ? w[k + 1] : 0;
    bool after_consonant = k > 0 && !IsLongVowel(prev) && prev != U'أ' && prev != U'إ';
    if ((c == U'ت' && next == U'ش') || (c == U'د' && next == U'ج')) {
      out += c == U'ت' ? "ch" : "j";
      ++k;
    } else if (c == U'ك' && next == U'س') {
      out += "x";
      ++k;
    } else if (const char* latin = ForeignConsonant(c, letters)) {
      // A final -er, -el, -en after a consonant lost its e: كافندر Cavender, منغر Munger.
      bool last = k + 1 == w.size();
      if (last && after_consonant && (c == U'ر' || c == U'ل' || c == U'ن')) out += "e";
      // A final ه after a consonant is a vowel: هنريكه Henrique.
      out += (c == U'ه' && last && k > 0) ? "e" : latin;
    } else if (c == U'ا' || c == U'آ' || c == U'ى' || c == U'ة') {
      out += "a";
    } else if (c == U'أ' || c == U'إ') {
      bool vowel_next = next == U'و' || next == U'ي';
      if (!vowel_next) out += c == U'إ' ? "i" : "a";
    } else if (c == U'و') {
      bool consonant_next = next && !IsLongVowel(next);
      // At the start of a word, و before a consonant is a consonant (ولادیمیر, Vladimir).
      bool vowel = !next || ((after_consonant || prev == U'أ') && consonant_next);
      out += vowel ? (letters ? "u" : "o") : k == 0 && consonant_next && letters ? "v" : "w";
    } else if (c == U'ي' || c == U'ی' || c == U'ئ') {
      bool vowel_next = next == U'ا' || next == U'و';
      if (k == 0 && next) {
        out += "y";
      } else if (vowel_next && after_consonant) {
        out += "i";  // ماريا maria
      } else if (after_consonant || prev == U'إ' || prev == U'أ' || !next) {
        out += letters == 1 ? "e" : "i";
      } else {
        out += "y";
      }
    } else if (c == U'ؤ') {
      out += "u";
    }
  }
  return variant == 2 ? WithShortVowels(out) : out;
}

}  // namespace embargo::text
