// Building a Query from what callers send: flat fields (CSV columns, JSON keys) or a
// FollowTheMoney entity (schema + properties), as `embargo screen` and the HTTP API receive.
// Errors name the field and the value.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "embargo/match.h"
#include "embargo/status.h"

namespace embargo::match {

// Keys: id, name (several names separated by ';'), kind, dob, country, nationality, gender,
// passport, national_id, tax_id, registration, imo, mmsi, bic (or swift_bic), and any id type
// name of entity.h. Empty values are ignored. Unknown keys are ignored.
Result<Query> QueryFromFields(const std::vector<std::pair<std::string, std::string>>& fields);

// A JSON object: either flat fields as above or an FtM entity {"schema", "properties", "id"}.
Result<Query> QueryFromJson(const nlohmann::json& object);

// An FtM entity: schema (Person, Company, Organization, LegalEntity, Vessel, Airplane, Thing)
// and properties (lists of strings or single strings). Unknown schema -> kInvalidArgument.
Result<Query> QueryFromFtm(const std::string& schema, const nlohmann::json& properties);

// "person", "organization"/"company", "vessel", "aircraft"; FtM schema names too.
Result<EntityKind> ParseQueryKind(const std::string& text);

}  // namespace embargo::match
