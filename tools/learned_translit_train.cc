// Trains the learned transliteration tables (src/text/learned_translit.h) from the TRAIN half
// of the transliteration evaluation pairs and writes data/transliteration/<script>_chunks.tsv,
// <script>_ngrams.tsv and, where it has a joint model, <script>_graphones.tsv. Built with the
// project, run by hand:
//
//   embargo_learned_translit_train [--script hangul|han|arabic|cyrillic|lexicon|all] [--out DIR]
//                                  [--shared DIR] [--dry-run]
//
// 1. Alignment: expectation-maximization over every way of cutting the Latin word into one
//    chunk of 0..kMaxChunk letters per source unit, learning P(chunk | unit); then the single
//    best cut of each pair.
// 2. Chunk table: counts of chunks per unit, per unit and right neighbour, per unit and left
//    neighbour, per unit and both, each smoothed towards the less specific one and kept only
//    where it differs from what the decoder would otherwise use.
// 3. Latin model: an interpolated Witten-Bell 4-gram model of the Latin words' letters; for
//    Hangul and Han also of the other sets' TRAIN words that are no held-out token of any set.
// 4. Joint model (Hangul, learned_translit_joint.cc): a Witten-Bell trigram model of the
//    (unit, chunk) tokens of the best cuts, which reranks the decoder's spellings.
// 5. The weight of the Latin model, the per-letter bonus, the weight of the other sets' words
//    and that of the joint model are chosen by five-fold cross-validation within TRAIN
//    (learned_translit_tune.cc); then the tables are learned on all of TRAIN.
// Han words are read as simplified characters (ICU Traditional-Simplified), so that 爾 and 尔
// share their examples, and a character's chunks are smoothed towards those of the characters
// Mandarin reads alike; the table lists the characters to read as others (#alias): traditional
// ones as simplified, and those never seen as a seen homophone (learned_translit_aliases.cc).
#include "learned_translit_train.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <fstream>
#include <map>
#include <set>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "text/icu_translit.h"
#include "text/learned_gen/latin_lexicon.h"
#include "text/learned_translit.h"
#include "text/text_clean.h"
#include "text/transliteration_eval.h"

