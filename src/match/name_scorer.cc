#include "match/name_scorer.h"

#include <algorithm>
#include <array>
#include <string>

#include "match/similarity.h"
#include "match/similarity_align.h"

namespace embargo::match {
namespace {

constexpr double kKoreanKeyMatch = 0.97;
constexpr double kInitialMatch = 0.85;
constexpr double kPhoneticFloor = 0.88;
// Jaro-Winkler below this is not a spelling variant; between it and kJwFull credit rises
// steeply, so that partial likeness of unrelated names adds little.
constexpr double kJwFloor = 0.75;
constexpr double kJwFull = 0.88;
constexpr double kMissingCandidateCost = 0.35;

double MapJaroWinkler(double jw) {
  if (jw >= kJwFull) return jw;
  if (jw <= kJwFloor) return 0;
  return kJwFull * (jw - kJwFloor) / (kJwFull - kJwFloor);
}

bool FromKoreanScript(const Token& t) { return t.script == Script::kHangul || t.script == Script::kHan; }

bool Ignored(const Token& t) { return t.kind == TokenKind::kTitle || t.kind == TokenKind::kConnector; }

}  // namespace

TokenSimilarity CompareTokens(const Token& q, const Token& c) {
  if (q.kind == TokenKind::kLegalForm || c.kind == TokenKind::kLegalForm) {
    bool same = q.kind == c.kind && !q.canonical.empty() && q.canonical == c.canonical;
    return {same || q.text == c.text ? 1.0 : 0.0, "legal_form"};
  }
  if (q.text == c.text) return {1.0, "exact"};
  if (!q.canonical.empty() && q.canonical == c.canonical) return {1.0, "canonical"};
  if (!q.korean_key.empty() && !c.korean_key.empty()) {
    if (KoreanKeysCompatible(q.korean_key, c.korean_key)) return {kKoreanKeyMatch, "korean_key"};
    // Hangul spells the syllable exactly: a different syllable is a different name.
    if (FromKoreanScript(q) || FromKoreanScript(c)) return {0.0, "korean_key_differs"};
  }
  if (q.kind == TokenKind::kInitial || c.kind == TokenKind::kInitial) {
    bool fits = !q.text.empty() && !c.text.empty() && q.text[0] == c.text[0];
    return {fits ? kInitialMatch : 0.0, "initial"};
  }
  double jw = MapJaroWinkler(JaroWinklerSimilarity(q.text, c.text, kJwFloor));
  if (!q.phonetic.empty() && q.phonetic == c.phonetic && jw < kPhoneticFloor)
    return {kPhoneticFloor, "phonetic"};
  return {jw, "jaro_winkler"};
}

double NameScorer::ScoreForms(const NameForm& qf, const NameForm& cf,
                              std::vector<TokenMatch>* explain) const {
  std::array<const Token*, kMaxAlignTokens> q{}, c{};
  std::array<AlignToken, kMaxAlignTokens> aq{}, ac{};
  int nq = 0, nc = 0;
  auto add = [this](const Token& t, auto& tokens, auto& align, int& n) {
    if (Ignored(t) || n == kMaxAlignTokens) return;
    tokens[n] = &t;
    align[n++] = {t.text, weights_.Weight(t), t.kind == TokenKind::kLegalForm};
  };
  for (const Token& t : qf.tokens) add(t, q, aq, nq);
  for (const Token& t : cf.tokens) add(t, c, ac, nc);
  if (nq == 0 || nc == 0) return 0;

  auto similarity = [&](const TokenSpan& a, const TokenSpan& b, double cutoff) -> double {
    if (a.count == 1 && b.count == 1) return CompareTokens(*q[a.first], *c[b.first]).value;
    // Written together on one side: compare the letters, as long as all are name parts.
    for (int i = a.first; i < a.first + a.count; ++i)
      if (q[i]->kind != TokenKind::kNamePart) return 0;
    for (int j = b.first; j < b.first + b.count; ++j)
      if (c[j]->kind != TokenKind::kNamePart) return 0;
    return MapJaroWinkler(JaroWinklerSimilarity(a.text, b.text, kJwFloor));
  };
  AlignOptions options;
  options.min_similarity = 0.3;  // CompareTokens already gives unrelated tokens 0
  options.initial_similarity = kInitialMatch;
  Alignment al = AlignTokens({aq.data(), size_t(nq)}, {ac.data(), size_t(nc)}, similarity, options);

  std::array<double, kMaxAlignTokens> sq{}, sc{};
  for (const AlignedPair& p : al.pairs()) {
    for (int i = p.query_first; i < p.query_first + p.query_count; ++i) sq[i] = p.similarity;
    for (int j = p.candidate_first; j < p.candidate_first + p.candidate_count; ++j)
      sc[j] = p.similarity;
    if (explain) {
      std::string qt, ct;
      double w = 0;
      for (int i = p.query_first; i < p.query_first + p.query_count; ++i)
        qt += (qt.empty() ? "" : " ") + q[i]->text, w += aq[i].weight;
      for (int j = p.candidate_first; j < p.candidate_first + p.candidate_count; ++j)
        ct += (ct.empty() ? "" : " ") + c[j]->text;
      const char* method = p.kind == PairKind::kJoined    ? "joined"
                           : p.kind == PairKind::kInitial ? "initial"
                               : CompareTokens(*q[p.query_first], *c[p.candidate_first]).method;
      explain->push_back({qt, ct, p.similarity, w, method});
    }
  }
  // Legal forms count only when both sides have one; titles and connectors never.
  double q_total = 0, q_hit = 0, c_total = 0, c_hit = 0;
  for (int i = 0; i < nq; ++i)
    if (!aq[i].optional || sq[i] > 0) q_total += aq[i].weight, q_hit += aq[i].weight * sq[i];
  for (int j = 0; j < nc; ++j)
    if (!ac[j].optional || sc[j] > 0) c_total += ac[j].weight, c_hit += ac[j].weight * sc[j];
  if (explain) {
    for (int i = 0; i < nq; ++i)
      if (sq[i] == 0) explain->push_back({q[i]->text, "", 0, aq[i].weight, "unmatched_query"});
    for (int j = 0; j < nc; ++j)
      if (sc[j] == 0) explain->push_back({"", c[j]->text, 0, ac[j].weight, "unmatched_candidate"});
  }
  if (q_total <= 0 || c_total <= 0) return 0;
  double q_cov = q_hit / q_total, c_cov = c_hit / c_total;
  return q_cov * (1 - kMissingCandidateCost * (1 - c_cov));
}

NameScore NameScorer::Score(const NormalizedName& query, const NormalizedName& candidate) const {
  NameScore best;
  for (size_t i = 0; i < query.forms.size(); ++i)
    for (size_t j = 0; j < candidate.forms.size(); ++j) {
      double s = ScoreForms(query.forms[i], candidate.forms[j], nullptr);
      if (s > best.score) best.score = s, best.query_form = int(i), best.candidate_form = int(j);
    }
  return best;
}

NameScore NameScorer::Explain(const NormalizedName& query, const NormalizedName& candidate) const {
  NameScore best = Score(query, candidate);
  if (best.query_form >= 0)
    ScoreForms(query.forms[best.query_form], candidate.forms[best.candidate_form], &best.tokens);
  return best;
}

}  // namespace embargo::match
