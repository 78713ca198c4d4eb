// Foreign names written in Cyrillic, spelled back the way they were written before: Russian
// writes a German "sch" as ш, a French "ou" as у, a Japanese "shi" as си (Polivanov system).
// Each system is a table of Cyrillic sequences (longest first) with their Latin spelling;
// letters a table does not cover take the BGN/PCGN spelling.
#include <algorithm>
#include <array>
#include <span>

#include "text/cyrillic_reader.h"

namespace embargo::text {
namespace {

enum Where : uint8_t { kAnywhere, kStart, kEnd };

struct Rule {
  std::u32string_view cyrillic;
  const char* latin;
  Where where = kAnywhere;
};

// English and the generic Western spelling.
constexpr Rule kWestern[] = {
    {U"дж", "j"}, {U"кс", "x"},         {U"кв", "qu"}, {U"ий", "y", kEnd}, {U"ей", "ey"},
    {U"х", "h"},  {U"ж", "j"},          {U"ц", "z"},   {U"ш", "sh"},       {U"щ", "sch"},
    {U"ч", "ch"}, {U"э", "e"},          {U"е", "e"},   {U"ё", "o"},        {U"ю", "ju", kStart},
    {U"ю", "u"},  {U"я", "ya", kStart}, {U"я", "ia"},  {U"й", "y", kEnd},  {U"й", "i"},
    {U"ы", "y"},  {U"ь", ""},           {U"ъ", ""},
};

constexpr Rule kGerman[] = {
    {U"шт", "st", kStart}, {U"шп", "sp", kStart}, {U"ай", "ei"},       {U"ой", "eu"}, {U"ау", "au"},
    {U"кс", "x"},          {U"тц", "tz"},         {U"кк", "ck"},       {U"ш", "sch"}, {U"ц", "z"},
    {U"х", "ch"},          {U"в", "w"},           {U"й", "j", kStart}, {U"й", "i"},   {U"ю", "ju"},
    {U"я", "ja"},          {U"е", "e"},           {U"э", "e"},         {U"ё", "o"},   {U"з", "s"},
    {U"ж", "sch"},         {U"ч", "tsch"},        {U"ы", "y"},         {U"ь", ""},    {U"ъ", ""},
};

constexpr Rule kFrench[] = {
    {U"уа", "oi"}, {U"ой", "oi"}, {U"ье", "ier", kEnd}, {U"ью", "ieu"}, {U"кс", "x"},
    {U"ш", "ch"},  {U"ж", "j"},   {U"у", "ou"},         {U"ю", "u"},    {U"э", "e"},
    {U"е", "e"},   {U"ё", "eu"},  {U"й", "ill", kEnd},  {U"й", "y"},    {U"я", "ia"},
    {U"ц", "ts"},  {U"х", "h"},   {U"ч", "ch"},         {U"ы", "y"},    {U"ь", "i"},
    {U"ъ", ""},
};

// English spellings that Russian writes by sound: c as к, a as э, final y as и, ay as ей.
constexpr Rule kEnglish[] = {
    {U"уэ", "we"}, {U"уо", "wo"}, {U"уи", "wi"}, {U"уа", "wa"},      {U"ау", "ou"}, {U"ке", "ke"},
    {U"ки", "ki"}, {U"к", "c"},   {U"э", "a"},   {U"и", "ie", kEnd}, {U"ай", "i"},  {U"ей", "ay"},
    {U"оу", "ow"}, {U"дж", "j"},  {U"кс", "x"},  {U"х", "h"},        {U"ш", "sh"},  {U"ч", "ch"},
    {U"ж", "g"},   {U"е", "e"},   {U"ё", "o"},   {U"ю", "u"},        {U"я", "ya"},  {U"й", "y"},
    {U"ь", ""},    {U"ъ", ""},
};

// Polish, Czech and other Latin-script Slavic spellings: ш sz, ч cz, в w, г h.
constexpr Rule kSlavic[] = {
    {U"ский", "ski", kEnd},
    {U"цкий", "cki", kEnd},
    {U"щ", "szcz"},
    {U"ш", "sz"},
    {U"ч", "cz"},
    {U"ж", "z"},
    {U"в", "w"},
    {U"ц", "c"},
    {U"г", "h"},
    {U"х", "ch"},
    {U"й", "j"},
    {U"ю", "iu"},
    {U"я", "ia"},
    {U"е", "e"},
    {U"ё", "io"},
    {U"э", "e"},
    {U"ы", "y"},
    {U"ий", "i", kEnd},
    {U"ь", ""},
    {U"ъ", ""},
};

// Italian: джи gi, чи ci, ки chi, нь gn, ль gl, ц z.
constexpr Rule kItalian[] = {
    {U"джи", "gi"},  {U"дже", "ge"},   {U"джа", "gia"},  {U"джо", "gio"}, {U"джу", "giu"},
    {U"чи", "ci"},   {U"че", "ce"},    {U"ча", "cia"},   {U"чо", "cio"},  {U"чу", "ciu"},
    {U"ки", "chi"},  {U"ке", "che"},   {U"гьи", "ghi"},  {U"ньо", "gno"}, {U"нья", "gna"},
    {U"нье", "gne"}, {U"льо", "glio"}, {U"лья", "glia"}, {U"ше", "sce"},  {U"ши", "sci"},
    {U"к", "c"},     {U"ц", "z"},      {U"ю", "iu"},     {U"я", "ia"},    {U"е", "e"},
    {U"э", "e"},     {U"й", "i"},      {U"ь", ""},       {U"х", "h"},     {U"ж", "g"},
};

// Spanish and Portuguese: х j, ке que, ки qui, нь ñ, ль ll.
constexpr Rule kSpanish[] = {
    {U"ке", "que"},  {U"ки", "qui"},  {U"гe", "gue"},  {U"ньо", "no"}, {U"нья", "na"},
    {U"льо", "llo"}, {U"лья", "lla"}, {U"лье", "lle"}, {U"к", "c"},    {U"х", "j"},
    {U"ч", "ch"},    {U"ш", "x"},     {U"ж", "j"},     {U"ю", "iu"},   {U"я", "ia"},
    {U"е", "e"},     {U"э", "e"},     {U"й", "y"},     {U"ь", ""},     {U"ц", "z"},
    {U"с", "s"},     {U"ё", "o"},
};

// Greek and Latin names, which Russian writes without their ending: -ий -ius, -ей -eus.
constexpr Rule kClassical[] = {
    {U"ий", "ius", kEnd}, {U"ей", "eus", kEnd}, {U"ия", "ia", kEnd}, {U"ф", "ph"},
    {U"х", "ch"},         {U"к", "c"},          {U"ц", "c"},         {U"э", "ae"},
    {U"ю", "iu"},         {U"я", "ia"},         {U"е", "e"},         {U"й", "i"},
    {U"ь", ""},           {U"ж", "g"},          {U"ш", "s"},         {U"ч", "ch"},
};

// Japanese in the Polivanov system: си shi, ти chi, цу tsu, дзи ji, ся sha, тя cha.
constexpr Rule kJapanese[] = {
    {U"дзя", "ja"}, {U"дзю", "ju"}, {U"дзё", "jo"}, {U"дзи", "ji"}, {U"дз", "z"},   {U"си", "shi"},
    {U"ся", "sha"}, {U"сю", "shu"}, {U"сё", "sho"}, {U"ти", "chi"}, {U"тя", "cha"}, {U"тю", "chu"},
    {U"тё", "cho"}, {U"цу", "tsu"}, {U"ц", "ts"},   {U"фу", "fu"},  {U"ва", "wa"},  {U"х", "h"},
    {U"э", "e"},    {U"е", "e"},    {U"ё", "yo"},   {U"ю", "yu"},   {U"я", "ya"},   {U"й", "i"},
    {U"ъ", ""},     {U"ь", ""},
};

// The plain letters а..ф that every system writes alike; the rest come from the table above.
const char* Base(char32_t c) { return c >= U'а' && c <= U'ф' ? CyrillicCommonLetter(c) : nullptr; }

// A rule table indexed by the first letter of each rule (а..я and ё), built once per table:
// each position of a word then tries only the rules that can start there.
class RuleIndex {
 public:
  template <size_t N>
  explicit RuleIndex(const Rule (&rules)[N]) {
    for (const Rule& r : rules) {
      if (size_t slot = Slot(r.cyrillic.front()); slot < by_first_.size()) {
        by_first_[slot].push_back(&r);
      }
    }
  }
  std::span<const Rule* const> RulesFor(char32_t c) const {
    size_t slot = Slot(c);
    if (slot >= by_first_.size()) return {};
    return by_first_[slot];
  }