namespace {

using namespace embargo::tools;
using embargo::text::EvalHalf;
using embargo::text::EvalSet;
using embargo::text::LearnedChunkRow;
using embargo::text::LearnedNgramRow;
using embargo::text::LearnedParams;

std::string Letters(const embargo::text::TextCleaner& cleaner, std::string_view latin) {
  std::string out;
  for (char c : cleaner.FoldLatin(latin)) {
    if (c >= 'a' && c <= 'z') out.push_back(c);
  }
  return out;
}

// The word pairs of TRAIN: a token pair as it is; a full name word by word when both sides
// have as many words (the rest is skipped: titles, regnal names, other word orders).
std::vector<Example> LoadExamples(const ScriptSpec& spec, const std::string& eval_dir) {
  embargo::text::TextCleaner cleaner;
  std::vector<Example> out;
  for (EvalSet set : spec.sets) {
    auto pairs = embargo::text::ReadEvalPairs(eval_dir, set, 1);
    if (!pairs.ok()) {
      std::fprintf(stderr, "%s\n", pairs.status().ToString().c_str());
      std::exit(1);
    }
    for (const auto& p : embargo::text::PairsOfHalf(*pairs, EvalHalf::kTrain)) {
      std::vector<embargo::text::RawWord> words = cleaner.Split(p.foreign);
      std::vector<std::string> latin_words;
      if (set == EvalSet::kHangulFullNames) {
        for (size_t start = 0; start < p.latin.size();) {
          size_t space = std::min(p.latin.find(' ', start), p.latin.size());
          if (space > start) latin_words.push_back(p.latin.substr(start, space - start));
          start = space + 1;
        }
      } else {
        std::string joined;
        for (const auto& w : words) joined += w.text;
        words.resize(words.empty() ? 0 : 1);
        if (!words.empty()) words[0].text = joined;
        latin_words = {p.latin};
      }
      if (words.size() != latin_words.size()) continue;
      if (spec.simplify) {
        static const embargo::text::IcuTransliteratorPool to_simplified("Traditional-Simplified");
        for (auto& w : words) w.text = to_simplified.Transliterate(w.text);
      }
      auto example = [&](size_t i, size_t j) {
        return Example{words[i].text, embargo::text::LearnedUnits(words[i].text, spec.split_finals),
                       Letters(cleaner, latin_words[j]), p.latin};
      };
      auto usable = [&](const Example& e) {
        return !e.units.empty() && !e.latin.empty() && e.latin.size() <= 40;
      };
      for (size_t i = 0; i < words.size(); ++i) {
        if (words[i].script != spec.script) continue;
        if (Example e = example(i, i); usable(e)) out.push_back(std::move(e));
      }
    }
  }
  return out;
}

// A chunk of up to 5 letters as a number (digits 1..26), a unit and a chunk as one key.
uint64_t ChunkKey(char32_t unit, std::string_view chunk) {
  uint64_t code = 0;
  for (char c : chunk) code = code * 27 + static_cast<uint64_t>(c - 'a' + 1);
  return (uint64_t{unit} << 32) | code;
}

using Table = std::unordered_map<uint64_t, double>;

// Chunks seen fewer times for their unit are dropped as alignment noise ("quisp" for 伊).
constexpr double kMinChunkCount = 2;

// P(chunk | unit) by expectation-maximization over all cuts of each Latin word.
Table AlignByEm(const std::vector<Example>& examples, size_t max_chunk, int iterations) {
  Table theta;
  for (int it = 0; it < iterations; ++it) {
    Table counts;
    double log_likelihood = 0;
    for (const Example& e : examples) {
      size_t n = e.units.size(), m = e.latin.size();
      auto prob = [&](size_t i, size_t j, size_t k) {  // unit i writes latin[j-k, j)
        if (it == 0) return 1.0;
        auto f = theta.find(ChunkKey(e.units[i], std::string_view(e.latin).substr(j - k, k)));
        return f == theta.end() ? 0.0 : f->second;
      };
      std::vector<double> alpha((n + 1) * (m + 1), 0), beta((n + 1) * (m + 1), 0);
      alpha[0] = 1;
      for (size_t i = 1; i <= n; ++i)
        for (size_t j = 0; j <= m; ++j)
          for (size_t k = 0; k <= std::min(j, max_chunk); ++k)
            alpha[i * (m + 1) + j] += alpha[(i - 1) * (m + 1) + j - k] * prob(i - 1, j, k);
      double z = alpha[n * (m + 1) + m];
      if (z <= 0) continue;
      log_likelihood += std::log(z);
      beta[n * (m + 1) + m] = 1;
      for (size_t i = n; i-- > 0;)
        for (size_t j = 0; j <= m; ++j)
          for (size_t k = 0; k <= std::min(m - j, max_chunk); ++k)
            beta[i * (m + 1) + j] += prob(i, j + k, k) * beta[(i + 1) * (m + 1) + j + k];
      for (size_t i = 1; i <= n; ++i)
        for (size_t j = 0; j <= m; ++j)
          for (size_t k = 0; k <= std::min(j, max_chunk); ++k) {
            double p =
                alpha[(i - 1) * (m + 1) + j - k] * prob(i - 1, j, k) * beta[i * (m + 1) + j] / z;
            if (p > 1e-9)
              counts[ChunkKey(e.units[i - 1], std::string_view(e.latin).substr(j - k, k))] += p;
          }
    }
    std::unordered_map<char32_t, double> totals;
    for (const auto& [key, c] : counts) totals[static_cast<char32_t>(key >> 32)] += c;
    theta.clear();
    for (const auto& [key, c] : counts) {
      double p = c / totals[static_cast<char32_t>(key >> 32)];
      if (p > 1e-4) theta[key] = p;
    }
  }
  return theta;
}

// The best cut of one pair: one chunk per unit, and its log-probability; no chunks when the
// pair cannot be cut.
struct Cut {
  std::vector<std::string> chunks;
  double log_p = -1e300;
};

Cut BestCut(const Example& e, const Table& theta, size_t max_chunk) {
  size_t n = e.units.size(), m = e.latin.size();
  std::vector<double> best((n + 1) * (m + 1), -1e300);
  std::vector<uint8_t> back((n + 1) * (m + 1), 0);
  best[0] = 0;
  for (size_t i = 1; i <= n; ++i)
    for (size_t j = 0; j <= m; ++j)
      for (size_t k = 0; k <= std::min(j, max_chunk); ++k) {
        double from = best[(i - 1) * (m + 1) + j - k];
        if (from < -1e299) continue;
        auto f = theta.find(ChunkKey(e.units[i - 1], std::string_view(e.latin).substr(j - k, k)));
        if (f == theta.end()) continue;
        double score = from + std::log(f->second);
        if (score > best[i * (m + 1) + j]) {
          best[i * (m + 1) + j] = score;
          back[i * (m + 1) + j] = static_cast<uint8_t>(k);
        }
      }
  Cut cut;
  if (best[n * (m + 1) + m] < -1e299) return cut;
  cut.log_p = best[n * (m + 1) + m];
  cut.chunks.resize(n);
  for (size_t i = n, j = m; i > 0; --i) {
    size_t k = back[i * (m + 1) + j];
    cut.chunks[i - 1] = e.latin.substr(j - k, k);
    j -= k;
  }
  return cut;
}

// The examples to learn from, without the worst-aligned twentieth under a first alignment
// (titles, nicknames, other names entirely: 캐시 = Cassie Ventura).
std::vector<Example> ChooseExamples(const std::vector<Example>& examples, size_t max_chunk) {
  Table theta = AlignByEm(examples, max_chunk, 5);
  std::vector<std::pair<double, const Example*>> ranked;
  for (const Example& e : examples) {
    double log_p = BestCut(e, theta, max_chunk).log_p;
    ranked.emplace_back(log_p / static_cast<double>(e.units.size()), &e);
  }
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const auto& a, const auto& b) { return a.first > b.first; });
  std::vector<Example> out;
  for (size_t i = 0; i < ranked.size() - ranked.size() / 20; ++i) out.push_back(*ranked[i].second);
  std::fprintf(stderr, "  %zu of %zu words kept\n", out.size(), ranked.size());
  return out;
}

