#include "text/hangul_reader.h"

#include <algorithm>

#include "text/korean.h"
#include "text/korean_surnames.h"
#include "text/learned_translit.h"

namespace embargo::text {
namespace {

struct Suffix {
  std::string_view hangul;
  TokenKind kind;
  std::string_view canonical;
};

// Generic endings of Korean organization names, longest first, and the one prefix.
constexpr Suffix kSuffixes[] = {
    {"주식회사", TokenKind::kLegalForm, "jsc"},
    {"유한회사", TokenKind::kLegalForm, "co_ltd"},
    {"총회사", TokenKind::kGenericWord, "general_corporation"},
    {"합영회사", TokenKind::kGenericWord, "joint_venture"},
    {"무역회사", TokenKind::kGenericWord, "trading"},
    {"회사", TokenKind::kGenericWord, "company"},
    {"은행", TokenKind::kGenericWord, "bank"},
    {"무역", TokenKind::kGenericWord, "trading"},
    {"해운", TokenKind::kGenericWord, "shipping"},
    {"개발", TokenKind::kGenericWord, "development"},
    {"연합", TokenKind::kGenericWord, "united"},
    {"합영", TokenKind::kGenericWord, "joint_venture"},
    {"공사", TokenKind::kGenericWord, "company"},
    {"상사", TokenKind::kGenericWord, "company"},
    {"그룹", TokenKind::kGenericWord, "group"},
    {"기술", TokenKind::kGenericWord, "technology"},
    {"국제", TokenKind::kGenericWord, "international"},
    {"총국", TokenKind::kGenericWord, "general_bureau"},
};
constexpr std::string_view kKoreaPrefix = "조선";

Token MakeToken(std::string text, std::string_view hangul, bool joined_next) {
  Token t;
  t.text = std::move(text);
  t.script = Script::kHangul;
  t.joined_next = joined_next;
  if (auto key = KeyFromHangul(hangul)) t.korean_key = SerializeKoreanKey(*key);
  return t;
}

// The Hangul syllables of a word, one UTF-8 string each.
std::vector<std::string> Syllables(std::string_view hangul) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < hangul.size()) {
    size_t start = i;
    char32_t c = NextCodePoint(hangul, i);
    if (c >= 0xAC00 && c <= 0xD7A3) out.emplace_back(hangul.substr(start, i - start));
  }
  return out;
}

// A word split off its generic prefix and endings: stem first, then typed pieces.
struct SplitWord {
  std::vector<std::string> pieces;      // prefix?, stem, suffixes
  std::vector<const Suffix*> suffixes;  // one per piece; nullptr for the stem
};

SplitWord SplitGeneric(std::string_view word) {
  static constexpr Suffix kKorea = {kKoreaPrefix, TokenKind::kGenericWord, "korea"};
  SplitWord out;
  std::vector<std::pair<std::string, const Suffix*>> tail;
  bool changed = true;
  while (changed && !word.empty()) {
    changed = false;
    for (const Suffix& s : kSuffixes) {
      if (word.size() > s.hangul.size() && word.ends_with(s.hangul)) {
        tail.emplace_back(std::string(s.hangul), &s);
        word.remove_suffix(s.hangul.size());
        changed = true;
        break;
      }
    }
  }
  if (word.size() > kKoreaPrefix.size() && word.starts_with(kKoreaPrefix)) {
    out.pieces.emplace_back(kKoreaPrefix);
    out.suffixes.push_back(&kKorea);
    word.remove_prefix(kKoreaPrefix.size());
  }
  out.pieces.emplace_back(word);
  out.suffixes.push_back(nullptr);
  for (auto it = tail.rbegin(); it != tail.rend(); ++it) {
    out.pieces.push_back(it->first);
    out.suffixes.push_back(it->second);
  }
  return out;
}

}  // namespace

