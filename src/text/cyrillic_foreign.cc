// Foreign names written in Cyrillic, spelled back the way they were written before: Russian
// writes a Polish "sz" as ш, an Italian "gi" as джи. Each system is a table of Cyrillic
// sequences (longest first) with their Latin spelling; letters a table does not cover take the
// BGN/PCGN spelling. The learned model (src/text/learned_translit.h) spells most foreign names;
// these two tables are kept for the spellings it does not give (Рачинский "raczinski",
// Джустини "giustini").
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

}  // namespace

std::vector<std::pair<std::string_view, std::string>> CyrillicReader::ForeignSpellings(
    std::string_view utf8_lower) const {
  std::u32string w;
  size_t i = 0;
  while (i < utf8_lower.size()) w.push_back(NextCodePoint(utf8_lower, i));
  std::vector<std::pair<std::string_view, std::string>> out;
  static const RuleIndex slavic(kSlavic), italian(kItalian);
  out.emplace_back("slavic", Apply(w, slavic));
  out.emplace_back("italian", Apply(w, italian));
  return out;
}

}  // namespace embargo::text