using Distribution = std::map<std::string, double>;
// Chunk counts by context (left, unit, right), kLearnedAny where a side is not conditioned on.
using ContextCounts = std::map<std::tuple<char32_t, char32_t, char32_t>, Distribution>;

double Total(const Distribution& d) {
  double t = 0;
  for (const auto& [c, n] : d) t += n;
  return t;
}

Distribution Smoothed(const Distribution& counts, const Distribution& base, double beta) {
  double total = Total(counts);
  Distribution out;
  for (const auto& [c, p] : base) out[c] = beta * p / (total + beta);
  for (const auto& [c, n] : counts) out[c] += n / (total + beta);
  return out;
}

std::string Best(const Distribution& d) {
  std::string best;
  double p = -1;
  for (const auto& [c, q] : d) {
    if (q > p) best = c, p = q;
  }
  return best;
}

bool Differs(const Distribution& a, const Distribution& b) {
  if (Best(a) != Best(b)) return true;
  double distance = 0;
  for (const auto& [c, p] : a) distance += std::abs(p - (b.count(c) ? b.at(c) : 0.0));
  return distance > 0.3;
}

void AddRows(Model& model, char32_t left, char32_t unit, char32_t right, const Distribution& d,
             const TrainOptions& options) {
  std::vector<std::pair<double, std::string>> ranked;
  for (const auto& [c, p] : d) ranked.emplace_back(p, c);
  std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first : a.second < b.second;
  });
  for (size_t k = 0; k < ranked.size() && k < options.max_candidates; ++k) {
    if (ranked[k].first < 0.01) break;
    const std::string& text = model.strings.emplace_back(ranked[k].second);
    float cost = static_cast<float>(std::round(-std::log(ranked[k].first) * 100) / 100);
    model.chunks.push_back({left, unit, right, text, cost});
  }
}

