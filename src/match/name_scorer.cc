#include "match/name_scorer.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <string>

#include "match/letter_folds.h"
#include "match/name_rules.h"
#include "match/name_variants.h"
#include "match/similarity.h"
#include "match/similarity_align.h"

namespace embargo::match {
namespace {

constexpr double kKoreanKeyMatch = 0.97;
constexpr double kNameVariantMatch = kSameNameMatch;
constexpr double kPhoneticMatch = 0.85;
constexpr double kArabicLettersMatch = 0.93;
constexpr double kHanConsonantsMatch = 0.93;
constexpr double kChineseInHangulMatch = 0.93;
constexpr double kReadBackMatch = 0.93;
constexpr size_t kPhoneticMinLength = 4;
constexpr double kVariantFloor = 0.85;
// Two spellings of one shape, apart in how they write a vowel, an h or a doubled letter (Nazir
// and Nazeer, Atef and Atif, Sahaf and Sahhaf): how transliterations differ, more than typos.
constexpr double kSameShapeMatch = 0.93;
// Two names of different generations (Jr and Senior, II and III) are a father and a son: below
// the default threshold however alike the rest, unless other evidence lifts them.
constexpr double kGenerationsDiffer = 0.75;

bool IsGeneration(const PreparedToken& t) { return t.kind == TokenKind::kGeneration; }

// The generations of two forms that both have one differ: none of the query's is the listed
// name's. Returns the first of each, or nulls.
std::pair<const PreparedToken*, const PreparedToken*> GenerationsDiffer(
    std::span<const PreparedToken> q, std::span<const PreparedToken> c) {
  for (const PreparedToken& a : q)
    for (const PreparedToken& b : c)
      if (IsGeneration(a) && IsGeneration(b) && a.canonical_hash == b.canonical_hash) return {};
  return {&*std::find_if(q.begin(), q.end(), IsGeneration),
          &*std::find_if(c.begin(), c.end(), IsGeneration)};
}

// Whether an edit distance of at most `budget` is possible: each edit changes the length by at
// most one and adds or removes at most two letters from the set of letters present.
bool MayBeWithin(const PreparedToken& a, const PreparedToken& b, int budget) {
  return std::abs(int(a.length) - int(b.length)) <= budget &&
         AtMostBits(a.letters ^ b.letters, 2 * budget);
}

// Edits a joined pair read from Han or Hangul may differ by: one at most, however long the
// run. Its parts are syllables, and two edits across them make another name (张敏, zhang min,
// is not zhang jian).
int SyllableJoinBudget(size_t longest) { return std::min(EditBudget(longest), 1); }

// Similarity of two spellings: Jaro-Winkler when they are within `budget` edits, else 0.
double SpellingSimilarityWithin(std::string_view a, std::string_view b, int budget) {
  if (a == b) return 1.0;
  if (budget == 0 || OsaDistance(a, b, budget) > budget) return 0.0;
  return std::max(kVariantFloor, JaroWinklerSimilarity(a, b));
}

double SpellingSimilarity(std::string_view a, std::string_view b,
                          int (*budget_of)(size_t) = EditBudget) {
  return SpellingSimilarityWithin(a, b, budget_of(std::max(a.size(), b.size())));
}

// The script a spelling was read back from, when exactly one of the two was (else Latin).
Script ForeignScript(const PreparedToken& a, const PreparedToken& b) {
  auto latin = [](const PreparedToken& t) {
    return t.script == Script::kLatin || t.script == Script::kUnknown;
  };
  if (latin(a) == latin(b)) return Script::kLatin;
  return latin(a) ? b.script : a.script;
}

// Edits a Latin spelling and one read back from another script may differ by. The reading is
// a guess at letters the script does not write: Hangul has no l/r, f/p, v/b or doubled
// letters (one edit more, and one in a foreign name's words of three or four letters: Rue is
// 루); Chinese characters write whole syllables (one more from six letters); Cyrillic merges
// fewer (two from six letters); Arabic writes no short vowels, but its names differ by little:
// one more from six letters for a foreign name's learned spelling, from eight otherwise (from
// six or seven, innocent names met listed ones). Korean names do not come here: their keys
// decide.
int ForeignBudget(const PreparedToken& a, const PreparedToken& b, size_t longest, int budget) {
  switch (ForeignScript(a, b)) {
    case Script::kHangul:
      if (budget == 0) return longest >= 3 && (a.foreign_reading || b.foreign_reading) ? 1 : 0;
      return budget + 1;
    case Script::kHan:
      return longest >= 6 ? budget + 1 : budget;
    case Script::kCyrillic:
      return longest >= 6 ? std::max(budget, 2) : budget;
    case Script::kArabic:
    case Script::kHebrew:
      return longest >= ((a.foreign_reading || b.foreign_reading) ? 6u : 8u) ? budget + 1 : budget;
    default:
      return budget;
  }
}

// The edit budget of two spellings: EditBudget, widened between scripts (ForeignBudget).
inline int CrossScriptBudget(const PreparedToken& a, const PreparedToken& b) {
  const size_t longest = std::max(a.length, b.length);
  const int budget = EditBudget(longest);
  return a.script == b.script ? budget : ForeignBudget(a, b, longest, budget);
}

// Most pairs end at the first test: the rest is out of line.
inline double SpellingSimilarity(const PreparedToken& a, const PreparedToken& b) {
  const int budget = CrossScriptBudget(a, b);
  if (budget == 0 || !MayBeWithin(a, b, budget)) return 0.0;
  return SpellingSimilarityWithin(a.Text(), b.Text(), budget);
}

// A spelling read back from Arabic letters against a Latin one: the reader guessed vowels and
// letters Arabic writes alike (بيتيفر: bitifer for Pettyfer), so the two may be one name
// though several letters apart. Folded alike, or one edit apart from six folded letters.
// (Inlined: CompareSpellings asks it of most pairs of words; out of line it cost 2% of a query.)
[[gnu::always_inline]] inline bool SameArabicLetters(const PreparedToken& a,
                                                     const PreparedToken& b) {
  if (a.arabic_fold_hash == 0 || b.arabic_fold_hash == 0 ||
      !WritesNoShortVowels(ForeignScript(a, b)))
    return false;
  const int la = a.arabic_fold_length, lb = b.arabic_fold_length;
  const bool same = a.arabic_fold_hash == b.arabic_fold_hash;
  if (!same && (std::min(la, lb) < 6 || std::abs(la - lb) > 1 ||
                !AtMostBits(FoldArabicLetterSet(a.letters) ^ FoldArabicLetterSet(b.letters), 2)))
    return false;
  std::array<char, 64> fa, fb;
  const std::string_view x = FoldArabicLetters(a.Text(), fa), y = FoldArabicLetters(b.Text(), fb);
  return x == y || (std::min(la, lb) >= 6 && OsaDistance(x, y, 1) <= 1);
}

// Whether two spellings have the same consonants (ArabicConsonants), the letters Arabic writes
// alike made one.
bool SameFoldedConsonants(std::string_view a, std::string_view b) {
  std::array<char, 64> fa, fb, ca, cb;
  return ArabicConsonants(FoldArabicLetters(a, fa), ca) ==
         ArabicConsonants(FoldArabicLetters(b, fb), cb);
}

// A short reading of an Arabic word and a Latin spelling one edit apart: one name only with
// the same consonants (ArabicConsonants). True for any other pair.
bool SameArabicConsonants(const PreparedToken& a, const PreparedToken& b) {
  if (a.arabic_fold_hash == 0 || b.arabic_fold_hash == 0 || std::max(a.length, b.length) > 5 ||
      !WritesNoShortVowels(ForeignScript(a, b)))
    return true;
  return SameFoldedConsonants(a.Text(), b.Text());
}

// A spelling read from Chinese characters against a Latin one with the same consonants, as a
// transcription keeps them (HanConsonants), and about as many syllables: a character is one
// (班納德提 is Benedetti, not Bandit).
bool SameHanConsonants(const PreparedToken& a, const PreparedToken& b) {
  if (a.han_consonants_hash == 0 || a.han_consonants_hash != b.han_consonants_hash ||
      ForeignScript(a, b) != Script::kHan ||
      std::abs(VowelRuns(a.Text()) - VowelRuns(b.Text())) > 1)
    return false;
  std::array<char, 64> ca, cb;
  return HanConsonants(a.Text(), ca) == HanConsonants(b.Text(), cb);
}

// A word read from another script's letters against a Latin spelling a few edits apart, five
// letters long or more: the reading guessed at letters the script does not write, or writes
// alike (巴爾加斯, Vargas; 첼시, Chelsea). One edit, two from eight letters (seven from Chinese
// characters; a foreign name read back from Hangul takes its whole budget, CrossScriptBudget).
// An alphabet writes every consonant: from Cyrillic, Greek or Arabic letters the consonants
// agree (вейдер is Vader, not Weber). Korean names are held to their keys.
bool ReadBackNear(const PreparedToken& a, const PreparedToken& b) {
  const Script script = ForeignScript(a, b);
  if (script == Script::kLatin ||
      (script == Script::kHangul && !a.foreign_reading && !b.foreign_reading))
    return false;
  const size_t shortest = std::min(a.length, b.length);
  if (shortest < 5) return false;
  const int edits = script == Script::kHangul                        ? CrossScriptBudget(a, b)
                    : shortest >= (script == Script::kHan ? 7u : 8u) ? 2
                                                                     : 1;
  if (OsaDistance(a.Text(), b.Text(), edits) > edits) return false;
  return script == Script::kHan || script == Script::kHangul ||
         SameFoldedConsonants(a.Text(), b.Text());
}

KoreanKey JoinKeys(std::span<const PreparedToken> run,
                   const KoreanKey* PreparedToken::*key = &PreparedToken::korean) {
  KoreanKey joined = *(run[0].*key);
  for (size_t i = 1; i < run.size(); ++i) joined = JoinKoreanKeys(joined, *(run[i].*key));
  return joined;
}

bool WrittenInHangul(const PreparedToken& t) {
  return t.script == Script::kHangul && t.korean && t.korean->exact();
}

// A Chinese name in pinyin against Hangul that writes it as Korean does: by its Mandarin
// sounds or by the Korean readings of its characters (pinyin_korean.h).
bool HangulWritesPinyin(const PreparedToken& a, const PreparedToken& b) {
  return (a.chinese && WrittenInHangul(b) && KeysCompatible(*a.chinese, *b.korean)) ||
         (b.chinese && WrittenInHangul(a) && KeysCompatible(*b.chinese, *a.korean));
}

// The same for runs written together on either side (Xiaotong against 샤오 퉁, Zhang Binglin
// against 장빙린 read as a family name and two syllables).
bool HangulWritesPinyin(std::span<const PreparedToken> a, std::span<const PreparedToken> b) {
  auto pinyin = [](const PreparedToken& t) { return t.chinese != nullptr; };
  auto meet = [&](std::span<const PreparedToken> latin, std::span<const PreparedToken> hangul) {
    return std::all_of(latin.begin(), latin.end(), pinyin) &&
           std::all_of(hangul.begin(), hangul.end(), WrittenInHangul) &&
           KeysCompatible(JoinKeys(latin, &PreparedToken::chinese), JoinKeys(hangul));
  };
  return meet(a, b) || meet(b, a);
}

// EdgesMeet for runs: the sounds their readings may begin and end with, which the joins
// between their tokens leave as they are.
bool RunEdgesMeet(std::span<const PreparedToken> a, std::span<const PreparedToken> b) {
  const auto &af = a.front().korean_edges, &bf = b.front().korean_edges;
  const auto &ab = a.back().korean_edges, &bb = b.back().korean_edges;
  return (af[0] & bf[0]) && (af[1] & bf[1]) && (ab[2] & bb[2]) && (ab[3] & bb[3]);
}

bool AllKeyed(std::span<const PreparedToken> run) {
  return std::all_of(run.begin(), run.end(), [](const PreparedToken& t) { return t.korean; });
}

// A joined pair that involves Hangul or Han is held to the Korean keys, as single tokens are:
// spelt together, 김 정 은 and 김종 must still differ by their syllables.
bool JoinedKeysAgree(std::span<const PreparedToken> a, std::span<const PreparedToken> b) {
  auto keyed = [](const PreparedToken& t) { return t.korean != nullptr; };
  if (!std::all_of(a.begin(), a.end(), keyed) || !std::all_of(b.begin(), b.end(), keyed))
    return true;  // nothing to hold them to
  return KeysCompatible(JoinKeys(a), JoinKeys(b));
}

// Read from Hangul or Han as syllables of a Korean or Chinese name (not a foreign name read
// back, whose joins are spelt as Latin ones are).
bool FromHanOrHangul(const PreparedToken& t) { return t.KoreanScript() && !t.foreign_reading; }

bool EdgesMeet(const PreparedToken& a, const PreparedToken& b) {
  for (size_t i = 0; i < a.korean_edges.size(); ++i)
    if ((a.korean_edges[i] & b.korean_edges[i]) == 0) return false;
  return (a.korean_lengths & b.korean_lengths) != 0;
}

}  // namespace

namespace {

// Two patronymics of one father's name, the suffix spelt in two languages' ways: the fathers'
// names within the edit budget of the longer one (Vlagyimirovics, Vladimirovich).
[[gnu::noinline]] double PatronymicSimilarity(const PreparedToken& q, const PreparedToken& c) {
  constexpr uint8_t kFemale = 0x80;
  if (q.patronymic == 0 || c.patronymic == 0 || (q.patronymic ^ c.patronymic) & kFemale) return 0.0;
  const std::string_view a = q.Text().substr(0, q.patronymic & ~kFemale);
  const std::string_view b = c.Text().substr(0, c.patronymic & ~kFemale);
  return std::min(kSameNameMatch, SpellingSimilarity(a, b));
}

// The shape of a Latin spelling as transliterations keep it: its consonants in order, each run
// of vowels one mark ('.'), so that Nazir and Nazeer, Atef and Atif, Sahaf and Sahhaf are one
// shape while Salma and Salim, Aisha and Issa are not. Doubled letters are one; c and q are k;
// sh, ch, th, kh, gh, zh, dh and ph are one consonant each (upper-case); a final h after a
// vowel is silent (Tabajah).
std::string_view LatinShape(std::string_view s, std::array<char, 64>& out) {
  auto aeiou = [](char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; };
  // y is a vowel but before one at the start or after a vowel: iotated vowels after a
  // consonant are one vowel (Aksyonov, Aksenov; Fyodor, Fedor).
  auto vowel = [&](size_t i) {
    return aeiou(s[i]) ||
           (s[i] == 'y' && !(i + 1 < s.size() && aeiou(s[i + 1]) && (i == 0 || aeiou(s[i - 1]))));
  };
  constexpr std::string_view kBeforeH = "sctkgzdp";  // sh, ch, th, kh, gh, zh, dh, ph
  size_t n = 0;
  for (size_t i = 0; i < s.size() && n < out.size(); ++i) {
    char c = s[i];
    if (vowel(i)) {
      c = '.';
    } else if (c == 'h' && i + 1 == s.size() && i > 0 && vowel(i - 1)) {
      continue;
    } else if (i + 1 < s.size() && s[i + 1] == 'h' && kBeforeH.find(c) != kBeforeH.npos) {
      c = static_cast<char>(c - 'a' + 'A');
      ++i;
    } else if (c == 'c' || c == 'q') {
      c = 'k';
    }
    if (n == 0 || out[n - 1] != c) out[n++] = c;
  }
  return {out.data(), n};
}

// Two Latin spellings of one shape (LatinShape), at most one edit beyond the budget apart. The
// same phonetic key first: most pairs differ there. A Korean syllable has its key, which tells
// Yang from Young (양, 영).
[[gnu::noinline]] bool SameLatinShape(const PreparedToken& q, const PreparedToken& c) {
  const bool syllables = q.korean && c.korean && (q.korean_lengths & c.korean_lengths & 2);
  if (q.phonetic_hash == 0 || q.phonetic_hash != c.phonetic_hash || syllables ||
      std::min(q.length, c.length) < kPhoneticMinLength || q.script != Script::kLatin ||
      c.script != Script::kLatin)
    return false;
  std::array<char, 64> a, b;
  if (LatinShape(q.Text(), a) != LatinShape(c.Text(), b)) return false;
  const int budget = EditBudget(std::max(q.length, c.length)) + 1;
  return MayBeWithin(q, c, budget) && OsaDistance(q.Text(), c.Text(), budget) <= budget;
}

// Two words spelt alike: the same, two spellings of one name or (in Latin letters) of one shape,
// a letter apart, or the letters Arabic writes alike (Kossiyev, Kossiev; ולדימיר read vldimir,
// Vladimir; بوتن read boten, Putin; but Novikov is no Novichkov).
bool SpeltAlike(const PreparedToken& q, const PreparedToken& c) {
  return (q.text_hash == c.text_hash && q.Text() == c.Text()) ||
         (q.variant != 0 && q.variant == c.variant) || SameLatinShape(q, c) ||
         OsaDistance(q.Text(), c.Text(), 1) <= 1 || SameArabicLetters(q, c);
}

// SpeltAlike, where a word read from Arabic letters may be any of its forms' readings (بوتن is
// read boten in one form and butin in another): their vowels are guesses, their letters not.
bool SpellingsAlike(const PreparedToken& q, const PreparedToken& c) {
  if (SpeltAlike(q, c)) return true;
  if (q.script != Script::kArabic) return false;
  for (const PreparedToken& s : q.Spellings())
    if (SameArabicLetters(s, c)) return true;
  return false;
}

TokenSimilarity CompareSpellings(const PreparedToken& q, const PreparedToken& c) {
  bool same_text = q.text_hash == c.text_hash && q.Text() == c.Text();
  if (ByCanonical(q.kind) || ByCanonical(c.kind)) {
    if (q.kind == TokenKind::kGeneration || c.kind == TokenKind::kGeneration) {
      const bool same = q.kind == c.kind && q.canonical_hash == c.canonical_hash;
      return {same ? 1.0 : 0.0, "generation"};
    }
    bool same = q.kind == c.kind && q.canonical_hash != 0 &&
                (q.canonical_hash == c.canonical_hash || q.canonical_hash == kCompanyId ||
                 c.canonical_hash == kCompanyId);
    if (same || same_text) return {1.0, "legal_form"};
    // A misspelt legal form reads as a name part ("LIMTED"): its spelling still tells.
    if (q.kind != c.kind)
      if (double s = SpellingSimilarity(q, c); s > 0) return {s, "legal_form_spelling"};
    return {0.0, "legal_form"};
  }
  // Hangul spells each syllable exactly: its key decides, whatever the romanized texts say
  // (정 and 종 are both "jong" in MR without breves, yet different names).
  bool keys = q.korean && c.korean && EdgesMeet(q, c);
  auto foreign_against_latin = [&] {
    return (q.foreign_reading && !c.KoreanScript()) || (c.foreign_reading && !q.KoreanScript());
  };
  if (q.korean && c.korean && (q.KoreanScript() || c.KoreanScript()) && !foreign_against_latin()) {
    if (!keys || !KeysCompatible(*q.korean, *c.korean)) {
      if ((q.chinese || c.chinese) && HangulWritesPinyin(q, c))
        return {kChineseInHangulMatch, "chinese_in_hangul"};
      return {0.0, "korean_key_differs"};
    }
    return {same_text ? 1.0 : kKoreanKeyMatch, "korean_key"};
  }
  if (same_text) return {1.0, "exact"};
  if (q.canonical_hash != 0 && q.canonical_hash == c.canonical_hash) return {1.0, "canonical"};
  if (keys && KeysCompatible(*q.korean, *c.korean)) return {kKoreanKeyMatch, "korean_key"};
  if (q.variant != 0 && q.variant == c.variant) return {kNameVariantMatch, "name_variant"};
  if (q.kind == TokenKind::kInitial || c.kind == TokenKind::kInitial) {
    bool fits = q.length && c.length && q.first == c.first;
    return {fits ? kInitialMatch : 0.0, "initial"};
  }
  // A spelling variant differs by at most EditBudget() edits; beyond that only a shared sound
  // (Mohammed ~ Muhammad, Hussein ~ Husain) keeps two longer tokens together.
  double edit = SpellingSimilarity(q, c);
  if (edit > 0 && !SameArabicConsonants(q, c)) edit = 0;
  if (edit < kArabicLettersMatch && SameArabicLetters(q, c))
    return {kArabicLettersMatch, "arabic_letters"};
  if (edit < kHanConsonantsMatch && SameHanConsonants(q, c))
    return {kHanConsonantsMatch, "han_consonants"};
  if (edit < kReadBackMatch && q.script != c.script) {
    if (edit > 0 && ReadBackNear(q, c)) return {kReadBackMatch, "read_back"};
    if ((q.chinese || c.chinese) && HangulWritesPinyin(q, c))
      return {kChineseInHangulMatch, "chinese_in_hangul"};
  }
  // The rare pairs these two rules take are told by one compare each, inline; the rules
  // themselves stay out of line, off the path of every other pair.
  if (edit < kSameShapeMatch && q.phonetic_hash == c.phonetic_hash && SameLatinShape(q, c))
    return {kSameShapeMatch, "same_shape"};
  if (edit > 0) return {edit, "edit_distance"};
  if (q.patronymic != 0 && c.patronymic != 0)
    if (double s = PatronymicSimilarity(q, c); s > 0) return {s, "patronymic"};
  // The same sound, spelt at most one edit beyond the budget: Mohammed ~ Muhammad, but not
  // Hassan ~ Hussein, which share a consonant skeleton and are different names.
  if (q.phonetic_hash != 0 && q.phonetic_hash == c.phonetic_hash &&
      std::min(q.length, c.length) >= kPhoneticMinLength) {
    int budget = EditBudget(std::max(q.length, c.length)) + 1;
    if (MayBeWithin(q, c, budget) && OsaDistance(q.Text(), c.Text(), budget) <= budget)
      return {kPhoneticMatch, "phonetic"};
  }
  return {0.0, "different"};
}

// Calls visit(text, k, spelling) with the letters of `run` written together, token k of it
// spelt as another form of the name spells it (PreparedToken::spellings), for each such
// spelling.
template <typename Visit>
void ForEachOtherSpelling(std::span<const PreparedToken> run, std::string_view joined,
                          Visit visit) {
  std::array<char, 256> buffer;
  size_t offset = 0;
  for (size_t k = 0; k < run.size(); ++k) {
    const PreparedToken& t = run[k];
    for (const PreparedToken& s : t.Spellings()) {
      const size_t size = joined.size() - t.length + s.length;
      if (size > buffer.size()) continue;
      std::copy_n(joined.data(), offset, buffer.data());
      std::copy_n(s.text, s.length, buffer.data() + offset);
      std::copy_n(joined.data() + offset + t.length, joined.size() - offset - t.length,
                  buffer.data() + offset + s.length);
      visit(std::string_view(buffer.data(), size), k, s);
    }
    offset += t.length;
  }
}

// How a run of tokens written together best met one token (or run) of the other name: as
// spelt, or with token k of the query's run (side 0) or the candidate's (side 1) spelt as
// another form of its name spells it.
struct JoinedSpelling {
  double similarity = 0;
  int side = -1;  // -1: as spelt
  size_t k = 0;
  const PreparedToken* spelling = nullptr;
};

JoinedSpelling JoinedSimilarity(std::span<const PreparedToken> a, std::string_view a_text,
                                std::span<const PreparedToken> b, std::string_view b_text) {
  JoinedSpelling best{SpellingSimilarity(a_text, b_text)};
  auto spelt = [](const PreparedToken& t) { return t.spelling_count != 0; };
  if (best.similarity >= 1) return best;
  auto keep = [&](double similarity, int side, size_t k, const PreparedToken& s) {
    if (similarity > best.similarity) best = {similarity, side, k, &s};
  };
  if (std::any_of(a.begin(), a.end(), spelt))
    ForEachOtherSpelling(a, a_text, [&](std::string_view t, size_t k, const PreparedToken& s) {
      keep(SpellingSimilarity(t, b_text), 0, k, s);
    });
  if (std::any_of(b.begin(), b.end(), spelt))
    ForEachOtherSpelling(b, b_text, [&](std::string_view t, size_t k, const PreparedToken& s) {
      keep(SpellingSimilarity(a_text, t), 1, k, s);
    });
  return best;
}

// The texts of a run of tokens, spaced, token k spelt `spelling` when given.
std::string RunText(std::span<const PreparedToken> run, size_t k = 0,
                    const PreparedToken* spelling = nullptr) {
  std::string out;
  for (size_t i = 0; i < run.size(); ++i) {
    if (!out.empty()) out += ' ';
    out += i == k && spelling ? spelling->token->text : run[i].token->text;
  }
  return out;
}

}  // namespace

SpellingsMet CompareSpellingsOf(const PreparedToken& q, const PreparedToken& c) {
  SpellingsMet best{CompareSpellings(q, c), &q, &c};
  if (best.similarity.value >= 1) return best;
  auto consider = [&](const PreparedToken& a, const PreparedToken& b) {
    TokenSimilarity s = CompareSpellings(a, b);
    if (s.value > best.similarity.value) best = {s, &a, &b};
  };
  for (const PreparedToken& b : c.Spellings()) consider(q, b);
  for (const PreparedToken& a : q.Spellings()) {
    consider(a, c);
    for (const PreparedToken& b : c.Spellings()) consider(a, b);
  }
  return best;
}

namespace {

// A Latin name part without other spellings compares to another as a function of the two
// words alone: their texts, canonical ids and Korean keys (which breves and apostrophes of
// the text as written may narrow: Chŏng, Chong); their variants and sounds follow from the
// texts.
bool WordsAlone(const PreparedToken& t) {
  return t.spelling_count == 0 && t.kind == TokenKind::kNamePart && t.script == Script::kLatin;
}

// The same pairs of words recur from candidate to candidate ("wang" against "wei" in hundreds
// of listed names): each thread keeps the last similarity of each pair it met, by the pair's
// hashes, in a table where a new pair takes the place of an old one.
struct PairMemo {
  struct Entry {
    uint64_t q = ~uint64_t{0}, c = ~uint64_t{0};
    TokenSimilarity similarity;
  };
  static constexpr int kBits = 12;
  std::array<Entry, size_t{1} << kBits> entries;
};

uint64_t WordKey(const PreparedToken& t) {
  return t.text_hash ^ (t.canonical_hash * 0x9E3779B97F4A7C15ull) ^
         (t.korean_hash * 0xC2B2AE3D27D4EB4Full);
}

// A Korean person's name, as the normalizer reads one: a Korean family name, then the
// syllables of one given name (text/name_roles.cc).
bool KoreanPersonName(std::span<const PreparedToken> name) {
  auto role = [](const PreparedToken& t) { return t.token->role; };
  return role(name[0]) == NameRole::kFamily && (name[0].korean || name[0].KoreanScript()) &&
         std::none_of(name.begin(), name.end(),
                      [&](const PreparedToken& t) { return role(t) == NameRole::kPatronymic; });
}

}  // namespace

TokenSimilarity CompareTokens(const PreparedToken& q, const PreparedToken& c) {
  if (q.spelling_count != 0 || c.spelling_count != 0) return CompareSpellingsOf(q, c).similarity;
  if (!WordsAlone(q) || !WordsAlone(c)) return CompareSpellings(q, c);
  thread_local PairMemo memo;
  const uint64_t qk = WordKey(q), ck = WordKey(c);
  PairMemo::Entry& e = memo.entries[((qk * 0xBF58476D1CE4E5B9ull) ^ ck) >> (64 - PairMemo::kBits)];
  if (e.q != qk || e.c != ck) e = {qk, ck, CompareSpellings(q, c)};
  return e.similarity;
}

void NameScorer::Prepare(const NormalizedName& name, PreparedPool& pool) const {
  pool.Add(name, weights_);
}

double NameScorer::ScoreForms(const PreparedForm& qf, const PreparedForm& cf,
                              std::vector<TokenMatch>* explain) const {
  std::span<const PreparedToken> q = qf.tokens, c = cf.tokens;
  int nq = static_cast<int>(q.size()), nc = static_cast<int>(c.size());
  if (nq == 0 || nc == 0) return 0;
  std::array<AlignToken, kMaxAlignTokens> aq{}, ac{};
  // Generations count where both names have one: equal, they are part of the name.
  const bool generations = qf.generation && cf.generation;
  for (int i = 0; i < nq; ++i)
    aq[i] = {
        q[i].Text(), q[i].weight,
        OptionalWord(q[i].kind, /*generic_optional=*/true) && !(generations && IsGeneration(q[i]))};
  for (int j = 0; j < nc; ++j)
    ac[j] = {c[j].Text(), c[j].weight,
             OptionalWord(c[j].kind, /*generic_optional=*/false) &&
                 !(generations && IsGeneration(c[j]))};

  bool exact_only = qf.exact_only || cf.exact_only;
  auto similarity = [&](const TokenSpan& a, const TokenSpan& b, double cutoff) -> double {
    if (exact_only) return a.text == b.text ? 1.0 : 0.0;
    if (a.count == 1 && b.count == 1) return CompareTokens(q[a.first], c[b.first]).value;
    // Written together on one side: compare the letters, as long as all are name parts.
    for (int i = a.first; i < a.first + a.count; ++i)
      if (!Joinable(q[i].kind)) return 0;
    for (int j = b.first; j < b.first + b.count; ++j)
      if (!Joinable(c[j].kind)) return 0;
    if ((q[a.first].chinese || c[b.first].chinese) &&
        HangulWritesPinyin(q.subspan(a.first, a.count), c.subspan(b.first, b.count)))
      return kChineseInHangulMatch;
    bool syllables =
        std::any_of(q.begin() + a.first, q.begin() + a.first + a.count, FromHanOrHangul) ||
        std::any_of(c.begin() + b.first, c.begin() + b.first + b.count, FromHanOrHangul);
    if (!syllables)
      return JoinedSimilarity(q.subspan(a.first, a.count), a.text, c.subspan(b.first, b.count),
                              b.text)
          .similarity;
    const auto qs = q.subspan(a.first, a.count), cs = c.subspan(b.first, b.count);
    double spelling = SpellingSimilarity(a.text, b.text, SyllableJoinBudget);
    // Keyed on both sides, the keys decide, as for single tokens ("taehee", 태희 read "thae hui").
    if (AllKeyed(qs) && AllKeyed(cs))
      return RunEdgesMeet(qs, cs) && JoinedKeysAgree(qs, cs) ? std::max(spelling, kKoreanKeyMatch)
                                                             : 0;
    if (spelling == 0) return 0;
    if (!JoinedKeysAgree(qs, cs)) return 0;
    return spelling;
  };
  AlignOptions options;
  options.min_similarity = 0.3;  // CompareTokens already gives unrelated tokens 0
  options.initial_similarity = kInitialMatch;
  Alignment al = AlignTokens({aq.data(), size_t(nq)}, {ac.data(), size_t(nc)}, similarity, options);

  std::array<double, kMaxAlignTokens> sq{}, sc{};
  // Tokens paired one to one with a token of the same spelling: for the query, as any of its
  // spellings; for the listed name, as its own text (the bound checks that cheaply).
  std::array<bool, kMaxAlignTokens> q_alike{}, c_alike{};
  std::array<int8_t, kMaxAlignTokens> q_partner;  // paired one to one with; -1: none
  q_partner.fill(-1);
  for (const AlignedPair& p : al.pairs()) {
    for (int i = p.query_first; i < p.query_first + p.query_count; ++i) sq[i] = p.similarity;
    const bool alike = p.kind == PairKind::kToken && p.similarity >= 1;
    if (p.kind == PairKind::kToken)
      q_partner[p.query_first] = static_cast<int8_t>(p.candidate_first);
    // Another spelling of the same name (Alexei, Alexey) is the word as the query spells it.
    q_alike[p.query_first] =
        alike || (p.kind == PairKind::kToken && q[p.query_first].variant != 0 &&
                  q[p.query_first].variant == c[p.candidate_first].variant);
    c_alike[p.candidate_first] =
        alike && q[p.query_first].text_hash == c[p.candidate_first].text_hash;
    for (int j = p.candidate_first; j < p.candidate_first + p.candidate_count; ++j)
      sc[j] = p.similarity;
    if (explain) {
      const auto qs = q.subspan(p.query_first, p.query_count);
      const auto cs = c.subspan(p.candidate_first, p.candidate_count);
      double w = 0;
      for (int i = p.query_first; i < p.query_first + p.query_count; ++i) w += aq[i].weight;
      // Say which spellings met, where another form's spelling of a word did.
      std::string qt = RunText(qs), ct = RunText(cs);
      const char* method = p.kind == PairKind::kJoined ? "joined" : "initial";
      if (p.kind == PairKind::kToken) {
        SpellingsMet one = CompareSpellingsOf(qs[0], cs[0]);
        method = one.similarity.method;
        qt = one.query->token->text, ct = one.candidate->token->text;
      } else if (p.kind == PairKind::kJoined && !exact_only) {
        auto joined = [](std::span<const PreparedToken> run) {
          std::string out;
          for (const PreparedToken& t : run) out += t.Text();
          return out;
        };
        JoinedSpelling best = JoinedSimilarity(qs, joined(qs), cs, joined(cs));
        if (best.side == 0) qt = RunText(qs, best.k, best.spelling);
        if (best.side == 1) ct = RunText(cs, best.k, best.spelling);
      }
      explain->push_back({qt, ct, p.similarity, w, method});
    }
  }
  // Optional words count only where they meet a partner (OptionalWord); titles and connectors
  // never.
  struct Side {
    double total = 0, hit = 0;
    int met = 0, left = 0;  // tokens met, and runs of adjacent tokens left
    bool whole = true;      // each counted token spelt as its own token of the other name
    bool first_met = false, last_met = false;  // its first and last counted tokens
  };
  auto count = [](std::span<const AlignToken> tokens, std::span<const double> similarity,
                  std::span<const bool> alike, size_t given_at) {
    Side side;
    // Tokens left next to each other as written are one part at most ("Abdul Rahman"), but a
    // comma parts them: "GIL GARCIA, Jose Alejandro" less Jose Garcia leaves two.
    bool previous_left = false;
    for (size_t i = 0; i < tokens.size(); ++i) {
      if (tokens[i].optional && similarity[i] == 0) continue;
      side.total += tokens[i].weight, side.hit += tokens[i].weight * similarity[i];
      const bool left = similarity[i] == 0;
      side.met += !left;
      side.left += left && (!previous_left || (i == given_at && given_at > 0));
      previous_left = left;
      side.whole = side.whole && alike[i];
    }
    // The first and last tokens in the name's natural order (John Smith for "SMITH, John").
    bool first = true;
    for (size_t k = 0; k < tokens.size(); ++k) {
      const size_t i = (k + given_at) % tokens.size();
      if (tokens[i].optional && similarity[i] == 0) continue;
      if (first) side.first_met = similarity[i] > 0, first = false;
      side.last_met = similarity[i] > 0;
    }
    return side;
  };
  // The query's generic words cost nothing only beside two name parts that met: "Silver
  // Logistics" is not SILVER TECHNOLOGY LIMITED, though PUMA SECURITY SERVICE is PUMA SECURITY
  // COMPANY.
  int parts_met = 0;
  for (int i = 0; i < nq; ++i) parts_met += q[i].kind == TokenKind::kNamePart && sq[i] > 0;
  if (parts_met < 2)
    for (int i = 0; i < nq; ++i)
      aq[i].optional = aq[i].optional && q[i].kind != TokenKind::kGenericWord;
  const Side qs = count({aq.data(), size_t(nq)}, {sq.data(), size_t(nq)},
                        {q_alike.data(), size_t(nq)}, qf.given_at);
  const Side cs = count({ac.data(), size_t(nc)}, {sc.data(), size_t(nc)},
                        {c_alike.data(), size_t(nc)}, cf.given_at);
  // Words one name has beyond the other's whole name. A Korean name has none to leave out
  // (Kim Chol is not Kim Song Chol), and a particle left before a word met makes another name
  // of that word (Rahman Ghamari is not 'Abd al-Rahman al-Ghamari).
  auto left_over = [](const Side& whole, const Side& other, std::span<const PreparedToken> name,
                      std::span<const double> similarity) {
    if (!whole.whole || whole.met < 2 || other.left == 0) return false;  // most pairs, at once
    for (size_t i = 0; i + 1 < name.size(); ++i)
      if (similarity[i] == 0 && similarity[i + 1] > 0 && JoinsNextWordGroup(name[i].variant))
        return false;
    return !KoreanPersonName(name);
  };
  // The query's words left over only between two met: the given name before a listed
  // father's name is the son's (Uday Saddam Hussein is not Saddam Hussein).
  const bool query_left_over =
      left_over(cs, qs, q, {sq.data(), size_t(nq)}) && qs.first_met && qs.last_met;
  // A listed patronymic, the one word left, beside query words spelt alike (as the bound
  // allows: each at kPatronymicLeftSpelling or more).
  // (The cheap tests first: this runs for every aligned pair of forms.)
  auto patronymic_left_out = [&] {
    if (!cf.patronymic || qs.met < 2 || cs.left != 1) return false;
    for (int i = 0; i < nq; ++i)
      if (!aq[i].optional && (q_partner[i] < 0 || sq[i] < kPatronymicLeftSpelling)) return false;
    for (int j = 0; j < nc; ++j)
      if (sc[j] == 0 && !ac[j].optional && c[j].patronymic == 0) return false;
    for (int i = 0; i < nq; ++i)
      if (!aq[i].optional && !SpellingsAlike(q[i], c[q_partner[i]])) return false;
    return true;
  };
  const bool listed_left_over =
      left_over(qs, cs, c, {sc.data(), size_t(nc)}) || patronymic_left_out();
  if (explain) {
    // A part one record carries and the other does not (a middle name, a patronymic) says so.
    for (int i = 0; i < nq; ++i)
      if (sq[i] == 0)
        explain->push_back({q[i].token->text, "", 0, aq[i].weight,
                            query_left_over ? "part_left_out" : "unmatched_query"});
    for (int j = 0; j < nc; ++j)
      if (sc[j] == 0)
        explain->push_back({"", c[j].token->text, 0, ac[j].weight,
                            listed_left_over ? "part_left_out" : "unmatched_candidate"});
  }
  double score = 0;
  if (qs.total > 0 && cs.total > 0) {
    double q_share = qs.hit / qs.total, c_share = cs.hit / cs.total;
    if (query_left_over) q_share = 1 - QueryLeftOverCost(qs.left) * (1 - q_share);
    const double c_cost = listed_left_over ? ListedLeftOverCost(cs.left) : kListedLeftCost;
    score = q_share * (1 - c_cost * (1 - c_share));
  }
  if (score < kSameLettersMatch) {
    const int apart = LettersApart(qf, cf);
    const double whole = apart == 0 ? kSameLettersMatch : apart == 1 ? kNearLettersMatch : 0;
    if (score < whole) {
      score = whole;
      if (explain) {
        std::string qt, ct;
        for (const PreparedToken& t : q) qt += (qt.empty() ? "" : " ") + t.token->text;
        for (const PreparedToken& t : c) ct += (ct.empty() ? "" : " ") + t.token->text;
        explain->assign({{qt, ct, whole, qs.total, apart == 0 ? "same_letters" : "near_letters"}});
      }
    }
  }
  if (generations && score > kGenerationsDiffer) {
    if (const auto [qg, cg] = GenerationsDiffer(q, c); qg) {
      score = kGenerationsDiffer;
      if (explain)
        explain->push_back({qg->token->text, cg->token->text, 0, qg->weight, "generations_differ"});
    }
  }
  return score;
}

NameScore NameScorer::Score(const PreparedName& query, const PreparedName& candidate,
                            double min_score) const {
  NameScore best;
  for (size_t i = 0; i < query.forms.size(); ++i)
    for (size_t j = 0; j < candidate.forms.size(); ++j) {
      if (query.forms[i].covered || candidate.forms[j].covered) continue;
      double floor = std::max(min_score, best.score);
      if (floor > 0 && !MayReach(query.forms[i], candidate.forms[j], floor)) continue;
      double s = ScoreForms(query.forms[i], candidate.forms[j], nullptr);
      if (s > best.score) best.score = s, best.query_form = int(i), best.candidate_form = int(j);
    }
  return best;
}

NameScore NameScorer::Explain(const PreparedName& query, const PreparedName& candidate) const {
  return Explain(query, candidate, Score(query, candidate));
}

NameScore NameScorer::Explain(const PreparedName& query, const PreparedName& candidate,
                              NameScore best) const {
  best.tokens.clear();
  if (best.query_form >= 0)
    ScoreForms(query.forms[best.query_form], candidate.forms[best.candidate_form], &best.tokens);
  return best;
}

}  // namespace embargo::match
