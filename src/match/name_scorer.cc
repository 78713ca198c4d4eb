#include "match/name_scorer.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdlib>
#include <functional>
#include <string>

#include "index/candidate_index.h"
#include "match/name_variants.h"
#include "match/similarity.h"
#include "match/similarity_align.h"

namespace embargo::match {
namespace {

constexpr double kKoreanKeyMatch = 0.97;
constexpr double kNameVariantMatch = 0.95;
constexpr double kInitialMatch = 0.85;
constexpr double kPhoneticMatch = 0.85;
constexpr size_t kPhoneticMinLength = 4;
constexpr double kVariantFloor = 0.85;

// Edits a spelling variant may differ by: none in short tokens, where one letter makes another
// name (min/ming, li/lu), one up to eight letters, two above.
int EditBudget(size_t longest) { return longest <= 4 ? 0 : longest <= 8 ? 1 : 2; }
constexpr double kMissingCandidateCost = 0.35;

// Whether an edit distance of at most `budget` is possible: each edit changes the length by at
// most one and adds or removes at most two letters from the set of letters present.
bool MayBeWithin(const PreparedToken& a, const PreparedToken& b, int budget) {
  return std::abs(int(a.length) - int(b.length)) <= budget &&
         std::popcount(a.letters ^ b.letters) <= 2 * budget;
}

// Edits a joined pair read from Han or Hangul may differ by: one at most, however long the
// run. Its parts are syllables, and two edits across them make another name (张敏, zhang min,
// is not zhang jian).
int SyllableJoinBudget(size_t longest) { return std::min(EditBudget(longest), 1); }

// Similarity of two spellings: Jaro-Winkler when they are within the edit budget, else 0.
double SpellingSimilarity(std::string_view a, std::string_view b,
                          int (*budget_of)(size_t) = EditBudget) {
  if (a == b) return 1.0;
  int budget = budget_of(std::max(a.size(), b.size()));
  if (budget == 0 || OsaDistance(a, b, budget) > budget) return 0.0;
  return std::max(kVariantFloor, JaroWinklerSimilarity(a, b));
}

double SpellingSimilarity(const PreparedToken& a, const PreparedToken& b) {
  int budget = EditBudget(std::max(a.length, b.length));
  if (budget == 0 || !MayBeWithin(a, b, budget)) return 0.0;
  return SpellingSimilarity(a.Text(), b.Text());
}

// The readings of `a` followed by those of `b`, every combination (up to the key's capacity).
void Concatenate(const KoreanReadings& a, const KoreanReadings& b,
                 const std::function<void(std::span<const KoreanSyllable>)>& add) {
  std::vector<KoreanSyllable> reading;
  for (size_t i = 0; i < a.size(); ++i)
    for (size_t j = 0; j < b.size(); ++j) {
      reading.assign(a[i].begin(), a[i].end());
      reading.insert(reading.end(), b[j].begin(), b[j].end());
      add(reading);
    }
}

KoreanKey JoinKeys(std::span<const PreparedToken> run) {
  KoreanKey joined = *run[0].korean;
  for (size_t i = 1; i < run.size(); ++i) {
    const KoreanKey& next = *run[i].korean;
    KoreanKey out;
    Concatenate(joined.surface(), next.surface(), [&](auto r) { out.AddReading(r); });
    if (joined.exact() && next.exact())
      Concatenate(joined.written(), next.written(), [&](auto r) { out.AddWrittenReading(r); });
    joined = std::move(out);
  }
  return joined;
}

// A joined pair that involves Hangul or Han is held to the Korean keys, as single tokens are:
// spelt together, 김 정 은 and 김종 must still differ by their syllables.
bool JoinedKeysAgree(std::span<const PreparedToken> a, std::span<const PreparedToken> b) {
  auto korean_script = [](const PreparedToken& t) { return t.korean_script; };
  auto keyed = [](const PreparedToken& t) { return t.korean != nullptr; };
  if (std::none_of(a.begin(), a.end(), korean_script) &&
      std::none_of(b.begin(), b.end(), korean_script))
    return true;
  if (!std::all_of(a.begin(), a.end(), keyed) || !std::all_of(b.begin(), b.end(), keyed))
    return true;  // nothing to hold them to
  return KeysCompatible(JoinKeys(a), JoinKeys(b));
}

uint32_t Letters(std::string_view text) {
  uint32_t bits = 0;
  for (char ch : text) {
    if (ch >= 'a' && ch <= 'z')
      bits |= 1u << (ch - 'a');
    else if (ch >= '0' && ch <= '9')
      bits |= 1u << (26 + (ch - '0') % 6);
    else
      bits |= 1u << 31;
  }
  return bits;
}

uint32_t ReadingLengths(const KoreanReadings& readings) {
  uint32_t bits = 0;
  for (size_t i = 0; i < readings.size(); ++i)
    bits |= 1u << std::min<size_t>(readings[i].size(), 31);
  return bits;
}

bool FromKoreanScript(const Token& t) {
  return t.script == Script::kHangul || t.script == Script::kHan;
}

// Tokens a joined pair may hold: name parts, and single letters split off by a misplaced space
// or comma ("SILCHENK, O" for SILCHENKO).
bool Joinable(TokenKind kind) {
  return kind == TokenKind::kNamePart || kind == TokenKind::kInitial;
}

bool FromHanOrHangul(const PreparedToken& t) { return t.korean_script; }

bool Ignored(const Token& t) {
  return t.kind == TokenKind::kTitle || t.kind == TokenKind::kConnector;
}

void AddEdges(const KoreanReadings& readings, std::array<uint32_t, 4>& edges) {
  for (size_t i = 0; i < readings.size(); ++i) {
    std::span<const KoreanSyllable> r = readings[i];
    if (r.empty()) continue;
    edges[0] |= r.front().initial;
    edges[1] |= r.front().vowel;
    edges[2] |= r.back().vowel;
    edges[3] |= r.back().final;
  }
}

bool EdgesMeet(const PreparedToken& a, const PreparedToken& b) {
  for (size_t i = 0; i < a.korean_edges.size(); ++i)
    if ((a.korean_edges[i] & b.korean_edges[i]) == 0) return false;
  return (a.korean_lengths & b.korean_lengths) != 0;
}

uint64_t HashOrZero(std::string_view s) { return s.empty() ? 0 : index::HashKey(s); }

PreparedToken PrepareToken(const Token& t, float weight) {
  PreparedToken p;
  p.token = &t;
  p.weight = weight;
  p.text_hash = index::HashKey(t.text);
  p.canonical_hash = HashOrZero(t.canonical);
  p.phonetic_hash = HashOrZero(t.phonetic);
  p.letters = Letters(t.text);
  p.length = static_cast<uint16_t>(std::min<size_t>(t.text.size(), 0xFFFF));
  p.kind = t.kind;
  if (!t.text.empty()) p.first = t.text.front(), p.last = t.text.back();
  if (t.kind == TokenKind::kNamePart) p.variant = NameVariantGroup(t.text);
  p.korean_script = FromKoreanScript(t);
  return p;
}

void SetKoreanKey(PreparedToken& p, const KoreanKey* key) {
  if (!key) return;
  // KeysCompatible compares written readings when both keys have them: a key's lengths are
  // those of its written readings if it has any, else of its surface ones.
  p.korean_lengths = key->exact() ? ReadingLengths(key->written()) | ReadingLengths(key->surface())
                                  : ReadingLengths(key->surface());
  AddEdges(key->surface(), p.korean_edges);
  AddEdges(key->written(), p.korean_edges);
  p.korean = key;
}

constexpr int kMaxJoin = AlignOptions{}.max_join;

uint64_t LengthBit(int length) { return uint64_t{1} << std::min(length, 63); }

// Lengths within two bytes of those in `mask`.
uint64_t Near(uint64_t mask) { return mask | mask << 1 | mask << 2 | mask >> 1 | mask >> 2; }

// Whether a token may be part of a joined pair with the other form: a join is a spelling within
// two edits of a run and a single token, so their lengths differ by at most two.
// Adjacent tokens of one form, as a joined pair compares them.
struct Run {
  uint8_t begin = 0, end = 0;  // tokens [begin, end)
  int length = 0;
  uint32_t letters = 0;
  char first = 0, last = 0;
  bool joinable = true;
};

// Every run of 2..kMaxJoin adjacent tokens of a form.
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
    for (size_t last = first + 1; last < side.size() && last < first + kMaxJoin; ++last) {
      run.end = static_cast<uint8_t>(last + 1);
      run.last = side[last].last;
      run.length += side[last].length;
      run.letters |= side[last].letters;
      run.joinable = run.joinable && Joinable(side[last].kind);
      runs.items[runs.size++] = run;
    }
  }
  return runs;
}