void BuildChunkTable(Model& model, const std::vector<Example>& examples, const Table& theta,
                     size_t max_chunk, const TrainOptions& options) {
  constexpr char32_t kAny = embargo::text::kLearnedAny, kEdge = embargo::text::kLearnedEdge;
  ContextCounts counts;
  for (const Example& e : examples) {
    std::vector<std::string> cut = BestCut(e, theta, max_chunk).chunks;
    for (size_t i = 0; i < cut.size(); ++i) {
      char32_t u = e.units[i];
      char32_t l = i == 0 ? kEdge : e.units[i - 1];
      char32_t r = i + 1 == cut.size() ? kEdge : e.units[i + 1];
      for (auto key : {std::tuple{kAny, u, kAny}, std::tuple{kAny, u, r}, std::tuple{l, u, kAny},
                       std::tuple{l, u, r}})
        counts[key][cut[i]] += 1;
    }
  }
  for (auto& [key, d] : counts) {
    auto [l, u, r] = key;
    const Distribution& all = counts[{kAny, u, kAny}];
    std::string best = Best(all);
    for (auto it = d.begin(); it != d.end();) {
      bool rare = all.at(it->first) < kMinChunkCount && it->first != best;
      it = rare ? d.erase(it) : std::next(it);
    }
  }
  // Units that read alike (Han characters of one Mandarin syllable) pool their chunks as the
  // prior of each: a character seen twice borrows from its homophones.
  std::map<std::string, Distribution> reading_counts;
  auto reading_of = [&](char32_t u) -> const std::string* {
    auto it = options.readings ? options.readings->find(u) : decltype(options.readings->end()){};
    return options.readings && it != options.readings->end() ? &it->second : nullptr;
  };
  for (const auto& [key, d] : counts) {
    auto [l, u, r] = key;
    if (l != kAny || r != kAny) continue;
    if (const std::string* reading = reading_of(u)) {
      for (const auto& [c, n] : d) reading_counts[*reading][c] += n;
    }
  }
  std::map<char32_t, Distribution> unit_p;
  std::map<std::pair<char32_t, char32_t>, Distribution> right_p, left_p;
  for (const auto& [key, d] : counts) {
    auto [l, u, r] = key;
    if (l != kAny || r != kAny) continue;
    const std::string* reading = reading_of(u);
    unit_p[u] =
        reading ? Smoothed(d, Smoothed(reading_counts[*reading], {}, 0), options.reading_smoothing)
                : Smoothed(d, {}, 0);
    AddRows(model, kAny, u, kAny, unit_p[u], options);
  }
  for (const auto& [key, d] : counts) {  // one neighbour
    auto [l, u, r] = key;
    if ((l == kAny) == (r == kAny) || Total(d) < options.min_context) continue;
    Distribution p = Smoothed(d, unit_p[u], options.smoothing);
    if (!Differs(p, unit_p[u])) continue;
    (l == kAny ? right_p[{u, r}] : left_p[{l, u}]) = p;
    AddRows(model, l, u, r, p, options);
  }
  for (const auto& [key, d] : counts) {  // both neighbours, against the decoder's fallback
    auto [l, u, r] = key;
    if (l == kAny || r == kAny || Total(d) < options.min_context) continue;
    const Distribution* base = &unit_p[u];
    if (auto f = right_p.find({u, r}); f != right_p.end()) {
      base = &f->second;
    } else if (auto g = left_p.find({l, u}); g != left_p.end()) {
      base = &g->second;
    }
    Distribution p = Smoothed(d, *base, options.smoothing);
    if (Differs(p, *base)) AddRows(model, l, u, r, p, options);
  }
}

// Letters of the Latin model: 4-grams spell about one name in a hundred better than trigrams
// on the held-out pairs, at the same decoding speed.

