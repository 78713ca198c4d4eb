#include "match/name_scorer.h"

#include <algorithm>
#include <array>
#include <string>

#include "match/similarity.h"

namespace embargo::match {
namespace {

constexpr size_t kMaxTokens = 12;
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

struct Pick {
  double sim;
  uint8_t q_begin, q_end, c_begin, c_end;  // half-open token ranges
  const char* method;
};

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
  std::array<const Token*, kMaxTokens> q{}, c{};
  std::array<float, kMaxTokens> wq{}, wc{};
  size_t nq = 0, nc = 0;
  for (const Token& t : qf.tokens)
    if (!Ignored(t) && nq < kMaxTokens) wq[nq] = weights_.Weight(t), q[nq++] = &t;
  for (const Token& t : cf.tokens)
    if (!Ignored(t) && nc < kMaxTokens) wc[nc] = weights_.Weight(t), c[nc++] = &t;
  if (nq == 0 || nc == 0) return 0;

  std::array<Pick, kMaxTokens * kMaxTokens + 4 * kMaxTokens * 2> picks;
  size_t np = 0;
  for (size_t i = 0; i < nq; ++i)
    for (size_t j = 0; j < nc; ++j) {
      TokenSimilarity s = CompareTokens(*q[i], *c[j]);
      if (s.value > 0)
        picks[np++] = {s.value, uint8_t(i), uint8_t(i + 1), uint8_t(j), uint8_t(j + 1), s.method};
    }
  // One token against two or three adjacent name parts of the other side, written together.
  auto joined = [&](const std::array<const Token*, kMaxTokens>& one, size_t n_one,
                    const std::array<const Token*, kMaxTokens>& many, size_t n_many, bool q_is_one) {
    std::string concat;
    for (size_t i = 0; i < n_one; ++i) {
      if (one[i]->kind != TokenKind::kNamePart || one[i]->text.size() < 4) continue;
      for (size_t j = 0; j + 1 < n_many; ++j) {
        concat = many[j]->text;
        for (size_t k = j + 1; k < std::min(n_many, j + 3); ++k) {
          if (many[k]->kind != TokenKind::kNamePart) break;
          concat += many[k]->text;
          if (concat.size() + 2 < one[i]->text.size() || concat.size() > one[i]->text.size() + 2)
            continue;
          double s = MapJaroWinkler(JaroWinklerSimilarity(one[i]->text, concat, kJwFloor));
          if (s <= 0) continue;
          picks[np++] = q_is_one ? Pick{s, uint8_t(i), uint8_t(i + 1), uint8_t(j), uint8_t(k + 1), "joined"}
                                 : Pick{s, uint8_t(j), uint8_t(k + 1), uint8_t(i), uint8_t(i + 1), "joined"};
          if (np + 2 >= picks.size()) return;
        }
      }
    }
  };
  joined(q, nq, c, nc, true);
  joined(c, nc, q, nq, false);

  // Greedy assignment, best pairs first; among equals, the pair covering more weight.
  std::sort(picks.begin(), picks.begin() + np, [&](const Pick& a, const Pick& b) {
    if (a.sim != b.sim) return a.sim > b.sim;
    return (a.q_end - a.q_begin) + (a.c_end - a.c_begin) > (b.q_end - b.q_begin) + (b.c_end - b.c_begin);
  });
  std::array<double, kMaxTokens> sq{}, sc{};
  uint32_t used_q = 0, used_c = 0;
  for (size_t p = 0; p < np; ++p) {
    const Pick& k = picks[p];
    uint32_t mq = ((1u << k.q_end) - 1) & ~((1u << k.q_begin) - 1);
    uint32_t mc = ((1u << k.c_end) - 1) & ~((1u << k.c_begin) - 1);
    if ((used_q & mq) || (used_c & mc)) continue;
    used_q |= mq;
    used_c |= mc;
    for (int i = k.q_begin; i < k.q_end; ++i) sq[i] = k.sim;
    for (int j = k.c_begin; j < k.c_end; ++j) sc[j] = k.sim;
    if (explain) {
      std::string qt, ct;
      double w = 0;
      for (int i = k.q_begin; i < k.q_end; ++i) qt += (qt.empty() ? "" : " ") + q[i]->text, w += wq[i];
      for (int j = k.c_begin; j < k.c_end; ++j) ct += (ct.empty() ? "" : " ") + c[j]->text;
      explain->push_back({qt, ct, k.sim, w, k.method});
    }
  }
  double q_total = 0, q_hit = 0, c_total = 0, c_hit = 0;
  for (size_t i = 0; i < nq; ++i) q_total += wq[i], q_hit += wq[i] * sq[i];
  for (size_t j = 0; j < nc; ++j) c_total += wc[j], c_hit += wc[j] * sc[j];
  if (explain) {
    for (size_t i = 0; i < nq; ++i)
      if (!(used_q >> i & 1)) explain->push_back({q[i]->text, "", 0, wq[i], "unmatched_query"});
    for (size_t j = 0; j < nc; ++j)
      if (!(used_c >> j & 1)) explain->push_back({"", c[j]->text, 0, wc[j], "unmatched_candidate"});
  }
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