std::vector<WordReading> ReadKoreanPersonalName(std::string_view hangul, bool joined_next) {
  std::vector<WordReading> out;
  std::optional<KoreanNameParts> parts = SplitKoreanName(hangul);
  if (!parts) return out;
  std::vector<std::string> given = Syllables(parts->given);
  std::vector<std::string> spellings = KoreanSurnameSpellings(parts->family);
  struct System {
    std::string_view name;
    KoreanSystem system;
    bool common_surname;
  };
  constexpr System kSystems[] = {{"dprk", KoreanSystem::kDprk, false},
                                 {"rr", KoreanSystem::kRevised, false},
                                 {"mr", KoreanSystem::kMr, false},
                                 {"popular", KoreanSystem::kPopular, true}};
  for (const System& sys : kSystems) {
    WordReading reading{sys.name, {}};
    std::string family = sys.common_surname && !spellings.empty()
                             ? spellings.front()
                             : RomanizeHangulAs(parts->family, sys.system, true);
    Token f = MakeToken(std::move(family), parts->family, false);
    f.role = NameRole::kFamily;
    reading.tokens.push_back(std::move(f));
    // The given name voiced as one word ("Man-gon", not "Man-kon"), one token per syllable.
    std::string voiced =
        RomanizeHangulAs(parts->given, sys.system, KoreanSpacing::kVoicedSyllables);
    std::vector<std::string> latin;
    for (size_t start = 0; start < voiced.size();) {
      size_t space = voiced.find(' ', start);
      if (space == std::string::npos) space = voiced.size();
      if (space > start) latin.push_back(voiced.substr(start, space - start));
      start = space + 1;
    }
    for (size_t k = 0; k < given.size(); ++k) {
      bool last = k + 1 == given.size();
      std::string text =
          latin.size() == given.size() ? latin[k] : RomanizeHangulAs(given[k], sys.system, false);
      Token g = MakeToken(std::move(text), given[k], last ? joined_next : true);
      g.role = NameRole::kGiven;
      reading.tokens.push_back(std::move(g));
    }
    out.push_back(std::move(reading));
  }
  return out;
}

bool HangulReader::IsKoreanName(std::string_view hangul) const {
  std::optional<KoreanNameParts> parts = SplitKoreanName(hangul);
  if (!parts || !parts->family_known) return false;
  size_t given = Syllables(parts->given).size();
  return given >= 1 && given <= 3;
}

bool HangulReader::IsKoreanName(std::string_view family, std::string_view given) const {
  // Syllables only, or none (0).
  auto syllables = [](std::string_view word) {
    size_t n = 0;
    for (size_t i = 0; i < word.size(); ++n) {
      const char32_t c = NextCodePoint(word, i);
      if (c < 0xAC00 || c > 0xD7A3) return size_t{0};
    }
    return n;
  };
  const size_t g = syllables(given);
  return g >= 1 && g <= 3 && syllables(family) > 0 && korean_internal::IsKnownSurname(family);
}

namespace {

// 1..39 in Roman numerals, for regnal numbers.
std::string Roman(int n) {
  static constexpr const char* kTens[] = {"", "x", "xx", "xxx"};
  static constexpr const char* kOnes[] = {"",  "i",  "ii",  "iii",  "iv",
                                          "v", "vi", "vii", "viii", "ix"};
  return std::string(kTens[n / 10]) + kOnes[n % 10];
}

// "2세" (the second): a regnal number, written in Roman numerals in Latin names (Pius II).
std::optional<std::string> RegnalNumber(std::string_view word) {
  constexpr std::string_view kSe = "세";
  if (!word.ends_with(kSe)) return std::nullopt;
  std::string_view digits = word.substr(0, word.size() - kSe.size());
  if (digits.empty() || digits.size() > 2) return std::nullopt;
  int n = 0;
  for (char c : digits) {
    if (c < '0' || c > '9') return std::nullopt;
    n = n * 10 + (c - '0');
  }
  if (n < 1 || n > 39) return std::nullopt;
  return Roman(n);
}

// Titles written before (교황 비오 2세, Pope Pius II) or after (몬토쿠 천황) a name.
constexpr std::string_view kTitles[] = {
    "교황", "황제",   "천황", "왕",   "여왕",   "왕비", "왕후", "성",   "성녀",
    "백작", "공작",   "후작", "남작", "자작",   "대공", "왕자", "공주", "추기경",
    "주교", "대주교", "장군", "박사", "교수",   "선생", "씨",   "님",   "백작부인",
    "대왕", "황후",   "태자", "술탄", "칼리프", "국왕"};

}  // namespace

