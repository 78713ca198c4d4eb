// Russian renderings of Korean names (Kontsevich and the traditional press spelling) and of
// Chinese names (Palladius), read back into Korean syllables and pinyin.
#include <algorithm>
#include <array>
#include <unordered_set>

#include "text/cyrillic_reader.h"
#include "text/korean.h"

namespace embargo::text {
namespace {

std::u32string Decode(std::string_view utf8) {
  std::u32string out;
  size_t i = 0;
  while (i < utf8.size()) out.push_back(NextCodePoint(utf8, i));
  return out;
}

constexpr uint32_t Bits(std::initializer_list<int> indices) {
  uint32_t bits = 0;
  for (int i : indices) bits |= 1u << i;
  return bits;
}

// Jamo indices in Unicode composition order (see KoreanSyllable).
enum Initial { G, GG, N, D, DD, R, M, B, BB, S, SS, NG, J, JJ, CH, K, T, P, H };
enum Vowel { A, AE, YA, YAE, EO, E, YEO, YE, O, WA, WAE, OE, YO, U, WO, WE, WI, YU, EU, UI, I };
enum Final {
  F0,
  FG = 1,
  FN = 4,
  FD = 7,
  FL = 8,
  FM = 16,
  FB = 17,
  FS = 19,
  FSS = 20,
  FNG = 21,
  FJ = 22,
  FCH = 23,
  FT = 25
};

struct Piece {
  std::u32string_view cyrillic;
  uint32_t bits;
  const char* latin;
};

// Longest spellings first, so that the parser tries them first.
const Piece kInitials[] = {
    {U"кх", Bits({K}), "k"},          {U"тх", Bits({T}), "t"},
    {U"пх", Bits({P}), "p"},          {U"чх", Bits({CH}), "ch"},
    {U"цх", Bits({CH}), "ch"},        {U"чж", Bits({J}), "ch"},
    {U"дж", Bits({J}), "ch"},         {U"сс", Bits({SS}), "ss"},
    {U"кк", Bits({GG}), "kk"},        {U"тт", Bits({DD}), "tt"},
    {U"пп", Bits({BB}), "pp"},        {U"чч", Bits({JJ}), "tch"},
    {U"к", Bits({G, GG, K}), "k"},    {U"г", Bits({G}), "k"},
    {U"т", Bits({D, DD, T, J}), "t"}, {U"д", Bits({D}), "t"},
    {U"п", Bits({B, BB, P}), "p"},    {U"б", Bits({B}), "p"},
    {U"ч", Bits({J, JJ, CH}), "ch"},  {U"ц", Bits({J, CH}), "ch"},
    {U"с", Bits({S, SS}), "s"},       {U"ш", Bits({S}), "s"},
    {U"х", Bits({H}), "h"},           {U"м", Bits({M}), "m"},
    {U"н", Bits({N, R}), "n"},        {U"р", Bits({R, N}), "r"},
    {U"л", Bits({R, N}), "r"},
};

const Piece kVowels[] = {
    {U"ый", Bits({UI}), "ui"},
    {U"ви", Bits({WI}), "wi"},
    {U"вэ", Bits({WAE, WE}), "wae"},
    {U"ве", Bits({WE, WAE, OE}), "we"},
    {U"ва", Bits({WA}), "wa"},
    {U"во", Bits({WO}), "wo"},
    {U"ой", Bits({OE}), "oe"},
    {U"оэ", Bits({OE}), "oe"},
    {U"йе", Bits({YE}), "ye"},
    {U"я", Bits({YA}), "ya"},
    {U"ё", Bits({YEO, YO}), "yo"},
    {U"ю", Bits({YU}), "yu"},
    {U"е", Bits({E, YEO, EO, YE}), "yo"},
    {U"э", Bits({AE, E}), "ae"},
    {U"а", Bits({A}), "a"},
    {U"о", Bits({EO, O}), "o"},
    {U"у", Bits({U, EU}), "u"},
    {U"ы", Bits({EU, UI}), "u"},
    {U"и", Bits({I, UI}), "i"},
};

const Piece kFinals[] = {
    {U"нъ", Bits({FNG}), "ng"},   {U"нь", Bits({FNG}), "ng"},
    {U"ль", Bits({FL}), "l"},     {U"к", Bits({FG}), "k"},
    {U"г", Bits({FG}), "k"},      {U"т", Bits({FS, FD, FJ, FCH, FT, FSS}), "t"},
    {U"п", Bits({FB}), "p"},      {U"м", Bits({FM}), "m"},
    {U"н", Bits({FN, FNG}), "n"}, {U"р", Bits({FL}), "l"},
    {U"л", Bits({FL}), "l"},
};

struct Parsed {
  std::vector<KoreanSyllable> syllables;
  std::string latin;
};

bool StartsWith(std::u32string_view s, std::u32string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

// Finds every split of a word into Cyrillic-Korean syllables, up to a limit.
class KoreanParser {
 public:
  explicit KoreanParser(size_t limit) : limit_(limit) {}
  std::vector<Parsed> Parse(std::u32string_view word) {
    Step(word, true);
    return std::move(results_);
  }

 private:
  void Step(std::u32string_view rest, bool word_start) {
    if (results_.size() >= limit_) return;
    if (rest.empty()) {
      if (!current_.syllables.empty()) results_.push_back(current_);
      return;
    }
    if (current_.syllables.size() >= 6) return;
    for (const Piece& initial : kInitials) {
      if (StartsWith(rest, initial.cyrillic)) TryInitial(rest, word_start, &initial);
    }
    TryInitial(rest, word_start, nullptr);
  }

  void TryInitial(std::u32string_view rest, bool word_start, const Piece* initial) {
    std::u32string_view after_initial = rest.substr(initial ? initial->cyrillic.size() : 0);
    for (const Piece& vowel : kVowels) {
      if (!StartsWith(after_initial, vowel.cyrillic)) continue;
      std::u32string_view after_vowel = after_initial.substr(vowel.cyrillic.size());
      KoreanSyllable syllable;
      syllable.initial = initial ? initial->bits : Bits({NG});
      // ㄹ and ㄴ at the start of a word are also read as ㅇ (리 -> 이, 녀 -> 여).
      if (word_start && (syllable.initial & Bits({R, N}))) syllable.initial |= Bits({NG});
      syllable.vowel = vowel.bits;
      std::string latin = initial ? initial->latin : "";
      bool hushing = initial && (latin == "ch" || latin == "s" || latin == "ss" || latin == "tch");
      // The press writes ㅓ/ㅕ as "е" (Чен = 정, Пхеньян = 평양).
      latin += vowel.cyrillic == U"е" ? (hushing ? "o" : "yo") : vowel.latin;
      TryFinal(after_vowel, syllable, latin, vowel, nullptr);
      for (const Piece& f : kFinals) {
        if (StartsWith(after_vowel, f.cyrillic)) TryFinal(after_vowel, syllable, latin, vowel, &f);
      }
    }
  }

  void TryFinal(std::u32string_view after_vowel, KoreanSyllable syllable, std::string latin,
                const Piece& vowel, const Piece* final_piece) {
    std::u32string_view rest = after_vowel.substr(final_piece ? final_piece->cyrillic.size() : 0);
    syllable.final = final_piece ? final_piece->bits : Bits({F0});
    if (final_piece) {
      // Final "н" is ㄴ or ㅇ; after these vowels ㅇ is the likelier spelling.
      bool ng = final_piece->cyrillic == U"н" &&
                (vowel.cyrillic == U"е" || vowel.cyrillic == U"ё" || vowel.cyrillic == U"о" ||
                 vowel.cyrillic == U"я" || vowel.cyrillic == U"ю");
      latin += ng ? "ng" : final_piece->latin;
    }
    size_t latin_size = current_.latin.size();
    current_.syllables.push_back(syllable);
    current_.latin += latin;
    Step(rest, false);
    current_.syllables.pop_back();
    current_.latin.resize(latin_size);
  }

  size_t limit_;
  Parsed current_;
  std::vector<Parsed> results_;
};

const std::unordered_set<std::u32string>& KoreanSurnames() {
  static const std::unordered_set<std::u32string> kSet = {
      U"ким",  U"ли",  U"ри",  U"пак", U"чхве", U"цой", U"чой", U"цхве", U"чон",  U"чен",
      U"тен",  U"кан", U"чо",  U"тё",  U"те",   U"юн",  U"чан", U"тян",  U"лим",  U"рим",
      U"им",   U"хан", U"о",   U"со",  U"сон",  U"син", U"шин", U"квон", U"хван", U"ан",
      U"хон",  U"ю",   U"ко",  U"мун", U"ян",   U"пэ",  U"пэк", U"пек",  U"нам",  U"но",
      U"ха",   U"чу",  U"ку",  U"хо",  U"хён",  U"ра",  U"мин", U"чхон", U"чжон", U"чжан",
      U"пан",  U"сим", U"пён", U"ок",  U"ом",   U"вон", U"тхэ", U"чха",  U"чхэ",  U"кил",
      U"тхак", U"ма",  U"хён", U"ё",   U"ён",   U"рю",  U"лю",  U"ю",    U"тё",   U"тхе",
      U"кё",   U"гон", U"кон", U"ок",  U"чжу",  U"пхё", U"сок", U"ын",   U"ки"};
  return kSet;
}

}  // namespace

std::optional<CyrillicReader::KoreanReading> CyrillicReader::ReadKorean(
    std::string_view utf8_lower) const {
  std::u32string word = Decode(utf8_lower);
  std::vector<Parsed> parses = KoreanParser(KoreanKey::kMaxReadings).Parse(word);
  if (parses.empty()) return std::nullopt;
  // The reading with the fewest syllables is the most likely; the key keeps every reading.
  std::stable_sort(parses.begin(), parses.end(), [](const Parsed& a, const Parsed& b) {
    return a.syllables.size() < b.syllables.size();
  });
  KoreanKey key;
  for (const Parsed& p : parses) key.AddReading(p.syllables);
  return KoreanReading{parses.front().latin, SerializeKoreanKey(key)};
}

bool CyrillicReader::LooksKorean(std::span<const RawWord> words) const {
  if (words.empty() || words.size() > 4) return false;
  if (!KoreanSurnames().contains(Decode(words.front().text))) return false;
  for (const RawWord& w : words) {
    if (w.script != Script::kCyrillic) return false;
    std::vector<Parsed> parses = KoreanParser(1).Parse(Decode(w.text));
    if (parses.empty() || parses.front().syllables.size() > 3) return false;
  }
  return true;
}

}  // namespace embargo::text
