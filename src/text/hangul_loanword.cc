// Foreign names written in Hangul, spelled back the way the Korean loanword orthography
// (외래어 표기법) wrote them: 조지 워싱턴 -> george woshington, 베토벤 -> betoben.
//
// The orthography writes a consonant without a vowel with the vowel ㅡ (트 = t, 스 = s,
// 르 = r), English sh as ㅅ before i/y vowels (시 = shi), z and j both as ㅈ, f as ㅍ, v as ㅂ,
// l and r both as ㄹ (ll between vowels), /eɪ/ as 에이. Reading it back cannot recover
// everything, so `variant` 1 picks the other member of each pair (l, v, f, z for r, b, p, j).
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

bool IsYVowel(int v) { return v == YA || v == YAE || v == YEO || v == YE || v == YO || v == YU; }
bool IsBackVowel(int v) { return v == A || v == AE || v == O || v == U || v == EO || v == WA; }

// The letters of one syllable's initial consonant.
std::string InitialLatin(const Jamo& s, const Jamo* previous, bool word_start, int variant) {
  switch (s.initial) {
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
      // ㄹㄹ between vowels is an l (윌리엄 William, 엘런 Ellen); a lone ㄹ between vowels is
      // usually an r (해럴드 Harold); at the start of a word either.
      if (previous && previous->final == FL) return variant ? "l" : "";
      if (word_start) return variant ? "l" : "r";
      return "r";
    case M:
      return "m";
    case B:
      return variant ? "v" : "b";
    case BB:
      return "p";
    case S:
    case SS:
      if (IsYVowel(s.vowel) || s.vowel == WI) return "sh";
      return "s";
    case NG:
      return "";
    case J:
      return s.vowel == EU ? (variant ? "z" : "s") : (variant ? "z" : "j");
    case JJ:
      return "ts";
    case CH:
      return s.vowel == EU ? "ts" : "ch";
    case K:
      return IsBackVowel(s.vowel) && !variant ? "c" : "k";
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
      return "e";
    case E:
      return "e";
    case YEO:
      return after_palatal ? "e" : "ye";
    case YE:
      return after_palatal ? "e" : "ye";
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
      return "u";
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

// Japanese names by the Korean orthography for Japanese: voiceless stops are written plain
// at the start of a word and aspirated inside it (다나카 Tanaka, 가토 Kato), ㅡ is u (스즈키
// Suzuki), 쓰 is tsu, 후 fu, and a final ㅅ doubles the next consonant (훗카이도 Hokkaido).
std::string JapaneseSpelling(const std::vector<Jamo>& syllables) {
  std::string out;
  for (size_t k = 0; k < syllables.size(); ++k) {
    const Jamo& s = syllables[k];
    bool start = k == 0;
    const char* initial = "";
    switch (s.initial) {
      case G:
        initial = start ? "k" : "g";
        break;
      case D:
        initial = start ? "t" : "d";
        break;
      case B:
        initial = start ? "p" : "b";
        break;
      case J:
        initial = start ? "ch" : "j";
        break;
      case K:
        initial = "k";
        break;
      case T:
        initial = "t";
        break;
      case P:
        initial = "p";
        break;
      case CH:
        initial = s.vowel == EU ? "ts" : "ch";
        break;
      case SS:
        initial = s.vowel == EU ? "ts" : "s";
        break;
      case S:
        initial = (s.vowel == I || IsYVowel(s.vowel) || s.vowel == WI) ? "sh" : "s";
        break;
      case N:
        initial = "n";
        break;
      case M:
        initial = "m";
        break;
      case R:
        initial = "r";
        break;
      case H:
        initial = s.vowel == U ? "f" : "h";
        break;
      case GG:
        initial = "k";
        break;
      case DD:
        initial = "t";
        break;
      case BB:
        initial = "p";
        break;
      case JJ:
        initial = "ts";
        break;
      default:
        break;
    }
    if (s.initial == J && s.vowel == EU) initial = "z";
    out += initial;
    bool palatal = s.initial == S || s.initial == J || s.initial == CH || s.initial == JJ;
    switch (s.vowel) {
      case EU:
      case U:
        out += "u";
        break;
      case AE:
      case E:
        out += "e";
        break;
      case EO:
        out += "o";
        break;
      default:
        out += VowelLatin(s.vowel, palatal);
        break;
    }
    if (s.final == FS && k + 1 < syllables.size()) {
      std::string next = JapaneseSpelling({syllables[k + 1]});
      if (!next.empty()) out.push_back(next[0] == 'c' ? 't' : next[0]);
    } else if (s.final == FN || s.final == FNG || s.final == FM) {
      out += "n";
    } else {
      out += FinalLatin(s.final);
    }
  }
  return out;
}

}  // namespace

std::string HangulJapaneseSpelling(std::string_view utf8_word) {
  std::vector<Jamo> syllables;
  size_t i = 0;
  while (i < utf8_word.size()) {
    Jamo j = Decompose(NextCodePoint(utf8_word, i));
    if (j.initial >= 0) syllables.push_back(j);
  }
  return JapaneseSpelling(syllables);
}

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
    const Jamo* previous = k > 0 ? &syllables[k - 1] : nullptr;
    const Jamo* next = k + 1 < syllables.size() ? &syllables[k + 1] : nullptr;
    // 이 after 에/아/오 is the second half of a diphthong (제이 jay, 라이 rye): written "y"
    // at the end of a word and dropped before a consonant (제임스 james, 제인 jane).
    if (s.initial == NG && s.vowel == I && previous && previous->final == F0 &&
        (previous->vowel == E || previous->vowel == A || previous->vowel == O)) {
      if (previous->vowel == E) out.back() = 'a';
      if (s.final == F0 && !next) {
        out += "y";
      } else if (previous->vowel != E || variant) {
        out += "i";  // 알레이나 Alaina; 라이언 Ryan
      }
      out += FinalLatin(s.final);
      if (s.final != F0 && previous->vowel == E && !next) out += "e";  // 제인 jane
      continue;
    }
    bool palatal =
        s.initial == S || s.initial == SS || s.initial == J || s.initial == CH || s.initial == JJ;
    out += InitialLatin(s, previous, k == 0, variant);
    bool cluster_l = s.vowel == EU && s.final == FL && next && next->initial == R;
    if ((s.vowel == EU && s.final == F0 && s.initial != NG) || cluster_l) {
      // The orthography's silent vowel: 트 t, 스 s, 르 r; 클라 kla, 블레 ble.
    } else if (s.vowel == EU) {
      out += s.final == F0 ? "e" : "o";  // 으; 슨 son, 튼 ton
    } else if (s.vowel == EO && s.final == F0 && !next) {
      out += "er";  // English -er: 스토너 Stoner, 에커 Ecker
    } else if (s.vowel == I && s.final == F0 && !next && s.initial == CH && k > 0) {
      out.resize(out.size() - 2);
      out += variant ? "c" : "ch";  // -ić, -ich: 루도비치 Ludovic, 밀로셰비치 Milosevic
    } else if (s.vowel == I && s.final == F0 && !next && s.initial != NG && k > 0) {
      out += variant ? "i" : "y";  // 지미 Jimmy, 테리 Terry; Giovanni, Nicoli
    } else {
      out += VowelLatin(s.vowel, palatal);
    }
    out += FinalLatin(s.final);
  }
  return out;
}

}  // namespace embargo::text