std::vector<WordReading> HangulReader::Read(const RawWord& word, const NameContext& context) const {
  std::vector<WordReading> out;
  if (!context.whole_name &&
      std::find(std::begin(kTitles), std::end(kTitles), word.text) != std::end(kTitles)) {
    Token t =
        MakeToken(RomanizeHangulAs(word.text, KoreanSystem::kRevised, true), word.text, false);
    t.kind = TokenKind::kTitle;
    t.korean_key.clear();
    out.push_back(WordReading{"latin", {std::move(t)}});
    return out;
  }
  if (std::optional<std::string> roman = RegnalNumber(word.text)) {
    Token t;
    t.text = std::move(*roman);
    t.script = Script::kHangul;
    out.push_back(WordReading{"latin", {std::move(t)}});
    return out;
  }
  // A generic ending (은행 bank, 무역회사 trading company) makes the word an organization's
  // unless the kind is known to be a person.
  SplitWord split =
      context.organization ? SplitGeneric(word.text) : SplitWord{{word.text}, {nullptr}};
  const bool person = context.person && split.pieces.size() == 1;
  if (person && context.whole_name && IsKoreanName(word.text)) {
    out = ReadKoreanPersonalName(word.text, word.hyphen_after);
  } else {
    constexpr std::pair<std::string_view, KoreanSystem> kSystems[] = {
        {"dprk", KoreanSystem::kDprk}, {"rr", KoreanSystem::kRevised}, {"mr", KoreanSystem::kMr}};
    for (auto [name, system] : kSystems) {
      WordReading reading{name, {}};
      for (size_t k = 0; k < split.pieces.size(); ++k) {
        const std::string& piece = split.pieces[k];
        bool last = k + 1 == split.pieces.size();
        Token t = MakeToken(RomanizeHangulAs(piece, system, true), piece,
                            last ? word.hyphen_after : false);
        if (const Suffix* s = split.suffixes[k]) {
          t.kind = s->kind;
          t.canonical = std::string(s->canonical);
          t.korean_key.clear();
        }
        if (!t.text.empty()) reading.tokens.push_back(std::move(t));
      }
      if (!reading.tokens.empty()) out.push_back(std::move(reading));
    }
  }
  // Foreign names spelled back from the loanword orthography (personal names only). The
  // exact Korean key goes along, so two Hangul names still differ by their syllables.
  if (person) {
    std::optional<KoreanKey> key = KeyFromHangul(word.text);
    for (int variant = 0; variant < 2; ++variant) {
      std::string text = HangulLoanwordSpelling(word.text, variant);
      if (text.empty()) continue;
      Token t;
      t.text = std::move(text);
      t.script = Script::kHangul;
      t.joined_next = word.hyphen_after;
      if (key) t.korean_key = SerializeKoreanKey(*key);
      out.push_back(WordReading{variant ? "loanword_l" : "loanword", {std::move(t)}});
    }
    Token japanese;
    japanese.text = HangulJapaneseSpelling(word.text);
    japanese.script = Script::kHangul;
    japanese.joined_next = word.hyphen_after;
    if (key) japanese.korean_key = SerializeKoreanKey(*key);
    if (!japanese.text.empty()) out.push_back(WordReading{"japanese", {std::move(japanese)}});
    for (WordReading& r : LearnedReadings(LearnedScript::kHangul, word.text, Script::kHangul,
                                          word.hyphen_after, context)) {
      if (key) r.tokens.front().korean_key = SerializeKoreanKey(*key);
      out.push_back(std::move(r));
    }
  }
  return out;
}

}  // namespace embargo::text
