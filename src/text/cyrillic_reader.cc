#include "text/cyrillic_reader.h"

#include <algorithm>
#include <iterator>

#include "text/learned_translit.h"

namespace embargo::text {
namespace {

enum class System { kIcao, kBgn, kIso9, kEnglish };

std::u32string Decode(std::string_view utf8) {
  std::u32string out;
  size_t i = 0;
  while (i < utf8.size()) out.push_back(NextCodePoint(utf8, i));
  return out;
}

bool IsCyrillicVowel(char32_t c) {
  switch (c) {
    case U'а':
    case U'е':
    case U'ё':
    case U'и':
    case U'о':
    case U'у':
    case U'ы':
    case U'э':
    case U'ю':
    case U'я':
    case U'і':
    case U'ї':
    case U'є':
    case U'ә':
    case U'ө':
    case U'ү':
    case U'ұ':
      return true;
    default:
      return false;
  }
}

const char* Icao(char32_t c) {
  switch (c) {
    case U'е':
    case U'ё':
      return "e";
    case U'ж':
      return "zh";
    case U'й':
      return "i";
    case U'х':
      return "kh";
    case U'ц':
      return "ts";
    case U'ч':
      return "ch";
    case U'ш':
      return "sh";
    case U'щ':
      return "shch";
    case U'ъ':
      return "ie";
    case U'ю':
      return "iu";
    case U'я':
      return "ia";
    case U'ї':
      return "i";
    case U'є':
      return "ie";
    default:
      return CyrillicCommonLetter(c);
  }
}

const char* Iso9(char32_t c) {
  switch (c) {
    case U'е':
    case U'ё':
    case U'є':
      return "e";
    case U'ж':
      return "z";
    case U'й':
      return "j";
    case U'х':
      return "h";
    case U'ц':
      return "c";
    case U'ч':
      return "c";
    case U'ш':
      return "s";
    case U'щ':
      return "s";
    case U'ъ':
      return "";
    case U'ю':
      return "u";
    case U'я':
      return "a";
    case U'ї':
      return "i";
    default:
      return CyrillicCommonLetter(c);
  }
}

// BGN/PCGN and the common English spellings share most letters.
const char* Bgn(char32_t c) {
  switch (c) {
    case U'ж':
      return "zh";
    case U'й':
      return "y";
    case U'х':
      return "kh";
    case U'ц':
      return "ts";
    case U'ч':
      return "ch";
    case U'ш':
      return "sh";
    case U'щ':
      return "shch";
    case U'ъ':
      return "";
    case U'ю':
      return "yu";
    case U'я':
      return "ya";
    case U'ї':
      return "yi";
    case U'є':
      return "ye";
    default:
      return CyrillicCommonLetter(c);
  }
}

std::string TransliterateWord(const std::u32string& w, System system) {
  std::string out;
  out.reserve(w.size() * 2);
  for (size_t i = 0; i < w.size(); ++i) {
    char32_t c = w[i];
    char32_t prev = i > 0 ? w[i - 1] : 0;
    char32_t next = i + 1 < w.size() ? w[i + 1] : 0;
    // "y" sounds before е and ё at the start and after vowels and signs.
    bool iotated = i == 0 || IsCyrillicVowel(prev) || prev == U'ъ' || prev == U'ь' || prev == U'й';
    bool hushing = prev == U'ж' || prev == U'ч' || prev == U'ш' || prev == U'щ';
    const char* s = nullptr;
    switch (system) {
      case System::kIcao:
        s = Icao(c);
        break;
      case System::kIso9:
        s = Iso9(c);
        break;
      case System::kBgn:
        if (c == U'е')
          s = iotated ? "ye" : "e";
        else if (c == U'ё')
          s = iotated ? "ye" : "e";
        else
          s = Bgn(c);
        break;
      case System::kEnglish:
        if (c == U'е')
          s = iotated && i == 0 ? "ye" : "e";
        else if (c == U'ё')
          s = hushing ? "o" : "yo";
        else if (c == U'й' && (next == 0) && (prev == U'и' || prev == U'ы'))
          s = "";
        else if (c == U'и' && next == U'й' && i + 2 == w.size())
          s = "y";
        else if (c == U'ы' && next == U'й' && i + 2 == w.size())
          s = "y";
        else if (c == U'к' && next == U'с') {
          s = "x";
          ++i;
        } else
          s = Bgn(c);
        break;
    }
    if (s) out += s;
  }
  return out;
}

// A Belarusian word as Russian writes the same name, or empty when it has no letter of
// Belarusian: ў в, і и, дз д, ц before a soft vowel т, and у before a consonant first в
// (ВАСІЛЬЕЎ ВАСИЛЬЕВ, Дзмітрый Дмитрий, Цімафей Тимофей, Уладзімір Пуцін Владимир Путин). The
// vowels Belarusian writes as it says them stay (Аляксандр).
std::u32string BelarusianAsRussian(const std::u32string& w) {
  if (w.find(U'ў') == std::u32string::npos &&
      (w.find(U'і') == std::u32string::npos || w.find_first_of(U"ґєї") != std::u32string::npos))
    return {};
  auto soft = [](char32_t c) {
    return c == U'і' || c == U'е' || c == U'ё' || c == U'ю' || c == U'я' || c == U'ь';
  };
  std::u32string out;
  for (size_t i = 0; i < w.size(); ++i) {
    const char32_t c = w[i];
    const char32_t next = i + 1 < w.size() ? w[i + 1] : 0;
    if (i == 0 && c == U'у' && next != 0 && !IsCyrillicVowel(next)) {
      out += U'в';  // Уладзімір, Уладзімер: Владимир
    } else if (c == U'д' && next == U'з') {
      out += U'д';
      ++i;
    } else if (c == U'ц' && soft(next)) {
      out += U'т';
    } else {
      out += c == U'ў' ? U'в' : c == U'і' ? U'и' : c;
    }
  }
  return out;
}

std::optional<System> ParseSystem(std::string_view name) {
  if (name == "icao") return System::kIcao;
  if (name == "bgn") return System::kBgn;
  if (name == "iso9") return System::kIso9;
  if (name == "english") return System::kEnglish;
  return std::nullopt;
}

}  // namespace

std::string CyrillicReader::Transliterate(std::string_view utf8_lower,
                                          std::string_view system) const {
  std::optional<System> s = ParseSystem(system);
  return s ? TransliterateWord(Decode(utf8_lower), *s) : std::string();
}

std::vector<WordReading> CyrillicReader::Read(const RawWord& word,
                                              const NameContext& context) const {
  std::u32string w = Decode(word.text);
  std::vector<WordReading> out;
  auto add = [&](std::string_view system, std::string text, std::string key = {}) {
    if (text.empty()) return;
    Token t;
    t.text = std::move(text);
    t.script = Script::kCyrillic;
    t.joined_next = word.hyphen_after;
    t.korean_key = std::move(key);
    out.push_back(WordReading{system, {std::move(t)}});
  };
  if (context.korean) {
    if (auto k = ReadKorean(word.text)) add("korean", std::move(k->text), std::move(k->key));
  }
  add("icao", TransliterateWord(w, System::kIcao));
  add("bgn", TransliterateWord(w, System::kBgn));
  add("english", TransliterateWord(w, System::kEnglish));
  if (const std::u32string russian = BelarusianAsRussian(w); !russian.empty())
    add("russian", TransliterateWord(russian, System::kBgn));
  add("iso9", TransliterateWord(w, System::kIso9));
  const bool chinese = context.chinese || (context.whole_name && LooksPalladius(word.text));
  // Before the hand-written foreign guesses, which it mostly makes redundant: a name of several
  // words keeps only the first forms (NormalizeOptions::max_forms). Korean and Chinese names
  // keep their own readings. (A word that is the whole name has more learned spellings: those
  // past the fourth come after the guesses.)
  std::vector<WordReading> learned;
  if (context.person && !context.korean && !chinese) {
    learned = LearnedReadings(LearnedScript::kCyrillic, word.text, Script::kCyrillic,
                              word.hyphen_after, context);
  }
  const auto first_learned =
      learned.begin() + std::min<std::ptrdiff_t>(learned.size(), kLearnedSpellings);
  std::move(learned.begin(), first_learned, std::back_inserter(out));
  for (auto& [system, text] : ForeignSpellings(word.text)) add(system, std::move(text));
  std::move(first_learned, learned.end(), std::back_inserter(out));
  if (chinese) {
    if (auto pinyin = ReadChinese(word.text)) add("pinyin", std::move(*pinyin));
  }
  return out;
}

// Letters every system writes the same way.
const char* CyrillicCommonLetter(char32_t c) {
  switch (c) {
    case U'а':
      return "a";
    case U'б':
      return "b";
    case U'в':
      return "v";
    case U'г':
      return "g";
    case U'д':
      return "d";
    case U'з':
      return "z";
    case U'и':
      return "i";
    case U'к':
      return "k";
    case U'л':
      return "l";
    case U'м':
      return "m";
    case U'н':
      return "n";
    case U'о':
      return "o";
    case U'п':
      return "p";
    case U'р':
      return "r";
    case U'с':
      return "s";
    case U'т':
      return "t";
    case U'у':
      return "u";
    case U'ф':
      return "f";
    case U'ы':
      return "y";
    case U'ь':
      return "";
    case U'э':
      return "e";
    case U'і':
      return "i";
    case U'ґ':
      return "g";
    case U'ў':
      return "u";
    case U'ђ':
      return "dj";
    case U'ј':
      return "j";
    case U'љ':
      return "lj";
    case U'њ':
      return "nj";
    case U'ћ':
      return "c";
    case U'џ':
      return "dz";
    case U'ѓ':
      return "gj";
    case U'ќ':
      return "kj";
    case U'ѕ':
      return "dz";
    case U'ә':
      return "a";
    case U'ғ':
      return "g";
    case U'қ':
      return "k";
    case U'ң':
      return "n";
    case U'ө':
      return "o";
    case U'ұ':
      return "u";
    case U'ү':
      return "u";
    case U'һ':
      return "h";
    case U'ҳ':
      return "h";
    case U'ӣ':
      return "i";
    case U'ӯ':
      return "u";
    case U'ҷ':
      return "j";
    default:
      return nullptr;
  }
}

}  // namespace embargo::text
