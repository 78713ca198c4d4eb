// The upper bound of the name score that lets the Scorer skip most alignments: each token is
// credited with its best one-to-one similarity, or fully where a joined pair could take it, and
// tests/scorer_bound_test.cc holds the bound to the full score.
#include <algorithm>
#include <array>
#include <cstdlib>

#include "match/name_rules.h"
#include "match/name_scorer.h"

namespace embargo::match {
namespace {

// Adjacent tokens of one form, as a joined pair compares them. Trivial, like Runs below: a
// bound is computed for every candidate, and zeroing arrays it may not read would cost more
// than the bound's arithmetic.
struct Run {
  uint8_t begin, end;  // tokens [begin, end)
  int length;
  uint32_t letters;
  char first, last;
  bool joinable;
  bool spelt;  // a token has other spellings (PreparedToken::spellings)
};

// The shortest and longest a token may be, spelt as itself or another way.
std::pair<int, int> LengthRange(const PreparedToken& t) {
  int low = t.length, high = t.length;
  for (const PreparedToken& s : t.Spellings())
    low = std::min<int>(low, s.length), high = std::max<int>(high, s.length);
  return {low, high};
}

// Every run of 2..kMaxJoin adjacent tokens of a form: items [0, size).
struct Runs {
  std::array<Run, 2 * kMaxAlignTokens> items;
  size_t size = 0;
};

Runs RunsOf(std::span<const PreparedToken> side) {
  Runs runs;
  for (size_t first = 0; first + 1 < side.size(); ++first) {
    Run run;
    run.begin = static_cast<uint8_t>(first);
    run.first = side[first].first;
    run.length = side[first].length;
    run.letters = side[first].letters;
    run.joinable = Joinable(side[first].kind);
    run.spelt = side[first].spelling_count != 0;
    for (size_t last = first + 1; last < side.size() && last < first + kMaxJoin; ++last) {
      run.end = static_cast<uint8_t>(last + 1);
      run.last = side[last].last;
      run.length += side[last].length;
      run.letters |= side[last].letters;
      run.joinable = run.joinable && Joinable(side[last].kind);
      run.spelt = run.spelt || side[last].spelling_count != 0;
      runs.items[runs.size++] = run;
    }
  }
  return runs;
}

// Whether AlignTokens may join a run to a single token: it tries runs that share their first or
// last letter with the token, and scores them as spellings, within the edit budget of lengths
// and of letters present (or as equal texts in exact-only forms).
bool JoinPossible(const Run& run, std::span<const PreparedToken> side, const PreparedToken& single,
                  bool exact_only) {
  if (run.first != single.first && run.last != single.last) return false;
  if (exact_only) return run.length == single.length && run.letters == single.letters;
  if (!run.joinable || !Joinable(single.kind)) return false;
  if (run.spelt || single.spelling_count) {
    // Spelt another way, a token brings other letters: only the lengths tell.
    int shortest = 0, longest = 0;
    for (size_t k = run.begin; k < run.end; ++k) {
      auto [low, high] = LengthRange(side[k]);
      shortest += low, longest += high;
    }
    auto [low, high] = LengthRange(single);
    int budget = EditBudget(std::max(longest, high));
    return shortest - high <= budget && low - longest <= budget;
  }
  int budget = EditBudget(std::max<size_t>(run.length, single.length));  // 0: equal texts only
  return std::abs(run.length - int(single.length)) <= budget &&
         AtMostBits(run.letters ^ single.letters, 2 * budget);
}

// A form with its runs, for the bound; the runs only once the precise bound needs them.
struct BoundSide {
  const PreparedForm& form;
  const Runs* runs = nullptr;
};

// Whether token k of `side` may be part of a joined pair with the other form. The masks of
// lengths settle most tokens; `precise` looks at the runs themselves.
bool MayJoin(const BoundSide& side, size_t k, const BoundSide& other, bool exact_only,
             bool precise) {
  const PreparedToken& t = side.form.tokens[k];
  EdgeLetters own;
  own.Add(t.first, t.last);
  uint64_t lengths = LengthBit(t.length);
  if (t.spelling_count)
    for (const PreparedToken& s : t.Spellings()) lengths |= LengthBit(s.length);
  bool alone = (Near(lengths) & other.form.run_lengths) && own.Meet(other.form.run_edges);
  bool within =
      (Near(t.run_lengths) & other.form.token_lengths) && t.run_edges.Meet(other.form.token_edges);
  if (!alone && !within) return false;
  if (!precise) return true;
  for (size_t r = 0; r < other.runs->size; ++r)  // k alone against a run
    if (JoinPossible(other.runs->items[r], other.form.tokens, t, exact_only)) return true;
  for (size_t r = 0; r < side.runs->size; ++r) {  // k within a run
    const Run& run = side.runs->items[r];
    if (k < run.begin || k >= run.end) continue;
    for (const PreparedToken& u : other.form.tokens)
      if (JoinPossible(run, side.form.tokens, u, exact_only)) return true;
  }
  return false;
}

// At least the weighted share of `side` that finds a partner in ScoreForms, given each token's
// best one-to-one similarity. Optional words (OptionalWord) add to the share but not to the
// whole they share.
double CoverageBound(const BoundSide& side, const std::array<double, kMaxAlignTokens>& best,
                     const BoundSide& other, bool exact_only, bool precise, bool generic_optional) {
  std::span<const PreparedToken> tokens = side.form.tokens;
  double total = 0, hit = 0;
  for (size_t i = 0; i < tokens.size(); ++i) {
    bool join = best[i] < 1 && MayJoin(side, i, other, exact_only, precise);
    if (!OptionalWord(tokens[i].kind, generic_optional)) total += tokens[i].weight;
    hit += tokens[i].weight * (join ? 1.0 : best[i]);
  }
  if (total <= 0) return hit > 0 ? 1 : 0;
  return std::min(1.0, hit / total);
}

// Whether each listed word may be spelt as a query word, as ScoreForms' listed_whole needs.
bool ListedWhole(const PreparedForm& qf, const PreparedForm& cf) {
  if (cf.token_texts & ~qf.token_texts) return false;
  std::span<const PreparedToken> q = qf.tokens, c = cf.tokens;
  return std::all_of(c.begin(), c.end(), [&](const PreparedToken& t) {
    return ByCanonical(t.kind) || std::any_of(q.begin(), q.end(), [&](const PreparedToken& u) {
             return u.text_hash == t.text_hash;
           });
  });
}

}  // namespace

bool NameScorer::MayReach(const PreparedForm& qf, const PreparedForm& cf, double floor) {
  std::span<const PreparedToken> q = qf.tokens, c = cf.tokens;
  if (q.empty() || c.empty()) return false;
  if (MayBeLettersApart(qf, cf) && LettersApart(qf, cf) <= 1) return true;  // kNearLettersMatch
  const bool exact_only = qf.exact_only || cf.exact_only;
  BoundSide qs{qf}, cs{cf};
  std::array<double, kMaxAlignTokens> best_q{}, best_c{};
  // The query's words left over cost less where each listed word is spelt as a query word
  // (ScoreForms): then the query's coverage counts from 1 - QueryLeftOverCost(1) up.
  const bool listed_whole = ListedWhole(qf, cf);
  const double q_left_cost = listed_whole ? QueryLeftOverCost(1) : 1.0;
  auto q_bound = [&](double coverage) { return 1 - q_left_cost * (1 - coverage); };
  // The query's coverage alone bounds the score: stop at the first row that sinks it below
  // the floor, before comparing the rest.
  // Optional words count only where they match; the query's generic words may cost nothing
  // only beside two name parts (ScoreForms).
  double q_total = 0, q_lost = 0, q_optional = 0, q_generic = 0;
  int q_parts = 0;
  for (const PreparedToken& t : q) {
    q_parts += t.kind == TokenKind::kNamePart;
    if (t.kind == TokenKind::kGenericWord)
      q_generic += t.weight;
    else
      (OptionalWord(t.kind, false) ? q_optional : q_total) += t.weight;
  }
  const bool generic_free = q_parts >= 2;
  (generic_free ? q_optional : q_total) += q_generic;
  for (size_t i = 0; i < q.size(); ++i) {
    for (size_t j = 0; j < c.size(); ++j) {
      double s = exact_only ? (q[i].text_hash == c[j].text_hash ? 1.0 : 0.0)
                            : CompareTokens(q[i], c[j]).value;
      if (s < kInitialMatch && (q[i].length == 1 || c[j].length == 1)) {
        const std::string_view a = q[i].Text(), b = c[j].Text();
        if (InitialOf(a, b) || InitialOf(b, a)) s = kInitialMatch;
      }
      best_q[i] = std::max(best_q[i], s);
      best_c[j] = std::max(best_c[j], s);
    }
    if (q_total > 0 && best_q[i] < 1 && !OptionalWord(q[i].kind, generic_free) &&
        !MayJoin(qs, i, cs, exact_only, /*precise=*/false)) {
      q_lost += q[i].weight * (1 - best_q[i]);
      if (q_bound((q_total + q_optional - q_lost) / (q_total + q_optional)) < floor) return false;
    }
  }
  // Joins by lengths and edge letters first: cheap, and most names fall below the floor there.
  // The candidate's coverage only lowers the query's: it is needed only when that passes.
  // Each query token spelt as a listed one, as the lower cost of listed tokens left needs.
  // (Or only spelt alike, where a listed patronymic may be what is left.)
  bool whole = true;
  for (size_t i = 0; i < q.size(); ++i)
    whole = whole && (best_q[i] >= 1 || (q[i].variant != 0 && best_q[i] >= kSameNameMatch) ||
                      (cf.patronymic && best_q[i] >= kPatronymicLeftSpelling) ||
                      OptionalWord(q[i].kind, generic_free));
  auto bound = [&](bool precise) {
    double q_coverage = q_bound(CoverageBound(qs, best_q, cs, exact_only, precise, generic_free));
    if (q_coverage < floor) return q_coverage;
    // Whatever is left over is one part at least.
    const double c_cost = whole ? ListedLeftOverCost(1) : kListedLeftCost;
    return q_coverage *
           (1 - c_cost * (1 - CoverageBound(cs, best_c, qs, exact_only, precise, false)));
  };
  if (bound(false) < floor) return false;
  const Runs q_runs = RunsOf(q), c_runs = RunsOf(c);
  qs.runs = &q_runs;
  cs.runs = &c_runs;
  return bound(true) >= floor;
}

}  // namespace embargo::match