// Whether AlignTokens may join a run to a single token: it tries runs that share their first or
// last letter with the token, and scores them as spellings, within the edit budget of lengths
// and of letters present (or as equal texts in exact-only forms).
bool JoinPossible(const Run& run, const PreparedToken& single, bool exact_only) {
  if (run.first != single.first && run.last != single.last) return false;
  if (exact_only) return run.length == single.length && run.letters == single.letters;
  if (!run.joinable || !Joinable(single.kind)) return false;
  int budget = EditBudget(std::max<size_t>(run.length, single.length));  // 0: equal texts only
  return std::abs(run.length - int(single.length)) <= budget &&
         std::popcount(run.letters ^ single.letters) <= 2 * budget;
}

// A form with its runs, for the bound.
struct BoundSide {
  const PreparedForm& form;
  Runs runs;
};

// Whether token k of `side` may be part of a joined pair with the other form. The masks of
// lengths settle most tokens; `precise` looks at the runs themselves.
bool MayJoin(const BoundSide& side, size_t k, const BoundSide& other, bool exact_only,
             bool precise) {
  const PreparedToken& t = side.form.tokens[k];
  EdgeLetters own;
  own.Add(t.first, t.last);
  bool alone =
      (Near(LengthBit(t.length)) & other.form.run_lengths) && own.Meet(other.form.run_edges);
  bool within =
      (Near(t.run_lengths) & other.form.token_lengths) && t.run_edges.Meet(other.form.token_edges);
  if (!alone && !within) return false;
  if (!precise) return true;
  for (size_t r = 0; r < other.runs.size; ++r)  // k alone against a run
    if (JoinPossible(other.runs.items[r], t, exact_only)) return true;
  for (size_t r = 0; r < side.runs.size; ++r) {  // k within a run
    const Run& run = side.runs.items[r];
    if (k < run.begin || k >= run.end) continue;
    for (const PreparedToken& u : other.form.tokens)
      if (JoinPossible(run, u, exact_only)) return true;
  }
  return false;
}

