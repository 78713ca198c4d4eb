// Hangul to Latin: McCune-Reischauer (as the DPRK writes it, and without diacritics) and the
// Revised Romanization, per syllable or joined with the sound changes of connected speech.
#include <algorithm>
#include <string>
#include <vector>

#include "text/korean.h"
#include "text/korean_jamo.h"
#include "text/korean_surnames.h"

namespace embargo {
namespace {

namespace kj = korean_internal;

struct SystemTable {
  // Initial consonants at the start of a word or after a voiceless final, and between voiced
  // sounds (MR voices ㄱ ㄷ ㅂ ㅈ there: "Chŏngŭn" but "Kim Chŏng").
  const char* initial[kj::kInitialCount];
  const char* voiced_initial[kj::kInitialCount];
  const char* vowel[kj::kVowelCount];
  const char* s_before_i;  // ㅅ before ㅣ and ㅟ
};

constexpr SystemTable kDprk = {
    {"k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "j", "jj", "ch", "kh", "th",
     "ph", "h"},
    {"g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "kh", "th",
     "ph", "h"},
    {"a",  "ae", "ya", "yae", "o",  "e",  "yo", "ye", "o",  "wa", "wae",
     "oe", "yo", "u",  "wo",  "we", "wi", "yu", "u",  "ui", "i"},
    "s",
};

constexpr SystemTable kMr = {
    {"k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "ch", "tch", "ch", "k", "t",
     "p", "h"},
    {"g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "tch", "ch", "k", "t", "p",
     "h"},
    {"a",  "ae", "ya", "yae", "o",  "e",  "yo", "ye", "o",  "wa", "wae",
     "oe", "yo", "u",  "wo",  "we", "wi", "yu", "u",  "ui", "i"},
    "sh",
};

constexpr SystemTable kRevised = {
    {"g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p",
     "h"},
    {"g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p",
     "h"},
    {"a",  "ae", "ya", "yae", "eo", "e",  "yeo", "ye", "o",  "wa", "wae",
     "oe", "yo", "u",  "wo",  "we", "wi", "yu",  "eu", "ui", "i"},
    "s",
};

// The popular South Korean spellings start from the Revised consonants; their vowels follow
// PopularVowel().
constexpr SystemTable kPopular = {
    {"k", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p",
     "h"},
    {"g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p",
     "h"},
    {"a",  "ae", "ya", "yae", "eo", "e",  "yeo", "ye", "o",  "wa", "wae",
     "oe", "yo", "oo", "wo",  "we", "wi", "yu",  "eu", "ui", "i"},
    "s",
};

const SystemTable& TableOf(KoreanSystem system) {
  switch (system) {
    case KoreanSystem::kDprk:
      return kDprk;
    case KoreanSystem::kMr:
      return kMr;
    case KoreanSystem::kPopular:
      return kPopular;
    case KoreanSystem::kRevised:
      break;
  }
  return kRevised;
}

// How South Koreans usually spell a vowel in their names: ㅓ and ㅕ as "u" and "yu" in a closed
// syllable (Jung, Hyun, Chul, Byung), 영 as "young", ㅜ as "oo" (Soo, Joo, Moon, Woo), 희 as "hee".
const char* PopularVowel(const kj::Jamo& s) {
  bool closed = s.final != kj::kNone;
  switch (s.vowel) {
    case kj::kEo:
      return closed ? "u" : "eo";
    case kj::kYeo:
      if (s.initial == kj::kNg) return s.final == kj::kFNg ? "you" : "yeo";
      return closed ? "yu" : "yeo";
    case kj::kU:
      return s.initial == kj::kNg ? "woo" : s.final == kj::kFNg ? "u" : "oo";
    case kj::kYu:
      return s.final == kj::kFN ? "yoo" : "yu";
    case kj::kUi:
      return s.initial == kj::kH ? "ee" : "ui";
    default:
      return kPopular.vowel[s.vowel];
  }
}

const char* VowelLetters(const SystemTable& table, const kj::Jamo& s) {
  return &table == &kPopular ? PopularVowel(s) : table.vowel[s.vowel];
}

// The sound a final makes before a pause: one of ㄱ ㄴ ㄷ ㄹ ㅁ ㅂ ㅇ or none.
uint8_t Neutralized(uint8_t final) {
  switch (final) {
    case kj::kFG:
    case kj::kFGG:
    case kj::kFGS:
    case kj::kFLG:
    case kj::kFK:
      return kj::kFG;
    case kj::kFN:
    case kj::kFNJ:
    case kj::kFNH:
      return kj::kFN;
    case kj::kFL:
    case kj::kFLB:
    case kj::kFLS:
    case kj::kFLT:
    case kj::kFLH:
      return kj::kFL;
    case kj::kFM:
    case kj::kFLM:
      return kj::kFM;
    case kj::kFB:
    case kj::kFBS:
    case kj::kFP:
    case kj::kFLP:
      return kj::kFB;
    case kj::kNone:
    case kj::kFNg:
      return final;
    default:
      return kj::kFD;
  }
}

const char* FinalLetters(uint8_t neutral) {
  switch (neutral) {
    case kj::kFG:
      return "k";
    case kj::kFN:
      return "n";
    case kj::kFD:
      return "t";
    case kj::kFL:
      return "l";
    case kj::kFM:
      return "m";
    case kj::kFB:
      return "p";
    case kj::kFNg:
      return "ng";
    default:
      return "";
  }
}

// Where a final goes before a vowel (liaison): the initial it becomes; ㅇ when it falls silent.
uint8_t LiaisonInitial(uint8_t final) {
  switch (final) {
    case kj::kFG:
    case kj::kFLG:
      return kj::kG;
    case kj::kFGS:  // 몫이 [목씨]: ㄱ stays, ㅅ moves
    case kj::kFBS:
      return kj::kS;
    case kj::kFGG:
      return kj::kGG;
    case kj::kFN:
    case kj::kFNH:
      return kj::kN;
    case kj::kFNJ:
      return kj::kJ;
    case kj::kFD:
      return kj::kD;
    case kj::kFL:
    case kj::kFLH:
      return kj::kR;
    case kj::kFLM:
    case kj::kFM:
      return kj::kM;
    case kj::kFLB:
    case kj::kFB:
      return kj::kB;
    case kj::kFLS:
    case kj::kFS:
      return kj::kS;
    case kj::kFSS:
      return kj::kSS;
    case kj::kFJ:
      return kj::kJ;
    case kj::kFCh:
      return kj::kCh;
    case kj::kFK:
      return kj::kK;
    case kj::kFT:
    case kj::kFLT:
      return kj::kT;
    case kj::kFP:
    case kj::kFLP:
      return kj::kP;
    default:
      return kj::kNg;
  }
}

// The part of a compound final that stays behind in liaison (ㄺ in 닭이: ㄹ stays, ㄱ moves).
uint8_t LiaisonLeft(uint8_t final) {
  switch (final) {
    case kj::kFGS:
      return kj::kFG;
    case kj::kFNJ:
      return kj::kFN;
    case kj::kFLG:
    case kj::kFLM:
    case kj::kFLB:
    case kj::kFLS:
    case kj::kFLT:
    case kj::kFLP:
      return kj::kFL;
    case kj::kFBS:
      return kj::kFB;
    default:
      return kj::kNone;
  }
}

struct Boundary {
  uint8_t final;    // neutralized final of the left syllable as said
  uint8_t initial;  // initial of the right syllable as said
};

// The usual pronunciation of final `t` (neutralized) before initial `l`.
Boundary Assimilate(uint8_t t, uint8_t l) {
  uint8_t n = Neutralized(t);
  if (l == kj::kNg && t != kj::kNone && t != kj::kFNg) return {LiaisonLeft(t), LiaisonInitial(t)};
  if (l == kj::kN || l == kj::kM) {
    if (n == kj::kFG) return {kj::kFNg, l};
    if (n == kj::kFD) return {kj::kFN, l};
    if (n == kj::kFB) return {kj::kFM, l};
    if (n == kj::kFL && l == kj::kN) return {kj::kFL, kj::kR};
  }
  if (l == kj::kR) {
    if (n == kj::kFN || n == kj::kFL) return {kj::kFL, kj::kR};
    if (n == kj::kFG || n == kj::kFNg) return {kj::kFNg, kj::kN};
    if (n == kj::kFB || n == kj::kFM) return {kj::kFM, kj::kN};
    if (n == kj::kFD) return {kj::kFN, kj::kN};
  }
  if (t == kj::kFH || t == kj::kFNH || t == kj::kFLH) {
    uint8_t left = t == kj::kFH ? kj::kNone : t == kj::kFNH ? kj::kFN : kj::kFL;
    if (l == kj::kG) return {left, kj::kK};
    if (l == kj::kD) return {left, kj::kT};
    if (l == kj::kJ) return {left, kj::kCh};
  }
  return {n, l};
}

bool VoicedFinal(uint8_t neutral) {
  return neutral == kj::kNone || neutral == kj::kFN || neutral == kj::kFL || neutral == kj::kFM ||
         neutral == kj::kFNg;
}

void AppendInitial(std::string& out, const SystemTable& table, uint8_t initial, uint8_t vowel,
                   bool voiced, bool after_l) {
  if (initial == kj::kR && after_l) {
    out += 'l';
  } else if (initial == kj::kS && (vowel == kj::kI || vowel == kj::kWi)) {
    out += table.s_before_i;
  } else {
    out += voiced ? table.voiced_initial[initial] : table.initial[initial];
  }
}

// Romanizes one run of Hangul syllables (no separators inside).
void AppendWord(std::string& out, const std::vector<kj::Jamo>& word, const SystemTable& table,
                KoreanSpacing spacing, bool assimilate) {
  for (size_t i = 0; i < word.size(); ++i) {
    const kj::Jamo& s = word[i];
    if (spacing != KoreanSpacing::kJoined) {
      bool voiced = false;
      bool after_l = false;
      if (i) {
        out += ' ';
        uint8_t before = Neutralized(word[i - 1].final);
        voiced = spacing == KoreanSpacing::kVoicedSyllables && VoicedFinal(before);
        after_l = spacing == KoreanSpacing::kVoicedSyllables && before == kj::kFL;
      }
      AppendInitial(out, table, s.initial, s.vowel, voiced, after_l);
      out += VowelLetters(table, s);
      out += FinalLetters(Neutralized(s.final));
      continue;
    }
    uint8_t initial = s.initial;
    bool voiced = false;
    bool after_l = false;
    if (i > 0) {
      Boundary b = assimilate ? Assimilate(word[i - 1].final, s.initial)
                              : Boundary{Neutralized(word[i - 1].final), s.initial};
      if (!assimilate && b.initial == kj::kNg && b.final != kj::kNone && b.final != kj::kFNg) {
        uint8_t t = word[i - 1].final;  // letters only: 덕영 tog-yong
        b = {LiaisonLeft(t), LiaisonInitial(t)};
      }
      out += FinalLetters(b.final);
      initial = b.initial;
      voiced = VoicedFinal(b.final);
      after_l = b.final == kj::kFL;
    }
    AppendInitial(out, table, initial, s.vowel, voiced, after_l);
    out += VowelLetters(table, s);
    if (i + 1 == word.size()) out += FinalLetters(Neutralized(s.final));
  }
}

void AddUnique(std::vector<std::string>& out, std::string form) {
  if (form.empty() || out.size() >= kMaxRomanizations) return;
  if (std::find(out.begin(), out.end(), form) == out.end()) out.push_back(std::move(form));
}

// The Hangul syllables of `utf8` with the separators dropped.
std::string HangulOnly(std::string_view utf8) {
  std::string out;
  for (size_t pos = 0; pos < utf8.size();) {
    kj::Decoded d = kj::DecodeUtf8(utf8, pos);
    if (kj::IsHangulSyllable(d.code_point)) out.append(utf8.substr(pos, d.length));
    pos += d.length;
  }
  return out;
}

}  // namespace

std::string RomanizeHangulAs(std::string_view utf8_word, KoreanSystem system, bool joined) {
  return RomanizeHangulAs(utf8_word, system,
                          joined ? KoreanSpacing::kJoined : KoreanSpacing::kSyllables);
}

std::string RomanizeHangulAs(std::string_view utf8_word, KoreanSystem system,
                             KoreanSpacing spacing) {
  const SystemTable& table = TableOf(system);
  std::string out;
  std::vector<kj::Jamo> word;
  auto flush = [&]() {
    if (word.empty()) return;
    if (!out.empty()) out += ' ';
    // Names in DPRK and popular spellings are written letter by letter, without assimilation.
    bool assimilate = system == KoreanSystem::kMr || system == KoreanSystem::kRevised;
    AppendWord(out, word, table, spacing, assimilate);
    word.clear();
  };
  for (size_t pos = 0; pos < utf8_word.size();) {
    kj::Decoded d = kj::DecodeUtf8(utf8_word, pos);
    pos += d.length;
    if (kj::IsHangulSyllable(d.code_point)) {
      word.push_back(kj::Decompose(d.code_point));
    } else if (kj::IsWordSeparator(d.code_point)) {
      flush();
    }
  }
  flush();
  return out;
}

std::vector<std::string> RomanizeHangul(std::string_view utf8_token) {
  std::vector<std::string> out;
  std::string hangul = HangulOnly(utf8_token);
  if (hangul.empty()) return out;
  if (hangul.size() <= 6) {
    for (std::string& s : KoreanSurnameSpellings(hangul)) AddUnique(out, std::move(s));
  }
  using enum KoreanSystem;
  AddUnique(out, RomanizeHangulAs(utf8_token, kDprk, KoreanSpacing::kSyllables));
  AddUnique(out, RomanizeHangulAs(utf8_token, kDprk, KoreanSpacing::kVoicedSyllables));
  AddUnique(out, RomanizeHangulAs(utf8_token, kDprk, KoreanSpacing::kJoined));
  AddUnique(out, RomanizeHangulAs(utf8_token, kPopular, KoreanSpacing::kVoicedSyllables));
  AddUnique(out, RomanizeHangulAs(utf8_token, kRevised, KoreanSpacing::kJoined));
  AddUnique(out, RomanizeHangulAs(utf8_token, kRevised, KoreanSpacing::kSyllables));
  AddUnique(out, RomanizeHangulAs(utf8_token, kPopular, KoreanSpacing::kJoined));
  AddUnique(out, RomanizeHangulAs(utf8_token, kMr, KoreanSpacing::kSyllables));
  AddUnique(out, RomanizeHangulAs(utf8_token, kMr, KoreanSpacing::kJoined));
  return out;
}

std::optional<KoreanNameParts> SplitKoreanName(std::string_view hangul_full_name) {
  std::vector<std::string> words(1);
  for (size_t pos = 0; pos < hangul_full_name.size();) {
    kj::Decoded d = kj::DecodeUtf8(hangul_full_name, pos);
    if (kj::IsHangulSyllable(d.code_point)) {
      words.back().append(hangul_full_name.substr(pos, d.length));
    } else if (d.code_point == ' ' || d.code_point == 0x3000 || d.code_point == 0x00A0) {
      if (!words.back().empty()) words.emplace_back();
    } else {
      return std::nullopt;
    }
    pos += d.length;
  }
  if (words.back().empty()) words.pop_back();
  if (words.empty()) return std::nullopt;
  KoreanNameParts parts;
  if (words.size() > 1) {
    parts.family = words[0];
    for (size_t i = 1; i < words.size(); ++i) parts.given += words[i];
  } else {
    const std::string& name = words[0];
    // Two-syllable surnames need a given name after them: 남궁민 is 남궁 + 민.
    bool two = name.size() >= 9 && korean_internal::IsTwoSyllableSurname(name.substr(0, 6));
    size_t cut = two ? 6 : 3;
    parts.family = name.substr(0, cut);
    parts.given = name.substr(cut);
  }
  parts.family_known = korean_internal::IsKnownSurname(parts.family);
  return parts;
}

std::vector<std::string> RomanizeKoreanName(std::string_view hangul_full_name) {
  std::vector<std::string> out;
  std::optional<KoreanNameParts> parts = SplitKoreanName(hangul_full_name);
  if (!parts) return out;
  using enum KoreanSystem;
  std::vector<std::string> family = KoreanSurnameSpellings(parts->family);
  std::string dprk = family.empty() ? RomanizeHangulAs(parts->family, kDprk, true) : family[0];
  std::string popular(korean_internal::PopularSurnameSpelling(parts->family));
  if (popular.empty()) popular = RomanizeHangulAs(parts->family, kPopular, true);
  std::string mr = RomanizeHangulAs(parts->family, kMr, true);
  std::string rr = RomanizeHangulAs(parts->family, kRevised, true);
  if (parts->given.empty()) {
    for (std::string& f : family) AddUnique(out, std::move(f));
    for (const std::string* f : {&dprk, &popular, &rr}) AddUnique(out, *f);
    return out;
  }
  auto given = [&](KoreanSystem system, KoreanSpacing spacing) {
    return RomanizeHangulAs(parts->given, system, spacing);
  };
  // DPRK and UN usage first, then South Korean usage, then the two standards.
  AddUnique(out, dprk + ' ' + given(kDprk, KoreanSpacing::kSyllables));
  AddUnique(out, dprk + ' ' + given(kDprk, KoreanSpacing::kVoicedSyllables));
  AddUnique(out, dprk + ' ' + given(kDprk, KoreanSpacing::kJoined));
  AddUnique(out, popular + ' ' + given(kPopular, KoreanSpacing::kVoicedSyllables));
  AddUnique(out, popular + ' ' + given(kPopular, KoreanSpacing::kJoined));
  AddUnique(out, rr + ' ' + given(kRevised, KoreanSpacing::kJoined));
  AddUnique(out, rr + ' ' + given(kRevised, KoreanSpacing::kSyllables));
  AddUnique(out, mr + ' ' + given(kMr, KoreanSpacing::kSyllables));
  AddUnique(out, mr + ' ' + given(kMr, KoreanSpacing::kJoined));
  return out;
}

}  // namespace embargo
