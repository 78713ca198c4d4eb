#include "transliteration_pairs.h"

#include <fmt/format.h>

#include <fstream>
#include <utility>

namespace embargo::eval {
namespace {

// Pairs (native, latin) from a TSV file: either "latin<TAB>spaced native<TAB>count" or
// "native<TAB>latin" (Hangul full names: "English<TAB>Hangul").
std::vector<std::pair<std::string, std::string>> ReadPairs(const std::string& path, size_t every) {
  std::vector<std::pair<std::string, std::string>> out;
  std::ifstream in(path);
  std::string line;
  size_t n = 0;
  bool tokens = path.find("tokens") != std::string::npos;
  bool english_first = path.find("en-ko") != std::string::npos;
  while (std::getline(in, line)) {
    if (n++ % every) continue;
    size_t tab = line.find('\t');
    if (tab == std::string::npos) continue;
    std::string a = line.substr(0, tab), b = line.substr(tab + 1);
    if (size_t t2 = b.find('\t'); t2 != std::string::npos) b.resize(t2);
    if (tokens) {  // latin, then native written letter by letter
      std::string joined;
      for (char c : b)
        if (c != ' ') joined += c;
      out.emplace_back(joined, a);
    } else if (english_first) {
      out.emplace_back(b, a);
    } else {
      out.emplace_back(a, b);
    }
  }
  return out;
}

}  // namespace

std::string TransliterationPairReport(const Screener& screener, const std::string& dir,
                                      size_t every, const std::vector<double>& thresholds) {
  std::string out = fmt::format("{:<40} {:>6}", "file", "pairs");
  for (double t : thresholds) out += fmt::format(" | t={:.2f} true%  shuffled%", t);
  out += "\n";
  for (const char* file :
       {"wikidata-en-ko-fullnames.tsv", "wikidata-en-russian-tokens-test20.tsv",
        "wikidata-en-arabic-tokens-test20.tsv", "wikidata-en-chinese-tokens-test20.tsv",
        "google-ar2en-names.tsv"}) {
    auto pairs = ReadPairs(dir + "/" + file, every);
    if (pairs.empty()) continue;
    std::vector<size_t> hit(thresholds.size()), shuffled_hit(thresholds.size());
    for (size_t i = 0; i < pairs.size(); ++i) {
      double s = screener.CompareNames(pairs[i].first, pairs[i].second).score;
      double w = screener.CompareNames(pairs[i].first, pairs[(i * 7 + 13) % pairs.size()].second).score;
      for (size_t t = 0; t < thresholds.size(); ++t) {
        hit[t] += s >= thresholds[t];
        shuffled_hit[t] += w >= thresholds[t] && (i * 7 + 13) % pairs.size() != i;
      }
    }
    out += fmt::format("{:<40} {:>6}", file, pairs.size());
    for (size_t t = 0; t < thresholds.size(); ++t)
      out += fmt::format(" |        {:5.1f} {:5.1f}   ", 100.0 * hit[t] / pairs.size(),
                         100.0 * shuffled_hit[t] / pairs.size());
    out += "\n";
  }
  return out;
}

}  // namespace embargo::eval
