// Answering a query: normalize it, gather candidates, score names, weigh evidence, explain.
#include <fmt/format.h>

#include <algorithm>
#include <unordered_map>

#include "match/screener_impl.h"

namespace embargo {

using match::EntityCandidate;
using match::QueryName;

namespace {

// The spelling systems a name was read in: one for a Latin name, a dozen for Hangul.
size_t ReadingSystems(const NormalizedName& name) {
  size_t systems = 0;
  for (size_t f = 0; f < name.forms.size(); ++f) {
    bool first =
        std::none_of(name.forms.begin(), name.forms.begin() + static_cast<std::ptrdiff_t>(f),
                     [&](const NameForm& g) { return g.system == name.forms[f].system; });
    systems += first;
  }
  return std::max<size_t>(systems, 1);
}

// How much rarer the keys a name shares with a listed name in its own letters are than those
// it shares with a Latin spelling, word for word (the readings a reader makes up are unique).
constexpr float kOwnLettersRarer = 1.25f;

// Name-only scores stay below 1 so that evidence can lift a match above a bare name.
constexpr double kNameScale = 0.90;
constexpr double kWeakAliasFactor = 0.93;
constexpr double kIdentifierFloor = 0.95;

thread_local index::CandidateScratch tls_scratch;
thread_local std::vector<index::Candidate> tls_candidates;

}  // namespace

std::vector<QueryName> Screener::Impl::NormalizeQuery(const Query& query) const {
  NormalizeOptions opts;
  opts.key_texts = false;
  opts.respell_latin = true;
  if (query.kind) opts.kind = *query.kind, opts.kind_known = true;
  for (const std::string& c : query.countries)
    if (c == "kp" || c == "kr") opts.korean_context = true;
  std::vector<QueryName> out;
  for (const std::string& name : query.names) {
    QueryName q;
    q.text = &name;
    q.norm = normalizer.Normalize(name, opts);
    q.keys = match::QueryIndexKeys(q.norm);
    out.push_back(std::move(q));
  }
  // One pool a thread, reused query after query: it keeps its memory and the Korean keys it
  // has parsed. The names prepared here are read only until the query is answered.
  thread_local match::PreparedPool pool;
  pool.Clear();
  pool.ReadKeysFrom(&prepared);
  for (const QueryName& q : out) scorer.Prepare(q.norm, pool);
  pool.Seal();
  for (size_t i = 0; i < out.size(); ++i) out[i].prepared = pool[static_cast<uint32_t>(i)];
  return out;
}

bool Screener::Impl::InDatasets(uint32_t entity, const ScreenOptions& options) const {
  const std::vector<std::string>& tags = datasets[entity];
  auto has = [&](const std::string& d) {
    return d == "default" || std::find(tags.begin(), tags.end(), d) != tags.end();
  };
  if (!options.include_datasets.empty() &&
      std::none_of(options.include_datasets.begin(), options.include_datasets.end(), has))
    return false;
  for (const std::string& d : options.exclude_datasets)
    if (d != "default" && has(d)) return false;
  const Entity& e = *entities[entity];
  for (const std::string& id : options.exclude_entity_ids)
    if (id == e.id) return false;
  for (EntityKind k : options.exclude_kinds)
    if (k == e.kind) return false;
  return true;
}

std::vector<EntityCandidate> Screener::Impl::FindCandidates(const Query& query,
                                                            const std::vector<QueryName>& qnames,
                                                            const ScreenOptions& options,
                                                            bool exhaustive) const {
  std::unordered_map<uint32_t, EntityCandidate> best;  // by entity
  // A name below this cannot reach the cutoff, whatever the evidence adds: it is not aligned.
  double cutoff = options.cutoff > 0 ? options.cutoff : options.threshold;
  double min_name = (cutoff - match::MaxEvidenceGain(query)) / kNameScale - 1e-9;
  const bool filtered = !options.include_datasets.empty() || !options.exclude_datasets.empty() ||
                        !options.exclude_entity_ids.empty() || !options.exclude_kinds.empty();
  auto consider = [&](uint32_t record, int qi) {
    const match::RecordInfo& info = records[record];
    if (query.kind && *query.kind != info.kind) return;
    if (filtered && !InDatasets(names[record].entity, options)) return;
    match::NameScore ns = scorer.Score(qnames[qi].prepared, prepared[record], min_name);
    double s = ns.score;
    if (s < min_name) return;
    double ranked = info.quality == NameQuality::kWeakAlias ? s * kWeakAliasFactor : s;
    auto [it, fresh] = best.try_emplace(info.party);
    double current = it->second.quality == NameQuality::kWeakAlias
                         ? it->second.name.score * kWeakAliasFactor
                         : it->second.name.score;
    if (fresh || ranked > current) it->second = {info.party, record, qi, ns, info.quality};
  };
  for (size_t qi = 0; qi < qnames.size(); ++qi) {
    if (exhaustive) {
      for (uint32_t r = 0; r < names.size(); ++r) consider(r, static_cast<int>(qi));
      continue;
    }
    // A record spelt like the query in its own script shares the keys of every reading the
    // query has (a dozen for a name in Han letters), where a listed Latin spelling shares
    // those of one: the floor under the heaviest candidate is divided among them, and the
    // readings of a common name have more candidates to share. Keys grouped by word
    // (IndexKeys::by_word) count each word once, whatever the readings: the floor then only
    // allows for the rarer keys a record in the query's own letters shares (kOwnLettersRarer).
    index::CandidateOptions candidate_options;
    const size_t readings = ReadingSystems(qnames[qi].norm);
    candidate_options.min_weight_ratio /=
        qnames[qi].keys.by_word ? kOwnLettersRarer : static_cast<float>(readings);
    // Common words (علي, Сергей) bring many candidates in every reading.
    candidate_options.max_candidates *= std::min<size_t>(readings, qnames[qi].keys.by_word ? 2 : 4);
    candidate_options.key_groups = qnames[qi].keys.groups;
    // (A name read word by word has a whole-name key for each reading: the floor then stays,
    // or its many readings would bring ever more candidates.)
    if (!qnames[qi].keys.by_word) candidate_options.whole_name_group = match::kWholeNameGroup;
    index.Candidates(qnames[qi].keys.hashes, candidate_options, tls_scratch, tls_candidates);
    const std::vector<index::Candidate>& found = tls_candidates;
    for (size_t k = 0; k < found.size(); ++k) {
      // Candidates lie all over memory: fetch those a few places ahead while scoring this one.
      if (k + 12 < found.size()) {
        prepared.PrefetchIndex(found[k + 12].record);
        __builtin_prefetch(&records[found[k + 12].record]);
      }
      if (k + 8 < found.size()) prepared.PrefetchForms(found[k + 8].record);
      if (k + 4 < found.size()) prepared.PrefetchTokens(found[k + 4].record);
      consider(found[k].record, static_cast<int>(qi));
    }
  }
  // An equal identifier finds the entity whatever its name.
  for (const Identifier& id : query.identifiers) {
    std::string v = match::NormalizeIdentifier(id.type, id.value);
    if (v.empty()) continue;
    auto [b, e] = identifiers.equal_range(std::string(IdTypeName(id.type)) + ":" + v);
    for (auto it = b; it != e; ++it) {
      if (best.count(it->second) || !InDatasets(it->second, options)) continue;
      EntityCandidate c{it->second, 0, 0, {}, NameQuality::kPrimary};
      for (uint32_t r : records_of[it->second]) {
        for (size_t qi = 0; qi < qnames.size(); ++qi) {
          match::NameScore ns = scorer.Score(qnames[qi].prepared, prepared[r]);
          if (ns.score >= c.name.score)
            c = {it->second, r, int(qi), ns,
                 entities[names[r].entity]->names[names[r].name].quality};
        }
        if (qnames.empty()) c.record = r;
      }
      best.emplace(it->second, c);
    }
  }
  std::vector<EntityCandidate> out;
  out.reserve(best.size());
  for (auto& [entity, c] : best) out.push_back(c);
  return out;
}

double Screener::Impl::FinalScore(double name_score, NameQuality quality,
                                  const match::EvidenceResult& evidence) const {
  double score = kNameScale * name_score;
  if (quality == NameQuality::kWeakAlias) score *= kWeakAliasFactor;
  score += evidence.effect;
  if (evidence.identifier_match) score = std::max(score, kIdentifierFloor + 0.5 * evidence.effect);
  return std::clamp(score, 0.0, 1.0);
}

Match Screener::Impl::Explain(const Query& query, const std::vector<QueryName>& qnames,
                              const EntityCandidate& c, match::EvidenceResult& evidence,
                              double score, double threshold) const {
  const match::IndexedName& rec = names[c.record];
  const Entity& entity = *entities[c.entity];
  Match m;
  m.entity = &entity;
  m.score = score;
  m.match = score >= threshold;
  const Name& matched = entities[rec.entity]->names[rec.name];  // maybe another list's copy
  m.matched_name = matched.full;
  m.matched_quality = matched.quality;
  m.name_score = c.name.score;
  if (!qnames.empty()) {
    const QueryName& q = qnames[c.query_name];
    m.query_name = *q.text;
    match::NameScore ns = scorer.Explain(q.prepared, prepared[c.record], c.name);
    m.tokens = std::move(ns.tokens);
    if (ns.candidate_form >= 0) m.matched_form = rec.norm.forms[ns.candidate_form].Joined();
  }
  m.evidence = std::move(evidence.items);
  m.summary = fmt::format("'{}' {} listed name '{}' ({}) at {:.2f}", m.query_name,
                          m.name_score >= 0.999 ? "equals" : "resembles", m.matched_name,
                          NameQualityName(m.matched_quality), m.name_score);
  std::string left_out;  // a middle name or patronymic one of the names lacks
  for (const TokenMatch& t : m.tokens)
    if (t.method == "part_left_out")
      left_out += (left_out.empty() ? "" : " ") +
                  (t.candidate_token.empty() ? t.query_token : t.candidate_token);
  if (!left_out.empty()) m.summary += fmt::format("; without '{}'", left_out);
  for (const Evidence& e : m.evidence) m.summary += fmt::format("; {} {}", e.kind, e.detail);
  return m;
}

}  // namespace embargo
