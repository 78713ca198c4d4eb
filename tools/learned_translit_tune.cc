// Cross-validation of the transliteration trainer's parameters within the TRAIN half: each fold
// is spelled by a model learned from the other folds, and the held-out half is never read.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <map>
#include <set>
#include <tuple>

#include "learned_translit_train.h"

namespace embargo::tools {

using text::LearnedParams;

namespace {

// One of kFolds parts of TRAIN, by a hash of the Latin word.
constexpr size_t kFolds = 5;

size_t FoldOf(const std::string& latin) {
  uint64_t h = 0x84222325cbf29ce4ull;
  for (char c : latin) h = (h ^ static_cast<unsigned char>(c)) * 0x100000001b3ull;
  h ^= h >> 29;
  h *= 0xbf58476d1ce4e5b9ull;
  h ^= h >> 32;
  return h % kFolds;
}

// The examples outside fold `fold`.
std::vector<Example> FitOf(const std::vector<Example>& examples, size_t fold) {
  std::vector<Example> out;
  for (const Example& e : examples) {
    if (FoldOf(e.latin) != fold) out.push_back(e);
  }
  return out;
}

// `words` without the Latin words of `held`, which a fold's model must not have seen.
std::vector<std::string> WithoutWordsOf(const std::vector<std::string>& words,
                                        const std::vector<Example>& held) {
  std::set<std::string> seen;
  for (const Example& e : held) seen.insert(e.latin);
  std::vector<std::string> out;
  for (const std::string& w : words) {
    if (!seen.count(w)) out.push_back(w);
  }
  return out;
}

// The share of words one of four spellings hits in the folds, for each of `grid`.
std::vector<double> FourSpellingHits(const std::vector<LearnedParams>& grid,
                                     std::vector<std::pair<Model, std::vector<Example>>>& folds,
                                     size_t examples) {
  std::vector<double> hits(grid.size(), 0);
  for (auto& [model, held] : folds) {
    for (size_t g = 0; g < grid.size(); ++g) {
      model.params = grid[g];
      hits[g] += Accuracy(model, held, 4) * static_cast<double>(held.size());
    }
  }
  for (double& h : hits) h /= static_cast<double>(examples);
  return hits;
}

// The weight of the joint model's cost when ranking the spellings, by the share of words one
// of four spellings hits in the folds.
LearnedParams TuneJoint(LearnedParams params,
                        std::vector<std::pair<Model, std::vector<Example>>>& folds,
                        size_t examples) {
  if (folds.front().first.graphones.empty()) return params;
  std::vector<LearnedParams> grid = {params};
  for (float joint : {0.25f, 0.5f, 0.75f, 1.0f, 1.5f, 2.0f, 3.0f, 4.0f}) {
    LearnedParams p = params;
    p.joint_weight = joint;
    grid.push_back(p);
  }
  std::vector<double> hits = FourSpellingHits(grid, folds, examples);
  size_t best = static_cast<size_t>(std::max_element(hits.begin(), hits.end()) - hits.begin());
  std::fprintf(stderr,
               "  chosen: joint weight %.2f (%.4f of words within four spellings, without %.4f)\n",
               grid[best].joint_weight, hits[best], hits[0]);
  return grid[best];
}

}  // namespace

// The weight of the Latin model and the letter bonus, chosen by cross-validation on TRAIN:
// each fold is spelled by a model learned from the others.
LearnedParams Tune(const std::vector<Example>& examples, const ScriptSpec& spec,
                   TrainOptions& options) {
  std::vector<LearnedParams> grid;
  for (float weight : {0.0f, 0.15f, 0.25f, 0.35f, 0.5f, 0.75f}) {
    for (float bonus : {0.0f, 0.25f, 0.5f, 0.75f, 1.0f, 1.5f})
      grid.push_back({weight, bonus, spec.split_finals, static_cast<int>(kLmOrder)});
  }
  const std::vector<double> other_weights =
      options.other_words ? std::vector<double>{0.0, 0.5, 1.0, 2.0, 4.0} : std::vector<double>{0.0};
  std::vector<double> hits(grid.size() * other_weights.size(), 0);
  std::vector<std::pair<Model, std::vector<Example>>> folds(kFolds);
  std::vector<std::vector<std::string>> fold_words(kFolds);
  std::vector<TrainOptions> fold_options(kFolds, options);
  for (size_t fold = 0; fold < kFolds; ++fold) {
    std::vector<Example> fit;
    auto& [model, held] = folds[fold];
    for (const Example& e : examples) (FoldOf(e.latin) == fold ? held : fit).push_back(e);
    if (options.other_words) {
      fold_words[fold] = WithoutWordsOf(*options.other_words, held);
      fold_options[fold].other_words = &fold_words[fold];
    }
    for (size_t w = 0; w < other_weights.size(); ++w) {
      fold_options[fold].other_weight = other_weights[w];
      if (w == 0) {
        Fit(model, fit, spec, fold_options[fold]);
      } else {
        FitLatinModel(model, fit, fold_options[fold]);
      }
      for (size_t g = 0; g < grid.size(); ++g) {
        model.params = grid[g];
        hits[w * grid.size() + g] += Accuracy(model, held) * static_cast<double>(held.size());
      }
    }
  }
  for (size_t w = 0; w < other_weights.size(); ++w) {
    double most =
        *std::max_element(hits.begin() + w * grid.size(), hits.begin() + (w + 1) * grid.size());
    std::fprintf(stderr, "    other words at %.2f: %.4f\n", other_weights[w],
                 most / static_cast<double>(examples.size()));
  }
  size_t best = static_cast<size_t>(std::max_element(hits.begin(), hits.end()) - hits.begin());
  options.other_weight = other_weights[best / grid.size()];
  const LearnedParams chosen = grid[best % grid.size()];
  std::fprintf(stderr,
               "  chosen: lm weight %.2f, letter bonus %.2f, other words at %.2f (%.3f in "
               "cross-validation)\n",
               chosen.lm_weight, chosen.letter_bonus, options.other_weight,
               hits[best] / static_cast<double>(examples.size()));
  for (size_t fold = 0; fold < kFolds; ++fold) {
    fold_options[fold].other_weight = options.other_weight;
    FitLatinModel(folds[fold].first, FitOf(examples, fold), fold_options[fold]);
  }
  return TuneJoint(chosen, folds, examples.size());
}

namespace {

// One of kFolds parts of TRAIN by a hash of the pair's Latin side, as the evaluation splits.
size_t PairFoldOf(const Example& e) { return FoldOf(e.pair + "|pair"); }

// Words where one of the `n` spellings is a hit, plus, for full names, words where the last
// one is (the lexicon's column, which a name combines with its other words' same column).
double LexiconHits(const Model& model, const std::vector<Example>& dev, size_t n,
                   std::span<const std::string_view> lexicon, bool full_names) {
  embargo::text::LearnedTransliterator t(
      {model.chunks, model.ngrams, model.params, model.aliases, lexicon, model.graphones});
  double hits = 0;
  for (const Example& e : dev) {
    std::vector<std::string> spellings = t.Spell(e.text, n);
    bool any = false;
    for (const std::string& s : spellings)
      any = any || embargo::text::NormalizedLevenshtein(s, e.latin) >= 0.8;
    hits += any;
    hits += full_names && !spellings.empty() &&
            embargo::text::NormalizedLevenshtein(spellings.back(), e.latin) >= 0.8;
  }
  return hits;
}

// The lexicon as a fold's evaluation would see it: for Hangul, without the counts of the
// fold's own names; for the token sets, without the fold's words at all (the lexicon never
// holds a held-out token).
std::vector<std::string_view> FoldLexicon(const std::vector<embargo::text::LexiconEntry>& lexicon,
                                          const std::vector<Example>& held, bool hangul) {
  std::vector<std::string> sides;
  for (const Example& e : held) sides.push_back(e.pair);
  std::map<std::string, size_t> held_counts;
  for (const auto& entry : embargo::text::CountLatinWords(sides))
    held_counts[entry.word] = entry.count;
  std::vector<std::string_view> out;
  for (const auto& entry : lexicon) {
    auto f = held_counts.find(entry.word);
    size_t in_fold = f == held_counts.end() ? 0 : f->second;
    bool keep =
        hangul ? entry.count >= kLexiconMinCount + in_fold : entry.any_script && in_fold == 0;
    if (keep) out.push_back(entry.word);
  }
  return out;
}

}  // namespace

// The margin and miss cost of the lexicon, by cross-validation on TRAIN: each fold is spelled
// by a model learned from the other folds. Folds split pairs, as the evaluation does.
LearnedParams TuneLexicon(LearnedParams params, const std::vector<Example>& examples,
                          const ScriptSpec& spec, const TrainOptions& options,
                          const std::vector<embargo::text::LexiconEntry>& lexicon) {
  struct Choice {
    float margin, miss, doubled;
  };
  std::vector<Choice> grid = {{-1.0f, 6.0f, 1.0f}};
  for (float margin : {1.0f, 2.0f, 3.0f, 4.0f, 6.0f}) {
    for (float miss : {6.0f, 8.0f, 10.0f}) {
      for (float doubled : {0.5f, 1.0f, 2.0f, 20.0f}) grid.push_back({margin, miss, doubled});
    }
  }
  std::vector<double> hits(grid.size(), 0);
  for (size_t fold = 0; fold < kFolds; ++fold) {
    std::vector<Example> fit, held;
    for (const Example& e : examples) (PairFoldOf(e) == fold ? held : fit).push_back(e);
    const bool full_names = spec.script == embargo::Script::kHangul;
    std::vector<std::string_view> words = FoldLexicon(lexicon, held, full_names);
    Model model;
    TrainOptions fold_options = options;
    std::vector<std::string> other;
    if (options.other_words) {
      other = WithoutWordsOf(*options.other_words, held);
      fold_options.other_words = &other;
    }
    Fit(model, fit, spec, fold_options);
    for (size_t g = 0; g < grid.size(); ++g) {
      model.params = params;
      model.params.lexicon_margin = grid[g].margin;
      model.params.lexicon_miss = grid[g].miss;
      model.params.lexicon_double = grid[g].doubled;
      hits[g] += LexiconHits(model, held, 4, words, full_names);
    }
  }
  const double scale =
      (spec.script == embargo::Script::kHangul ? 2.0 : 1.0) * static_cast<double>(examples.size());
  for (size_t g = 0; g < grid.size(); ++g) {
    std::fprintf(stderr, "    lexicon margin %.2f miss %.2f double %.2f: %.4f\n", grid[g].margin,
                 grid[g].miss, grid[g].doubled, hits[g] / scale);
  }
  // Choices within a tenth of a point of the best are alike to cross-validation: the one whose
  // search gives up soonest is taken (none, else the dearest miss and doubled consonant, then
  // the least margin).
  const double most = *std::max_element(hits.begin(), hits.end());
  size_t best = 0;
  for (size_t g = 0; g < grid.size(); ++g) {
    if (hits[g] < most - 0.001 * scale) continue;
    auto cheapness = [&](size_t i) {
      return std::tuple{grid[i].margin < 0, grid[i].miss, grid[i].doubled, -grid[i].margin};
    };
    if (hits[best] < most - 0.001 * scale || cheapness(g) > cheapness(best)) best = g;
  }
  params.lexicon_margin = grid[best].margin;
  params.lexicon_miss = grid[best].miss;
  params.lexicon_double = grid[best].doubled;
  std::fprintf(stderr,
               "  chosen: lexicon margin %.2f, miss %.2f, double %.2f (%.4f, without %.4f)\n",
               params.lexicon_margin, params.lexicon_miss, params.lexicon_double,
               hits[best] / scale, hits[0] / scale);
  return params;
}

}  // namespace embargo::tools
