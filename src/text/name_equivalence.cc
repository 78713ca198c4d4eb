// The simple, explainable name equivalence of the golden tests: every name part of the
// shorter form has an equivalent in the longer one, where a token may stand for two or three
// adjacent tokens of the other name written together.
#include <algorithm>

#include "embargo/normalizer.h"
#include "text/korean.h"

namespace embargo {
namespace {

bool Counts(const Token& t) {
  return t.kind == TokenKind::kNamePart || t.kind == TokenKind::kNumber ||
         t.kind == TokenKind::kInitial;
}

// Korean keys of adjacent tokens said together (JoinKoreanKeys).
std::optional<KoreanKey> JoinKeys(std::span<const Token* const> tokens) {
  std::optional<KoreanKey> joined;
  size_t letters = 0;
  for (const Token* t : tokens) letters += t->text.size();
  if (letters > 24) return std::nullopt;  // beyond a Korean key's capacity
  for (const Token* t : tokens) {
    std::optional<KoreanKey> key = ParseKoreanKey(t->korean_key);
    if (!key) return std::nullopt;
    if (!joined) {
      joined = std::move(key);
      continue;
    }
    joined = JoinKoreanKeys(*joined, *key);
  }
  return joined;
}

// One token against a run of adjacent tokens of the other name.
bool TokenMatchesRun(const Token& one, std::span<const Token* const> run) {
  if (run.size() == 1) return TokensEquivalent(one, *run[0]);
  std::string text;
  for (const Token* t : run) text += t->text;
  bool korean = !one.korean_key.empty() && std::all_of(run.begin(), run.end(), [](const Token* t) {
    return !t->korean_key.empty();
  });
  if (korean) {
    std::optional<KoreanKey> a = ParseKoreanKey(one.korean_key);
    std::optional<KoreanKey> b = JoinKeys(run);
    return a && b && KeysCompatible(*a, *b);
  }
  return one.text == text;
}

bool InitialMatches(const Token& a, const Token& b) {
  if (a.kind == TokenKind::kInitial) return !b.text.empty() && b.text[0] == a.text[0];
  if (b.kind == TokenKind::kInitial) return !a.text.empty() && a.text[0] == b.text[0];
  return false;
}

std::vector<const Token*> Parts(const NameForm& form, bool generic) {
  std::vector<const Token*> out;
  for (const Token& t : form.tokens) {
    if (generic ? t.kind == TokenKind::kGenericWord : Counts(t)) out.push_back(&t);
  }
  return out;
}

// Every token of `shorter` finds a partner in `longer` (one token or a run of up to three),
// or a run of up to three tokens of `shorter` finds one token of `longer`.
bool Covers(const std::vector<const Token*>& shorter, const std::vector<const Token*>& longer) {
  std::vector<bool> used(longer.size(), false);
  size_t i = 0;
  while (i < shorter.size()) {
    bool found = false;
    for (size_t j = 0; j < longer.size() && !found; ++j) {
      if (used[j]) continue;
      if (TokensEquivalent(*shorter[i], *longer[j]) || InitialMatches(*shorter[i], *longer[j])) {
        used[j] = true, ++i, found = true;
        break;
      }
      for (size_t len = 2; len <= 3 && !found; ++len) {
        if (j + len <= longer.size() &&
            std::none_of(used.begin() + j, used.begin() + j + len, [](bool u) { return u; }) &&
            TokenMatchesRun(*shorter[i], std::span(longer).subspan(j, len))) {
          std::fill(used.begin() + j, used.begin() + j + len, true);
          ++i, found = true;
        } else if (i + len <= shorter.size() &&
                   TokenMatchesRun(*longer[j], std::span(shorter).subspan(i, len))) {
          used[j] = true, i += len, found = true;
        }
      }
    }
    if (!found) return false;
  }
  return true;
}

bool FormsEquivalent(const NameForm& a, const NameForm& b) {
  std::vector<const Token*> pa = Parts(a, false), pb = Parts(b, false);
  if (pa.empty() || pb.empty()) {
    if (!pa.empty() || !pb.empty()) return false;
    pa = Parts(a, true), pb = Parts(b, true);
    if (pa.empty() || pb.empty()) return false;
  }
  return pa.size() <= pb.size() ? Covers(pa, pb) : Covers(pb, pa);
}

}  // namespace

bool TokensEquivalent(const Token& a, const Token& b) {
  if (!a.canonical.empty() || !b.canonical.empty()) return a.canonical == b.canonical;
  // Korean keys decide when both sides have one: 정 and 종 are both "jong" in DPRK spelling.
  if (!a.korean_key.empty() && !b.korean_key.empty()) {
    return KoreanKeysCompatible(a.korean_key, b.korean_key);
  }
  return a.text == b.text;
}

bool NamesEquivalent(const NormalizedName& a, const NormalizedName& b) {
  for (const NameForm& fa : a.forms) {
    for (const NameForm& fb : b.forms) {
      if (FormsEquivalent(fa, fb)) return true;
    }
  }
  return false;
}

}  // namespace embargo
