#include "text/hebrew_reader.h"

namespace embargo::text {
namespace {

struct Letter {
  char32_t base = 0;    // a final form (ך ם ן ף ץ) as its letter
  bool geresh = false;  // ׳ after it: ג׳ j, ז׳ zh, צ׳ ch, ת׳ th
};

char32_t Base(char32_t c) {
  switch (c) {
    case U'ך':
      return U'כ';
    case U'ם':
      return U'מ';
    case U'ן':
      return U'נ';
    case U'ף':
      return U'פ';
    case U'ץ':
      return U'צ';
    default:
      return c;
  }
}

bool IsLetter(char32_t c) { return c >= U'א' && c <= U'ת'; }

// Letters that may stand for a vowel.
bool IsVowelLetter(char32_t c) { return c == U'א' || c == U'ו' || c == U'י' || c == U'ע'; }

std::vector<Letter> Letters(std::string_view utf8) {
  std::vector<Letter> out;
  for (size_t i = 0; i < utf8.size();) {
    const char32_t c = NextCodePoint(utf8, i);
    if (IsLetter(c)) {
      out.push_back({Base(c)});
    } else if (c == U'װ') {  // the ligature of two vavs: both, as written apart
      out.push_back({U'ו'});
      out.push_back({U'ו'});
    } else if ((c == U'׳' || c == U'\'') && !out.empty()) {
      out.back().geresh = true;
    }  // points (niqqud), cantillation and the rest are dropped
  }
  return out;
}

const char* Consonant(const Letter& l, bool initial, HebrewSystem system) {
  const bool hebrew = system == HebrewSystem::kHebrew;
  switch (l.base) {
    case U'ב':
      return initial || !hebrew ? "b" : "v";
    case U'ג':
      return l.geresh ? "j" : "g";
    case U'ד':
      return "d";
    case U'ז':
      return l.geresh ? "zh" : "z";
    case U'ח':
      return hebrew ? "ch" : "h";
    case U'ט':
      return "t";
    case U'כ':
      return initial || !hebrew ? "k" : "kh";
    case U'ל':
      return "l";
    case U'מ':
      return "m";
    case U'נ':
      return "n";
    case U'ס':
      return "s";
    case U'פ':
      return l.geresh ? "f" : initial || !hebrew ? "p" : "f";
    case U'צ':
      return l.geresh ? "ch" : hebrew ? "tz" : "ts";
    case U'ק':
      return "k";
    case U'ר':
      return "r";
    case U'ש':
      return "sh";
    case U'ת':
      return l.geresh ? "th" : "t";
    default:
      return "";
  }
}

// Frequent name words, which Hebrew writes with too few vowels for the rules to guess: the
// spelling Israeli documents give them (Cohen, Levi, Moshe, Ben).
constexpr std::pair<std::string_view, std::string_view> kCommonWords[] = {
    {"כהן", "cohen"},       {"לוי", "levi"},       {"בן", "ben"},          {"בר", "bar"},
    {"בת", "bat"},          {"משה", "moshe"},      {"דוד", "david"},       {"יוסף", "yosef"},
    {"אברהם", "avraham"},   {"יעקב", "yaakov"},    {"יצחק", "yitzhak"},    {"שרה", "sarah"},
    {"רחל", "rachel"},      {"מרים", "miriam"},    {"חיים", "chaim"},      {"שלמה", "shlomo"},
    {"שלום", "shalom"},     {"אליהו", "eliyahu"},  {"יהודה", "yehuda"},    {"מיכאל", "michael"},
    {"דניאל", "daniel"},    {"נתן", "natan"},      {"אהרון", "aharon"},    {"אהרן", "aharon"},
    {"שמואל", "shmuel"},    {"ישראל", "israel"},   {"מרדכי", "mordechai"}, {"מאיר", "meir"},
    {"אליעזר", "eliezer"},  {"צבי", "zvi"},        {"יונתן", "yonatan"},   {"אורי", "uri"},
    {"נועה", "noa"},        {"תמר", "tamar"},      {"מיכל", "michal"},     {"יעל", "yael"},
    {"עדי", "adi"},         {"איתי", "itai"},      {"שירה", "shira"},      {"אסתר", "esther"},
    {"חנה", "hana"},        {"לאה", "leah"},       {"רבקה", "rivka"},      {"בנימין", "binyamin"},
    {"מזרחי", "mizrahi"},   {"פרץ", "peretz"},     {"ביטון", "biton"},     {"דהן", "dahan"},
    {"פרידמן", "friedman"}, {"אזולאי", "azoulay"}, {"מלכה", "malka"},      {"חדד", "hadad"},
    {"גבאי", "gabay"},      {"שפירא", "shapira"},  {"אוחיון", "ohayon"},   {"אשכנזי", "ashkenazi"},
    {"גולן", "golan"},      {"ברק", "barak"},      {"אלון", "alon"},       {"אבי", "avi"},
    {"רון", "ron"},         {"גיל", "gil"},        {"עומר", "omer"},       {"טל", "tal"},
    {"איתן", "eitan"},      {"אריאל", "ariel"},    {"עמוס", "amos"},       {"עזרא", "ezra"},
    {"אביגדור", "avigdor"},
};

std::string_view CommonWord(std::string_view letters) {
  for (const auto& [hebrew, latin] : kCommonWords)
    if (hebrew == letters) return latin;
  return {};
}

}  // namespace

std::string HebrewToLatin(std::string_view utf8, HebrewSystem system) {
  const std::vector<Letter> w = Letters(utf8);
  std::string out;
  for (size_t k = 0; k < w.size(); ++k) {
    const char32_t c = w[k].base;
    const char32_t next = k + 1 < w.size() ? w[k + 1].base : 0;
    const bool last = k + 1 == w.size();
    // Right after a word's first א or ע, which only carries it, a vowel letter is a vowel.
    const bool after_carrier = k == 1 && (w[0].base == U'א' || w[0].base == U'ע');
    if (c == U'א' || c == U'ע') {
      if (!(k == 0 && (next == U'ו' || next == U'י'))) out += 'a';
    } else if (c == U'ה') {
      out += last && k > 0 ? "a" : "h";
    } else if (c == U'ו') {
      if (next == U'ו') {
        out += 'v';
        ++k;
      } else if (after_carrier || (k > 0 && !IsVowelLetter(next))) {
        out += system == HebrewSystem::kHebrew ? 'o' : 'u';
      } else {
        out += 'v';
      }
    } else if (c == U'י') {
      if (next == U'י') {
        out += system == HebrewSystem::kHebrew ? "ai" : "y";
        ++k;
      } else if (after_carrier || (k > 0 && (!IsVowelLetter(next) || last))) {
        out += 'i';
      } else {
        out += 'y';
      }
    } else {
      out += Consonant(w[k], k == 0, system);
      // A Hebrew name's first two consonants mostly have an a between them, which Hebrew does
      // not write (טנג׳יל Tanjil, חסדאי Chasdai).
      if (k == 0 && system == HebrewSystem::kHebrew && next != 0 && !IsVowelLetter(next) &&
          next != U'ה')
        out += 'a';
    }
  }
  return out;
}

std::vector<WordReading> ReadHebrew(const RawWord& word) {
  std::vector<WordReading> out;
  auto add = [&](std::string_view system, std::string text) {
    out.push_back(OneTokenReading(system, std::move(text), Script::kHebrew, word.hyphen_after));
  };
  std::string letters;  // the word without its points
  for (size_t i = 0; i < word.text.size();)
    if (const char32_t c = NextCodePoint(word.text, i); IsLetter(c)) AppendUtf8(letters, c);
  if (std::string_view common = CommonWord(letters); !common.empty()) {
    add("hebrew", std::string(common));
    return out;
  }
  for (auto [name, system] :
       {std::pair<std::string_view, HebrewSystem>{"hebrew", HebrewSystem::kHebrew},
        {"hebrew_foreign", HebrewSystem::kForeign}}) {
    std::string text = HebrewToLatin(word.text, system);
    if (text.empty() || (!out.empty() && out.front().tokens.front().text == text)) continue;
    add(name, std::move(text));
  }
  return out;
}

}  // namespace embargo::text
