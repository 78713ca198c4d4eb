// Evidence beyond the name: kind, date of birth, country, gender and identifiers.
//
// Each comparison yields an Evidence item whose `effect` is added to the name-based score
// (negative for a contradiction). An equal strong identifier (passport, IMO, BIC, ...) is
// enough on its own: it sets `identifier_match`, which lifts the score to a floor.
#pragma once

#include <string>
#include <vector>

#include "embargo/match.h"

namespace embargo::match {

struct EvidenceResult {
  bool kind_excluded = false;  // the kinds contradict (a vessel query never matches a person)
  bool identifier_match = false;
  double effect = 0;  // sum of the items' effects
  std::vector<Evidence> items;
};

EvidenceResult CompareEvidence(const Query& query, const Entity& entity);

// The most that CompareEvidence can add to a score for this query, whatever the entity.
double MaxEvidenceGain(const Query& query);

// Identifier values as compared: upper-case letters and digits only; an IMO number is its
// 7 digits without the "IMO" prefix; a BIC is its first 8 characters (the institution).
std::string NormalizeIdentifier(IdType type, std::string_view value);

// True when the kinds may describe the same party (unknown kinds are compatible).
bool KindsCompatible(std::optional<EntityKind> query, EntityKind entity);

}  // namespace embargo::match
