// What a route handler sees of one request (internal to apps/server).
#pragma once

#include <memory>
#include <nlohmann/json.hpp>

#include "server/api.h"
#include "server/url.h"

namespace embargo::server {

struct Api::Context {
  const HttpRequest& request;
  const Target& target;
  std::shared_ptr<const LoadedIndex> index;  // nullptr until the first load succeeded
};

// A JSON response with status 200 unless given.
HttpResponse JsonResponse(const nlohmann::json& body, int status = 200);

// The entity as yente returns it: id, caption, schema, properties (FtM), datasets, referents,
// target, first_seen, last_seen, last_change.
nlohmann::json EntityResultJson(const Entity& entity);
// The entity plus score, match and explanations.
nlohmann::json MatchResultJson(const Match& match);

}  // namespace embargo::server
