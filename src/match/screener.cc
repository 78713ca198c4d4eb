// Screener: the pipeline from a query to ranked, explained matches.
#include "embargo/screener.h"

#include <algorithm>
#include <chrono>
#include <thread>

#include "match/evidence.h"
#include "match/screener_impl.h"
#include "model/text_util.h"

namespace embargo {

using match::NameScore;

Screener::Screener(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Screener::~Screener() = default;

Result<std::shared_ptr<const Screener>> Screener::Build(std::vector<ListSnapshot> lists) {
  auto start = std::chrono::steady_clock::now();
  auto impl = std::make_unique<Impl>();
  impl->lists = std::move(lists);
  impl->IndexEntities();
  impl->NormalizeNames();
  impl->BuildIndex();
  impl->stats.build_seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return std::shared_ptr<const Screener>(new Screener(std::move(impl)));
}

std::vector<Match> Screener::Screen(const Query& query, const ScreenOptions& options) const {
  return impl_->Run(query, options, /*exhaustive=*/false);
}

std::vector<Match> Screener::ScreenExhaustive(const Query& query,
                                              const ScreenOptions& options) const {
  return impl_->Run(query, options, /*exhaustive=*/true);
}

std::vector<Match> Screener::Impl::Run(const Query& query, const ScreenOptions& options,
                                       bool exhaustive) const {
  double cutoff = options.cutoff > 0 ? options.cutoff : options.threshold;
  std::vector<match::QueryName> names = NormalizeQuery(query);
  std::vector<match::EntityCandidate> candidates =
      FindCandidates(query, names, options, exhaustive);
  struct Scored {
    const match::EntityCandidate* candidate;
    match::EvidenceResult evidence;
    double score;
    bool exact;  // the listed name is written exactly as asked: wins ties
  };
  std::vector<Scored> scored;
  for (const match::EntityCandidate& c : candidates) {
    match::EvidenceResult evidence = match::CompareEvidence(query, *entities[c.entity]);
    if (evidence.kind_excluded) continue;
    double score = FinalScore(c.name.score, c.quality, evidence);
    if (score < cutoff) continue;
    const match::IndexedName& rec = this->names[c.record];
    bool exact = !names.empty() && EqualsIgnoreCase(*names[c.query_name].text,
                                                    entities[rec.entity]->names[rec.name].full);
    scored.push_back({&c, std::move(evidence), score, exact});
  }
  std::sort(scored.begin(), scored.end(), [&](const Scored& a, const Scored& b) {
    if (a.score != b.score) return a.score > b.score;
    if (a.exact != b.exact) return a.exact;
    return entities[a.candidate->entity]->id < entities[b.candidate->entity]->id;
  });
  if (scored.size() > options.limit) scored.resize(options.limit);
  // Explanations cost strings: only for what is returned.
  std::vector<Match> matches;
  for (Scored& s : scored)
    matches.push_back(Explain(query, names, *s.candidate, s.evidence, s.score, options.threshold));
  return matches;
}

namespace {

// The scripts a name's words were read from, a bit each (ScriptBit). Only where the other name
// has words read from Arabic or Hebrew letters or Chinese characters do its Latin words need the
// hashes that meet such readings; only where it has Hangul are they read as pinyin, as Korean
// writes Chinese names.
constexpr uint32_t ScriptBit(Script s) { return uint32_t{1} << static_cast<unsigned>(s); }
constexpr uint32_t kFoldedScripts =
    ScriptBit(Script::kArabic) | ScriptBit(Script::kHebrew) | ScriptBit(Script::kHan);
uint32_t ScriptsOf(const NormalizedName& name) {
  uint32_t scripts = 0;
  for (const NameForm& form : name.forms)
    for (const Token& t : form.tokens) scripts |= ScriptBit(t.script);
  return scripts;
}

NormalizeOptions CompareOptions(std::optional<EntityKind> kind) {
  NormalizeOptions opts;
  opts.respell_latin = true;
  if (kind) opts.kind = *kind, opts.kind_known = true;
  return opts;
}

}  // namespace

Match Screener::CompareNames(std::string_view a, std::string_view b,
                             std::optional<EntityKind> kind) const {
  NormalizedName na = impl_->normalizer.Normalize(a, CompareOptions(kind));
  NormalizedName nb = impl_->normalizer.Normalize(b, CompareOptions(kind));
  match::PreparedPool pa, pb;
  const uint32_t sa = ScriptsOf(na), sb = ScriptsOf(nb);
  pa.FoldLatinWords(sb & kFoldedScripts);
  pb.FoldLatinWords(sa & kFoldedScripts);
  pa.KeyPinyinWords(sb & ScriptBit(Script::kHangul));
  pb.KeyPinyinWords(sa & ScriptBit(Script::kHangul));
  impl_->scorer.Prepare(na, pa);
  impl_->scorer.Prepare(nb, pb);
  pa.Seal();
  pb.Seal();
  NameScore ns = impl_->scorer.Explain(pa[0], pb[0]);
  Match m;
  m.query_name = std::string(a);
  m.matched_name = std::string(b);
  m.name_score = ns.score;
  m.score = impl_->FinalScore(ns.score, NameQuality::kPrimary, {});
  m.match = m.score >= ScreenOptions{}.threshold;
  m.tokens = std::move(ns.tokens);
  if (ns.candidate_form >= 0) m.matched_form = nb.forms[ns.candidate_form].Joined();
  return m;
}

double Screener::CompareScore(std::string_view a, std::string_view b,
                              std::optional<EntityKind> kind) const {
  // Reused from pair to pair: a compare run is millions of pairs, each a few microseconds.
  thread_local match::PreparedPool pool;
  NormalizeOptions opts = CompareOptions(kind);
  opts.with_keys = false;
  NormalizedName na = impl_->normalizer.Normalize(a, opts);
  NormalizedName nb = impl_->normalizer.Normalize(b, opts);
  pool.Clear();
  pool.ReadKeysFrom(&impl_->prepared);
  const uint32_t scripts = ScriptsOf(na) | ScriptsOf(nb);
  pool.FoldLatinWords(scripts & kFoldedScripts);
  pool.KeyPinyinWords(scripts & ScriptBit(Script::kHangul));
  impl_->scorer.Prepare(na, pool);
  impl_->scorer.Prepare(nb, pool);
  pool.Seal();
  return impl_->FinalScore(impl_->scorer.Score(pool[0], pool[1]).score, NameQuality::kPrimary, {});
}

const std::vector<ListSnapshot>& Screener::lists() const { return impl_->lists; }
const ScreenerStats& Screener::stats() const { return impl_->stats; }

const Entity* Screener::FindEntity(std::string_view id) const {
  auto it = impl_->by_id.find(id);
  return it == impl_->by_id.end() ? nullptr : impl_->entities[it->second];
}

}  // namespace embargo
