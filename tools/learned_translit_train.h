// The parts of the transliteration trainer (tools/learned_translit_train.cc) that its
// cross-validation (tools/learned_translit_tune.cc) shares. An offline tool, not the engine.
#pragma once

#include <cstddef>
#include <deque>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "embargo/normalizer.h"
#include "text/learned_gen/latin_lexicon.h"
#include "text/learned_translit.h"
#include "text/transliteration_eval.h"

namespace embargo::tools {

// One training word: a source word and the Latin letters it was written with.
struct Example {
  std::string text;  // the source word
  std::vector<char32_t> units;
  std::string latin;  // a-z only
  std::string pair;   // the Latin side of the pair it comes from
};

struct ScriptSpec {
  const char* name;
  Script script;
  std::vector<text::EvalSet> sets;
  bool split_finals;
  size_t max_chunk;
  bool simplify = false;       // Han: traditional characters read as their simplified forms
  bool other_words = false;    // whether the Latin model may learn from the other sets' words
  size_t joint_order = 0;      // of the joint model; 0: none
  double joint_min_count = 1;  // observations a joint 3-gram needs to be kept
};

struct TrainOptions {
  double smoothing = 2.0;  // pseudo-count of the less specific distribution
  size_t min_context = 6;  // observations a context needs to be kept
  size_t max_candidates = 4;
  double min_ngram = 5;  // observations a 3- or 4-gram needs to be kept
  // Latin name words of the other sets' TRAIN pairs (never a held-out token of any set),
  // counted into the Latin model at `other_weight` each.
  const std::vector<std::string>* other_words = nullptr;
  double other_weight = 0;
  // Han: the Mandarin reading of each character, whose homophones' chunks are its prior at
  // `reading_smoothing` pseudo-counts.
  const std::map<char32_t, std::string>* readings = nullptr;
  double reading_smoothing = 1;
  size_t joint_order = 0;      // of the joint model's n-grams; 0: no joint model
  double joint_min_count = 1;  // observations a joint 3-gram needs to be kept
};

struct Model {
  std::deque<std::string> strings;  // storage behind the rows' string views
  std::vector<text::LearnedChunkRow> chunks;
  std::vector<text::LearnedNgramRow> ngrams;
  text::LearnedParams params;
  std::vector<text::LearnedAlias> aliases;
  std::vector<text::LearnedGraphoneRow> graphones;
};

// Order of the Latin letter model.
inline constexpr size_t kLmOrder = 4;
// Words seen in fewer pairs are left out of the lexicon: a name spelt once may be misspelt.
inline constexpr size_t kLexiconMinCount = 2;

// Learns the chunk table, the Latin model, the joint model (when options.joint_order) and the
// Han aliases from `examples`.
void Fit(Model& model, const std::vector<Example>& examples, const ScriptSpec& spec,
         const TrainOptions& options);

// Han: the characters outside `examples` read as one inside, by simplified form or else by
// Mandarin reading (learned_translit_aliases.cc).
std::vector<text::LearnedAlias> HanAliases(const std::vector<Example>& examples);
// The toneless Mandarin reading of every CJK character that has one.
const std::map<char32_t, std::string>& HanReadings();

// Learns (again) the Latin model alone.
void FitLatinModel(Model& model, const std::vector<Example>& examples, const TrainOptions& options);

// The joint model's n-grams from the best cut of each example (one chunk per unit; an
// example without a cut is left out).
void BuildGraphoneTable(Model& model, const std::vector<Example>& examples,
                        const std::vector<std::vector<std::string>>& cuts,
                        const TrainOptions& options);

// The share of words where one of the `n` best spellings is within the evaluation's
// similarity of the Latin word.
double Accuracy(const Model& model, const std::vector<Example>& dev, size_t n = 2,
                std::span<const std::string_view> lexicon = {});

// The weight of the Latin model, its letter bonus and the weight of the other sets' words in it
// (options.other_weight), by cross-validation on TRAIN; then those
// of the joint model and how many spellings come from it.
text::LearnedParams Tune(const std::vector<Example>& examples, const ScriptSpec& spec,
                         TrainOptions& options);

// The lexicon's margin and costs, by cross-validation on TRAIN.
text::LearnedParams TuneLexicon(text::LearnedParams params, const std::vector<Example>& examples,
                                const ScriptSpec& spec, const TrainOptions& options,
                                const std::vector<text::LexiconEntry>& lexicon);

}  // namespace embargo::tools
