#include "text/transliteration_eval.h"

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <sstream>

namespace embargo::text {
namespace {

const char* FileOf(EvalSet set) {
  switch (set) {
    case EvalSet::kHangulFullNames:
      return "wikidata-en-ko-fullnames.tsv";
    case EvalSet::kCyrillicTokens:
      return "wikidata-en-russian-tokens-test20.tsv";
    case EvalSet::kArabicTokens:
      return "wikidata-en-arabic-tokens-test20.tsv";
    case EvalSet::kHanTokens:
      return "wikidata-en-chinese-tokens-test20.tsv";
    case EvalSet::kArabicGoogle:
      return "google-ar2en-names.tsv";
  }
  return "";
}

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    out.push_back(line.substr(start, tab - start));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return out;
}

std::string WithoutSpaces(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c != ' ') out.push_back(c);
  }
  return out;
}

// A form's tokens joined by spaces, leaving out titles ("pope", "교황", "Dr."): a title is not
// part of the name on either side.
std::string NameText(const NameForm& form) {
  std::string out;
  for (const Token& t : form.tokens) {
    if (t.kind == TokenKind::kTitle) continue;
    if (!out.empty()) out.push_back(' ');
    out += t.text;
  }
  return out;
}

std::string LatinSide(const Normalizer& normalizer, std::string_view latin) {
  NormalizedName n = normalizer.Normalize(latin);
  return n.forms.empty() ? std::string() : NameText(n.forms.front());
}

}  // namespace

std::string_view EvalSetName(EvalSet set) {
  switch (set) {
    case EvalSet::kHangulFullNames:
      return "hangul";
    case EvalSet::kCyrillicTokens:
      return "cyrillic";
    case EvalSet::kArabicTokens:
      return "arabic";
    case EvalSet::kHanTokens:
      return "han";
    case EvalSet::kArabicGoogle:
      return "arabic_google";
  }
  return "";
}

Result<std::vector<EvalPair>> ReadEvalPairs(const std::string& eval_dir, EvalSet set,
                                            size_t stride) {
  std::string path = eval_dir + "/" + FileOf(set);
  std::ifstream in(path, std::ios::binary);
  if (!in) return IoError(path + ": cannot open for reading");
  std::vector<EvalPair> pairs;
  std::string line;
  size_t line_number = 0;
  stride = std::max<size_t>(stride, 1);
  while (std::getline(in, line)) {
    if (line_number++ % stride != 0) continue;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::vector<std::string_view> fields = SplitTabs(line);
    if (fields.size() < 2)
      return ParseError(path + ":" + std::to_string(line_number) +
                        ": expected two tab-separated fields");
    bool latin_first = set != EvalSet::kArabicGoogle && set != EvalSet::kHangulFullNames;
    EvalPair pair;
    if (set == EvalSet::kHangulFullNames) {
      pair = {std::string(fields[0]), std::string(fields[1])};
    } else if (latin_first) {
      pair = {std::string(fields[0]), WithoutSpaces(fields[1])};
    } else {
      pair = {std::string(fields[1]), std::string(fields[0])};
    }
    pairs.push_back(std::move(pair));
  }
  return pairs;
}

EvalHalf HalfOf(std::string_view latin) {
  uint64_t h = 0xcbf29ce484222325ull;  // FNV-1a, then a mixer: its low bits alone are poor
  for (char c : latin) {
    h ^= static_cast<unsigned char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    h *= 0x100000001b3ull;
  }
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  return (h >> 63) ? EvalHalf::kHeldOut : EvalHalf::kTrain;
}

std::vector<EvalPair> PairsOfHalf(const std::vector<EvalPair>& pairs, EvalHalf half) {
  if (half == EvalHalf::kAll) return pairs;
  std::vector<EvalPair> out;
  for (const EvalPair& p : pairs) {
    if (HalfOf(p.latin) == half) out.push_back(p);
  }
  return out;
}

double NormalizedLevenshtein(std::string_view a, std::string_view b) {
  if (a.empty() && b.empty()) return 1.0;
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] != b[j - 1])});
      diagonal = up;
    }
  }
  return 1.0 - double(row[b.size()]) / double(std::max(a.size(), b.size()));
}

double BestFormSimilarity(const Normalizer& normalizer, std::string_view foreign,
                          std::string_view latin) {
  std::string target = LatinSide(normalizer, latin);
  NormalizedName n = normalizer.Normalize(foreign);
  double best = 0;
  for (const NameForm& form : n.forms)
    best = std::max(best, NormalizedLevenshtein(NameText(form), target));
  return best;
}

EvalFigures Evaluate(const Normalizer& normalizer, EvalSet set, const std::vector<EvalPair>& pairs,
                     double threshold) {
  EvalFigures figures;
  figures.set = set;
  figures.pairs = pairs.size();
  std::vector<std::string> targets;
  targets.reserve(pairs.size());
  for (const EvalPair& p : pairs) targets.push_back(LatinSide(normalizer, p.latin));
  for (size_t i = 0; i < pairs.size(); ++i) {
    NormalizedName n = normalizer.Normalize(pairs[i].foreign);
    const std::string& right = targets[i];
    const std::string& wrong = targets[(i + pairs.size() / 2) % pairs.size()];
    double best_right = 0, best_wrong = 0;
    for (const NameForm& form : n.forms) {
      std::string joined = NameText(form);
      best_right = std::max(best_right, NormalizedLevenshtein(joined, right));
      best_wrong = std::max(best_wrong, NormalizedLevenshtein(joined, wrong));
    }
    figures.hits += best_right >= threshold;
    figures.shuffled_hits += best_wrong >= threshold;
  }
  return figures;
}

}  // namespace embargo::text
