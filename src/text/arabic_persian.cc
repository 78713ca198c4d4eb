// Arabic script as Persian (Dari), Pashto and Urdu write it. Afghan and Pakistani names on the
// lists come in it: فیض الله خان نورزی is FAIZULLAH KHAN NOORZAI, ضیا is Zia, ځدران Zadran. Those
// languages add letters (ی ک گ پ چ ژ ہ ے, Pashto ټ ډ ړ ښ ږ ځ څ ګ ڼ, Urdu ٹ ڈ ڑ), write ی where
// Arabic writes ي, and sound some Arabic letters otherwise (ذ ض ظ as z, ث as s).
#include <string>
#include <utility>

#include "text/arabic_reader.h"

namespace embargo::text {
namespace {

// The letters only Persian, Pashto or Urdu write, each with the letter the Arabic readers know
// for it (itself where they know it already: پ چ ژ گ).
constexpr std::pair<char32_t, char32_t> kPersianLetters[] = {
    {U'پ', U'پ'}, {U'چ', U'چ'}, {U'ژ', U'ژ'}, {U'گ', U'گ'}, {U'ی', U'ي'},
    {U'ے', U'ي'}, {U'ۍ', U'ي'}, {U'ې', U'ي'}, {U'ک', U'ك'}, {U'ہ', U'ه'},
    {U'ھ', U'ه'}, {U'ۀ', U'ه'}, {U'ں', U'ن'}, {U'ڼ', U'ن'}, {U'ټ', U'ت'},
    {U'ډ', U'د'}, {U'ړ', U'ر'}, {U'ښ', U'ش'}, {U'ږ', U'ژ'}, {U'ځ', U'ز'},
    {U'څ', U'س'}, {U'ګ', U'گ'}, {U'ٹ', U'ت'}, {U'ڈ', U'د'}, {U'ڑ', U'ر'}};

const std::pair<char32_t, char32_t>* FindPersianLetter(char32_t c) {
  if (c < 0x066E) return nullptr;  // the Arabic letters, most of every name
  for (const auto& letter : kPersianLetters) {
    if (letter.first == c) return &letter;
  }
  return nullptr;
}

char32_t ArabicShape(char32_t c, bool persian) {
  if (c == U'ى') return persian ? U'ي' : c;  // Afghan texts write ی so, even inside a word (حنفى)
  const auto* letter = FindPersianLetter(c);
  return letter ? letter->second : c;
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
    if (FindPersianLetter(NextCodePoint(utf8, i))) return true;
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