void SetRunLengths(std::span<PreparedToken> tokens, PreparedForm& form) {
  for (size_t first = 0; first < tokens.size(); ++first) {
    form.token_lengths |= LengthBit(tokens[first].length);
    form.token_edges.Add(tokens[first].first, tokens[first].last);
    int run = tokens[first].length;
    for (size_t last = first + 1; last < tokens.size() && last < first + kMaxJoin; ++last) {
      run += tokens[last].length;
      form.run_lengths |= LengthBit(run);
      form.run_edges.Add(tokens[first].first, tokens[last].last);
      for (size_t k = first; k <= last; ++k) {
        tokens[k].run_lengths |= LengthBit(run);
        tokens[k].run_edges.Add(tokens[first].first, tokens[last].last);
      }
    }
  }
}

// At least the weighted share of `side` that finds a partner in ScoreForms, given each token's
// best one-to-one similarity. Legal forms add to the share but not to the whole they share.
// At least the weighted share of `side` that finds a partner in ScoreForms, given each token's
// best one-to-one similarity. Legal forms add to the share but not to the whole they share.
double CoverageBound(const BoundSide& side, const std::array<double, kMaxAlignTokens>& best,
                     const BoundSide& other, bool exact_only, bool precise) {
  std::span<const PreparedToken> tokens = side.form.tokens;
  double total = 0, hit = 0;
  for (size_t i = 0; i < tokens.size(); ++i) {
    bool join = best[i] < 1 && MayJoin(side, i, other, exact_only, precise);
    if (tokens[i].kind != TokenKind::kLegalForm) total += tokens[i].weight;
    hit += tokens[i].weight * (join ? 1.0 : best[i]);
  }
  if (total <= 0) return hit > 0 ? 1 : 0;
  return std::min(1.0, hit / total);
}

bool InitialOf(std::string_view initial, std::string_view token) {
  return initial.size() == 1 && token.size() > 1 && initial[0] == token[0];
}

}  // namespace

