// Screening queries and their results: what a caller asks and what the Screener answers.
//
// A Query is a name (or several) plus whatever else is known of the party. A Match is one list
// entity that may be the same party, with a score in [0, 1] and an explanation an analyst can
// read. Plain values; safe to share between threads once built.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "embargo/entity.h"

namespace embargo {

struct Query {
  std::string id;                  // the caller's id, echoed back
  std::vector<std::string> names;  // at least one; every one is screened
  std::optional<EntityKind> kind;  // unknown when empty: any kind may match
  std::vector<FuzzyDate> birth_dates;
  std::vector<std::string> countries;  // ISO alpha-2 lower case: nationality, residence, flag
  Gender gender = Gender::kUnknown;
  std::vector<Identifier> identifiers;  // passport, IMO, BIC ...
};

struct ScreenOptions {
  // match = score >= threshold. The default 0.80 means: every token of the name has a close
  // spelling variant in one listed name (or an identifier agrees), and no evidence contradicts.
  double threshold = 0.80;
  // Candidates scoring below this are not returned at all (0 = use threshold).
  double cutoff = 0.0;
  size_t limit = 5;  // at most this many matches, best first
  // Restricts the lists: empty = all. Matched against entity source ("un", "ofac") and programs
  // ("DPRK", "DPRK3"), see Screener::Screen.
  std::vector<std::string> include_datasets;
  std::vector<std::string> exclude_datasets;
  std::vector<std::string> exclude_entity_ids;
  std::vector<EntityKind> exclude_kinds;
};

// One aligned token pair of the name comparison.
struct TokenMatch {
  std::string query_token;
  std::string candidate_token;
  double similarity = 0;  // [0, 1]
  double weight = 0;      // how much this token counts (rarity, legal form, generic word)
  // What decided it: "exact", "canonical", "korean_key", "name_variant", "edit_distance",
  // "arabic_letters", "han_consonants", "read_back", "chinese_in_hangul", "same_shape",
  // "phonetic", "patronymic", "initial", "joined", "legal_form", "generation",
  // "generations_differ" (Jr against Senior: a father and his son), "same_letters",
  // "near_letters", "unmatched_query", "unmatched_candidate", "part_left_out" (a middle name or
  // patronymic one name lacks) ...
  std::string method;
};

// One piece of evidence beyond the name, and what it did to the score.
struct Evidence {
  std::string kind;    // "birth_date", "country", "gender", "identifier", "kind"
  std::string detail;  // "query 1945 within listed 1945-05-10"
  double effect = 0;   // added to the score (negative lowers it)
};

struct Match {
  const Entity* entity = nullptr;  // owned by the Screener's snapshot; valid while it lives
  double score = 0;                // [0, 1]
  bool match = false;              // score >= threshold
  std::string query_name;          // which query name matched
  std::string matched_name;        // which listed name it matched
  NameQuality matched_quality = NameQuality::kPrimary;
  std::string matched_form;  // the comparable form used, e.g. the romanization
  double name_score = 0;     // the name comparison alone
  std::vector<TokenMatch> tokens;
  std::vector<Evidence> evidence;
  std::string summary;  // one sentence for an analyst
};

}  // namespace embargo
