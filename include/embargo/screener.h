// The Screener: is this party on a list? Built once per list snapshot, then queried.
//
//   query ──Normalizer──> query forms ──CandidateIndex──> candidates ──Scorer──> Matches
//
// Build() normalizes every name of every entity (aliases, original scripts, romanization keys)
// and builds the candidate index; it takes the snapshots and owns them, so Match::entity
// pointers stay valid for the Screener's lifetime. A built Screener is immutable: Screen() is
// const and safe to call from many threads at once. To change lists, build a new Screener and
// swap a shared_ptr (see the server's reload).
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "embargo/lists.h"
#include "embargo/match.h"
#include "embargo/status.h"

namespace embargo {

struct ScreenerStats {
  size_t entities = 0;
  size_t names = 0;     // list names indexed (all aliases and original scripts)
  size_t forms = 0;     // comparable forms (romanizations) indexed
  size_t postings = 0;  // index entries
  double build_seconds = 0;
};

// The datasets an entity belongs to, as ScreenOptions and the HTTP API name them: its source,
// then "<source>_<program>" for each program, lower case, runs of other characters as '_' and
// the source's own prefix dropped ("un" + "UN DPRK" -> "un_dprk"; "ofac" + "DPRK3" ->
// "ofac_dprk3").
std::vector<std::string> EntityDatasets(const Entity& entity);

class Screener {
 public:
  // Normalizes and indexes every entity of `lists`. Fails only on an internal error (e.g. the
  // transliteration rules cannot be loaded).
  static Result<std::shared_ptr<const Screener>> Build(std::vector<ListSnapshot> lists);

  ~Screener();
  Screener(const Screener&) = delete;
  Screener& operator=(const Screener&) = delete;

  // The best matches for `query`, best first, at most options.limit, each scoring at least
  // options.cutoff (or options.threshold when cutoff is 0). Datasets in options are matched
  // against an entity's source ("un", "ofac", "uk", "eu") and "<source>_<program>" in lower
  // case ("un_dprk", "ofac_dprk3"); "default" and empty mean every list.
  std::vector<Match> Screen(const Query& query, const ScreenOptions& options = {}) const;

  // The brute-force oracle: the same as Screen(), but scores every indexed name instead of the
  // index's candidates. Slow (milliseconds per query); for tests and the accuracy evaluation.
  std::vector<Match> ScreenExhaustive(const Query& query, const ScreenOptions& options = {}) const;

  // Compares two names directly, without the index: the score of `b` as a list name of
  // quality primary, and its explanation.
  Match CompareNames(std::string_view a, std::string_view b,
                     std::optional<EntityKind> kind = std::nullopt) const;
  // CompareNames(a, b, kind).score without the explanation: what `embargo compare` prints.
  double CompareScore(std::string_view a, std::string_view b,
                      std::optional<EntityKind> kind = std::nullopt) const;

  const std::vector<ListSnapshot>& lists() const;
  const Entity* FindEntity(std::string_view id) const;  // nullptr when unknown
  const ScreenerStats& stats() const;

  struct Impl;

 private:
  explicit Screener(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace embargo
