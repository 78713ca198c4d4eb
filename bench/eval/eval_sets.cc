// Sets (a) and (b): queries made from the lists themselves.
#include <algorithm>
#include <random>
#include <set>

#include "embargo/normalizer.h"
#include "eval.h"
#include "match/similarity.h"

namespace embargo::eval {
namespace {

// True when some token of some form of `a` is within Jaro-Winkler 0.8 of a token of `b`.
bool ShareSimilarToken(const NormalizedName& a, const NormalizedName& b) {
  for (const NameForm& fa : a.forms)
    for (const Token& ta : fa.tokens) {
      if (ta.kind != TokenKind::kNamePart) continue;
      for (const NameForm& fb : b.forms)
        for (const Token& tb : fb.tokens)
          if (tb.kind == TokenKind::kNamePart &&
              match::JaroWinklerSimilarity(ta.text, tb.text) >= 0.8)
            return true;
    }
  return false;
}

Query QueryFor(const Entity& e, const std::string& name) {
  Query q;
  q.names = {name};
  q.kind = e.kind;
  return q;
}

std::vector<std::string> Words(const std::string& s) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    if (c == ' ') {
      if (!cur.empty()) out.push_back(cur), cur.clear();
    } else {
      cur += c;
    }
  }
  if (!cur.empty()) out.push_back(cur);
  return out;
}

std::string Join(const std::vector<std::string>& w, const char* sep = " ") {
  std::string out;
  for (const std::string& x : w) out += (out.empty() ? "" : sep) + x;
  return out;
}

bool IsAscii(const std::string& s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return (unsigned char)c < 0x80; });
}

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// A word a typo may go into: a name part of five letters or more, not a code ("EP-CFM",
// "P-672"), where one letter more or less makes another code, not a misspelling.
bool Typeable(const std::string& word) {
  size_t run = 0, longest = 0;
  for (char c : word) {
    if (std::isdigit(static_cast<unsigned char>(c))) return false;
    run = std::isalpha(static_cast<unsigned char>(c)) ? run + 1 : 0;
    longest = std::max(longest, run);
  }
  return longest >= 5;
}

// One typo in the longest name part: delete, double, swap or change a letter.
std::string Typo(const std::string& name, std::mt19937& rng) {
  std::vector<std::string> w = Words(name);
  auto longest = w.end();
  for (auto it = w.begin(); it != w.end(); ++it)
    if (Typeable(*it) && (longest == w.end() || it->size() > longest->size())) longest = it;
  if (longest == w.end()) return {};
  std::string& t = *longest;
  size_t i = 1 + rng() % (t.size() - 2);
  switch (rng() % 4) {
    case 0: t.erase(i, 1); break;
    case 1: t.insert(i, 1, t[i]); break;
    case 2: std::swap(t[i], t[i + 1]); break;
    default: t[i] = t[i] == 'E' || t[i] == 'e' ? 'a' : 'e'; break;
  }
  return Join(w);
}

std::string Reorder(const std::string& name) {
  std::vector<std::string> w = Words(name);
  if (w.size() < 2) return {};
  std::rotate(w.begin(), w.end() - 1, w.end());
  return Join(w);
}

// The parts of a name: its words, except that an Arabic name's leading particle and the word
// after it are one part ('Abd al-Rahman, Abu Bakr, bin Laden, al Qarawi). Leaving out 'Abd
// makes another name (al-Rahman, "the Merciful"), not the same name shorter.
std::vector<std::string> Parts(const std::string& name) {
  static const std::set<std::string> kParticles = {"abd", "abdul", "abdel", "abu", "bin",
                                                   "ibn", "bint",  "al",    "el"};
  std::vector<std::string> words = Words(name), parts;
  for (size_t i = 0; i < words.size(); ++i) {
    std::string bare = Lower(words[i]);
    bare.erase(0, bare.find_first_not_of("'`"));
    parts.push_back(words[i]);
    if (kParticles.count(bare) && i + 1 < words.size()) parts.back() += " " + words[++i];
  }
  return parts;
}

// The second part of a name of three parts or more left out: a middle name, a second family
// name, or (for a name written family name first) the first given name.
std::string DropPart(const std::string& name) {
  std::vector<std::string> parts = Parts(name);
  if (parts.size() < 3) return {};
  parts.erase(parts.begin() + 1);
  return Join(parts);
}

