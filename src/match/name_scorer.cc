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
constexpr double kPhoneticMatch = 0.85;
constexpr size_t kPhoneticMinLength = 4;
constexpr double kVariantFloor = 0.85;

// Edits a spelling variant may differ by: none in short tokens, where one letter makes another
// name (min/ming, li/lu), one up to eight letters, two above.
int EditBudget(size_t longest) { return longest <= 4 ? 0 : longest <= 8 ? 1 : 2; }
constexpr double kMissingCandidateCost = 0.35;

// Similarity of two spellings: Jaro-Winkler when they are within the edit budget, else 0.
double SpellingSimilarity(std::string_view a, std::string_view b) {
  if (a == b) return 1.0;
  int budget = EditBudget(std::max(a.size(), b.size()));
  if (budget == 0 || OsaDistance(a, b, budget) > budget) return 0.0;
  return std::max(kVariantFloor, JaroWinklerSimilarity(a, b));
}

bool FromKoreanScript(const Token& t) {
  return t.script == Script::kHangul || t.script == Script::kHan;
}

bool Ignored(const Token& t) { return t.kind == TokenKind::kTitle || t.kind == TokenKind::kConnector; }

}  // namespace

TokenSimilarity CompareTokens(const PreparedToken& pq, const PreparedToken& pc) {
  const Token& q = *pq.token;
  const Token& c = *pc.token;
  if (q.kind == TokenKind::kLegalForm || c.kind == TokenKind::kLegalForm) {
    bool same = q.kind == c.kind && !q.canonical.empty() && q.canonical == c.canonical;
    return {same || q.text == c.text ? 1.0 : 0.0, "legal_form"};
  }
  // Hangul spells each syllable exactly: its key decides, whatever the romanized texts say
  // (정 and 종 are both "jong" in MR without breves, yet different names).
  bool keys = pq.korean && pc.korean;
  if (keys && (FromKoreanScript(q) || FromKoreanScript(c))) {
    if (!KeysCompatible(*pq.korean, *pc.korean)) return {0.0, "korean_key_differs"};
    return {q.text == c.text ? 1.0 : kKoreanKeyMatch, "korean_key"};
  }
  if (q.text == c.text) return {1.0, "exact"};
  if (!q.canonical.empty() && q.canonical == c.canonical) return {1.0, "canonical"};
  if (keys && KeysCompatible(*pq.korean, *pc.korean)) return {kKoreanKeyMatch, "korean_key"};
  if (q.kind == TokenKind::kInitial || c.kind == TokenKind::kInitial) {
    bool fits = !q.text.empty() && !c.text.empty() && q.text[0] == c.text[0];
    return {fits ? kInitialMatch : 0.0, "initial"};
  }
  // A spelling variant differs by at most EditBudget() edits; beyond that only a shared sound
  // (Mohammed ~ Muhammad, Hussein ~ Husain) keeps two longer tokens together.
  if (double s = SpellingSimilarity(q.text, c.text); s > 0) return {s, "edit_distance"};
  // The same sound, spelt at most one edit beyond the budget: Mohammed ~ Muhammad, but not
  // Hassan ~ Hussein, which share a consonant skeleton and are different names.
  if (!q.phonetic.empty() && q.phonetic == c.phonetic &&
      std::min(q.text.size(), c.text.size()) >= kPhoneticMinLength) {
    int budget = EditBudget(std::max(q.text.size(), c.text.size())) + 1;
    if (OsaDistance(q.text, c.text, budget) <= budget) return {kPhoneticMatch, "phonetic"};
  }
  return {0.0, "different"};
}

PreparedName NameScorer::Prepare(const NormalizedName& name) const {
  PreparedName out;
  out.forms.resize(name.forms.size());
  for (size_t f = 0; f < name.forms.size(); ++f) {
    out.forms[f].exact_only = name.forms[f].parenthetical;
    for (const Token& t : name.forms[f].tokens) {
      if (Ignored(t) || out.forms[f].tokens.size() == kMaxAlignTokens) continue;
      PreparedToken p{&t, weights_.Weight(t), std::nullopt};
      if (!t.korean_key.empty()) p.korean = ParseKoreanKey(t.korean_key);
      out.forms[f].tokens.push_back(std::move(p));
    }
  }
  return out;
}

double NameScorer::ScoreForms(const PreparedForm& qf, const PreparedForm& cf,
                              std::vector<TokenMatch>* explain) const {
  const std::vector<PreparedToken>& q = qf.tokens;
  const std::vector<PreparedToken>& c = cf.tokens;
  int nq = static_cast<int>(q.size()), nc = static_cast<int>(c.size());
  if (nq == 0 || nc == 0) return 0;
  std::array<AlignToken, kMaxAlignTokens> aq{}, ac{};
  for (int i = 0; i < nq; ++i)
    aq[i] = {q[i].token->text, q[i].weight, q[i].token->kind == TokenKind::kLegalForm};
  for (int j = 0; j < nc; ++j)
    ac[j] = {c[j].token->text, c[j].weight, c[j].token->kind == TokenKind::kLegalForm};

  bool exact_only = qf.exact_only || cf.exact_only;
  auto similarity = [&](const TokenSpan& a, const TokenSpan& b, double cutoff) -> double {
    if (exact_only) return a.text == b.text ? 1.0 : 0.0;
    if (a.count == 1 && b.count == 1) return CompareTokens(q[a.first], c[b.first]).value;
    // Written together on one side: compare the letters, as long as all are name parts.
    for (int i = a.first; i < a.first + a.count; ++i)
      if (q[i].token->kind != TokenKind::kNamePart) return 0;
    for (int j = b.first; j < b.first + b.count; ++j)
      if (c[j].token->kind != TokenKind::kNamePart) return 0;
    return SpellingSimilarity(a.text, b.text);
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
        qt += (qt.empty() ? "" : " ") + q[i].token->text, w += aq[i].weight;
      for (int j = p.candidate_first; j < p.candidate_first + p.candidate_count; ++j)
        ct += (ct.empty() ? "" : " ") + c[j].token->text;
      const char* method = p.kind == PairKind::kJoined    ? "joined"
                           : p.kind == PairKind::kInitial ? "initial"
                               : CompareTokens(q[p.query_first], c[p.candidate_first]).method;
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
      if (sq[i] == 0) explain->push_back({q[i].token->text, "", 0, aq[i].weight, "unmatched_query"});
    for (int j = 0; j < nc; ++j)
      if (sc[j] == 0) explain->push_back({"", c[j].token->text, 0, ac[j].weight, "unmatched_candidate"});
  }
  if (q_total <= 0 || c_total <= 0) return 0;
  double q_cov = q_hit / q_total, c_cov = c_hit / c_total;
  return q_cov * (1 - kMissingCandidateCost * (1 - c_cov));
}

NameScore NameScorer::Score(const PreparedName& query, const PreparedName& candidate) const {
  NameScore best;
  for (size_t i = 0; i < query.forms.size(); ++i)
    for (size_t j = 0; j < candidate.forms.size(); ++j) {
      double s = ScoreForms(query.forms[i], candidate.forms[j], nullptr);
      if (s > best.score) best.score = s, best.query_form = int(i), best.candidate_form = int(j);
    }
  return best;
}

NameScore NameScorer::Explain(const PreparedName& query, const PreparedName& candidate) const {
  NameScore best = Score(query, candidate);
  if (best.query_form >= 0)
    ScoreForms(query.forms[best.query_form], candidate.forms[best.candidate_form], &best.tokens);
  return best;
}

}  // namespace embargo::match
