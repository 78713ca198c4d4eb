// Arabic script as Persian (Dari), Pashto and Urdu write it. Afghan and Pakistani names on the
// lists come in it: فیض الله خان نورزی is FAIZULLAH KHAN NOORZAI, ضیا is Zia, ځدران Zadran. Those
// languages add letters (ی ک گ پ چ ژ ہ ے, Pashto ټ ډ ړ ښ ږ ځ څ ګ ڼ), write ی where Arabic writes
// ي, and sound some Arabic letters otherwise (ذ ض ظ as z, ث as s).
#include <string>

#include "text/arabic_reader.h"

namespace embargo::text {
namespace {

bool IsPersianLetter(char32_t c) {
  switch (c) {
    case U'پ':
    case U'چ':
    case U'ژ':
    case U'گ':
    case U'ی':
    case U'ک':
    case U'ہ':
    case U'ھ':
    case U'ے':
    case U'ۀ':
    case U'ں':
    case U'ټ':
    case U'ډ':
    case U'ړ':
    case U'ښ':
    case U'ږ':
    case U'ځ':
    case U'څ':
    case U'ګ':
    case U'ڼ':
    case U'ۍ':
    case U'ې':
      return true;
    default:
      return false;
  }
}

// The letter the Arabic readers know for each Persian, Pashto or Urdu one.
char32_t ArabicShape(char32_t c, bool persian) {
  switch (c) {
    case U'ی':
    case U'ے':
    case U'ۍ':
    case U'ې':
      return U'ي';
    case U'ى':  // Afghan texts write ی so, even inside a word (حنفى, نورزى)
      return persian ? U'ي' : c;
    case U'ک':
      return U'ك';
    case U'ہ':
    case U'ھ':
    case U'ۀ':
      return U'ه';
    case U'ں':
    case U'ڼ':
      return U'ن';
    case U'ټ':
      return U'ت';
    case U'ډ':
      return U'د';
    case U'ړ':
      return U'ر';
    case U'ښ':
      return U'ش';
    case U'ږ':
      return U'ژ';
    case U'ځ':
      return U'ز';
    case U'څ':
      return U'س';
    case U'ګ':
      return U'گ';
    default:
      return c;
  }
}

template <typename Map>
std::string MapLetters(std::string_view utf8, Map map) {
  std::string out;
  out.reserve(utf8.size());
  for (size_t i = 0; i < utf8.size();) {
    const size_t start = i;
    const char32_t c = NextCodePoint(utf8, i);
    const char32_t m = map(c);
    if (m == c) {
      out.append(utf8.substr(start, i - start));
    } else {
      AppendUtf8(out, m);
    }
  }
  return out;
}

}  // namespace

bool HasPersianLetters(std::string_view utf8) {
  for (size_t i = 0; i < utf8.size();) {
    if (IsPersianLetter(NextCodePoint(utf8, i))) return true;
  }
  return false;
}

std::string FoldArabicShapes(std::string_view utf8, bool persian) {
  return MapLetters(utf8, [persian](char32_t c) { return ArabicShape(c, persian); });
}

std::string PersianSounds(std::string_view folded) {
  return MapLetters(folded, [](char32_t c) -> char32_t {
    switch (c) {
      case U'ث':
        return U'س';
      case U'ذ':
      case U'ض':
      case U'ظ':
        return U'ز';
      default:
        return c;
    }
  });
}

}  // namespace embargo::text
