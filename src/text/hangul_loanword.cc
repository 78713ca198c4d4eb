// Foreign names written in Hangul, spelled back the way the Korean loanword orthography
// (외래어 표기법) wrote them: 조지 워싱턴 -> george washington, 베토벤 -> beethoven.
//
// The orthography writes a consonant without a vowel with the vowel ㅡ (트 = t, 스 = s,
// 르 = r), English sh as ㅅ before i/y vowels (시 = shi), z and j both as ㅈ, f as ㅍ, v as ㅂ,
// and l and r both as ㄹ (ll between vowels). Reading it back cannot recover everything, so
// `variant` picks the other member of each pair (r/l, b/v, p/f, j/z).
#include "text/hangul_reader.h"

namespace embargo::text {
namespace {

enum Initial { G, GG, N, D, DD, R, M, B, BB, S, SS, NG, J, JJ, CH, K, T, P, H };
enum Vowel { A, AE, YA, YAE, EO, E, YEO, YE, O, WA, WAE, OE, YO, U, WO, WE, WI, YU, EU, UI, I };
enum Final {
  F0,
  FG,
  FGG,
  FGS,
  FN,
  FNJ,
  FNH,
  FD,
  FL,
  FLG,
  FLM,
  FLB,
  FLS,
  FLT,
  FLP,
  FLH,
  FM,
  FB,
  FBS,
  FS,
  FSS,
  FNG,
  FJ,
  FCH,
  FK,
  FT,
  FP,
  FH
};

struct Jamo {
  int initial = -1, vowel = -1, final = -1;
};

Jamo Decompose(char32_t c) {
  if (c < 0xAC00 || c > 0xD7A3) return {};
  int index = static_cast<int>(c - 0xAC00);
  return {index / 588, (index % 588) / 28, index % 28};
}

const char* InitialLatin(int initial, int vowel, int variant) {
  bool y_vowel = vowel == YA || vowel == YEO || vowel == YO || vowel == YU || vowel == I ||
                 vowel == YAE || vowel == YE;
  switch (initial) {
    case G:
      return "g";
    case GG:
      return "k";
    case N:
      return "n";
    case D:
      return "d";
    case DD:
      return "t";
    case R:
      return variant ? "l" : "r";
    case M:
      return "m";
    case B:
      return variant ? "v" : "b";
    case BB:
      return "p";
    case S:
    case SS:
      return y_vowel && vowel != I ? "sh" : (vowel == I && variant ? "sh" : "s");
    case NG:
      return "";
    case J:
      return vowel == EU ? "z" : (variant ? "z" : "j");
    case JJ:
      return "ts";
    case CH:
      return vowel == EU ? "ts" : "ch";
    case K:
      return "k";
    case T:
      return "t";
    case P:
      return variant ? "f" : "p";
    case H:
      return "h";
    default:
      return "";
  }
}

// Vowels after ㅅ/ㅈ/ㅊ lose their y: 샤 = sha, 쇼 = sho, 쥬 = ju.
const char* VowelLatin(int vowel, bool after_palatal) {
  switch (vowel) {
    case A:
      return "a";
    case AE:
      return "a";
    case YA:
      return after_palatal ? "a" : "ya";
    case YAE:
      return "ya";
    case EO:
      return "o";
    case E:
      return "e";
    case YEO:
      return after_palatal ? "e" : "ye";
    case YE:
      return "ye";
    case O:
      return "o";
    case WA:
      return "wa";
    case WAE:
      return "wa";
    case OE:
      return "we";
    case YO:
      return after_palatal ? "o" : "yo";
    case U:
      return "u";
    case WO:
      return "wo";
    case WE:
      return "we";
    case WI:
      return "wi";
    case YU:
      return after_palatal ? "u" : "yu";
    case EU:
      return "";
    case UI:
      return "ui";
    case I:
      return "i";
    default:
      return "";
  }
}

const char* FinalLatin(int final) {
  switch (final) {
    case F0:
      return "";
    case FG:
    case FGG:
    case FK:
      return "k";
    case FN:
      return "n";
    case FL:
      return "l";
    case FM:
      return "m";
    case FB:
    case FP:
      return "p";
    case FS:
    case FD:
    case FJ:
    case FCH:
    case FT:
    case FH:
      return "t";
    case FNG:
      return "ng";
    default:
      return "";
  }
}

}  // namespace

std::string HangulLoanwordSpelling(std::string_view utf8_word, int variant) {
  std::vector<Jamo> syllables;
  size_t i = 0;
  while (i < utf8_word.size()) {
    Jamo j = Decompose(NextCodePoint(utf8_word, i));
    if (j.initial >= 0) syllables.push_back(j);
  }
  std::string out;
  for (size_t k = 0; k < syllables.size(); ++k) {
    const Jamo& s = syllables[k];
    bool palatal =
        s.initial == S || s.initial == SS || s.initial == J || s.initial == CH || s.initial == JJ;
    // ㄹ closing a syllable before an initial ㄹ writes one l between vowels (윌리엄 William).
    if (s.initial == R && k > 0 && syllables[k - 1].final == FL) {
      out += variant ? "" : "l";
    } else {
      out += InitialLatin(s.initial, s.vowel, variant);
    }
    // ㅡ with no final is the orthography's silent vowel, except as a whole syllable (으).
    if (s.vowel == EU && s.final == F0 && s.initial != NG) {
      // A final 르 after a vowel is an English r (베르 -> ber): already written as "r".
    } else if (s.vowel == EU) {
      out += s.final == F0 ? "e" : "u";  // 으 alone; 은, 슨, 튼 with a final
    } else {
      out += VowelLatin(s.vowel, palatal);
    }
    out += FinalLatin(s.final);
  }
  return out;
}

}  // namespace embargo::text
