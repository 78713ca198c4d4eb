// Entities as JSON objects (Embargo's own shape, every field of the model), for `lists show`,
// list diffs and the HTTP API.
#pragma once

#include <nlohmann/json.hpp>

#include "embargo/entity.h"

namespace embargo::lists {

// Empty fields are left out, so two entities differ in JSON exactly where they differ.
nlohmann::json EntityToJson(const Entity& entity);

}  // namespace embargo::lists