// Interpolated Witten-Bell n-gram model of the letters, '^' padding the start, '$' the end.
void BuildNgramTable(Model& model, const std::vector<Example>& examples, double min_count,
                     const std::vector<std::string>& other_words, double other_weight) {
  const std::string pad(kLmOrder - 1, '^');
  std::map<std::string, double> counts;  // every n-gram of 1..kLmOrder symbols
  auto add = [&](const std::string& word, double weight) {
    std::string s = pad + word + "$";
    for (size_t end = pad.size(); end < s.size(); ++end)
      for (size_t n = 1; n <= kLmOrder; ++n) counts[s.substr(end + 1 - n, n)] += weight;
  };
  for (const Example& e : examples) add(e.latin, 1.0);
  if (other_weight > 0) {
    for (const std::string& w : other_words) add(w, other_weight);
  }
  std::map<std::string, double> history_total, history_types;
  for (const auto& [g, c] : counts) {
    history_total[g.substr(0, g.size() - 1)] += c;
    history_types[g.substr(0, g.size() - 1)] += 1;
  }
  std::map<std::string, double> cost;  // -ln P(last | rest), interpolated
  auto lower = [&cost](const std::string& g) -> double {
    return cost.count(g) ? cost.at(g) : 20.0;
  };
  for (size_t n = 1; n <= kLmOrder; ++n) {
    for (const auto& [g, c] : counts) {
      if (g.size() != n) continue;
      std::string h = g.substr(0, n - 1);
      double total = history_total[h], types = history_types[h];
      double p_lower = n == 1 ? 1.0 / 27 : std::exp(-lower(g.substr(1)));
      cost[g] = -std::log((c + types * p_lower) / (total + types));
    }
  }
  for (const auto& [g, c] : cost) {
    bool is_history = history_total.count(g) > 0;
    if (g.size() >= 3 && counts[g] < min_count && !is_history) continue;
    double backoff = 0;
    if (is_history) backoff = -std::log(history_types[g] / (history_total[g] + history_types[g]));
    const std::string& text = model.strings.emplace_back(g);
    model.ngrams.push_back({text, static_cast<float>(std::round(c * 100) / 100),
                            static_cast<float>(std::round(backoff * 100) / 100)});
  }
  for (std::string pad : {"^", "^^"}) {  // histories only: never predicted
    double backoff = -std::log(history_types[pad] / (history_total[pad] + history_types[pad]));
    const std::string& text = model.strings.emplace_back(pad);
    model.ngrams.push_back({text, 20.0f, static_cast<float>(std::round(backoff * 100) / 100)});
  }
}

}  // namespace

namespace embargo::tools {

void FitLatinModel(Model& model, const std::vector<Example>& examples,
                   const TrainOptions& options) {
  model.ngrams.clear();
  static const std::vector<std::string> kNone;
  BuildNgramTable(model, examples, options.min_ngram,
                  options.other_words ? *options.other_words : kNone, options.other_weight);
}

void Fit(Model& model, const std::vector<Example>& examples, const ScriptSpec& spec,
         const TrainOptions& options) {
  Table theta = AlignByEm(examples, spec.max_chunk, 8);
  TrainOptions with_readings = options;
  if (spec.simplify) with_readings.readings = &HanReadings();
  BuildChunkTable(model, examples, theta, spec.max_chunk, with_readings);
  FitLatinModel(model, examples, options);
  model.params.split_finals = spec.split_finals;
  if (spec.simplify) model.aliases = HanAliases(examples);
  if (options.joint_order == 0) return;
  std::vector<std::vector<std::string>> cuts;
  for (const Example& e : examples) cuts.push_back(BestCut(e, theta, spec.max_chunk).chunks);
  BuildGraphoneTable(model, examples, cuts, options);
}

// The share of words where one of the `n` best spellings is within the evaluation's
// similarity of the Latin word.
double Accuracy(const Model& model, const std::vector<Example>& dev, size_t n,
                std::span<const std::string_view> lexicon) {
  embargo::text::LearnedTransliterator t(
      {model.chunks, model.ngrams, model.params, model.aliases, lexicon, model.graphones});
  size_t hits = 0;
  for (size_t i = 0; i < dev.size(); ++i) {
    for (const std::string& s : t.Spell(dev[i].text, n)) {
      if (embargo::text::NormalizedLevenshtein(s, dev[i].latin) >= 0.8) {
        ++hits;
        break;
      }
    }
  }
  return dev.empty() ? 0 : double(hits) / dev.size();
}

}  // namespace embargo::tools

