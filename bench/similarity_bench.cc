// Speed of the similarity kernels and the token alignment on real name tokens of the UN list,
// and a small study of what OSA adds over Levenshtein on transposition typos.
//
// Pairs come in two kinds: "variant" (a token against a copy with one or two random edits, as
// a misspelt query) and "other" (a token against an unrelated token: most comparisons a screening
// makes). Times are per pair (per name pair for the alignment).
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <fstream>
#include <memory>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "match/similarity.h"
#include "match/similarity_align.h"
#include "match/similarity_reference.h"

namespace embargo::match {
namespace {

std::string ReadUnList() {
  std::ifstream in(std::string(EMBARGO_SHARED_DIR) + "/data/lists/un/consolidated-2026-05-08.xml");
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  for (const char ch : text) {
    const unsigned char c = static_cast<unsigned char>(ch);
    if (std::isalnum(c)) {
      word += static_cast<char>(std::tolower(c));
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

// Latin names of the UN list (primary names and aliases) as lower-case ASCII words.
const std::vector<std::vector<std::string>>& UnNames() {
  static const std::vector<std::vector<std::string>> names = [] {
    const std::string xml = ReadUnList();
    std::vector<std::vector<std::string>> out;
    for (const std::string tag : {"FIRST_NAME", "ALIAS_NAME"}) {
      const std::string open = "<" + tag + ">";
      for (size_t at = xml.find(open); at != std::string::npos; at = xml.find(open, at + 1)) {
        const size_t begin = at + open.size();
        std::vector<std::string> words = Words(xml.substr(begin, xml.find('<', begin) - begin));
        if (!words.empty()) out.push_back(std::move(words));
      }
    }
    return out;
  }();
  return names;
}

const std::vector<std::string>& UnTokens() {
  static const std::vector<std::string> tokens = [] {
    std::set<std::string> unique;
    for (const auto& name : UnNames()) unique.insert(name.begin(), name.end());
    return std::vector<std::string>(unique.begin(), unique.end());
  }();
  return tokens;
}

std::string Misspell(std::mt19937_64& rng, std::string s, int edits) {
  for (int e = 0; e < edits && s.size() > 1; ++e) {
    const size_t pos = rng() % s.size();
    const char c = static_cast<char>('a' + rng() % 26);
    switch (rng() % 4) {
      case 0:
        s.insert(s.begin() + static_cast<long>(pos), c);
        break;
      case 1:
        s.erase(pos, 1);
        break;
      case 2:
        s[pos] = c;
        break;
      default:
        if (pos + 1 < s.size()) std::swap(s[pos], s[pos + 1]);
    }
  }
  return s;
}

// The Scorer builds a cached pattern per query token and compares it with the tokens of a few
// hundred candidates, so the benchmarks do the same: kGroups patterns, each against kTexts texts
// in a row (the pattern stays in cache, as it does in a screening).
constexpr size_t kGroups = 64;
constexpr size_t kTexts = 64;

struct TokenGroup {
  std::string pattern;
  std::vector<std::string> texts;
};

std::vector<TokenGroup> MakeGroups(bool variants) {
  std::mt19937_64 rng(variants ? 1 : 2);
  const std::vector<std::string>& tokens = UnTokens();
  std::vector<TokenGroup> groups;
  while (groups.size() < kGroups) {
    const std::string& pattern = tokens[rng() % tokens.size()];
    if (pattern.size() < 3) continue;
    TokenGroup group{pattern, {}};
    while (group.texts.size() < kTexts) {
      group.texts.push_back(variants ? Misspell(rng, pattern, 1 + static_cast<int>(rng() % 2))
                                     : tokens[rng() % tokens.size()]);
    }
    groups.push_back(std::move(group));
  }
  return groups;
}

const std::vector<TokenGroup>& Groups(bool variants) {
  static const std::vector<TokenGroup> variant_groups = MakeGroups(true);
  static const std::vector<TokenGroup> other_groups = MakeGroups(false);
  return variants ? variant_groups : other_groups;
}

// Visits the groups' pairs in order; returns the group and the text of iteration i.
struct PairCursor {
  size_t i = 0;
  size_t group() const { return (i / kTexts) % kGroups; }
  size_t text() const { return i % kTexts; }
};

// Arguments: 0 = other, 1 = variant; cutoff in percent.
void BM_JaroWinkler(benchmark::State& state) {
  const auto& groups = Groups(state.range(0) != 0);
  const double cutoff = static_cast<double>(state.range(1)) / 100.0;
  for (PairCursor c; auto _ : state) {
    const TokenGroup& g = groups[c.group()];
    benchmark::DoNotOptimize(JaroWinklerSimilarity(g.texts[c.text()], g.pattern, cutoff));
    ++c.i;
  }
}
BENCHMARK(BM_JaroWinkler)->ArgsProduct({{0, 1}, {0, 80}});

void BM_JaroWinklerCached(benchmark::State& state) {
  const auto& groups = Groups(state.range(0) != 0);
  const double cutoff = static_cast<double>(state.range(1)) / 100.0;
  std::vector<CachedJaroWinkler> cached;
  for (const TokenGroup& g : groups) cached.emplace_back(g.pattern);
  for (PairCursor c; auto _ : state) {
    const TokenGroup& g = groups[c.group()];
    benchmark::DoNotOptimize(cached[c.group()].Similarity(g.texts[c.text()], cutoff));
    ++c.i;
  }
}
BENCHMARK(BM_JaroWinklerCached)->ArgsProduct({{0, 1}, {0, 80}});

void BM_JaroWinklerReference(benchmark::State& state) {
  const auto& groups = Groups(state.range(0) != 0);
  for (PairCursor c; auto _ : state) {
    const TokenGroup& g = groups[c.group()];
    benchmark::DoNotOptimize(reference::JaroWinklerSimilarity(g.texts[c.text()], g.pattern));
    ++c.i;
  }
}
BENCHMARK(BM_JaroWinklerReference)->Arg(0)->Arg(1);

// Arguments: 0 = other, 1 = variant; max distance (99 = none).
void BM_Levenshtein(benchmark::State& state) {
  const auto& groups = Groups(state.range(0) != 0);
  const int max = state.range(1) == 99 ? kNoMaxDistance : static_cast<int>(state.range(1));
  for (PairCursor c; auto _ : state) {
    const TokenGroup& g = groups[c.group()];
    benchmark::DoNotOptimize(LevenshteinDistance(g.pattern, g.texts[c.text()], max));
    ++c.i;
  }
}
BENCHMARK(BM_Levenshtein)->ArgsProduct({{0, 1}, {99, 2}});

void BM_LevenshteinCached(benchmark::State& state) {
  const auto& groups = Groups(state.range(0) != 0);
  const int max = state.range(1) == 99 ? kNoMaxDistance : static_cast<int>(state.range(1));
  std::vector<CachedLevenshtein> cached;
  for (const TokenGroup& g : groups) cached.emplace_back(g.pattern);
  for (PairCursor c; auto _ : state) {
    benchmark::DoNotOptimize(cached[c.group()].Distance(groups[c.group()].texts[c.text()], max));
    ++c.i;
  }
}
BENCHMARK(BM_LevenshteinCached)->ArgsProduct({{0, 1}, {99, 2}});

void BM_OsaCached(benchmark::State& state) {
  const auto& groups = Groups(state.range(0) != 0);
  std::vector<CachedOsa> cached;
  for (const TokenGroup& g : groups) cached.emplace_back(g.pattern);
  for (PairCursor c; auto _ : state) {
    benchmark::DoNotOptimize(cached[c.group()].Distance(groups[c.group()].texts[c.text()]));
    ++c.i;
  }
}
BENCHMARK(BM_OsaCached)->Arg(0)->Arg(1);

void BM_LevenshteinReference(benchmark::State& state) {
  const auto& groups = Groups(state.range(0) != 0);
  for (PairCursor c; auto _ : state) {
    const TokenGroup& g = groups[c.group()];
    benchmark::DoNotOptimize(reference::LevenshteinDistance(g.pattern, g.texts[c.text()]));
    ++c.i;
  }
}
BENCHMARK(BM_LevenshteinReference)->Arg(0)->Arg(1);

void BM_CachedJaroWinklerBuild(benchmark::State& state) {
  const auto& groups = Groups(false);
  for (PairCursor c; auto _ : state) {
    CachedJaroWinkler cached(groups[c.group()].texts[c.text()]);
    benchmark::DoNotOptimize(cached);
    ++c.i;
  }
}
BENCHMARK(BM_CachedJaroWinklerBuild);

// ---- alignment --------------------------------------------------------------------------------

// A query name with its tokens cached once, as the Scorer holds it, and the candidate names it
// is compared with in a row.
struct NameGroup {
  std::vector<std::string> query;
  std::vector<std::unique_ptr<CachedJaroWinkler>> cached;
  std::vector<AlignToken> query_tokens;
  std::vector<std::vector<std::string>> candidates;
  std::vector<std::vector<AlignToken>> candidate_tokens;
};

std::vector<AlignToken> AlignTokensOf(const std::vector<std::string>& words) {
  std::vector<AlignToken> tokens;
  for (const std::string& w : words) tokens.push_back({w});
  return tokens;
}

// Candidates are the query's listed name reordered with one token misspelt (variants) or other
// listed names with the same number of tokens.
std::vector<NameGroup> NameGroups(bool variants, size_t tokens) {
  std::mt19937_64 rng(tokens * 2 + variants);
  std::vector<const std::vector<std::string>*> sized;
  for (const auto& name : UnNames()) {
    if (name.size() == tokens) sized.push_back(&name);
  }
  std::vector<NameGroup> groups(kGroups);
  for (NameGroup& g : groups) {
    const std::vector<std::string>& listed = *sized[rng() % sized.size()];
    g.query = listed;
    for (size_t k = 0; k < kTexts; ++k) {
      std::vector<std::string> candidate = *sized[rng() % sized.size()];
      if (variants) {
        candidate = listed;
        std::rotate(candidate.begin(), candidate.begin() + 1, candidate.end());
        std::string& word = candidate[rng() % candidate.size()];
        word = Misspell(rng, word, 1);
      }
      g.candidates.push_back(std::move(candidate));
    }
    for (const std::string& w : g.query) g.cached.push_back(std::make_unique<CachedJaroWinkler>(w));
    g.query_tokens = AlignTokensOf(g.query);
    for (const auto& c : g.candidates) g.candidate_tokens.push_back(AlignTokensOf(c));
  }
  return groups;
}

// Arguments: 0 = other names, 1 = variants; tokens per name; 0 = exact, 1 = greedy.
void BM_Align(benchmark::State& state) {
  const std::vector<NameGroup> groups =
      NameGroups(state.range(0) != 0, static_cast<size_t>(state.range(1)));
  AlignOptions options;
  options.method = state.range(2) == 0 ? AlignMethod::kExact : AlignMethod::kGreedy;
  double score_sum = 0;
  for (PairCursor c; auto _ : state) {
    const NameGroup& g = groups[c.group()];
    auto similarity = [&g](const TokenSpan& q, const TokenSpan& t, double cutoff) {
      return q.count == 1 ? g.cached[q.first]->Similarity(t.text, cutoff)
                          : JaroWinklerSimilarity(q.text, t.text, cutoff);
    };
    const Alignment a =
        AlignTokens(g.query_tokens, g.candidate_tokens[c.text()], similarity, options);
    score_sum += a.score;
    benchmark::DoNotOptimize(a);
    ++c.i;
  }
  state.counters["mean_score"] = score_sum / static_cast<double>(state.iterations());
}
BENCHMARK(BM_Align)
    ->ArgsProduct({{0, 1}, {2, 3, 4, 6}, {0, 1}})
    ->ArgNames({"variant", "tokens", "greedy"});

// How each measure scores real tokens with one adjacent transposition, and unrelated tokens.
void PrintTranspositionStudy() {
  std::mt19937_64 rng(3);
  const std::vector<std::string>& tokens = UnTokens();
  double sum[3] = {0, 0, 0};
  int above[3] = {0, 0, 0};
  int unrelated_above[3] = {0, 0, 0};
  int n = 0;
  int m = 0;
  constexpr double kThreshold = 0.8;
  for (const std::string& t : tokens) {
    if (t.size() < 4) continue;
    std::string typo = t;
    const size_t pos = 1 + rng() % (t.size() - 2);  // keep the first byte, as typos mostly do
    if (typo[pos] == typo[pos + 1]) continue;
    std::swap(typo[pos], typo[pos + 1]);
    const double s[3] = {LevenshteinSimilarity(t, typo), OsaSimilarity(t, typo),
                         JaroWinklerSimilarity(t, typo)};
    const std::string& other = tokens[rng() % tokens.size()];
    const double u[3] = {LevenshteinSimilarity(t, other), OsaSimilarity(t, other),
                         JaroWinklerSimilarity(t, other)};
    for (int k = 0; k < 3; ++k) {
      sum[k] += s[k];
      above[k] += s[k] >= kThreshold;
      unrelated_above[k] += u[k] >= kThreshold && t != other;
    }
    ++n;
    ++m;
  }
  std::printf("Transposition typos on %d UN name tokens (>= 4 bytes), threshold %.2f:\n", n,
              kThreshold);
  const char* names[3] = {"levenshtein", "osa", "jaro_winkler"};
  for (int k = 0; k < 3; ++k) {
    std::printf(
        "  %-13s mean similarity %.3f, typo pairs >= threshold %5.1f%%, "
        "unrelated pairs >= threshold %4.2f%%\n",
        names[k], sum[k] / n, 100.0 * above[k] / n, 100.0 * unrelated_above[k] / m);
  }
}

}  // namespace
}  // namespace embargo::match

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  embargo::match::PrintTranspositionStudy();
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
