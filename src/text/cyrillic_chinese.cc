// Russian renderings of Chinese names (the Palladius system) read back into pinyin:
// Си Цзиньпин -> xi jinping, Мао Цзэдун -> mao zedong, Чжоу Эньлай -> zhou enlai.
#include <algorithm>
#include <limits>
#include <unordered_set>

#include "text/cyrillic_reader.h"

namespace embargo::text {
namespace {

std::u32string Decode(std::string_view utf8) {
  std::u32string out;
  size_t i = 0;
  while (i < utf8.size()) out.push_back(NextCodePoint(utf8, i));
  return out;
}

struct Initial {
  std::u32string_view cyrillic;
  const char* pinyin;        // before finals that do not start with i/ü
  const char* pinyin_front;  // before i/ü finals (цз -> j, ц -> q, с -> x)
};

const Initial kInitials[] = {
    {U"чж", "zh", "zh"}, {U"цз", "z", "j"}, {U"ч", "ch", "ch"}, {U"ц", "c", "q"},
    {U"ш", "sh", "sh"},  {U"ж", "r", "r"},  {U"с", "s", "x"},   {U"б", "b", "b"},
    {U"п", "p", "p"},    {U"м", "m", "m"},  {U"ф", "f", "f"},   {U"д", "d", "d"},
    {U"т", "t", "t"},    {U"н", "n", "n"},  {U"л", "l", "l"},   {U"г", "g", "g"},
    {U"к", "k", "k"},    {U"х", "h", "h"},
};

struct Final {
  std::u32string_view cyrillic;
  const char* after_initial;  // pinyin after a consonant; nullptr: not allowed there
  const char* alone;          // pinyin as a whole syllable; nullptr: not allowed alone
  bool front;                 // an i/ü final: j/q/x before it
};

const Final kFinals[] = {
    {U"юань", "uan", "yuan", true},   {U"уань", "uan", nullptr, false},
    {U"уай", "uai", nullptr, false},  {U"уан", "uang", nullptr, false},
    {U"янь", "ian", "yan", true},     {U"энь", "en", "en", false},
    {U"юнь", "un", "yun", true},      {U"унь", "un", nullptr, false},
    {U"инь", "in", "yin", true},      {U"ань", "an", "an", false},
    {U"вань", nullptr, "wan", false}, {U"вэнь", nullptr, "wen", false},
    {U"вэй", nullptr, "wei", false},  {U"вэн", nullptr, "weng", false},
    {U"ван", nullptr, "wang", false}, {U"вай", nullptr, "wai", false},
    {U"ва", nullptr, "wa", false},    {U"во", nullptr, "wo", false},
    {U"яо", "iao", "yao", true},      {U"юэ", "ue", "yue", true},
    {U"юй", "u", "yu", true},         {U"юн", "iong", "yong", true},
    {U"ян", "iang", "yang", true},    {U"ин", "ing", "ying", true},
    {U"ун", "ong", nullptr, false},   {U"эн", "eng", "eng", false},
    {U"ан", "ang", "ang", false},     {U"ай", "ai", "ai", false},
    {U"эй", "ei", "ei", false},       {U"ао", "ao", "ao", false},
    {U"оу", "ou", "ou", false},       {U"уа", "ua", nullptr, false},
    {U"уй", "ui", nullptr, false},    {U"уо", "uo", nullptr, false},
    {U"эр", nullptr, "er", false},    {U"я", "ia", "ya", true},
    {U"е", "ie", "ye", true},         {U"ю", "iu", "you", true},
    {U"а", "a", "a", false},          {U"о", "uo", "o", false},
    {U"э", "e", "e", false},          {U"ы", "i", nullptr, false},
    {U"и", "i", "yi", true},          {U"у", "u", "wu", false},
};

bool StartsWith(std::u32string_view s, std::u32string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

// The pinyin of one syllable starting `rest`, and its length in Cyrillic letters.
struct Syllable {
  std::string pinyin;
  size_t length = 0;
};

std::vector<Syllable> SyllablesAt(std::u32string_view rest) {
  std::vector<Syllable> out;
  auto finals_after = [&](std::u32string_view tail, const Initial* initial) {
    for (const Final& f : kFinals) {
      if (!StartsWith(tail, f.cyrillic)) continue;
      const char* ending = initial ? f.after_initial : f.alone;
      if (!ending) continue;
      std::string pinyin;
      if (initial) {
        bool labial = initial->cyrillic == U"б" || initial->cyrillic == U"п" ||
                      initial->cyrillic == U"м" || initial->cyrillic == U"ф";
        bool sibilant =
            initial->cyrillic == U"цз" || initial->cyrillic == U"ц" || initial->cyrillic == U"с";
        if (f.cyrillic == U"ы" && !sibilant) continue;  // ы only in zi, ci, si
        pinyin = f.front ? initial->pinyin_front : initial->pinyin;
        pinyin += (f.cyrillic == U"о" && labial) ? "o" : ending;
      } else {
        pinyin = ending;
      }
      out.push_back(
          {std::move(pinyin), (initial ? initial->cyrillic.size() : 0) + f.cyrillic.size()});
    }
  };
  for (const Initial& initial : kInitials) {
    if (StartsWith(rest, initial.cyrillic))
      finals_after(rest.substr(initial.cyrillic.size()), &initial);
  }
  finals_after(rest, nullptr);
  return out;
}

const std::unordered_set<std::u32string>& ChineseSurnames() {
  static const std::unordered_set<std::u32string> kSet = {
      U"ли",   U"ван",   U"чжан", U"лю",  U"чэнь", U"ян",   U"хуан", U"чжао", U"у",    U"чжоу",
      U"сюй",  U"сунь",  U"ма",   U"чжу", U"ху",   U"го",   U"хэ",   U"гао",  U"линь", U"ло",
      U"чжэн", U"лян",   U"се",   U"сун", U"тан",  U"хань", U"фэн",  U"дэн",  U"цао",  U"пэн",
      U"цзэн", U"сяо",   U"тянь", U"дун", U"пань", U"юань", U"цай",  U"цзян", U"юй",   U"ду",
      U"е",    U"чэн",   U"вэй",  U"су",  U"люй",  U"дин",  U"жэнь", U"лу",   U"шэнь", U"яо",
      U"цуй",  U"цзинь", U"ши",   U"цзя", U"фу",   U"фан",  U"бай",  U"цзоу", U"мэн",  U"сюн",
      U"цинь", U"цю",    U"хоу",  U"инь", U"си",   U"мао",  U"вэнь", U"ляо",  U"цзи",  U"бо",
      U"кун",  U"лэй",   U"лун",  U"ся",  U"шао",  U"вань", U"гу",   U"тао",  U"хэ",   U"цянь",
      U"кан",  U"цзинь", U"ду",   U"янь", U"цзоу", U"ло",   U"жун"};
  return kSet;
}

}  // namespace

std::optional<std::string> CyrillicReader::ReadChinese(std::string_view utf8_lower) const {
  std::u32string word = Decode(utf8_lower);
  if (word.empty() || word.size() > 16) return std::nullopt;
  // Fewest syllables over the whole word (dynamic programming from the end).
  constexpr size_t kNone = std::numeric_limits<size_t>::max();
  std::vector<size_t> cost(word.size() + 1, kNone);
  std::vector<Syllable> choice(word.size() + 1);
  cost[word.size()] = 0;
  for (size_t i = word.size(); i-- > 0;) {
    for (Syllable& s : SyllablesAt(std::u32string_view(word).substr(i))) {
      size_t next = i + s.length;
      if (cost[next] == kNone || cost[next] + 1 >= cost[i]) continue;
      cost[i] = cost[next] + 1;
      choice[i] = std::move(s);
    }
  }
  if (cost[0] == kNone) return std::nullopt;
  std::string pinyin;
  for (size_t i = 0; i < word.size(); i += choice[i].length) pinyin += choice[i].pinyin;
  return pinyin;
}

bool CyrillicReader::LooksPalladius(std::string_view utf8_lower) const {
  // Spellings only Palladius uses: цз (z/j), чж (zh), ц and с before я/ю (q, x), юань, эй.
  constexpr std::string_view kMarkers[] = {"цз",   "чж",  "ця", "цю",   "ся",  "сю",
                                           "юань", "янь", "эй", "уань", "цин", "син"};
  bool marked = std::any_of(std::begin(kMarkers), std::end(kMarkers), [&](std::string_view m) {
    return utf8_lower.find(m) != std::string_view::npos;
  });
  return marked && ReadChinese(utf8_lower).has_value();
}

bool CyrillicReader::LooksChinese(std::span<const RawWord> words) const {
  if (words.empty() || words.size() > 3) return false;
  if (!ChineseSurnames().contains(Decode(words.front().text))) return false;
  for (const RawWord& w : words) {
    if (w.script != Script::kCyrillic || !ReadChinese(w.text)) return false;
  }
  return true;
}

}  // namespace embargo::text
