// The accuracy evaluation: labelled queries, and recall, false-positive rate, precision and
// wrong-top-hit by set, category and threshold.
//
// Sets: (a) leave one alias out, list by list; (b) generated variants of listed names; (c) the
// evaluation data beside the project (name variants, transliteration pairs, an entity
// resolution truth set); (d) generated innocent names in many cultures and scripts.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "embargo/lists.h"
#include "embargo/match.h"
#include "embargo/screener.h"

namespace embargo::eval {

struct Case {
  std::string set;       // "a_leave_one_out", "b_variants", "c_putin", "d_innocent" ...
  std::string category;  // "findable", "other_name", "typo", "reorder", "korean", "hangul" ...
  Query query;
  std::string expected;      // the entity to find; empty for an innocent name
  bool listed_name = false;  // an "innocent" name that equals a listed name: a true hit
  // An "innocent" person name, not itself listed, that is the listed name it matches best with
  // one part left out (IVANOV, Aleksandr Aleksandrovich for Aleksandr Ivanov): the dropped-part
  // variant of (b), which screening must find. Its alerts are counted apart.
  bool listed_less_one = false;
};

// What screening one case gave.
struct Outcome {
  double expected_score = 0;  // best score of the expected entity (0 when absent)
  double other_score = 0;     // best score of any other entity
};

// Results at one threshold for one (set, category).
struct Tally {
  size_t cases = 0;
  size_t found = 0;      // expected entity scored >= threshold
  size_t wrong_top = 0;  // found, but another entity scored higher
  size_t alerts = 0;     // cases with any entity >= threshold
  size_t true_alerts = 0;
};

struct Report {
  std::vector<double> thresholds;
  // (set, category) -> per threshold
  std::map<std::pair<std::string, std::string>, std::vector<Tally>> tallies;
  void Add(const Case& c, const Outcome& o);
  std::string Format() const;
  const Tally& At(const std::string& set, const std::string& category, double threshold) const;
};

Outcome Run(const Screener& screener, const Case& c, double lowest_threshold);

// (a) Splits one list into `folds`: for fold k, the list without the aliases numbered
// k (mod folds), and the cases querying those aliases (category "findable" when the alias
// shares a similar name token with another name of its entity, else "other_name").
struct Fold {
  ListSnapshot list;
  std::vector<Case> cases;
};
Fold LeaveAliasesOut(const ListSnapshot& list, int folds, int k);

// Whether the normalizer reads a person's name as Korean: a family name, then the syllables
// of one given name (KIM SONG CHOL), none of which is a part to leave out.
bool KoreanName(const std::string& name);

// (b) Spelling variants of listed names: typo, reorder, dropped part, romanization,
// punctuation. Every `every`-th entity; deterministic.
std::vector<Case> GeneratedVariants(const ListSnapshot& list, size_t every, unsigned seed);

// (c) The 80 spellings of one name in many scripts, expected to find `putin_id`.
std::vector<Case> PutinVariants(const std::string& eval_dir, const std::string& putin_id);

// (c) The entity resolution truth set (Senzing's demo): its watchlist records as a list, and
// its customer and reference records as queries, one case per watchlist record of the same
// real-world entity (category "listed"), or one innocent case ("not_listed"). Fails when a
// file cannot be read or parsed.
struct TruthSet {
  ListSnapshot list;
  std::vector<Case> cases;
};
Result<TruthSet> SenzingTruthSet(const std::string& dir);

// (d) Innocent person and company names from many cultures, in Latin and their own scripts.
std::vector<Case> InnocentNames();

// Marks innocent cases whose name equals a listed name (by normalized comparison) as
// `listed_name`, and persons whose name words are a listed person's less one as
// `listed_less_one`: their alerts are counted apart.
void MarkListedNames(const Screener& screener, std::vector<Case>& cases);

}  // namespace embargo::eval
