#include "text/kana_reader.h"

#include <algorithm>

#include "text/text_clean.h"

namespace embargo::text {
namespace {

constexpr char32_t kHiraganaFirst = U'ぁ', kHiraganaLast = U'ゖ';
constexpr char32_t kToKatakana = U'ァ' - U'ぁ';

// A full-size kana: its consonant and vowel as Hepburn writes them.
struct Kana {
  char32_t kana;
  std::string_view consonant;
  char vowel;
};

constexpr Kana kKana[] = {
    {U'ア', "", 'a'},  {U'イ', "", 'i'},   {U'ウ', "", 'u'},   {U'エ', "", 'e'},  {U'オ', "", 'o'},
    {U'カ', "k", 'a'}, {U'キ', "k", 'i'},  {U'ク', "k", 'u'},  {U'ケ', "k", 'e'}, {U'コ', "k", 'o'},
    {U'ガ', "g", 'a'}, {U'ギ', "g", 'i'},  {U'グ', "g", 'u'},  {U'ゲ', "g", 'e'}, {U'ゴ', "g", 'o'},
    {U'サ', "s", 'a'}, {U'シ', "sh", 'i'}, {U'ス', "s", 'u'},  {U'セ', "s", 'e'}, {U'ソ', "s", 'o'},
    {U'ザ', "z", 'a'}, {U'ジ', "j", 'i'},  {U'ズ', "z", 'u'},  {U'ゼ', "z", 'e'}, {U'ゾ', "z", 'o'},
    {U'タ', "t", 'a'}, {U'チ', "ch", 'i'}, {U'ツ', "ts", 'u'}, {U'テ', "t", 'e'}, {U'ト', "t", 'o'},
    {U'ダ', "d", 'a'}, {U'ヂ', "j", 'i'},  {U'ヅ', "z", 'u'},  {U'デ', "d", 'e'}, {U'ド', "d", 'o'},
    {U'ナ', "n", 'a'}, {U'ニ', "n", 'i'},  {U'ヌ', "n", 'u'},  {U'ネ', "n", 'e'}, {U'ノ', "n", 'o'},
    {U'ハ', "h", 'a'}, {U'ヒ', "h", 'i'},  {U'フ', "f", 'u'},  {U'ヘ', "h", 'e'}, {U'ホ', "h", 'o'},
    {U'バ', "b", 'a'}, {U'ビ', "b", 'i'},  {U'ブ', "b", 'u'},  {U'ベ', "b", 'e'}, {U'ボ', "b", 'o'},
    {U'パ', "p", 'a'}, {U'ピ', "p", 'i'},  {U'プ', "p", 'u'},  {U'ペ', "p", 'e'}, {U'ポ', "p", 'o'},
    {U'マ', "m", 'a'}, {U'ミ', "m", 'i'},  {U'ム', "m", 'u'},  {U'メ', "m", 'e'}, {U'モ', "m", 'o'},
    {U'ヤ', "y", 'a'}, {U'ユ', "y", 'u'},  {U'ヨ', "y", 'o'},  {U'ラ', "r", 'a'}, {U'リ', "r", 'i'},
    {U'ル', "r", 'u'}, {U'レ', "r", 'e'},  {U'ロ', "r", 'o'},  {U'ワ', "w", 'a'}, {U'ヰ', "", 'i'},
    {U'ヱ', "", 'e'},  {U'ヲ', "", 'o'},   {U'ヴ', "v", 'u'},
};

const Kana* FindKana(char32_t c) {
  for (const Kana& k : kKana)
    if (k.kana == c) return &k;
  return nullptr;
}

// The vowel of a small kana that changes the one before: ャ ュ ョ (kya, sha), ァ ィ ゥ ェ ォ
// (fa, ti, we); 0 for any other.
char SmallVowel(char32_t c, bool& glide) {
  glide = c == U'ャ' || c == U'ュ' || c == U'ョ';
  switch (c) {
    case U'ャ':
    case U'ァ':
      return 'a';
    case U'ィ':
      return 'i';
    case U'ュ':
    case U'ゥ':
      return 'u';
    case U'ェ':
      return 'e';
    case U'ョ':
    case U'ォ':
      return 'o';
    default:
      return 0;
  }
}

// One mora or a full syllable of kana.
struct Syllable {
  std::string_view consonant;
  char vowel = 0;           // 0 for ン
  bool glide = false;       // a y before the vowel (キャ kya)
  bool own_vowel = true;    // the kana's own vowel, not one a small kana gave it
  bool doubled = false;     // after ッ
  bool moraic_n = false;    // ン
  bool vowel_kana = false;  // ア イ ウ エ オ alone
};

// The syllables of one part of a word, or false for a character that is not kana.
bool Parse(const std::u32string& part, std::vector<Syllable>& out) {
  bool doubled = false;
  for (char32_t c : part) {
    bool glide = false;
    if (c == U'ー') continue;  // a long vowel: no Latin spelling of a name marks it
    if (c == U'ッ') {
      doubled = true;
      continue;
    }
    if (c == U'ン') {
      out.push_back({"n", 0, false, true, false, true, false});
      doubled = false;
      continue;
    }
    if (char v = SmallVowel(c, glide); v != 0) {
      if (out.empty() || out.back().moraic_n) {
        out.push_back({"", v, false, true, doubled, false, true});
      } else {
        Syllable& s = out.back();
        if (glide) {
          // キャ kya, but シャ sha, チャ cha, ジャ ja.
          s.glide = s.consonant != "sh" && s.consonant != "ch" && s.consonant != "j";
        } else if (s.consonant.empty()) {
          s.consonant = s.vowel == 'u' ? "w" : s.vowel == 'i' ? "y" : "";  // ウィ wi, イェ ye
        }
        s.vowel = v;
        s.own_vowel = false;
        s.vowel_kana = false;
      }
      doubled = false;
      continue;
    }
    const Kana* k = FindKana(c);
    if (!k) return false;
    out.push_back({k->consonant, k->vowel, false, true, doubled, false, k->consonant.empty()});
    doubled = false;
  }
  return true;
}

bool Labial(const Syllable* s) {
  return s && !s->consonant.empty() &&
         (s->consonant[0] == 'b' || s->consonant[0] == 'p' || s->consonant[0] == 'm');
}

bool RRow(const Syllable* s) { return s && s->consonant == "r"; }

// Whether the vowel of `s` is one Japanese adds after a consonant the foreign name ends a
// syllable with: the o of ト and ド, the u of ク, ス, フ, ム, ル and the like.
bool Epenthetic(const Syllable& s, const Syllable* next) {
  if (s.consonant.empty() || s.moraic_n) return false;
  const bool end = next == nullptr;
  const bool consonant_next = next && !next->consonant.empty() && !next->moraic_n;
  const std::string_view c = s.consonant;
  if (s.vowel == 'o') return s.own_vowel && (c == "t" || c == "d") && (end || RRow(next));
  if (s.vowel != 'u' || c == "n" || c == "y" || s.glide) return false;  // ヌ, ユ, キュ
  if (end) return true;  // バラク barak, ブッシュ bush
  if (!s.own_vowel || !consonant_next) return false;
  if (c == "s" || c == "z" || c == "r") return true;  // スミス smith, アルバート albert
  if (c == "k" || c == "g" || c == "p" || c == "b" || c == "f")
    return RRow(next) || next->consonant == "s" || next->consonant == "t";  // クリ kr, クス x
  return c == "m" && Labial(next);
}

std::string Spell(const std::vector<Syllable>& syllables, KanaSystem system) {
  std::string out;
  for (size_t i = 0; i < syllables.size(); ++i) {
    const Syllable& s = syllables[i];
    const Syllable* next = i + 1 < syllables.size() ? &syllables[i + 1] : nullptr;
    if (s.moraic_n) {
      out += Labial(next) ? 'm' : 'n';  // ナンバ namba, トランプ tramp
      continue;
    }
    if (system == KanaSystem::kHepburn) {
      const char previous = out.empty() ? 0 : out.back();
      // サトウ sato, オオノ ono, ユウキ yuki: a long vowel as a passport writes it.
      if (s.vowel_kana && s.own_vowel && !s.doubled &&
          ((s.vowel == 'u' && (previous == 'o' || previous == 'u')) ||
           (s.vowel == 'o' && previous == 'o'))) {
        continue;
      }
      if (s.doubled && !s.consonant.empty()) out += s.consonant == "ch" ? 't' : s.consonant[0];
      out += s.consonant;
      if (s.glide) out += 'y';
      out += s.vowel;
      continue;
    }
    out += s.consonant == "r" && system == KanaSystem::kForeignL ? "l" : s.consonant;
    if (s.glide) out += 'y';
    if (!Epenthetic(s, next)) out += s.vowel;
  }
  return out;
}

}  // namespace

std::string KanaToLatin(std::string_view utf8, KanaSystem system) {
  std::vector<std::u32string> parts(1);
  for (size_t i = 0; i < utf8.size();) {
    char32_t c = NextCodePoint(utf8, i);
    if (c >= kHiraganaFirst && c <= kHiraganaLast) c += kToKatakana;
    if (c == U'・' || c == U'＝' || c == U'゠' || c == U'=') {
      if (!parts.back().empty()) parts.emplace_back();
      continue;
    }
    parts.back() += c;
  }
  std::string out;
  for (const std::u32string& part : parts) {
    std::vector<Syllable> syllables;
    if (!Parse(part, syllables)) return {};
    std::string spelt = Spell(syllables, system);
    if (spelt.empty()) continue;
    if (!out.empty()) out += ' ';
    out += spelt;
  }
  return out;
}

std::vector<std::pair<std::string_view, std::string>> KanaSpellings(std::string_view utf8) {
  std::vector<std::pair<std::string_view, std::string>> out;
  for (auto [name, system] :
       {std::pair<std::string_view, KanaSystem>{"hepburn", KanaSystem::kHepburn},
        {"kana_foreign", KanaSystem::kForeignR},
        {"kana_foreign2", KanaSystem::kForeignL}}) {
    std::string text = KanaToLatin(utf8, system);
    if (text.empty()) return {};
    if (std::none_of(out.begin(), out.end(), [&](const auto& s) { return s.second == text; }))
      out.emplace_back(name, std::move(text));
  }
  return out;
}

}  // namespace embargo::text
