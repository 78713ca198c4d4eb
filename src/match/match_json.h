// Matches as JSON: the shape `embargo screen` writes and the HTTP API builds on.
#pragma once

#include <nlohmann/json.hpp>

#include "embargo/match.h"

namespace embargo::match {

// {"entity_id", "score", "match", "caption", "matched_name", "kind", "source", "regime",
//  "reference", "explanation": {"query_name", "matched_name", "alias_quality", "matched_form",
//  "name_score", "tokens": [...], "evidence": [...], "list", "list_version", "summary"}}
nlohmann::json MatchToJson(const Match& match);

// The regime or program of an entity as one string ("DPRK", "DPRK3; SDGT").
std::string RegimeOf(const Entity& entity);

}  // namespace embargo::match