 private:
  static size_t Slot(char32_t c) { return c == U'ё' ? 32 : static_cast<size_t>(c - U'а'); }
  std::array<std::vector<const Rule*>, 33> by_first_;
};

std::string Apply(const std::u32string& w, const RuleIndex& rules) {
  std::string out;
  size_t i = 0;
  while (i < w.size()) {
    std::u32string_view rest = std::u32string_view(w).substr(i);
    const Rule* best = nullptr;
    for (const Rule* r : rules.RulesFor(w[i])) {
      if (!rest.starts_with(r->cyrillic)) continue;
      if (r->where == kStart && i != 0) continue;
      if (r->where == kEnd && i + r->cyrillic.size() != w.size()) continue;
      if (!best || r->cyrillic.size() > best->cyrillic.size()) best = r;
    }
    if (best) {
      out += best->latin;
      i += best->cyrillic.size();
      continue;
    }
    if (const char* s = Base(w[i])) out += s;
    ++i;
  }
  return out;
}

// Polivanov never uses these letters: a word with one of them is not Japanese.
bool CanBeJapanese(const std::u32string& w) {
  return std::none_of(w.begin(), w.end(), [](char32_t c) {
    return c == U'л' || c == U'ы' || c == U'щ' || c == U'ш' || c == U'ж' || c == U'ч';
  });
}

}  // namespace

std::vector<std::pair<std::string_view, std::string>> CyrillicReader::ForeignSpellings(
    std::string_view utf8_lower) const {
  std::u32string w;
  size_t i = 0;
  while (i < utf8_lower.size()) w.push_back(NextCodePoint(utf8_lower, i));
  std::vector<std::pair<std::string_view, std::string>> out;
  static const RuleIndex western(kWestern), german(kGerman), french(kFrench), english(kEnglish),
      slavic(kSlavic), italian(kItalian), spanish(kSpanish), japanese(kJapanese),
      classical_rules(kClassical);
  out.emplace_back("western", Apply(w, western));
  out.emplace_back("german", Apply(w, german));
  out.emplace_back("french", Apply(w, french));
  out.emplace_back("english_sound", Apply(w, english));
  out.emplace_back("slavic", Apply(w, slavic));
  out.emplace_back("italian", Apply(w, italian));
  out.emplace_back("spanish", Apply(w, spanish));
  if (CanBeJapanese(w)) out.emplace_back("japanese", Apply(w, japanese));
  // Latin names lose their -us in Russian: Урбик is Urbicus.
  std::string classical = Apply(w, classical_rules);
  const std::u32string_view kNotConsonants = U"аеёиоуыэюяйь";
  if (!w.empty() && kNotConsonants.find(w.back()) == std::u32string_view::npos) {
    classical += "us";
  }
  out.emplace_back("classical", std::move(classical));
  return out;
}

}  // namespace embargo::text
