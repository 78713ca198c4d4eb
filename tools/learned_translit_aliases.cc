// The Han characters the transliteration model reads as others: a traditional character as its
// simplified form, and a character never seen in training as the commonest one seen that
// Mandarin reads alike (坡 as the commonest "po"), since Chinese writes a foreign name with
// characters chosen for their sound.
#include <map>
#include <set>
#include <string>
#include <vector>

#include "learned_translit_train.h"
#include "text/icu_translit.h"
#include "text/text_clean.h"

namespace embargo::tools {
namespace {

struct HanForms {
  char32_t c;
  char32_t simplified;  // c when it has no other
  std::string reading;  // toneless pinyin, lower-case ASCII letters
};

// The simplified form and reading of every character of the CJK blocks, computed once.
const std::vector<HanForms>& AllHanForms() {
  static const std::vector<HanForms> forms = [] {
    const text::IcuTransliteratorPool to_simplified("Traditional-Simplified");
    const text::IcuTransliteratorPool to_pinyin("Han-Latin; Latin-ASCII; Lower");
    std::vector<HanForms> out;
    for (auto [first, last] :
         {std::pair<char32_t, char32_t>{0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xF900, 0xFAFF}}) {
      for (char32_t c = first; c <= last; ++c) {
        std::string utf8;
        text::AppendUtf8(utf8, c);
        std::vector<char32_t> mapped = text::LearnedUnits(to_simplified.Transliterate(utf8), false);
        HanForms f{c, mapped.size() == 1 ? mapped[0] : c, {}};
        for (char l : to_pinyin.Transliterate(utf8)) {
          if (l >= 'a' && l <= 'z') f.reading.push_back(l);
        }
        out.push_back(std::move(f));
      }
    }
    return out;
  }();
  return forms;
}

}  // namespace

const std::map<char32_t, std::string>& HanReadings() {
  static const std::map<char32_t, std::string> readings = [] {
    std::map<char32_t, std::string> out;
    for (const HanForms& f : AllHanForms()) {
      if (!f.reading.empty()) out[f.c] = f.reading;
    }
    return out;
  }();
  return readings;
}

std::vector<text::LearnedAlias> HanAliases(const std::vector<Example>& examples) {
  std::map<char32_t, size_t> seen;
  for (const Example& e : examples) {
    for (char32_t u : e.units) ++seen[u];
  }
  std::map<std::string, std::pair<size_t, char32_t>> commonest;  // by reading
  for (const HanForms& f : AllHanForms()) {
    auto it = seen.find(f.c);
    if (it == seen.end() || f.reading.empty()) continue;
    auto& best = commonest[f.reading];
    if (it->second > best.first) best = {it->second, f.c};
  }
  std::vector<text::LearnedAlias> out;
  for (const HanForms& f : AllHanForms()) {
    if (seen.count(f.c)) continue;
    if (f.simplified != f.c && seen.count(f.simplified)) {
      out.push_back({f.c, f.simplified});
    } else if (auto it = commonest.find(f.reading); it != commonest.end()) {
      out.push_back({f.c, it->second.second});
    }
  }
  return out;
}

}  // namespace embargo::tools