namespace {

std::string Utf8(char32_t c, const char* edge) {
  if (c == embargo::text::kLearnedEdge) return edge;
  if (c == embargo::text::kLearnedAny) return "*";
  std::string out;
  embargo::text::AppendUtf8(out, c);
  return out;
}

// Aliases as lines `tag, characters, the character they are read as`, one line per character
// read as.
std::string AliasLines(const char* tag, const std::vector<embargo::text::LearnedAlias>& aliases) {
  std::map<char32_t, std::string> by_target;
  for (const embargo::text::LearnedAlias& a : aliases) by_target[a.to] += Utf8(a.from, "");
  std::string out;
  for (const auto& [to, from] : by_target)
    out += std::string(tag) + "\t" + from + "\t" + Utf8(to, "") + "\n";
  return out;
}

bool Write(const Model& model, const ScriptSpec& spec, const std::string& out_dir) {
  std::vector<LearnedChunkRow> rows = model.chunks;
  std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
    return std::tie(a.unit, a.left, a.right, a.cost, a.chunk) <
           std::tie(b.unit, b.left, b.right, b.cost, b.chunk);
  });
  const char* kSource =
      "# Learned by tools/learned_translit_train.cc from the TRAIN half of the transliteration\n"
      "# pairs described in data/transliteration/README.md. Regenerate, do not edit.\n";
  std::string chunks_path = out_dir + "/" + spec.name + "_chunks.tsv";
  std::ofstream chunks(chunks_path);
  chunks << kSource << "# left\tunit\tright\tchunk (- empty)\t-ln P(chunk | context)\n";
  char params[160];
  std::snprintf(params, sizeof params, "#params\t%.2f\t%.2f\t%d\t%d\t%.2f\t%.2f\t%.2f\t%.2f\n",
                model.params.lm_weight, model.params.letter_bonus,
                model.params.split_finals ? 1 : 0, model.params.lm_order,
                model.params.lexicon_margin, model.params.lexicon_miss, model.params.lexicon_double,
                model.params.joint_weight);
  chunks << params;
  chunks << AliasLines("#alias", model.aliases);
  for (const LearnedChunkRow& r : rows) {
    chunks << Utf8(r.left, "^") << '\t' << Utf8(r.unit, "") << '\t' << Utf8(r.right, "$") << '\t'
           << (r.chunk.empty() ? std::string("-") : std::string(r.chunk)) << '\t' << r.cost << '\n';
  }
  std::string ngrams_path = out_dir + "/" + spec.name + "_ngrams.tsv";
  std::ofstream ngrams(ngrams_path);
  ngrams << kSource << "# ngram\t-ln P(last | rest)\tback-off cost as a history\n";
  for (const LearnedNgramRow& r : model.ngrams)
    ngrams << r.ngram << '\t' << r.cost << '\t' << r.backoff << '\n';
  if (!chunks || !ngrams) {
    std::fprintf(stderr, "cannot write %s or %s\n", chunks_path.c_str(), ngrams_path.c_str());
    return false;
  }
  // The joint model's table only where its spellings are used.
  std::string graphones_path = out_dir + "/" + spec.name + "_graphones.tsv";
  std::remove(graphones_path.c_str());
  if (model.params.joint_weight > 0) {
    std::ofstream graphones(graphones_path);
    graphones << kSource << "# tokens unit:chunk (^ start, $ end)\t-ln P(last | rest)\t"
              << "back-off cost as a history, when not 0\n";
    for (const embargo::text::LearnedGraphoneRow& r : model.graphones) {
      graphones << r.gram << '\t' << r.cost;
      if (r.backoff != 0) graphones << '\t' << r.backoff;
      graphones << '\n';
    }
    if (!graphones) {
      std::fprintf(stderr, "cannot write %s\n", graphones_path.c_str());
      return false;
    }
    std::fprintf(stderr, "  wrote %s (%zu rows)\n", graphones_path.c_str(), model.graphones.size());
  }
  std::fprintf(stderr, "  wrote %s (%zu rows), %s (%zu rows)\n", chunks_path.c_str(), rows.size(),
               ngrams_path.c_str(), model.ngrams.size());
  return true;
}

