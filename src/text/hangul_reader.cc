#include "text/hangul_reader.h"

#include <algorithm>

#include "text/korean.h"

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
                                 {"common", KoreanSystem::kRevised, true}};
  for (const System& sys : kSystems) {
    WordReading reading{sys.name, {}};
    std::string family = sys.common_surname && !spellings.empty()
                             ? spellings.front()
                             : RomanizeHangulAs(parts->family, sys.system, true);
    Token f = MakeToken(std::move(family), parts->family, false);
    f.role = NameRole::kFamily;
    reading.tokens.push_back(std::move(f));
    for (size_t k = 0; k < given.size(); ++k) {
      bool last = k + 1 == given.size();
      Token g = MakeToken(RomanizeHangulAs(given[k], sys.system, false), given[k],
                          last ? joined_next : true);
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

std::vector<WordReading> HangulReader::Read(const RawWord& word, const NameContext& context) const {
  std::vector<WordReading> out;
  if (context.person && context.whole_name && IsKoreanName(word.text)) {
    out = ReadKoreanPersonalName(word.text, word.hyphen_after);
  } else {
    SplitWord split = context.person ? SplitWord{{word.text}, {nullptr}} : SplitGeneric(word.text);
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
  if (context.person) {
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
  }
  return out;
}

}  // namespace embargo::text
