// The learned transliteration tables compiled into the library: data/transliteration/*.tsv,
// turned into constant arrays at build time by src/text/learned_gen.
#include "text/learned_translit.h"

namespace embargo::text {
namespace {

#include "text/learned_tables.inc"

}  // namespace

LearnedModelData CompiledLearnedModel(LearnedScript script) {
  switch (script) {
    case LearnedScript::kHangul:
      return {kHangulChunks,  kHangulNgrams,  kHangulParams,
              kHangulAliases, kHangulLexicon, kHangulGraphones};
    case LearnedScript::kHan:
      return {kHanChunks, kHanNgrams, kHanParams, kHanAliases, kHanLexicon, kHanGraphones};
    case LearnedScript::kArabic:
      return {kArabicChunks,  kArabicNgrams,  kArabicParams,
              kArabicAliases, kArabicLexicon, kArabicGraphones};
    case LearnedScript::kCyrillic:
      return {kCyrillicChunks,  kCyrillicNgrams,  kCyrillicParams,
              kCyrillicAliases, kCyrillicLexicon, kCyrillicGraphones};
  }
  return {};
}

}  // namespace embargo::text