bool Train(const ScriptSpec& spec, const std::string& eval_dir, const std::string& out_dir,
           bool dry_run, const std::vector<embargo::text::LexiconEntry>& lexicon,
           const std::vector<std::string>& other_words) {
  std::vector<Example> examples = ChooseExamples(LoadExamples(spec, eval_dir), spec.max_chunk);
  std::fprintf(stderr, "%s: %zu training words\n", spec.name, examples.size());
  TrainOptions options;
  if (spec.other_words) options.other_words = &other_words;
  options.joint_order = spec.joint_order;
  options.joint_min_count = spec.joint_min_count;
  LearnedParams params = Tune(examples, spec, options);
  params = TuneLexicon(params, examples, spec, options, lexicon);
  Model model;
  Fit(model, examples, spec, options);
  model.params = params;
  return dry_run || Write(model, spec, out_dir);
}

}  // namespace

int main(int argc, char** argv) {
  std::string script = "all";
  std::string out_dir = std::string(EMBARGO_SOURCE_DIR) + "/data/transliteration";
  std::string shared = EMBARGO_SHARED_DIR;
  bool dry_run = false;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--dry-run") {
      dry_run = true;
    } else if (i + 1 < argc && arg == "--script") {
      script = argv[++i];
    } else if (i + 1 < argc && arg == "--out") {
      out_dir = argv[++i];
    } else if (i + 1 < argc && arg == "--shared") {
      shared = argv[++i];
    } else {
      std::fprintf(
          stderr,
          "usage: %s [--script hangul|han|arabic|cyrillic|lexicon|all] [--out DIR] [--shared DIR] "
          "[--dry-run]\n",
          argv[0]);
      return 2;
    }
  }
  const ScriptSpec kSpecs[] = {
      {"hangul", embargo::Script::kHangul, {EvalSet::kHangulFullNames}, true, 3, false, true, 3, 3},
      {"han", embargo::Script::kHan, {EvalSet::kHanTokens}, false, 3, true, true},
      {"arabic",
       embargo::Script::kArabic,
       {EvalSet::kArabicTokens, EvalSet::kArabicGoogle},
       false,
       3},
      {"cyrillic", embargo::Script::kCyrillic, {EvalSet::kCyrillicTokens}, false, 4},
  };
  const std::string eval_dir = shared + "/data/eval/transliteration";
  bool ok = true;
  auto lexicon = embargo::text::BuildLatinLexicon(eval_dir, kLexiconMinCount);
  if (!lexicon.ok()) {
    std::fprintf(stderr, "%s\n", lexicon.status().ToString().c_str());
    return 1;
  }
  std::fprintf(stderr, "lexicon: %zu words\n", lexicon->size());
  if ((script == "all" || script == "lexicon") && !dry_run) {
    embargo::Status written =
        embargo::text::WriteLatinLexicon(*lexicon, out_dir + "/latin_lexicon.tsv");
    if (!written.ok()) std::fprintf(stderr, "%s\n", written.ToString().c_str());
    ok = written.ok();
  }
  // The Latin words of every set's TRAIN pairs that are no held-out token of any set.
  auto words = embargo::text::BuildLatinLexicon(eval_dir, 1);
  if (!words.ok()) {
    std::fprintf(stderr, "%s\n", words.status().ToString().c_str());
    return 1;
  }
  std::vector<std::string> other_words;
  for (const auto& entry : *words) {
    if (entry.any_script) other_words.push_back(entry.word);
  }
  for (ScriptSpec spec : kSpecs) {
    if (script == "all" || script == spec.name)
      ok = Train(spec, eval_dir, out_dir, dry_run, *lexicon, other_words) && ok;
  }
  return ok ? 0 : 1;
}