// Spelling systems swapped: Korean MR <-> Revised and ad hoc; Arabic and Russian variants.
std::string Romanize(const std::string& name) {
  static const std::vector<std::pair<std::string, std::string>> kWordSwaps = {
      {"kim", "gim"}, {"ri", "lee"}, {"pak", "park"}, {"jong", "chong"}, {"chol", "cheol"},
      {"choe", "choi"}, {"jo", "cho"}, {"cho", "jo"}, {"kang", "gang"}, {"yong", "young"},
      {"song", "seong"}, {"myong", "myung"}, {"kyong", "kyung"}, {"chon", "jon"}, {"sok", "seok"},
      {"hyok", "hyeok"}, {"mohammed", "muhammad"}, {"muhammad", "mohamed"}, {"mohammad", "muhammed"},
      {"abdul", "abd al"}, {"abu", "abou"}, {"al", "el"}, {"hussein", "husain"}, {"hassan", "hasan"},
      {"yusuf", "youssef"}, {"omar", "umar"}, {"aleksandr", "alexander"}, {"sergey", "sergei"},
      {"yevgeny", "evgeniy"}, {"dmitry", "dmitriy"}, {"yuri", "yuriy"}, {"viktor", "victor"},
      {"mikhail", "michael"}, {"nikolay", "nikolai"}, {"andrey", "andrei"}, {"aleksey", "alexey"},
      {"ahmad", "ahmed"}, {"ahmed", "ahmad"}, {"khalid", "khaled"}, {"abdullah", "abdallah"}};
  std::vector<std::string> w = Words(Lower(name));
  bool changed = false;
  for (std::string& t : w)
    for (const auto& [from, to] : kWordSwaps)
      if (t == from) {
        t = to;
        changed = true;
        break;
      }
  return changed ? Join(w) : std::string();
}

std::string Punctuate(const std::string& name) {
  std::vector<std::string> w = Words(Lower(name));
  if (w.size() < 2) return {};
  std::string out = w[0] + ",";
  for (size_t i = 1; i < w.size(); ++i) out += (i + 1 == w.size() ? "-" : " ") + w[i];
  return out + ".";
}

}  // namespace

bool KoreanName(const std::string& name) {
  static const Normalizer normalizer;
  NormalizeOptions options;
  options.kind = EntityKind::kPerson;
  options.kind_known = true;
  NormalizedName n = normalizer.Normalize(name, options);
  if (n.forms.empty() || n.forms[0].tokens.empty()) return false;
  const std::vector<Token>& tokens = n.forms[0].tokens;
  return tokens[0].role == NameRole::kFamily && !tokens[0].korean_key.empty() &&
         std::none_of(tokens.begin(), tokens.end(),
                      [](const Token& t) { return t.role == NameRole::kPatronymic; });
}

Fold LeaveAliasesOut(const ListSnapshot& list, int folds, int k) {
  static const Normalizer normalizer;
  Fold fold;
  fold.list = list;
  int counter = 0;
  for (size_t e = 0; e < list.entities.size(); ++e) {
    const Entity& original = list.entities[e];
    Entity& kept = fold.list.entities[e];
    if (original.names.size() < 2) continue;
    kept.names.clear();
    std::vector<const Name*> left_out;
    for (size_t n = 0; n < original.names.size(); ++n) {
      bool out = n > 0 && counter++ % folds == k;
      if (out) left_out.push_back(&original.names[n]);
      else kept.names.push_back(original.names[n]);
    }
    for (const Name* n : left_out) {
      NormalizedName alias = normalizer.Normalize(n->full);
      bool findable = false;
      for (const Name& other : kept.names)
        findable = findable || ShareSimilarToken(alias, normalizer.Normalize(other.full));
      fold.cases.push_back({"a_leave_one_out:" + list.source, findable ? "findable" : "other_name",
                            QueryFor(original, n->full), original.id, false});
    }
  }
  return fold;
}

std::vector<Case> GeneratedVariants(const ListSnapshot& list, size_t every, unsigned seed) {
  std::mt19937 rng(seed);
  std::vector<Case> out;
  for (size_t i = 0; i < list.entities.size(); i += every) {
    const Entity& e = list.entities[i];
    for (const Name& n : e.names) {
      if (n.quality == NameQuality::kWeakAlias || n.original_script || !IsAscii(n.full)) continue;
      // Persons lose middle names (Koreans have none) and swap name order; organizations do
      // neither.
      bool person = e.kind == EntityKind::kPerson;
      std::pair<const char*, std::string> variants[] = {
          {"typo", Typo(n.full, rng)},
          {"reorder", person ? Reorder(n.full) : ""},
          {"dropped_part", person && !KoreanName(n.full) ? DropPart(n.full) : ""},
          {"romanization", Romanize(n.full)},
          {"punctuation", Punctuate(n.full)}};
      for (auto& [category, v] : variants)
        if (!v.empty()) out.push_back({"b_variants:" + list.source, category, QueryFor(e, v), e.id, false});
      break;  // one name per entity keeps the set balanced
    }
  }
  return out;
}

}  // namespace embargo::eval