TokenSimilarity CompareTokens(const PreparedToken& q, const PreparedToken& c) {
  bool same_text = q.text_hash == c.text_hash && q.Text() == c.Text();
  if (q.kind == TokenKind::kLegalForm || c.kind == TokenKind::kLegalForm) {
    bool same = q.kind == c.kind && q.canonical_hash != 0 && q.canonical_hash == c.canonical_hash;
    if (same || same_text) return {1.0, "legal_form"};
    // A misspelt legal form reads as a name part ("LIMTED"): its spelling still tells.
    if (q.kind != c.kind)
      if (double s = SpellingSimilarity(q, c); s > 0) return {s, "legal_form_spelling"};
    return {0.0, "legal_form"};
  }
  // Hangul spells each syllable exactly: its key decides, whatever the romanized texts say
  // (정 and 종 are both "jong" in MR without breves, yet different names).
  bool keys = q.korean && c.korean && EdgesMeet(q, c);
  if (q.korean && c.korean && (q.korean_script || c.korean_script)) {
    if (!keys || !KeysCompatible(*q.korean, *c.korean)) return {0.0, "korean_key_differs"};
    return {same_text ? 1.0 : kKoreanKeyMatch, "korean_key"};
  }
  if (same_text) return {1.0, "exact"};
  if (q.canonical_hash != 0 && q.canonical_hash == c.canonical_hash) return {1.0, "canonical"};
  if (keys && KeysCompatible(*q.korean, *c.korean)) return {kKoreanKeyMatch, "korean_key"};
  if (q.variant != 0 && q.variant == c.variant) return {kNameVariantMatch, "name_variant"};
  if (q.kind == TokenKind::kInitial || c.kind == TokenKind::kInitial) {
    bool fits = q.length && c.length && q.first == c.first;
    return {fits ? kInitialMatch : 0.0, "initial"};
  }
  // A spelling variant differs by at most EditBudget() edits; beyond that only a shared sound
  // (Mohammed ~ Muhammad, Hussein ~ Husain) keeps two longer tokens together.
  if (double s = SpellingSimilarity(q, c); s > 0) return {s, "edit_distance"};
  // The same sound, spelt at most one edit beyond the budget: Mohammed ~ Muhammad, but not
  // Hassan ~ Hussein, which share a consonant skeleton and are different names.
  if (q.phonetic_hash != 0 && q.phonetic_hash == c.phonetic_hash &&
      std::min(q.length, c.length) >= kPhoneticMinLength) {
    int budget = EditBudget(std::max(q.length, c.length)) + 1;
    if (MayBeWithin(q, c, budget) && OsaDistance(q.Text(), c.Text(), budget) <= budget)
      return {kPhoneticMatch, "phonetic"};
  }
  return {0.0, "different"};
}

void PreparedPool::Seal() {
  for (size_t t = 0; t < tokens_.size(); ++t) tokens_[t].text = text_.data() + token_text_[t];
  for (size_t f = 0; f < forms_.size(); ++f) {
    size_t end = f + 1 < forms_.size() ? form_first_token_[f + 1] : tokens_.size();
    forms_[f].tokens = std::span<const PreparedToken>(tokens_).subspan(form_first_token_[f],
                                                                       end - form_first_token_[f]);
  }
}

const KoreanKey* PreparedPool::InternKey(const std::string& serialized) {
  auto [it, fresh] = key_index_.try_emplace(serialized, nullptr);
  if (fresh) {
    if (std::optional<KoreanKey> key = ParseKoreanKey(serialized)) {
      keys_.push_back(std::move(*key));
      it->second = &keys_.back();
    }
  }
  return it->second;
}

void PreparedPool::Clear() {
  // Parsed keys stay for the next names, which often share them, up to a bound.
  if (key_index_.size() > kMaxKeptKeys) keys_.clear(), key_index_.clear();
  tokens_.clear();
  forms_.clear();
  form_first_token_.clear();
  text_.clear();
  token_text_.clear();
  name_forms_.assign(1, 0);
}

void NameScorer::Prepare(const NormalizedName& name, PreparedPool& pool) const {
  for (const NameForm& form : name.forms) {
    pool.form_first_token_.push_back(static_cast<uint32_t>(pool.tokens_.size()));
    pool.forms_.push_back({{}, form.parenthetical});
    size_t first = pool.tokens_.size();
    for (const Token& t : form.tokens) {
      if (Ignored(t) || pool.tokens_.size() - first == kMaxAlignTokens) continue;
      pool.tokens_.push_back(PrepareToken(t, weights_.Weight(t)));
      if (!t.korean_key.empty()) SetKoreanKey(pool.tokens_.back(), pool.InternKey(t.korean_key));
      pool.token_text_.push_back(static_cast<uint32_t>(pool.text_.size()));
      pool.text_.insert(pool.text_.end(), t.text.begin(),
                        t.text.begin() + pool.tokens_.back().length);
    }
    SetRunLengths(std::span<PreparedToken>(pool.tokens_).subspan(first), pool.forms_.back());
  }
  pool.name_forms_.push_back(static_cast<uint32_t>(pool.forms_.size()));
}

