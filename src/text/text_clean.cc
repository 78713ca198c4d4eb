#include "text/text_clean.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>

#include <optional>

namespace embargo::text {
namespace {

bool IsApostrophe(char32_t c) {
  switch (c) {
    case 0x27:
    case 0x60:
    case 0xB4:
    case 0x2018:
    case 0x2019:
    case 0x201B:
    case 0x2032:
    case 0x2035:
    case 0x02B9:
    case 0x02BB:
    case 0x02BC:
    case 0x02BD:
    case 0x02BE:
    case 0x02BF:
    case 0x02C8:
    case 0xFF07:
    case 0x055A:
      return true;
    default:
      return false;
  }
}

bool IsHyphen(char32_t c) {
  switch (c) {
    case 0x2D:
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
    case 0xFE58:
    case 0xFE63:
    case 0xFF0D:
    case 0x2E3A:
    case 0x2E3B:
    case 0x05BE:
    case 0x1806:
    case 0x058A:
    case 0x30A0:
      return true;
    default:
      return false;
  }
}

bool AsciiLetter(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
bool AsciiDigit(char c) { return c >= '0' && c <= '9'; }

bool IsPeriod(char32_t c) { return c == '.' || c == 0x3002 || c == 0xFF0E || c == 0xFF61; }

// Latin, Arabic, ideographic and fullwidth commas.
bool IsComma(char32_t c) { return c == ',' || c == 0x060C || c == 0x3001 || c == 0xFF0C; }
bool IsOpenParen(char32_t c) {
  return c == '(' || c == '[' || c == '{' || c == 0xFF08 || c == 0xFF3B || c == 0x3010;
}
bool IsCloseParen(char32_t c) {
  return c == ')' || c == ']' || c == '}' || c == 0xFF09 || c == 0xFF3D || c == 0x3011;
}

// Letters, marks and digits make words; everything else separates them.
bool IsWordChar(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  return u_isalnum(static_cast<UChar32>(c)) || (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0;
}

// The ASCII spelling of letters that do not decompose into a base letter and marks.
const char* SpecialLatin(char32_t c) {
  switch (c) {
    case 0xDF:
      return "ss";
    case 0xE6:
    case 0xC6:
      return "ae";
    case 0xF0:
    case 0xD0:
    case 0x111:
    case 0x110:
      return "d";
    case 0xF8:
    case 0xD8:
      return "o";
    case 0xFE:
    case 0xDE:
      return "th";
    case 0x131:
      return "i";
    case 0x127:
    case 0x126:
      return "h";
    case 0x138:
      return "k";
    case 0x140:
    case 0x13F:
    case 0x142:
    case 0x141:
      return "l";
    case 0x149:
      return "n";
    case 0x14B:
    case 0x14A:
      return "ng";
    case 0x153:
    case 0x152:
      return "oe";
    case 0x167:
    case 0x166:
      return "t";
    case 0x192:
      return "f";
    case 0x180:
      return "b";
    case 0x1B6:
      return "z";
    case 0x237:
      return "j";
    case 0x259:
    case 0x18F:
    case 0x1DD:
      return "e";  // schwa (Azerbaijani)
    case 0x254:
      return "o";
    case 0x25B:
      return "e";
    case 0x263:
      return "g";
    case 0x269:
      return "i";
    case 0x272:
      return "n";
    case 0x1E9E:
      return "ss";
    default:
      return nullptr;
  }
}

// The script of the letters most non-Latin names are written in, once case-folded: basic
// Russian, Hangul syllables, CJK ideographs and plain Arabic letters; kUnknown for any other
// character. They need neither ICU's folding nor its character properties.
Script CommonLetterScript(char32_t c) {
  if ((c >= 0x0430 && c <= 0x044F) || c == 0x0451) return Script::kCyrillic;  // а..я, ё
  if (c >= 0xAC00 && c <= 0xD7A3) return Script::kHangul;
  if (c >= 0x4E00 && c <= 0x9FFF) return Script::kHan;
  if ((c >= 0x0621 && c <= 0x063A) || (c >= 0x0641 && c <= 0x064A)) return Script::kArabic;
  return Script::kUnknown;
}

}  // namespace

Script ScriptOf(char32_t c) {
  if (c < 0x80) return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ? Script::kLatin : Script::kUnknown;
  UErrorCode err = U_ZERO_ERROR;
  UScriptCode sc = uscript_getScript(static_cast<UChar32>(c), &err);
  if (U_FAILURE(err)) return Script::kUnknown;
  switch (sc) {
    case USCRIPT_COMMON:
    case USCRIPT_INHERITED:
      return Script::kUnknown;
    case USCRIPT_LATIN:
      return Script::kLatin;
    case USCRIPT_CYRILLIC:
      return Script::kCyrillic;
    case USCRIPT_ARABIC:
      return Script::kArabic;
    case USCRIPT_HANGUL:
      return Script::kHangul;
    case USCRIPT_HAN:
      return Script::kHan;
    case USCRIPT_HIRAGANA:
    case USCRIPT_KATAKANA:
      return Script::kKana;
    case USCRIPT_GREEK:
      return Script::kGreek;
    case USCRIPT_HEBREW:
      return Script::kHebrew;
    case USCRIPT_ARMENIAN:
      return Script::kArmenian;
    case USCRIPT_GEORGIAN:
      return Script::kGeorgian;
    case USCRIPT_THAI:
      return Script::kThai;
    case USCRIPT_DEVANAGARI:
      return Script::kDevanagari;
    default:
      return Script::kOther;
  }
}

void AppendUtf8(std::string& out, char32_t c) {
  char bytes[4];
  size_t n = 0;
  if (c < 0x80) {
    bytes[n++] = static_cast<char>(c);
  } else if (c < 0x800) {
    bytes[n++] = static_cast<char>(0xC0 | (c >> 6));
    bytes[n++] = static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    bytes[n++] = static_cast<char>(0xE0 | (c >> 12));
    bytes[n++] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    bytes[n++] = static_cast<char>(0x80 | (c & 0x3F));
  } else {
    bytes[n++] = static_cast<char>(0xF0 | (c >> 18));
    bytes[n++] = static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    bytes[n++] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    bytes[n++] = static_cast<char>(0x80 | (c & 0x3F));
  }
  out.append(bytes, n);
}

TextCleaner::TextCleaner() {
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(err);
  auto ascii_of = [&](char32_t c) {
    if (const char* special = SpecialLatin(c)) return std::string(special);
    std::string out;
    icu::UnicodeString decomposition;
    if (U_SUCCESS(err) && nfd->getDecomposition(static_cast<UChar32>(c), decomposition)) {
      for (int32_t k = 0; k < decomposition.length(); ++k) {
        char16_t d = decomposition[k];
        if (d < 0x80 && ((d | 0x20) >= 'a' && (d | 0x20) <= 'z')) out.push_back(char(d | 0x20));
        if (const char* special = SpecialLatin(d)) out += special;
      }
    }
    return out;
  };
  for (char32_t c = kLatinLow; c < kLatinHigh; ++c) latin_[c - kLatinLow] = ascii_of(c);
  for (char32_t c = kExtLow; c < kExtHigh; ++c) latin_ext_[c - kExtLow] = ascii_of(c);
}

std::string TextCleaner::FoldLatin(std::string_view word) const {
  std::string out;
  out.reserve(word.size());
  size_t i = 0;
  while (i < word.size()) {
    char32_t c = NextCodePoint(word, i);
    if (c < 0x80) {
      if (c >= 'A' && c <= 'Z') c |= 0x20;
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out.push_back(static_cast<char>(c));
    } else if (c >= kLatinLow && c < kLatinHigh) {
      out += latin_[c - kLatinLow];
    } else if (c >= kExtLow && c < kExtHigh) {
      out += latin_ext_[c - kExtLow];
    } else if (u_isdigit(static_cast<UChar32>(c))) {
      out.push_back(static_cast<char>('0' + u_charDigitValue(static_cast<UChar32>(c))));
    }
  }
  return out;
}

namespace {

constexpr char32_t kNoSimpleFold = 0x110000;  // past the last code point

// How SimpleCaseFold folds one code point: to itself, to its lower case, or not at all
// (kNoSimpleFold: ICU must).
char32_t SimpleFold(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z' ? c | 0x20 : c;
  if (c >= 0x0410 && c <= 0x042F) return c + 0x20;  // А..Я
  if (c == 0x0401) return 0x0451;                   // Ё
  return CommonLetterScript(c) != Script::kUnknown ? c : kNoSimpleFold;
}

// Whether SimpleCaseFold would return the text as it is: names in Hangul, Han or Arabic letters,
// which have no case, need no copy.
bool FoldsToItself(std::string_view utf8) {
  for (size_t i = 0; i < utf8.size();) {
    const char32_t c = NextCodePoint(utf8, i);
    if (SimpleFold(c) != c) return false;
  }
  return true;
}

}  // namespace

std::optional<std::string> SimpleCaseFold(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  for (size_t i = 0; i < utf8.size();) {
    const size_t start = i;
    const char32_t c = NextCodePoint(utf8, i);
    const char32_t folded = SimpleFold(c);
    if (folded == kNoSimpleFold) return std::nullopt;
    if (folded < 0x80)
      out.push_back(static_cast<char>(folded));
    else if (folded == c)
      out.append(utf8.substr(start, i - start));
    else
      AppendUtf8(out, folded);
  }
  return out;
}

std::vector<RawWord> TextCleaner::Split(std::string_view name) const {
  bool ascii = true;
  for (char ch : name) ascii = ascii && static_cast<unsigned char>(ch) < 0x80;
  std::string folded;
  // Most names in Cyrillic, Hangul, Han or Arabic letters fold without ICU (SimpleCaseFold).
  if (!ascii && FoldsToItself(name)) {
    ascii = true;  // nothing to fold
  } else if (std::optional<std::string> simple = ascii ? std::nullopt : SimpleCaseFold(name)) {
    folded = std::move(*simple);
    name = folded;
    ascii = true;  // nothing left for ICU to do
  }
  if (!ascii) {
    UErrorCode err = U_ZERO_ERROR;
    const icu::Normalizer2* nfkc_cf = icu::Normalizer2::getNFKCCasefoldInstance(err);
    icu::UnicodeString text = icu::UnicodeString::fromUTF8(
        icu::StringPiece(name.data(), static_cast<int32_t>(name.size())));
    if (U_SUCCESS(err)) text = nfkc_cf->normalize(text, err);
    if (U_SUCCESS(err)) text.toUTF8String(folded);
    if (U_FAILURE(err)) folded.assign(name);
    name = folded;
  }

  std::vector<RawWord> words;
  words.reserve(8);
  RawWord current;
  int paren_depth = 0;
  auto finish = [&]() {
    if (current.text.empty()) return;
    words.push_back(std::move(current));
    current = RawWord();
  };
  size_t i = 0;
  while (i < name.size()) {
    // A run of ASCII letters and digits, most of every name: the rules below, without the
    // lookups, and appended at once. Digits before its first letter belong to the word before.
    if (AsciiLetter(name[i]) || AsciiDigit(name[i])) {
      size_t letter = i;
      while (letter < name.size() && AsciiDigit(name[letter])) ++letter;
      size_t end = letter;
      while (end < name.size() && (AsciiLetter(name[end]) || AsciiDigit(name[end]))) ++end;
      current.text.append(name.substr(i, letter - i));
      if (letter < end) {
        if (current.script != Script::kUnknown && current.script != Script::kLatin &&
            !current.text.empty()) {
          finish();
        }
        if (current.script == Script::kUnknown) current.script = Script::kLatin;
        const size_t from = current.text.size();
        current.text.append(name.substr(letter, end - letter));
        for (size_t k = from; k < current.text.size(); ++k)
          if (AsciiLetter(current.text[k])) current.text[k] |= 0x20;
      }
      current.parenthetical = paren_depth > 0;
      i = end;
      continue;
    }
    const size_t start = i;
    char32_t c = NextCodePoint(name, i);
    const Script common = CommonLetterScript(c);
    if (common != Script::kUnknown || IsWordChar(c)) {
      Script s = common != Script::kUnknown ? common : ScriptOf(c);
      // A change of script inside a word ("КНДР金") starts a new word.
      if (s != Script::kUnknown && current.script != Script::kUnknown && s != current.script &&
          !current.text.empty()) {
        finish();
      }
      if (s != Script::kUnknown && current.script == Script::kUnknown) current.script = s;
      if (c < 0x80) {
        current.text.push_back(static_cast<char>((c >= 'A' && c <= 'Z') ? (c | 0x20) : c));
      } else {
        current.ascii = false;
        // As written, unless written in more bytes than it needs.
        const size_t bytes = c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
        if (i - start == bytes)
          current.text.append(name.substr(start, bytes));
        else
          AppendUtf8(current.text, c);
      }
      current.parenthetical = paren_depth > 0;
      continue;
    }
    if (c == 0xAD) continue;  // soft hyphen: invisible
    if (IsApostrophe(c)) {
      if (!current.text.empty()) current.text.push_back('\'');
      continue;
    }
    if (c == '&') {
      finish();
      words.push_back(RawWord{.text = "&", .parenthetical = paren_depth > 0});
      continue;
    }
    bool next_is_letter = i < name.size() && IsWordChar(static_cast<unsigned char>(name[i]));
    if (!current.text.empty()) {
      while (!current.text.empty() && current.text.back() == '\'') current.text.pop_back();
      current.hyphen_after = IsHyphen(c);
      current.period_after = IsPeriod(c);
      current.comma_after = IsComma(c);
      current.tight_after = (IsPeriod(c) || c == '/') && next_is_letter;
      finish();
    } else if (IsComma(c) && !words.empty()) {
      words.back().comma_after = true;  // "SMITH , John"
    }
    if (IsOpenParen(c)) ++paren_depth;
    if (IsCloseParen(c) && paren_depth > 0) --paren_depth;
  }
  while (!current.text.empty() && current.text.back() == '\'') current.text.pop_back();
  finish();
  return words;
}

}  // namespace embargo::text
