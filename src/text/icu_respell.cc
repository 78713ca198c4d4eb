#include "text/icu_respell.h"

#include "text/text_clean.h"

namespace embargo::text {
namespace {

constexpr char32_t kVirama = 0x4D;  // within the block

// Devanagari to Malayalam: blocks of 128 code points with one layout (ISCII's).
bool InIndicBlock(char32_t c) { return c >= 0x0900 && c < 0x0D00; }

// A consonant letter, which carries the inherent vowel: 0x15..0x39 of the block, or one with
// a nukta at 0x58..0x5F.
bool IsConsonant(char32_t c) {
  const char32_t at = c & 0x7F;
  return InIndicBlock(c) && ((at >= 0x15 && at <= 0x39) || (at >= 0x58 && at <= 0x5F));
}

}  // namespace

bool IsIndic(std::string_view utf8_word) {
  size_t i = 0;
  return !utf8_word.empty() && InIndicBlock(NextCodePoint(utf8_word, i));
}

std::string SpeakIndic(std::string_view utf8_word, std::string_view iso) {
  char32_t before = 0, last = 0;
  for (size_t i = 0; i < utf8_word.size();) before = last, last = NextCodePoint(utf8_word, i);
  std::string out;
  out.reserve(iso.size() + 4);
  for (size_t i = 0; i < iso.size();) {
    const size_t at = i;
    const char32_t c = NextCodePoint(iso, i);
    if (c == U'ś' || c == U'ṣ') {
      out += "sh";
    } else if (c == U'c' && (i >= iso.size() || iso[i] != 'h')) {
      out += "ch";
    } else {
      out.append(iso.substr(at, i - at));
    }
  }
  // ICU writes the inherent vowel of a final consonant as a plain "a". After a cluster (a
  // virama before the consonant) it is said: Chandra, Narendra.
  const bool cluster = InIndicBlock(before) && (before & 0x7F) == kVirama;
  if (IsConsonant(last) && !cluster && out.size() > 2 && out.back() == 'a') out.pop_back();
  // A foreign v before l is written bh, which no Indic word begins with: भ्लादिमिर, Vladimir.
  if (out.starts_with("bhl")) out.replace(0, 2, "v");
  return out;
}

std::string WithoutGeorgianNominative(std::string_view latin) {
  auto vowel = [](char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; };
  if (latin.size() < 5 || latin.back() != 'i' || vowel(latin[latin.size() - 2])) return {};
  return std::string(latin.substr(0, latin.size() - 1));
}

}  // namespace embargo::text
