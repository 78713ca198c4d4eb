#include "text/learned_gen/latin_lexicon.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <set>

#include "text/text_clean.h"
#include "text/transliteration_eval.h"

namespace embargo::text {

std::vector<LexiconEntry> CountLatinWords(const std::vector<std::string>& latin_sides) {
  const TextCleaner cleaner;
  std::map<std::string, size_t> counts;
  for (const std::string& side : latin_sides) {
    std::set<std::string> words;
    for (size_t start = 0; start <= side.size();) {
      size_t end = std::min(side.find_first_of(" -,./()", start), side.size());
      std::string word;
      for (char c : cleaner.FoldLatin(std::string_view(side).substr(start, end - start))) {
        if (c >= 'a' && c <= 'z') word.push_back(c);
      }
      if (word.size() >= 2) words.insert(std::move(word));
      start = end + 1;
    }
    for (const std::string& w : words) ++counts[w];
  }
  std::vector<LexiconEntry> out;
  for (const auto& [w, n] : counts) out.push_back({w, n, false});
  return out;
}

Result<std::vector<LexiconEntry>> BuildLatinLexicon(const std::string& eval_dir, size_t min_count) {
  std::vector<std::string> sides;
  std::set<std::string> from_tokens;
  for (EvalSet set : {EvalSet::kHangulFullNames, EvalSet::kCyrillicTokens, EvalSet::kArabicTokens,
                      EvalSet::kHanTokens, EvalSet::kArabicGoogle}) {
    Result<std::vector<EvalPair>> pairs = ReadEvalPairs(eval_dir, set, 1);
    if (!pairs.ok()) return pairs.status();
    for (const EvalPair& p : PairsOfHalf(*pairs, EvalHalf::kTrain)) sides.push_back(p.latin);
  }
  std::vector<LexiconEntry> out;
  for (LexiconEntry& e : CountLatinWords(sides)) {
    if (e.count < min_count) continue;
    e.any_script = HalfOf(e.word) == EvalHalf::kTrain;
    out.push_back(std::move(e));
  }
  return out;
}

Status WriteLatinLexicon(const std::vector<LexiconEntry>& lexicon, const std::string& path) {
  std::ofstream out(path);
  out << "# Latin name words of the TRAIN half of the transliteration pairs described in\n"
         "# data/transliteration/README.md, written by tools/learned_translit_train.cc.\n"
         "# Regenerate, do not edit.\n"
         "# word\tpairs holding it\tscripts whose models may offer it (all, or hangul alone)\n";
  for (const LexiconEntry& e : lexicon) {
    out << e.word << '\t' << e.count << '\t' << (e.any_script ? "all" : "hangul") << '\n';
  }
  if (!out) return IoError(path + ": cannot write");
  return Status();
}

}  // namespace embargo::text
