// What a route handler sees of one request (internal to apps/server).
#pragma once

#include <memory>
#include <nlohmann/json.hpp>

#include "server/api.h"
#include "server/json_writer.h"
#include "server/url.h"

namespace embargo::server {

struct Api::Context {
  const HttpRequest& request;
  const Target& target;
  std::shared_ptr<const LoadedIndex> index;  // nullptr until the first load succeeded
};

// A JSON response with status 200 unless given.
HttpResponse JsonResponse(const nlohmann::json& body, int status = 200);

// A JSON response whose body is already JSON text.
HttpResponse JsonTextResponse(std::string body, int status = 200);

// The entity as yente returns it: id, caption, schema, properties (FtM), datasets, referents,
// target, first_seen, last_seen, last_change.
void WriteEntityResult(JsonWriter& w, const Entity& entity, const LoadedIndex& index);
// The entity plus score, match and explanations. REQUIRES: match.entity is in `index`.
void WriteMatchResult(JsonWriter& w, const Match& match, const LoadedIndex& index);

}  // namespace embargo::server
