#include "text/brahmic.h"

#include "text/text_clean.h"

namespace embargo::text {

bool EndsInInherentVowel(std::string_view utf8_word) {
  char32_t last = 0;
  for (size_t i = 0; i < utf8_word.size();) last = NextCodePoint(utf8_word, i);
  // Devanagari to Malayalam, blocks of 128 code points with one layout (ISCII's): consonants
  // at 0x15..0x39 of the block, consonants with a nukta at 0x58..0x5F.
  if (last < 0x0900 || last >= 0x0D00) return false;
  const char32_t at = last & 0x7F;
  return (at >= 0x15 && at <= 0x39) || (at >= 0x58 && at <= 0x5F);
}

}  // namespace embargo::text