double NameScorer::ScoreForms(const PreparedForm& qf, const PreparedForm& cf,
                              std::vector<TokenMatch>* explain) const {
  std::span<const PreparedToken> q = qf.tokens, c = cf.tokens;
  int nq = static_cast<int>(q.size()), nc = static_cast<int>(c.size());
  if (nq == 0 || nc == 0) return 0;
  std::array<AlignToken, kMaxAlignTokens> aq{}, ac{};
  for (int i = 0; i < nq; ++i)
    aq[i] = {q[i].Text(), q[i].weight, q[i].kind == TokenKind::kLegalForm};
  for (int j = 0; j < nc; ++j)
    ac[j] = {c[j].Text(), c[j].weight, c[j].kind == TokenKind::kLegalForm};

  bool exact_only = qf.exact_only || cf.exact_only;
  auto similarity = [&](const TokenSpan& a, const TokenSpan& b, double cutoff) -> double {
    if (exact_only) return a.text == b.text ? 1.0 : 0.0;
    if (a.count == 1 && b.count == 1) return CompareTokens(q[a.first], c[b.first]).value;
    // Written together on one side: compare the letters, as long as all are name parts.
    for (int i = a.first; i < a.first + a.count; ++i)
      if (!Joinable(q[i].kind)) return 0;
    for (int j = b.first; j < b.first + b.count; ++j)
      if (!Joinable(c[j].kind)) return 0;
    bool syllables =
        std::any_of(q.begin() + a.first, q.begin() + a.first + a.count, FromHanOrHangul) ||
        std::any_of(c.begin() + b.first, c.begin() + b.first + b.count, FromHanOrHangul);
    double spelling =
        SpellingSimilarity(a.text, b.text, syllables ? SyllableJoinBudget : EditBudget);
    if (spelling == 0) return 0;
    return JoinedKeysAgree(q.subspan(a.first, a.count), c.subspan(b.first, b.count)) ? spelling : 0;
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
      const char* method = p.kind == PairKind::kJoined ? "joined"
                           : p.kind == PairKind::kInitial
                               ? "initial"
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
      if (sq[i] == 0)
        explain->push_back({q[i].token->text, "", 0, aq[i].weight, "unmatched_query"});
    for (int j = 0; j < nc; ++j)
      if (sc[j] == 0)
        explain->push_back({"", c[j].token->text, 0, ac[j].weight, "unmatched_candidate"});
  }
  if (q_total <= 0 || c_total <= 0) return 0;
  double q_cov = q_hit / q_total, c_cov = c_hit / c_total;
  return q_cov * (1 - kMissingCandidateCost * (1 - c_cov));
}

bool NameScorer::MayReach(const PreparedForm& qf, const PreparedForm& cf, double floor) {
  std::span<const PreparedToken> q = qf.tokens, c = cf.tokens;
  if (q.empty() || c.empty()) return false;
  const bool exact_only = qf.exact_only || cf.exact_only;
  BoundSide qs{qf, {}}, cs{cf, {}};
  std::array<double, kMaxAlignTokens> best_q{}, best_c{};
  // The query's coverage alone bounds the score: stop at the first row that sinks it below
  // the floor, before comparing the rest.
  double q_total = 0, q_lost = 0, q_legal = 0;  // legal forms count only where they match
  for (const PreparedToken& t : q)
    (t.kind == TokenKind::kLegalForm ? q_legal : q_total) += t.weight;
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
    if (q_total > 0 && best_q[i] < 1 && q[i].kind != TokenKind::kLegalForm &&
        !MayJoin(qs, i, cs, exact_only, /*precise=*/false)) {
      q_lost += q[i].weight * (1 - best_q[i]);
      if ((q_total + q_legal - q_lost) / (q_total + q_legal) < floor) return false;
    }
  }
  // Joins by lengths and edge letters first: cheap, and most names fall below the floor there.
  auto bound = [&](bool precise) {
    return CoverageBound(qs, best_q, cs, exact_only, precise) *
           (1 - kMissingCandidateCost * (1 - CoverageBound(cs, best_c, qs, exact_only, precise)));
  };
  if (bound(false) < floor) return false;
  qs.runs = RunsOf(q);
  cs.runs = RunsOf(c);
  return bound(true) >= floor;
}

NameScore NameScorer::Score(const PreparedName& query, const PreparedName& candidate,
                            double min_score) const {
  NameScore best;
  for (size_t i = 0; i < query.forms.size(); ++i)
    for (size_t j = 0; j < candidate.forms.size(); ++j) {
      double floor = std::max(min_score, best.score);
      if (floor > 0 && !MayReach(query.forms[i], candidate.forms[j], floor)) continue;
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
